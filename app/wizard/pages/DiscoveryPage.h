#pragma once

#include "discovery/Discovery.h"
#include "pages/DraftPage.h"

#include <QMap>

#include <optional>

class QCheckBox;
class QGroupBox;
class QLabel;

namespace ipw {

class Notice;
class ServerFields;

/// Between the provider list and the account page, for "Other" with an address the wizard does not know: looks the
/// settings up (core/discovery: the domain's own https autoconfig, Thunderbird's ISPDB, DNS SRV, MX of a known
/// hoster, plain http last) with a line per source, then shows what was found and where it came from, in editable
/// server fields. Settings the trust rule marks (a host outside the domain, any http answer) need the user's tick
/// naming their origin before Next leads on towards the password. Nothing found or no network: says which, and the
/// same fields are there empty for typing. Back, Cancel or closing the window during the search deletes the job.
/// With IPW_NO_DISCOVERY set the provider page skips this page (straight to manual entry on the account page).
class DiscoveryPage : public DraftPage {
    Q_OBJECT
public:
    explicit DiscoveryPage(QWidget *parent = nullptr);

    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;
    bool validatePage() override;
    int nextId() const override;

    /// The base of the ISPDB URL is $IPW_ISPDB_URL when set (tests, mirrors), else Thunderbird's.
    static constexpr const char *ispdbUrlVariable = "IPW_ISPDB_URL";

protected:
    void retranslate() override;
    void render() override;

private:
    void stop();
    void searchEnded();
    QString sourceName(DiscoverySource source) const;
    QString stateWord(Discovery::SourceState state) const;
    QString foundText() const;
    QString errorText() const;

    Discovery *m_discovery = nullptr;  ///< the running search; owned, deleted on Back/Cancel/close
    QString m_domain;
    QMap<DiscoverySource, Discovery::SourceState> m_states;
    std::optional<DiscoveredSettings> m_found;
    DiscoveryError m_error = DiscoveryError::None;

    QLabel *m_progress = nullptr;
    Notice *m_result = nullptr;
    QGroupBox *m_serversBox = nullptr;
    ServerFields *m_imap = nullptr;
    ServerFields *m_smtp = nullptr;
    QCheckBox *m_confirm = nullptr;
};

}  // namespace ipw
