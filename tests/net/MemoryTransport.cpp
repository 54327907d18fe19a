#include "MemoryTransport.h"

#include <QTimer>

namespace ipw::test {

MemoryTransport::MemoryTransport(std::shared_ptr<MemoryWire> wire, QObject *parent)
    : Transport(parent)
    , m_wire(std::move(wire))
{
    m_wire->transport = this;
}

void MemoryTransport::later(std::function<void()> f)
{
    QTimer::singleShot(0, this, std::move(f));
}

void MemoryTransport::connectToServer(const ServerEndpoint &endpoint)
{
    m_wire->connectRequested = true;
    m_open = true;
    const bool implicit = endpoint.security == Security::ImplicitTls;
    later([this, implicit] {
        Q_EMIT connecting();
        Q_EMIT connected();
        if (implicit) {
            m_encrypted = true;
            Q_EMIT encrypted();
        }
    });
}

void MemoryTransport::startTls()
{
    m_wire->tlsRequested = true;
    later([this] {
        m_encrypted = true;
        Q_EMIT encrypted();
    });
}

void MemoryTransport::closeGracefully()
{
    m_wire->closedGracefully = true;
    m_open = false;
    deleteLater();
}

void MemoryTransport::abort()
{
    m_wire->aborted = true;
    m_open = false;
}

void MemoryWire::serverSends(const QByteArray &bytes)
{
    if (!transport)
        return;
    transport->later([t = transport.data(), bytes] {
        if (!t->m_open)
            return;
        t->m_incoming += bytes;
        Q_EMIT t->readyRead();
    });
}

void MemoryWire::serverCloses()
{
    if (!transport)
        return;
    transport->later([t = transport.data()] {
        if (!t->m_open)
            return;
        t->m_open = false;
        Q_EMIT t->closedByPeer();
    });
}

void MemoryWire::failWith(const TransportFailure &failure)
{
    if (!transport)
        return;
    transport->later([t = transport.data(), failure] {
        t->m_open = false;
        Q_EMIT t->failed(failure);
    });
}

std::optional<QByteArray> MemoryWire::takeLine()
{
    const qsizetype end = written.indexOf("\r\n");
    if (end < 0)
        return std::nullopt;
    const QByteArray line = written.left(end);
    taken += written.left(end + 2);
    written.remove(0, end + 2);
    return line;
}

}  // namespace ipw::test
