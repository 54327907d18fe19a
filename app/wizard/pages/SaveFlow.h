#pragma once

#include <QObject>
#include <QPointer>
#include <QString>

namespace ipw {

class AccountJob;
class WizardSession;
struct AccountDraft;

/// Saving a verified account to the keychain, from the result page's success view: only right after a verified
/// check, with exactly the settings it ran (LoginVerification::fromCheck), then AccountStore::save. An OAuth account
/// keeps its refresh token, never the access token and no password.
///
///     SaveFlow flow(session);
///     connect(&flow, &SaveFlow::changed, view, &View::render);
///     flow.save(draft);   // state(): Saving, then Saved or Failed (error(): why, in the user's language)
class SaveFlow : public QObject {
    Q_OBJECT
public:
    enum class State { NotSaved, Saving, Saved, Failed };

    explicit SaveFlow(WizardSession &session, QObject *parent = nullptr);
    ~SaveFlow() override;

    /// Back to NotSaved, for a new result (a save under way finishes unseen).
    void reset();
    void save(const AccountDraft &draft);
    State state() const { return m_state; }
    /// With State::Failed: why, as a sentence in the current language.
    const QString &error() const { return m_error; }

Q_SIGNALS:
    void changed();

private:
    void fail(const QString &why);
    void onSaved(AccountJob *job);

    WizardSession &m_session;
    QPointer<AccountJob> m_job;
    State m_state = State::NotSaved;
    QString m_error;
};

}  // namespace ipw
