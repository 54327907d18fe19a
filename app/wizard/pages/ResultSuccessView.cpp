#include "pages/ResultSuccessView.h"

#include "DeviceSettingsSheet.h"
#include "PasswordClipboard.h"
#include "RevealedPasswordCopy.h"
#include "SetupWizard.h"
#include "WizardSession.h"
#include "common/DiagnosisText.h"
#include "pages/IspdbOffer.h"
#include "pages/ResultWidgets.h"
#include "pages/SaveFlow.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace ipw {

ResultSuccessView::ResultSuccessView(SetupWizard *wizard, QWidget *parent)
    : QWidget(parent)
    , m_wizard(wizard)
    , m_saveFlow(new SaveFlow(wizard->session(), this))
    , m_clipboard(new PasswordClipboard(this))
{
    setObjectName(u"resultSuccessView"_s);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    // The folder counts are proof, not news: under the page's "Details".
    m_details = resultLabel(this, u"mailboxSummary"_s, Qt::PlainText);
    m_mailboxes = m_details;

    // What to do next first: the one primary action (the default button).
    m_anotherDevice = resultButton(this, u"anotherDeviceButton"_s);
    connect(m_anotherDevice, &QPushButton::clicked, this, [this] { m_wizard->goToPage(SetupWizard::AnotherDevice); });
    auto *primaryRow = new QHBoxLayout;
    primaryRow->addWidget(m_anotherDevice);
    primaryRow->addStretch();

    m_save = resultButton(this, u"saveButton"_s);
    m_saveStatus = resultLabel(this, u"saveStatus"_s, Qt::PlainText);
    connect(m_save, &QPushButton::clicked, this, [this] { m_saveFlow->save(m_wizard->draft()); });
    connect(m_saveFlow, &SaveFlow::changed, this, &ResultSuccessView::render);
    auto *saveRow = new QHBoxLayout;
    saveRow->addWidget(m_save);
    saveRow->addWidget(m_saveStatus, 1);
    m_ispdbOffer = new IspdbOffer(wizard, this);

    m_sheetTitle = resultLabel(this, u"sheetTitle"_s);
    m_sheet = new DeviceSettingsSheet(this);

    // The password, as the table's last row: empty until the user asks.
    m_password = new QLineEdit(this);
    m_password->setObjectName(u"passwordField"_s);
    m_password->setReadOnly(true);
    m_password->setFrame(false);
    m_password->setEchoMode(QLineEdit::Password);
    m_passwordLabel = new QLabel(this);
    m_passwordLabel->setBuddy(m_password);
    m_showPassword = resultButton(this, u"showPasswordButton"_s);
    m_showPassword->setCheckable(true);
    m_copyPassword = resultButton(this, u"copyPasswordButton"_s);
    m_clipboardNote = resultLabel(this, u"clipboardNote"_s, Qt::PlainText);
    // The field stays empty until the user asks: the password is not even in the widget before that.
    connect(m_showPassword, &QPushButton::toggled, this, [this](bool show) {
        m_password->setText(show ? m_wizard->draft().password : QString());
        m_password->setEchoMode(show ? QLineEdit::Normal : QLineEdit::Password);
        render();
    });
    connect(m_copyPassword, &QPushButton::clicked, this, [this] {
        m_clipboard->copy(m_wizard->draft().password);
        render();
    });
    connect(m_clipboard, &PasswordClipboard::cleared, this, &ResultSuccessView::render);
    // Ctrl+C from the revealed field is marked secret and cleared in time too.
    connect(new RevealedPasswordCopy(m_password, m_clipboard), &RevealedPasswordCopy::copied, this,
            &ResultSuccessView::render);
    auto *passwordValue = new QWidget(this);
    passwordValue->setObjectName(u"passwordRow"_s);
    auto *passwordRow = new QHBoxLayout(passwordValue);
    passwordRow->setContentsMargins(0, 0, 0, 0);
    passwordRow->addWidget(m_password, 1);
    passwordRow->addWidget(m_showPassword);
    passwordRow->addWidget(m_copyPassword);
    m_passwordRow = passwordValue;
    m_sheet->addExtraRow(m_passwordLabel, passwordValue);

    layout->addLayout(primaryRow);
    layout->addLayout(saveRow);
    layout->addWidget(m_ispdbOffer);
    layout->addWidget(m_sheetTitle);
    layout->addWidget(m_sheet);
    layout->addWidget(m_clipboardNote);
}

ResultSuccessView::~ResultSuccessView() = default;

void ResultSuccessView::initialize()
{
    m_saveFlow->reset();
    m_showPassword->setChecked(false);
    m_password->clear();
    m_sheet->setAccount(m_wizard->draft());
    m_ispdbOffer->initialize();
}

void ResultSuccessView::cleanup()
{
    m_showPassword->setChecked(false);
    m_password->clear();
}

QString ResultSuccessView::title() const
{
    return m_wizard->draft().browserSignIn ? tr("The sign-in works") : tr("The password works");
}

QString ResultSuccessView::subTitle() const
{
    return m_wizard->draft().browserSignIn
               ? tr("The server accepted the browser sign-in. Save it, then set up the device whose mail stopped "
                    "with the same settings.")
               : tr("The server accepted it. Save it, then enter the same settings on the device whose mail "
                    "stopped.");
}

void ResultSuccessView::retranslate()
{
    m_sheetTitle->setText(tr("<b>Or enter these settings yourself</b>"));
    m_anotherDevice->setText(tr("Set up a&nother device…"));
    m_anotherDevice->setAccessibleDescription(
        tr("iPhone profile, QR code, printable sheet or Thunderbird file for the device whose mail stopped"));
    m_passwordLabel->setText(tr("Pass&word:"));
    m_password->setAccessibleName(tr("The verified password"));
    m_password->setPlaceholderText(tr("hidden"));
    m_password->setAccessibleDescription(tr("You need the password on the other device: show it or copy it only "
                                            "when you are ready to type or paste it there."));
    m_copyPassword->setText(tr("&Copy password"));
    m_copyPassword->setAccessibleDescription(
        tr("Copy the password; it is removed from the clipboard after a short while."));
    m_showPassword->setAccessibleDescription(tr("Show or hide the verified password on screen."));
    m_save->setAccessibleDescription(
        tr("Keep the address and servers on this computer, and the password or sign-in in the system's keychain."));
    m_ispdbOffer->retranslate();
}

void ResultSuccessView::render()
{
    const WizardSession &session = m_wizard->session();
    const AccountDraft &draft = m_wizard->draft();
    const bool oauth = draft.browserSignIn;
    for (QWidget *w : {static_cast<QWidget *>(m_passwordLabel), m_passwordRow, static_cast<QWidget *>(m_password),
                       static_cast<QWidget *>(m_showPassword), static_cast<QWidget *>(m_copyPassword)})
        w->setVisible(!oauth);
    QStringList lines;
    const std::optional<CheckResult> &result = session.lastResult;
    if (result && result->imap) {
        lines << tr("Incoming mail: signed in and opened the INBOX. Folders: %1. Messages in the INBOX: %2.")
                     .arg(result->imap->mailboxes)
                     .arg(result->imap->inboxMessages);
    }
    if (result && result->smtp)
        lines << (oauth ? tr("Outgoing mail: the server accepted the sign-in too (no mail was sent).")
                        : tr("Outgoing mail: the server accepted the password too (no mail was sent)."));
    else
        lines << tr("Outgoing mail was not checked.");
    if (oauth && result && result->imap && !result->imap->authMechanism.isEmpty())
        lines << tr("Signed in with your browser sign-in (OAuth2, %1).").arg(result->imap->authMechanism);
    m_mailboxes->setText(lines.join(u'\n'));

    const bool update = draft.goal == AccountDraft::Goal::UpdatePassword;
    if (oauth)
        m_save->setText(tr("&Save the sign-in to the keychain"));
    else
        m_save->setText(update ? tr("&Update the saved password") : tr("&Save to keychain"));
    const SaveFlow::State state = m_saveFlow->state();
    m_save->setEnabled(state != SaveFlow::State::Saving && state != SaveFlow::State::Saved);
    switch (state) {
    case SaveFlow::State::NotSaved:
        m_saveStatus->setText(oauth ? tr("Not saved yet. What is kept is a sign-in token (not your password), in "
                                         "this computer's keychain only.")
                                    : tr("Not saved yet. The password goes into this computer's keychain, nowhere "
                                         "else."));
        break;
    case SaveFlow::State::Saving:
        m_saveStatus->setText(tr("Saving…"));
        break;
    case SaveFlow::State::Saved:
        m_saveStatus->setText(tr("Saved in the keychain."));
        break;
    case SaveFlow::State::Failed:
        m_saveStatus->setText(oauth
                                  ? tr("Not saved. %1").arg(m_saveFlow->error())
                                  : tr("Not saved. %1 A password saved before is unchanged.").arg(m_saveFlow->error()));
        break;
    }
    m_showPassword->setText(m_showPassword->isChecked() ? tr("Hid&e") : tr("Sh&ow"));
    // Only while it matters: the countdown of the password on the clipboard.
    m_clipboardNote->setVisible(!oauth && m_clipboard->isPending());
    m_clipboardNote->setText(tr("The password is on the clipboard; it will be removed from there in %1 seconds.")
                                 .arg(qMax<qint64>(1, m_clipboard->clearAfter().count() / 1000)));
}

QWidget *ResultSuccessView::details() const
{
    return m_details;
}

void ResultSuccessView::applyDefault()
{
    m_anotherDevice->setDefault(true);
}

}  // namespace ipw
