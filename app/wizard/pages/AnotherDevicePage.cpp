#include "pages/AnotherDevicePage.h"

#include "HandoffFiles.h"
#include "SetupWizard.h"
#include "common/HandoffText.h"
#include "pages/Disclosure.h"
#include "pages/ResultWidgets.h"

#include <QDir>
#include <QGridLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace ipw {

AnotherDevicePage::AnotherDevicePage(SetupWizard *wizard)
    : DraftPage(wizard)
    , m_wizard(wizard)
{
    setObjectName(u"anotherDevicePage"_s);
    QWidget *content = body();
    m_account = resultLabel(content, u"handoffAccount"_s, Qt::PlainText);
    m_saveProfile = resultButton(content, u"saveProfileButton"_s);
    m_sendToPhone = resultButton(content, u"sendToPhoneButton"_s);
    m_savePdf = resultButton(content, u"savePdfButton"_s);
    m_saveThunderbird = resultButton(content, u"saveThunderbirdButton"_s);
    m_profileAdvice = resultLabel(content, u"profileAdvice"_s, Qt::RichText);
    m_status = resultLabel(content, u"handoffStatus"_s, Qt::PlainText);
    connect(m_saveProfile, &QPushButton::clicked, this, [this] { saveFile(int(HandoffFiles::Kind::AppleProfile)); });
    connect(m_savePdf, &QPushButton::clicked, this, [this] { saveFile(int(HandoffFiles::Kind::Pdf)); });
    connect(m_saveThunderbird, &QPushButton::clicked, this,
            [this] { saveFile(int(HandoffFiles::Kind::ClientConfig)); });
    connect(m_sendToPhone, &QPushButton::clicked, this, [this] { m_wizard->goToPage(SetupWizard::SendToPhone); });

    auto *buttons = new QGridLayout;
    buttons->addWidget(m_sendToPhone, 0, 0);
    buttons->addWidget(m_saveProfile, 0, 1);
    buttons->addWidget(m_savePdf, 1, 0);
    buttons->addWidget(m_saveThunderbird, 1, 1);
    QVBoxLayout *layout = bodyLayout();
    layout->addWidget(m_account);
    layout->addLayout(buttons);
    layout->addWidget(m_status);
    // The advice before installing a profile: one click away ("More"), so the page leads with the four ways.
    m_adviceMore = new Disclosure(u"profileAdviceButton"_s, content);
    m_adviceMore->contentLayout()->addWidget(m_profileAdvice);
    layout->addWidget(m_adviceMore);
    layout->addStretch();
    retranslate();
}

void AnotherDevicePage::initializePage()
{
    m_statusText.clear();
    render();
}

void AnotherDevicePage::saveFile(int kind)
{
    const HandoffFiles files(draft(), providers());
    QString error;
    const auto k = HandoffFiles::Kind(kind);
    const auto path = files.save(k, this, tr("Save the settings"), &error);
    if (path) {
        switch (k) {
        case HandoffFiles::Kind::AppleProfile:
            m_statusText = tr("Saved %1. Send it to the iPhone or iPad by AirDrop or mail, and open it there; then "
                              "install it under Settings → Profile Downloaded.")
                               .arg(QDir::toNativeSeparators(*path));
            break;
        case HandoffFiles::Kind::Pdf:
            m_statusText =
                tr("Saved %1. Print it, or open it on the other device.").arg(QDir::toNativeSeparators(*path));
            break;
        case HandoffFiles::Kind::ClientConfig:
            m_statusText = tr("Saved %1. Thunderbird reads this file when you add the account; this app reads it "
                              "back as a provider file.")
                               .arg(QDir::toNativeSeparators(*path));
            break;
        }
    } else if (!error.isEmpty()) {
        m_statusText = tr("Could not save the file: %1").arg(error);
    }
    render();
}

void AnotherDevicePage::retranslate()
{
    setTitle(tr("Set up another device"));
    setSubTitle(tr("Put the settings you checked on the phone or computer whose mail stopped."));
    m_adviceMore->setText(tr("Before you install the iPhone/iPad profile"));
    m_sendToPhone->setText(tr("Send to my i&Phone (QR code)…"));
    m_saveProfile->setText(tr("Save an iPhone/iPad pr&ofile…"));
    m_savePdf->setText(tr("Save a printable &sheet (PDF)…"));
    m_saveThunderbird->setText(tr("Save a &Thunderbird file…"));
    m_sendToPhone->setAccessibleDescription(
        tr("Show a QR code that the iPhone scans to download the settings over this network."));
    m_saveProfile->setAccessibleDescription(tr("Save a settings profile to send to the iPhone or iPad yourself."));
    m_savePdf->setAccessibleDescription(tr("Save the settings as a sheet to print."));
    m_saveThunderbird->setAccessibleDescription(tr("Save the settings as a file that Thunderbird can import."));
}

void AnotherDevicePage::render()
{
    if (!setupWizard())
        return;
    const HandoffFiles files(draft(), providers());
    m_account->setText(tr("Account: %1").arg(files.settings().address) + u'\n' +
                       tr("None of these files holds your password: the device asks for it."));
    const QString problem = files.profileProblem();
    m_saveProfile->setEnabled(problem.isEmpty());
    m_sendToPhone->setEnabled(problem.isEmpty());
    QStringList advice =
        problem.isEmpty() ? HandoffText::profileAdvice(files.settings(), files.provider()) : QStringList{problem};
    m_profileAdvice->setText(htmlList(advice, false));
    m_status->setText(m_statusText);
    m_status->setVisible(!m_statusText.isEmpty());
}

}  // namespace ipw
