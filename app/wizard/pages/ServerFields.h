#pragma once

#include "providers/ProviderTypes.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;

namespace ipw {

/// Host, port and security of one server (IMAP or SMTP), each checked as typed with a sentence under the row that
/// says what is wrong. Widgets are named "<prefix>HostEdit", "<prefix>PortEdit", "<prefix>SecurityCombo",
/// "<prefix>FieldError" (prefix "imap" or "smtp").
class ServerFields : public QWidget {
    Q_OBJECT
public:
    ServerFields(Protocol protocol, QWidget *parent = nullptr);

    void setSettings(const ServerSettings &settings);
    /// What is typed, the host normalized (lower case, no trailing dot). Only meaningful when isValid().
    ServerSettings settings() const;
    bool isValid() const;
    /// The first problem, as a sentence; empty when valid.
    QString problem() const;

    QLineEdit *hostEdit() const { return m_host; }

Q_SIGNALS:
    void edited();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updateProblem();
    /// "imap.example.jp" or "smtp.example.jp": the host every hint names.
    QString exampleHost() const;

    Protocol m_protocol;
    bool m_hostTouched = false;  ///< an empty host is only called a problem once the user has been in the field
    QLabel *m_title = nullptr;
    QLabel *m_hostLabel = nullptr;
    QLineEdit *m_host = nullptr;
    QLabel *m_portLabel = nullptr;
    QLineEdit *m_port = nullptr;
    QLabel *m_securityLabel = nullptr;
    QComboBox *m_security = nullptr;
    QLabel *m_problem = nullptr;
};

}  // namespace ipw
