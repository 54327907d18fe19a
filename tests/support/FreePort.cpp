#include "FreePort.h"

#include <QTcpServer>

namespace ipw::test {

quint16 freePort(const QHostAddress &address)
{
    QTcpServer server;
    if (!server.listen(address, 0))
        return 0;
    return server.serverPort();
}

}  // namespace ipw::test
