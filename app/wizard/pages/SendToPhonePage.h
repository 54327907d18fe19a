#pragma once

#include "handoff/LanAddresses.h"
#include "handoff/ProfileHandoffServer.h"
#include "pages/DraftPage.h"

#include <QTimer>

#include <memory>
#include <optional>

class QComboBox;
class QLabel;
class QPushButton;

namespace ipw {

class Disclosure;
class SetupWizard;

/// "Send to my iPhone": the user picks which of this PC's network addresses the phone can reach, and a one-shot
/// server (ProfileHandoffServer) offers the profile there; the QR code holds its URL. The page shows the URL, the
/// time left and "downloaded", what the phone needs (same network, Safari), and the fallback (save the file, send
/// it by AirDrop or mail). The server closes after one download, after 5 minutes, or when the page is left.
class SendToPhonePage : public DraftPage {
    Q_OBJECT
public:
    explicit SendToPhonePage(SetupWizard *wizard);
    ~SendToPhonePage() override;

    void initializePage() override;
    void cleanupPage() override;
    int nextId() const override { return -1; }

    /// Tests: the addresses offered instead of this PC's interfaces (they pass 127.0.0.1).
    void setAddressChoices(const QList<LanAddress> &addresses);
    /// The running server, or nullptr.
    ProfileHandoffServer *server() const { return m_server.get(); }

protected:
    void retranslate() override;
    void render() override;

private:
    void start();
    void stop();
    void fillAddresses();

    SetupWizard *m_wizard;
    std::optional<QList<LanAddress>> m_addressOverride;
    QList<LanAddress> m_addresses;
    std::unique_ptr<ProfileHandoffServer> m_server;
    std::optional<ProfileHandoffServer::Ending> m_ending;
    QString m_error;
    QTimer m_tick;

    QLabel *m_addressLabel = nullptr;
    QComboBox *m_address = nullptr;
    QPushButton *m_start = nullptr;
    QLabel *m_qr = nullptr;
    QLabel *m_url = nullptr;
    QLabel *m_timeLeft = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_notes = nullptr;
    Disclosure *m_more = nullptr;
    QLabel *m_networkNotes = nullptr;
    QLabel *m_fallback = nullptr;
    QPushButton *m_saveFile = nullptr;
};

}  // namespace ipw
