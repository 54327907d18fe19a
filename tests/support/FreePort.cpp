#include "FreePort.h"

#include <QTcpServer>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

namespace ipw::test {

quint16 freePort(const QHostAddress &address)
{
    QTcpServer server;
    if (!server.listen(address, 0))
        return 0;
    return server.serverPort();
}

ClosedPort::ClosedPort()
{
    // Plain POSIX rather than QTcpSocket::bind(): Qt sets SO_REUSEADDR on Unix, which would let another process bind
    // (and then listen on) the same port while we hold it.
    m_socket = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    if (m_socket < 0)
        return;
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    address.sin_port = 0;
    socklen_t length = sizeof address;
    if (::bind(m_socket, reinterpret_cast<const sockaddr *>(&address), sizeof address) != 0 ||
        ::getsockname(m_socket, reinterpret_cast<sockaddr *>(&address), &length) != 0) {
        ::close(m_socket);
        m_socket = -1;
        return;
    }
    m_port = ntohs(address.sin_port);
}

ClosedPort::~ClosedPort()
{
    if (m_socket >= 0)
        ::close(m_socket);
}

}  // namespace ipw::test
