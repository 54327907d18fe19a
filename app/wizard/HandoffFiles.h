#pragma once
// The wizard's exports for another device, made from the draft: the settings (never the password) and the bytes
// of each file, shared by the "Set up another device" and "Send to my iPhone" pages.

#include "handoff/HandoffSettings.h"

#include <QByteArray>
#include <QString>

#include <optional>

class QWidget;

namespace ipw {

struct AccountDraft;
struct Provider;
class ProviderDatabase;

class HandoffFiles {
public:
    enum class Kind { AppleProfile, Pdf, ClientConfig };

    HandoffFiles(const AccountDraft &draft, const ProviderDatabase &providers);

    const HandoffSettings &settings() const { return m_settings; }
    const Provider *provider() const { return m_provider; }
    /// Why no Apple profile can be made (no SMTP server), as a sentence; empty when it can.
    QString profileProblem() const;

    QByteArray bytes(Kind kind) const;
    QString suggestedName(Kind kind) const;
    QString filter(Kind kind) const;

    /// Asks where to save, writes the file. The path written, std::nullopt when the user cancelled; *error is set
    /// (and std::nullopt returned) when writing failed.
    std::optional<QString> save(Kind kind, QWidget *parent, const QString &title, QString *error) const;

private:
    HandoffSettings m_settings;
    const Provider *m_provider = nullptr;
};

}  // namespace ipw
