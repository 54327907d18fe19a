#pragma once

#include "common/Language.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace ipw {

/// The guide's help inside the app: one Markdown file per topic and language, kept in resources/help/ (reviewable
/// data, compiled in as :/help/<id>.<lang>.md). The ids are an interface: the CLI's --help-topic takes them, and
/// --explain's JSON names them in helpTopics.
enum class HelpTopic { Glossary, Checklist, Faq, Security, IphoneProfile };

///     const QString text = HelpTopics::markdown(HelpTopic::Checklist, Language::current());
///     HelpTopics::fromId(u"iphone-profile")   // HelpTopic::IphoneProfile
class HelpTopics {
    Q_DECLARE_TR_FUNCTIONS(HelpTopics)
public:
    static QList<HelpTopic> all();
    /// "glossary", "checklist", "faq", "security", "iphone-profile".
    static QString id(HelpTopic topic);
    static std::optional<HelpTopic> fromId(QStringView id);
    /// The ids joined with '|', for usage lines.
    static QString idList();
    /// The topic's name in the current UI language (the help window's list).
    static QString title(HelpTopic topic);

    /// The topic's text as Markdown (QTextDocument::setMarkdown renders it); empty only if the resource is missing.
    static QString markdown(HelpTopic topic, UiLanguage language);
    /// The same text for a terminal: headings, emphasis and link marks turned into plain words.
    static QString plainText(HelpTopic topic, UiLanguage language);
    /// The second-level headings ("## …") of a topic, in order: the glossary's terms, the Q&A's questions.
    static QStringList headings(HelpTopic topic, UiLanguage language);
    /// Markdown to plain text (exposed for tests).
    static QString toPlainText(const QString &markdown);
};

/// Glossary terms that other screens link to (the failure view): the index of the term's heading in the glossary
/// file, which has the same terms in the same order in both languages (tests/wizard checks it).
enum class GlossaryTerm {
    Imap,
    Pop,
    Smtp,
    Tls,
    Port,
    LoginName,
    DocomoPasswords,
    AppPassword,
    TwoStepVerification,
    BrowserSignIn,
    ConfigurationProfile,
    Keychain,
};
inline constexpr int glossaryTermCount = static_cast<int>(GlossaryTerm::Keychain) + 1;

}  // namespace ipw
