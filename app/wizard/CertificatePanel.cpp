#include "CertificatePanel.h"

#include "common/DiagnosisText.h"

#include <QCheckBox>
#include <QEvent>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace ipw {

QString formatFingerprint(const QByteArray &hex)
{
    QStringList pairs;
    for (qsizetype i = 0; i + 1 < hex.size(); i += 2)
        pairs << QString::fromLatin1(hex.mid(i, 2)).toUpper();
    return pairs.join(u':');
}

CertificatePanel::CertificatePanel(Protocol protocol, const ServerEndpoint &endpoint, const ProtocolResult &result,
                                   QWidget *parent)
    : QGroupBox(parent)
    , m_protocol(protocol)
    , m_endpoint(endpoint)
    , m_result(result)
{
    const QString id = toString(protocol);
    setObjectName(u"certificatePanel-"_s + id);
    m_risk = new QLabel(this);
    m_risk->setObjectName(u"certificateRisk-"_s + id);
    m_risk->setWordWrap(true);
    m_details = new QLabel(this);
    m_details->setObjectName(u"certificateDetails-"_s + id);
    m_details->setWordWrap(true);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_trust = new QCheckBox(this);
    m_trust->setObjectName(u"trustCertificate-"_s + id);
    m_trust->setEnabled(!result.certificate.isNull());
    connect(m_trust, &QCheckBox::toggled, this, &CertificatePanel::trustChanged);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_risk);
    layout->addWidget(m_details);
    layout->addWidget(m_trust);
    retranslate();
}

bool CertificatePanel::isTrustChosen() const
{
    return m_trust->isChecked() && !m_result.certificate.isNull();
}

void CertificatePanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QGroupBox::changeEvent(event);
}

void CertificatePanel::retranslate()
{
    const QString where = u"%1:%2"_s.arg(m_endpoint.host).arg(m_endpoint.port);
    setTitle(tr("%1 — certificate of %2").arg(protocolName(toString(m_protocol)), where));

    QString risk;
    switch (m_result.diagnosis) {
    case DiagnosisCode::CertificateExpired:
        risk = m_result.clockLooksWrong
                   ? tr("<b>Check your computer's clock first.</b> The date on this computer makes the certificate "
                        "look not yet valid or long expired, which usually means the clock is wrong, not the server. "
                        "Correct the date and time, then check again; do not trust the certificate for this.")
                   : tr("<b>This certificate has expired.</b> The server's operator must renew it. Until then, "
                        "trusting it is fairly safe if it is the same certificate as before: compare the SHA-256 "
                        "fingerprint with the one your provider or administrator publishes.");
        break;
    case DiagnosisCode::CertificateNameMismatch:
        risk = tr("<b>This certificate was made for another server name.</b> Check the server name for typing "
                  "mistakes first. Someone between you and the server could be listening in; trust it only if "
                  "your provider or administrator told you to use this exact certificate.");
        break;
    default:
        risk = tr("<b>Nobody vouches for this certificate</b> (it is self-signed or from an unknown issuer). Anyone "
                  "can make such a certificate, including an attacker on your network. Trust it only if your "
                  "administrator gave you this exact SHA-256 fingerprint.");
        break;
    }
    m_risk->setText(risk);

    const CertificateInfo &c = m_result.certificate;
    if (c.isNull()) {
        m_details->setText(tr("The server sent no certificate that could be shown."));
    } else {
        const QLocale locale;
        // Two lines of 16 bytes: 95 characters on one line would make the page scroll sideways.
        QString fingerprint = formatFingerprint(c.sha256);
        if (fingerprint.size() > 48)
            fingerprint.replace(47, 1, u"<br>"_s);
        m_details->setText(tr("Issued to: %1<br>Issued by: %2<br>Valid from %3 to %4<br>SHA-256: <tt>%5</tt>")
                               .arg(c.subject.toHtmlEscaped(), c.issuer.toHtmlEscaped(),
                                    locale.toString(c.notBefore.toLocalTime(), QLocale::ShortFormat),
                                    locale.toString(c.notAfter.toLocalTime(), QLocale::ShortFormat), fingerprint));
    }
    m_trust->setText(tr("Trust this certificate for %1 only").arg(where));
    m_trust->setAccessibleName(m_trust->text());
}

}  // namespace ipw
