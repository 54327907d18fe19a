#pragma once

#include "pages/DraftPage.h"

class QCheckBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace ipw {

class Notice;
class ServerFields;

/// Third page: the mail address and the login name (pre-filled from the provider's rule, with the provider's own
/// explanation where it uses an ID of its own), and the server settings. Those stay hidden for providers whose
/// servers are known, and are shown, checked field by field, for "Other", for uncertain facts (au: the user copies
/// them from the provider's page and confirms; nothing is guessed) or when the user asks to see them.
class AccountPage : public DraftPage {
    Q_OBJECT
public:
    explicit AccountPage(QWidget *parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;
    int nextId() const override;

protected:
    void retranslate() override;
    void render() override;

private:
    bool isOther() const;
    /// Server facts of this provider that the user must confirm (`uncertain`), as field names ("imap.host", …).
    QStringList uncertainServerFields() const;
    bool serversShown() const;
    QString addressProblem() const;
    void addressEdited();
    void updateState();
    void writeDraft();
    void switchToAddressProvider();

    bool m_loading = false;
    bool m_loginEdited = false;  ///< the user typed a login name of their own: stop following the address

    QLabel *m_addressLabel = nullptr;
    QLineEdit *m_address = nullptr;
    Notice *m_addressError = nullptr;
    Notice *m_mismatch = nullptr;
    Notice *m_replaced = nullptr;  ///< the provider's entry comes from the user's providers folder, not built in
    QLabel *m_loginLabel = nullptr;
    QLineEdit *m_login = nullptr;
    Notice *m_loginHelp = nullptr;

    QPushButton *m_showServers = nullptr;
    QGroupBox *m_serversBox = nullptr;
    Notice *m_uncertain = nullptr;
    ServerFields *m_imap = nullptr;
    ServerFields *m_smtp = nullptr;
    QCheckBox *m_checkSmtp = nullptr;
    Notice *m_plaintext = nullptr;
    QCheckBox *m_allowPlaintext = nullptr;
    QCheckBox *m_confirmServers = nullptr;
};

}  // namespace ipw
