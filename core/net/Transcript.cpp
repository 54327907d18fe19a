#include "net/Transcript.h"

namespace ipw {
namespace {
// Lines longer than this are cut in the transcript: it is for reading, not for replaying.
constexpr qsizetype kMaxShownLine = 2000;
}  // namespace

Transcript::Transcript(Credential credential)
    : m_placeholder(credential == Credential::OAuthAccessToken ? QByteArrayLiteral("<token removed>")
                                                               : QByteArrayLiteral("<password>"))
{
}

QString Transcript::withheld() const
{
    return m_placeholder == "<password>" ? QStringLiteral("(withheld: it contained the password)")
                                         : QStringLiteral("(withheld: it contained the token)");
}

bool Transcript::revealsSecret(const QByteArray &text) const
{
    for (const QByteArray &form : m_forms)
        if (text.contains(form))
            return true;
    return false;
}

QString Transcript::serverWords(const QByteArray &text) const
{
    if (revealsSecret(text))
        return withheld();
    return QString::fromUtf8(text.size() > kMaxShownLine ? text.left(kMaxShownLine) + "…" : text);
}

void Transcript::client(const ClientLine &line)
{
    for (const QByteArray &form : line.secretForms())
        if (!m_forms.contains(form))
            m_forms << form;
    QByteArray shown = line.shown();
    if (shown.endsWith("\r\n"))
        shown.chop(2);
    // A literal's announcement and its data are shown as two lines, as they were sent.
    for (QByteArray part : shown.split('\n')) {
        if (part.endsWith('\r'))
            part.chop(1);
        add(QStringLiteral("C: "), part);
    }
}

void Transcript::server(const QByteArray &line)
{
    QByteArray shown = line;
    if (shown.endsWith("\r\n"))
        shown.chop(2);
    if (revealsSecret(shown)) {
        add(QStringLiteral("S: "), withheld().toUtf8());
        return;
    }
    add(QStringLiteral("S: "), shown);
}

void Transcript::note(const QString &text)
{
    add(QStringLiteral("-- "), text.toUtf8(), true);
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

void Transcript::add(const QString &prefix, const QByteArray &bytes, bool note)
{
    // Only ever cut what is already redacted.
    QByteArray line = bytes;
    if (line.size() > kMaxShownLine)
        line = line.left(kMaxShownLine) + "…";
    append(prefix + QString::fromUtf8(line), note);
}

}  // namespace ipw
