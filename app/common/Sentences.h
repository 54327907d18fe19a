#pragma once

#include <QString>

#include <utility>

namespace ipw {

/// Two pieces of prose one after the other: a space between them, except after Japanese punctuation (。！？」）),
/// which needs none. Either piece may be empty.
///
///     joinSentences(u"パスワードを確認してください。"_s, u"そのあと…"_s)  // no space between them
QString joinSentences(const QString &first, const QString &second);

/// A text in two parts: the sentence a page shows at once, and the rest, which the wizard keeps under "More" and
/// the CLI prints after it (issue 18: about three sentences before "More").
///
///     const Sentences step = describeNextStep(nextStepFor(provider, code));
///     lead->setText(step.lead);
///     more->setText(step.more);
///     out << step.joined();
struct Sentences {
    QString lead;  ///< one sentence
    QString more;  ///< the rest: any number of sentences, or empty

    Sentences() = default;
    /// `{lead}` or `{lead, more}`: a text of one sentence needs no empty rest written out.
    Sentences(QString lead, QString more = {})
        : lead(std::move(lead))
        , more(std::move(more))
    {
    }

    bool isEmpty() const { return lead.isEmpty() && more.isEmpty(); }
    QString joined() const { return joinSentences(lead, more); }
};

}  // namespace ipw
