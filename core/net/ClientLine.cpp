#include "net/ClientLine.h"

namespace ipw {

ClientLine &ClientLine::text(const QByteArray &bytes)
{
    m_bytes += bytes;
    m_shown += bytes;
    return *this;
}

ClientLine &ClientLine::secret(const QByteArray &bytes, const QByteArray &shown, const QList<QByteArray> &forms)
{
    m_bytes += bytes;
    m_shown += shown;
    for (const QByteArray &form : forms)
        if (!form.isEmpty() && !m_forms.contains(form))
            m_forms << form;
    return *this;
}

ClientLine &ClientLine::hidden(const QByteArray &bytes, const QByteArray &shown)
{
    m_bytes += bytes;
    m_shown += shown;
    return *this;
}

ClientLine &ClientLine::append(const ClientLine &other)
{
    m_bytes += other.m_bytes;
    m_shown += other.m_shown;
    for (const QByteArray &form : other.m_forms)
        if (!m_forms.contains(form))
            m_forms << form;
    return *this;
}

}  // namespace ipw
