#include "pages/SendToPhonePage.h"

#include "HandoffFiles.h"
#include "QrCodeImage.h"
#include "SetupWizard.h"
#include "handoff/AppleMailProfile.h"
#include "pages/Disclosure.h"
#include "pages/ResultWidgets.h"

#include <QComboBox>
#include <QDir>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPixmap>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace ipw {

SendToPhonePage::SendToPhonePage(SetupWizard *wizard)
    : DraftPage(wizard)
    , m_wizard(wizard)
{
    setObjectName(u"sendToPhonePage"_s);
    QWidget *content = body();
    m_address = new QComboBox(content);
    m_address->setObjectName(u"lanAddressCombo"_s);
    m_addressLabel = new QLabel(content);
    m_addressLabel->setBuddy(m_address);
    m_addressLabel->setWordWrap(true);
    m_start = resultButton(content, u"startSendButton"_s);
    connect(m_start, &QPushButton::clicked, this, [this] {
        if (m_server && m_server->isListening())
            stop();
        else
            start();
    });
    connect(m_address, &QComboBox::currentIndexChanged, this, [this] {
        if (m_server && m_server->isListening())
            stop();  // a QR code for another address than the one shown would be wrong
    });

    m_qr = new QLabel(content);
    m_qr->setObjectName(u"qrCode"_s);
    m_qr->setAlignment(Qt::AlignCenter);
    m_url = resultLabel(content, u"handoffUrl"_s, Qt::PlainText);
    m_timeLeft = resultLabel(content, u"handoffTimeLeft"_s, Qt::PlainText);
    m_status = resultLabel(content, u"handoffServerStatus"_s, Qt::PlainText);
    m_notes = resultLabel(content, u"handoffNotes"_s, Qt::RichText);
    // What can go wrong on the network, and why it is safe: one click away, so the page shows the two steps on the
    // iPhone and the way out (issue 18: about three sentences before "More").
    m_more = new Disclosure(u"handoffMoreButton"_s, content);
    m_networkNotes = resultLabel(m_more->content(), u"handoffNetworkNotes"_s, Qt::RichText);
    m_more->contentLayout()->addWidget(m_networkNotes);
    m_fallback = resultLabel(content, u"handoffFallback"_s, Qt::PlainText);
    m_saveFile = resultButton(content, u"saveProfileFallbackButton"_s);
    connect(m_saveFile, &QPushButton::clicked, this, [this] {
        QString error;
        const auto path = HandoffFiles(draft(), providers())
                              .save(HandoffFiles::Kind::AppleProfile, this, tr("Save the profile"), &error);
        if (path)
            m_fallback->setText(tr("Saved %1. Send it to the iPhone by AirDrop or mail, and open it there.")
                                    .arg(QDir::toNativeSeparators(*path)));
        else if (!error.isEmpty())
            m_fallback->setText(tr("Could not save the file: %1").arg(error));
    });
    m_tick.setInterval(1000);
    connect(&m_tick, &QTimer::timeout, this, &SendToPhonePage::render);

    auto *addressRow = new QHBoxLayout;
    addressRow->addWidget(m_address, 1);
    addressRow->addWidget(m_start);
    auto *codeColumn = new QVBoxLayout;
    codeColumn->addWidget(m_url);
    codeColumn->addWidget(m_timeLeft);
    codeColumn->addWidget(m_status);
    codeColumn->addStretch();
    auto *codeRow = new QHBoxLayout;
    codeRow->addWidget(m_qr);
    codeRow->addLayout(codeColumn, 1);
    auto *fallbackRow = new QHBoxLayout;
    fallbackRow->addWidget(m_saveFile);
    fallbackRow->addWidget(m_fallback, 1);

    QVBoxLayout *layout = bodyLayout();
    layout->addWidget(m_addressLabel);
    layout->addLayout(addressRow);
    layout->addLayout(codeRow);
    layout->addWidget(m_notes);
    layout->addLayout(fallbackRow);
    layout->addWidget(m_more);
    layout->addStretch();
    // Leaving the page any way (Back, Finish, closing the window) closes the server.
    connect(wizard, &QWizard::currentIdChanged, this, [this](int id) {
        if (id != SetupWizard::SendToPhone)
            stop();
    });
    retranslate();
}

SendToPhonePage::~SendToPhonePage() = default;

void SendToPhonePage::setAddressChoices(const QList<LanAddress> &addresses)
{
    m_addressOverride = addresses;
    fillAddresses();
}

void SendToPhonePage::fillAddresses()
{
    m_addresses = m_addressOverride ? *m_addressOverride : lanAddresses();
    const QSignalBlocker block(m_address);
    m_address->clear();
    for (const LanAddress &a : m_addresses)
        m_address->addItem(a.interfaceName.isEmpty() ? a.address.toString()
                                                     : u"%1 (%2)"_s.arg(a.address.toString(), a.interfaceName));
}

void SendToPhonePage::initializePage()
{
    stop();
    m_ending.reset();
    m_error.clear();
    m_fallback->setText(tr("Or save the profile as a file and send it to the iPhone by AirDrop or mail."));
    fillAddresses();
    render();
}

void SendToPhonePage::cleanupPage()
{
    stop();
}

void SendToPhonePage::start()
{
    const int index = m_address->currentIndex();
    if (index < 0 || index >= m_addresses.size())
        return;
    const HandoffFiles files(draft(), providers());
    const QByteArray profile = files.bytes(HandoffFiles::Kind::AppleProfile);
    if (profile.isEmpty())
        return;
    m_ending.reset();
    m_error.clear();
    m_server = std::make_unique<ProfileHandoffServer>(profile, AppleMailProfile::kContentType,
                                                      files.suggestedName(HandoffFiles::Kind::AppleProfile));
    connect(m_server.get(), &ProfileHandoffServer::finished, this, [this](ProfileHandoffServer::Ending ending) {
        m_ending = ending;
        m_tick.stop();
        render();
    });
    if (!m_server->listen(m_addresses.at(index).address)) {
        m_error = m_server->errorString();
        m_server.reset();
    } else {
        m_tick.start();
    }
    render();
}

void SendToPhonePage::stop()
{
    m_tick.stop();
    if (m_server) {
        m_server->close();
        m_server.reset();
    }
    if (isVisible())
        render();
}

void SendToPhonePage::retranslate()
{
    setTitle(tr("Send the profile to your iPhone"));
    setSubTitle(tr("The iPhone downloads the settings from this PC over your Wi-Fi, once, within 5 minutes."));
    m_addressLabel->setText(tr("This PC's add&ress on the network the iPhone is on:"));
    m_address->setAccessibleName(tr("This PC's network address"));
    m_qr->setAccessibleName(tr("QR code of the download link"));
    m_notes->setText(htmlList(
        {tr("Open the Camera on the iPhone, point it at the code and open the link in Safari (the iPhone installs "
            "profiles from Safari only)."),
         tr("After the download: Settings → Profile Downloaded → Install, then type the password when asked.")},
        false));
    m_more->setText(tr("If the link does not open, and what crosses the network"));
    m_networkNotes->setText(htmlList(
        {tr("The iPhone must be on the same Wi-Fi network as this PC. If you turned Wi-Fi off for docomo's steps, "
            "turn it back on first."),
         tr("Guest Wi-Fi networks often keep devices apart. If the link does not open, use the file below instead."),
         tr("The first time, Windows or macOS may ask whether this app may use the network: allow it for private "
            "networks."),
         tr("The link works once, for 5 minutes, without encryption. The profile holds the settings only, no "
            "password, so nothing secret crosses the network.")},
        false));
    m_saveFile->setText(tr("Save the profile as a fi&le…"));
    m_saveFile->setAccessibleDescription(tr("Save the profile as a file instead, to send it yourself."));
    m_address->setAccessibleDescription(tr("Pick the address on the same network (Wi-Fi) as the iPhone."));
}

void SendToPhonePage::render()
{
    const bool running = m_server && m_server->isListening();
    m_start->setText(running ? tr("S&top") : tr("&Show the QR code"));
    m_start->setAccessibleDescription(running ? tr("Stop offering the profile on the network.")
                                              : tr("Offer the profile on this network and show its QR code."));
    m_start->setEnabled(running || !m_addresses.isEmpty());
    m_address->setEnabled(!m_addresses.isEmpty());
    if (m_server && (running || m_ending)) {
        const QString url = m_server->url().toString(QUrl::FullyEncoded);
        if (m_qr->property("url").toString() != url) {
            m_qr->setPixmap(QPixmap::fromImage(qrCodeImage(url, 5)));
            m_qr->setProperty("url", url);
        }
        m_url->setText(tr("Link: %1").arg(url));
    } else {
        m_qr->clear();
        m_qr->setProperty("url", QString());
        m_url->clear();
    }
    m_qr->setVisible(running);
    const qint64 seconds = running ? (m_server->remaining().count() + 999) / 1000 : 0;
    m_timeLeft->setText(running ? tr("Time left: %1:%2").arg(seconds / 60).arg(seconds % 60, 2, 10, QChar(u'0'))
                                : QString());
    QString status;
    if (m_addresses.isEmpty())
        status = tr("This PC is not connected to a network the iPhone could reach. Save the profile as a file "
                    "instead.");
    else if (!m_error.isEmpty())
        status = tr("Could not start: %1").arg(m_error);
    else if (m_ending == ProfileHandoffServer::Ending::Downloaded)
        status = tr("Downloaded. On the iPhone, open Settings → Profile Downloaded → Install.");
    else if (m_ending == ProfileHandoffServer::Ending::TimedOut)
        status = tr("The 5 minutes are over and the link no longer works. Click \"Show the QR code\" for a new one.");
    else if (running)
        status = tr("Waiting for the iPhone…");
    m_status->setText(status);
}

}  // namespace ipw
