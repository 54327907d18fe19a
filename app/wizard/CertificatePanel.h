#pragma once

#include "net/CheckResult.h"
#include "net/CheckSettings.h"

#include <QGroupBox>

class QCheckBox;
class QLabel;

namespace ipw {

/// One server's certificate problem: what is wrong in words that match the risk (self-signed or unknown issuer,
/// expired or not yet valid — "check your computer's clock" when that is the likelier cause —, made for another
/// name), the certificate itself (subject, issuer, validity, SHA-256), and a box to tick to trust exactly this
/// certificate for exactly this host:port. Ticking changes nothing by itself: ResultPage pins the ticked ones and
/// checks again only when the user clicks.
class CertificatePanel : public QGroupBox {
    Q_OBJECT
public:
    CertificatePanel(Protocol protocol, const ServerEndpoint &endpoint, const ProtocolResult &result,
                     QWidget *parent = nullptr);

    bool isTrustChosen() const;
    EndpointKey endpointKey() const { return m_endpoint.key(); }
    QByteArray fingerprint() const { return m_result.certificate.sha256; }

Q_SIGNALS:
    void trustChanged();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    Protocol m_protocol;
    ServerEndpoint m_endpoint;
    ProtocolResult m_result;
    QLabel *m_risk = nullptr;
    QLabel *m_details = nullptr;
    QCheckBox *m_trust = nullptr;
};

/// "ab12cd…" → "AB:12:CD:…" (how browsers and certificate viewers show a fingerprint).
QString formatFingerprint(const QByteArray &hex);

}  // namespace ipw
