#include "net/Transcript.h"

namespace ipw {
namespace {
// Lines longer than this are cut in the transcript: it is for reading, not for replaying.
constexpr qsizetype kMaxShownLine = 2000;
}  // namespace

Transcript::Transcript(const QString &password, const QString &loginName, Credential credential)
    : m_placeholder(credential == Credential::OAuthAccessToken ? QByteArrayLiteral("<token removed>")
                                                               : QByteArrayLiteral("<password>"))
{
    if (password.isEmpty())
        return;
    const QByteArray utf8 = password.toUtf8();
    m_secrets << utf8;
    // The password as it would appear inside an IMAP quoted string.
    QByteArray escaped = utf8;
    escaped.replace('\\', "\\\\").replace('"', "\\\"");
    if (escaped != utf8)
        m_secrets << escaped;
    // A server echoing our SASL payload back would show it in base64.
    m_secrets << utf8.toBase64();
    m_secrets << QByteArray(QByteArray(1, '\0') + loginName.toUtf8() + QByteArray(1, '\0') + utf8).toBase64();
    std::sort(m_secrets.begin(), m_secrets.end(),
              [](const QByteArray &a, const QByteArray &b) { return a.size() > b.size(); });
}

void Transcript::addSecret(const QByteArray &secret)
{
    if (secret.isEmpty() || m_secrets.contains(secret))
        return;
    m_secrets << secret;
    // Longest first: a secret that contains another is replaced as a whole.
    std::sort(m_secrets.begin(), m_secrets.end(),
              [](const QByteArray &a, const QByteArray &b) { return a.size() > b.size(); });
}

QByteArray Transcript::scrub(const QByteArray &text) const
{
    QByteArray out = text;
    for (const QByteArray &secret : m_secrets)
        out.replace(secret, m_placeholder);
    return out;
}

QString Transcript::scrub(const QString &text) const
{
    return QString::fromUtf8(scrub(text.toUtf8()));
}

void Transcript::client(const QByteArray &shown)
{
    add(QStringLiteral("C: "), shown);
}

void Transcript::server(const QByteArray &line)
{
    add(QStringLiteral("S: "), line);
}

void Transcript::note(const QString &text)
{
    append(QStringLiteral("-- ") + scrub(text), true);
}

void Transcript::append(const QString &line, bool note)
{
    // A server that floods (an endless "* OK [ALERT] x") must not make the transcript grow without end.
    const qsizetype size = line.size() * qsizetype(sizeof(QChar));  // bytes held
    if (!note && (m_leftOut > 0 || m_lines.size() >= kMaxLines || m_bytes + size > kMaxBytes)) {
        ++m_leftOut;
        const QString marker = QStringLiteral("… %1 more lines left out").arg(m_leftOut);
        if (m_markerAt < 0) {
            m_markerAt = m_lines.size();
            m_lines << marker;
        } else {
            m_lines[m_markerAt] = marker;
        }
        return;
    }
    m_bytes += size;
    m_lines << line;
}

void Transcript::add(const QString &prefix, const QByteArray &bytes)
{
    QByteArray line = scrub(bytes);
    if (line.endsWith("\r\n"))
        line.chop(2);
    if (line.size() > kMaxShownLine)
        line = line.left(kMaxShownLine) + "…";
    append(prefix + QString::fromUtf8(line), false);
}

}  // namespace ipw
