#pragma once

#include "accounts/SavedAccount.h"

#include <QWidget>

#include <optional>

class QLabel;
class QPushButton;

namespace ipw {

class Disclosure;
class SetupWizard;
class WizardSession;
struct AccountDraft;

/// Share back (issue 15): on the result page, after a check verified servers that DNS found (SRV, or the MX of a
/// known hoster), the offer to save them as a clientConfig file for Thunderbird's database of providers (ISPDB),
/// which the user may send to that project so that Thunderbird and this wizard find the domain without DNS. The
/// file is the domain's, with nothing of the user in it (ispdbClientConfigFor: no address, no own login, no
/// password). A secondary action: the page's one primary action stays "Set up another device". One sentence shows
/// (what was found, then what became of the file), the why and the project's address under "More" (issue 18: about
/// three sentences before "More"). The wizard uploads nothing; the project's address is shown as text.
class IspdbOffer : public QWidget {
    Q_OBJECT
public:
    IspdbOffer(SetupWizard *wizard, QWidget *parent);

    /// Where the servers of the last verified check were found, when that is SRV or MX and the draft still has
    /// exactly the servers checked; std::nullopt otherwise (then there is nothing to offer).
    static std::optional<SavedDiscovery> offeredFor(const AccountDraft &draft, const WizardSession &session);

    /// A new result: shown or hidden for it, nothing saved yet.
    void initialize();
    void retranslate();
    void render();

private:
    void save();

    SetupWizard *m_wizard;
    std::optional<SavedDiscovery> m_origin;
    QString m_outcome;  ///< after a save: where the file went, or why it did not

    QLabel *m_text = nullptr;
    QPushButton *m_save = nullptr;
    Disclosure *m_more = nullptr;
    QLabel *m_details = nullptr;
};

}  // namespace ipw
