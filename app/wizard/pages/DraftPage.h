#pragma once

#include <QWizardPage>

class QVBoxLayout;

namespace ipw {

struct AccountDraft;
struct Provider;
class ProviderDatabase;
class SetupWizard;

/// The base of every wizard page: the pages read and write the wizard's AccountDraft and the session. It gives
/// each page a scrollable body (so a page never clips at 150 % scaling or in a small window) and owns the language
/// handling: on a live language switch it calls retranslate() (the fixed strings), then render() (the state).
///
///     class MyPage : public DraftPage {
///         MyPage(QWidget *parent) : DraftPage(parent) { bodyLayout()->addWidget(...); retranslate(); }
///         void retranslate() override { setTitle(tr("...")); }      // fixed strings only
///         void render() override { m_status->setText(…state…); }    // after every state change
///     };
class DraftPage : public QWizardPage {
    Q_OBJECT
public:
    explicit DraftPage(QWidget *parent = nullptr);

protected:
    SetupWizard *setupWizard() const;
    /// The wizard's draft. Only valid once the page belongs to a SetupWizard (initializePage() and later).
    AccountDraft &draft() const;
    const ProviderDatabase &providers() const;
    /// The draft's provider, or nullptr when none is chosen (or its id is unknown).
    const Provider *provider() const;
    /// "ja" or "en": which half of the providers' LocalizedText to show.
    static QString languageCode();

    QWidget *body() const { return m_body; }
    QVBoxLayout *bodyLayout() const { return m_bodyLayout; }

    /// Sets the page's fixed texts (titles, labels, accessible names that do not depend on the state). Must keep
    /// what the user entered: it runs on a live language switch in the middle of the flow.
    virtual void retranslate() = 0;
    /// Shows the current state (status lines, texts that depend on the draft or a result, visibility). Called by
    /// the page after each state change, and after retranslate() on a language switch. Default: nothing.
    virtual void render() {}

private:
    /// QEvent::LanguageChange → retranslate(), then render(). No page has its own.
    void changeEvent(QEvent *event) final;

    QWidget *m_body = nullptr;
    QVBoxLayout *m_bodyLayout = nullptr;
};

/// "<ol><li>…</li></ol>" from plain sentences (escaped), for the provider's steps.
QString htmlList(const QStringList &items, bool numbered);

}  // namespace ipw
