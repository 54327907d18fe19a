#pragma once

#include <QWizardPage>

class QVBoxLayout;

namespace ipw {

struct AccountDraft;
struct Provider;
class ProviderDatabase;
class SetupWizard;

/// Base of the pages that read and write the wizard's AccountDraft. It gives each page a scrollable body (so a
/// page never clips at 150 % scaling or in a small window) and calls retranslate() on a live language switch.
///
///     class MyPage : public DraftPage {
///         MyPage(QWidget *parent) : DraftPage(parent) { bodyLayout()->addWidget(...); retranslate(); }
///         void retranslate() override { setTitle(tr("...")); }
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

    void changeEvent(QEvent *event) override;
    /// Sets every user-visible text of the page again (titles, labels, accessible names). Must keep what the user
    /// entered: it runs on a live language switch in the middle of the flow.
    virtual void retranslate() = 0;

private:
    QWidget *m_body = nullptr;
    QVBoxLayout *m_bodyLayout = nullptr;
};

/// "<ol><li>…</li></ol>" from plain sentences (escaped), for the provider's steps.
QString htmlList(const QStringList &items, bool numbered);

}  // namespace ipw
