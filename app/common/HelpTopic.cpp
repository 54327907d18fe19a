#include "common/HelpTopic.h"

#include <QFile>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace ipw {

namespace {

struct TopicEntry {
    HelpTopic topic;
    QStringView id;
};

constexpr TopicEntry topics[] = {
    {HelpTopic::Glossary, u"glossary"}, {HelpTopic::Checklist, u"checklist"},          {HelpTopic::Faq, u"faq"},
    {HelpTopic::Security, u"security"}, {HelpTopic::IphoneProfile, u"iphone-profile"},
};

qsizetype displayWidth(const QString &text)
{
    qsizetype width = 0;
    for (const QChar c : text)
        width += c.unicode() >= 0x1100 ? 2 : 1;
    return width;
}

}  // namespace

QList<HelpTopic> HelpTopics::all()
{
    QList<HelpTopic> list;
    for (const TopicEntry &entry : topics)
        list.append(entry.topic);
    return list;
}

QString HelpTopics::id(HelpTopic topic)
{
    for (const TopicEntry &entry : topics)
        if (entry.topic == topic)
            return entry.id.toString();
    return {};
}

std::optional<HelpTopic> HelpTopics::fromId(QStringView id)
{
    for (const TopicEntry &entry : topics)
        if (entry.id == id)
            return entry.topic;
    return std::nullopt;
}

QString HelpTopics::idList()
{
    QStringList ids;
    for (const TopicEntry &entry : topics)
        ids.append(entry.id.toString());
    return ids.join(u'|');
}

QString HelpTopics::title(HelpTopic topic)
{
    switch (topic) {
    case HelpTopic::Glossary:
        return tr("Words used here");
    case HelpTopic::Checklist:
        return tr("Before you try again");
    case HelpTopic::Faq:
        return tr("Questions and answers");
    case HelpTopic::Security:
        return tr("Keeping your mail safe");
    case HelpTopic::IphoneProfile:
        return tr("iPhone and phone mail apps");
    }
    return {};
}

QString HelpTopics::markdown(HelpTopic topic, UiLanguage language)
{
    QFile file(u":/help/%1.%2.md"_s.arg(id(topic), Language::code(language)));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

QString HelpTopics::plainText(HelpTopic topic, UiLanguage language)
{
    return toPlainText(markdown(topic, language));
}

QStringList HelpTopics::headings(HelpTopic topic, UiLanguage language)
{
    QStringList list;
    for (const QString &line : markdown(topic, language).split(u'\n'))
        if (line.startsWith(u"## "))
            list.append(line.mid(3).trimmed());
    return list;
}

QString HelpTopics::toPlainText(const QString &markdown)
{
    static const QRegularExpression link(u"\\[([^\\]]+)\\]\\(([^)]+)\\)"_s);
    static const QRegularExpression strong(u"\\*\\*([^*]+)\\*\\*"_s);
    static const QRegularExpression code(u"`([^`]+)`"_s);
    QStringList out;
    for (QString line : markdown.split(u'\n')) {
        line.replace(link, u"\\1 (\\2)"_s);
        line.replace(strong, u"\\1"_s);
        line.replace(code, u"\\1"_s);
        if (line.startsWith(u"# ") || line.startsWith(u"## ")) {
            // Underlined as wide as a terminal shows it (CJK characters take two columns).
            const bool top = line.startsWith(u"# ");
            const QString heading = line.mid(top ? 2 : 3).trimmed();
            out.append(heading);
            out.append(QString(displayWidth(heading), top ? u'=' : u'-'));
        } else if (line.startsWith(u"### ")) {
            out.append(line.mid(4).trimmed());
        } else if (line.endsWith(u'\\')) {
            out.append(line.chopped(1));  // Markdown's hard line break
        } else {
            out.append(line);
        }
    }
    return out.join(u'\n').trimmed() + u'\n';
}

}  // namespace ipw
