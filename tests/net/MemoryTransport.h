#pragma once

#include "net/Transport.h"

#include <QPointer>

#include <functional>
#include <memory>

namespace ipw::test {

class MemoryTransport;

/// The test's end of an in-memory connection: it plays the server. It outlives the transport (which the job
/// deletes when it is done), so the test can still read what the client wrote.
class MemoryWire {
public:
    void serverSends(const QByteArray &bytes);
    void serverCloses();
    void failWith(const TransportFailure &failure);
    /// Takes the first complete line (without CRLF) the client wrote, if any.
    std::optional<QByteArray> takeLine();
    QByteArray allWritten() const { return taken + written; }

    QPointer<MemoryTransport> transport;
    QByteArray written;  ///< not yet taken
    QByteArray taken;
    bool connectRequested = false;
    bool tlsRequested = false;
    bool closedGracefully = false;
    bool aborted = false;
};

/// The in-memory Transport: events reach the protocol code from the event loop, in order, as from a socket.
class MemoryTransport : public Transport {
    Q_OBJECT
public:
    explicit MemoryTransport(std::shared_ptr<MemoryWire> wire, QObject *parent = nullptr);

    void connectToServer(const ServerEndpoint &endpoint) override;
    void startTls() override;
    void write(const QByteArray &bytes) override { m_wire->written += bytes; }
    QByteArray readAll() override { return std::exchange(m_incoming, {}); }
    void closeGracefully() override;
    void abort() override;
    bool isEncrypted() const override { return m_encrypted; }
    QSslCertificate peerCertificate() const override { return QSslCertificate(); }
    QByteArray localAddressLiteral() const override { return "[127.0.0.1]"; }

private:
    friend class MemoryWire;
    void later(std::function<void()> f);

    std::shared_ptr<MemoryWire> m_wire;
    QByteArray m_incoming;
    bool m_encrypted = false;
    bool m_open = false;
};

}  // namespace ipw::test
