#include "pages/ReissuePage.h"

#include "SetupWizard.h"
#include "pages/Disclosure.h"
#include "pages/Notice.h"

#include <QDesktopServices>
#include <QLabel>
#include <QPushButton>
#include <QTimer>
#include <QUrl>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace ipw {
namespace {

QLabel *sectionTitle()
{
    auto *label = new QLabel;
    QFont bold = label->font();
    bold.setBold(true);
    label->setFont(bold);
    label->setWordWrap(true);
    return label;
}

QLabel *richLabel(const QString &objectName)
{
    auto *label = new QLabel;
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextFormat(Qt::RichText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

}  // namespace

ReissuePage::ReissuePage(QWidget *parent)
    : DraftPage(parent)
{
    setObjectName(u"reissuePage"_s);

    m_preconditionsTitle = sectionTitle();
    m_preconditions = new Notice(Notice::Kind::Warning, u"preconditionsNotice"_s);
    m_preconditions->label()->setTextFormat(Qt::RichText);
    m_stepsTitle = sectionTitle();
    m_steps = richLabel(u"stepsLabel"_s);
    m_reissueTitle = sectionTitle();
    m_reissueSteps = richLabel(u"reissueStepsLabel"_s);
    m_uncertainSteps = new Notice(Notice::Kind::Info, u"uncertainStepsNotice"_s);
    m_openPortal = new QPushButton;
    m_openPortal->setObjectName(u"openPortalButton"_s);
    m_noPortal = new QLabel;
    m_noPortal->setObjectName(u"noPortalLabel"_s);
    m_noPortal->setWordWrap(true);
    m_noPortal->setTextFormat(Qt::PlainText);  // names the portal from the provider file
    m_imapEnable = new Notice(Notice::Kind::Info, u"imapEnableNotice"_s, nullptr, u"openImapSettingsButton"_s);
    m_rules = richLabel(u"reissueRulesLabel"_s);
    m_openSupport = new QPushButton;
    m_openSupport->setObjectName(u"openSupportButton"_s);
    m_backToPassword = new QPushButton;
    m_backToPassword->setObjectName(u"backToPasswordButton"_s);

    auto *layout = bodyLayout();
    layout->addWidget(m_preconditionsTitle);
    layout->addWidget(m_preconditions);
    layout->addWidget(m_stepsTitle);
    layout->addWidget(m_steps);
    layout->addWidget(m_reissueTitle);
    layout->addWidget(m_reissueSteps);
    layout->addSpacing(4);
    layout->addWidget(m_uncertainSteps);
    layout->addWidget(m_openPortal, 0, Qt::AlignLeft);
    layout->addSpacing(4);
    layout->addWidget(m_noPortal);
    layout->addWidget(m_imapEnable);
    layout->addSpacing(12);
    layout->addWidget(m_backToPassword, 0, Qt::AlignLeft);
    // The password's rules and the support page: one click away, so the steps are what the page shows.
    m_more = new Disclosure(u"reissueMoreButton"_s);
    m_more->contentLayout()->addWidget(m_rules);
    m_more->contentLayout()->addWidget(m_openSupport, 0, Qt::AlignLeft);
    layout->addWidget(m_more);
    layout->addStretch();

    connect(m_openPortal, &QPushButton::clicked, this, [this] {
        if (const Provider *p = provider())
            open(p->portal.url);
    });
    connect(m_imapEnable->button(), &QPushButton::clicked, this, [this] {
        if (const Provider *p = provider())
            open(p->imapEnable.url);
    });
    connect(m_openSupport, &QPushButton::clicked, this, [this] {
        if (const Provider *p = provider(); p && p->supportPage)
            open(p->supportPage->url);
    });
    connect(m_backToPassword, &QPushButton::clicked, this, &ReissuePage::returnToPassword);
    retranslate();
    render();
}

void ReissuePage::initializePage()
{
    render();
    if (!m_openPortal->isHidden())
        m_openPortal->setFocus();
}

void ReissuePage::open(const QString &url)
{
    // Provider files only hold https URLs (checked when they load); never open anything else from here.
    const QUrl target(url);
    if (target.isValid() && target.scheme() == u"https")
        QDesktopServices::openUrl(target);
}

bool ReissuePage::validatePage()
{
    // QWizard cannot move "forward" to a page already in its history: go back to it instead, once next() returns.
    QTimer::singleShot(0, this, &ReissuePage::returnToPassword);
    return false;
}

int ReissuePage::nextId() const
{
    return SetupWizard::Password;
}

void ReissuePage::returnToPassword()
{
    QWizard *w = wizard();
    if (!w || !w->visitedIds().contains(SetupWizard::Password)) {
        if (w)
            w->back();
        return;
    }
    while (w->currentId() != SetupWizard::Password)
        w->back();
}

void ReissuePage::retranslate()
{
    m_preconditionsTitle->setText(tr("Before you start"));
    m_reissueTitle->setText(tr("To get a new one"));
    m_imapEnable->button()->setText(tr("Open the IMAP &settings"));
    m_backToPassword->setText(tr("I ha&ve the password: enter it"));
    m_backToPassword->setAccessibleDescription(tr("Go back to the page where you type the password."));
}

void ReissuePage::render()
{
    const Provider *p = wizard() ? provider() : nullptr;
    const QString code = languageCode();
    const QString providerName = p ? p->name.forLanguage(code) : QString();
    const QString passwordName = p ? p->passwordName.forLanguage(code) : QString();
    const bool oauthOnly = p && p->auth == QList<AuthMethod>{AuthMethod::OAuth2};

    setTitle(oauthOnly ? tr("What to do for %1").arg(providerName) : tr("Check or get a new password"));
    if (oauthOnly)
        setSubTitle(tr("Passwords no longer work there. This is what does."));
    else
        setSubTitle(providerName);  // one line: QWizard's header does not grow for a long subtitle
    setButtonText(QWizard::NextButton, oauthOnly ? tr("Back to the &password page") : tr("&Enter the password"));

    const QStringList preconditions = p ? p->preconditions.forLanguage(code) : QStringList();
    m_preconditions->setText(htmlList(preconditions, false));
    m_preconditionsTitle->setVisible(!preconditions.isEmpty());
    m_preconditions->setVisible(!preconditions.isEmpty());

    const QStringList steps = p ? p->steps.forLanguage(code) : QStringList();
    const QStringList reissueSteps = p ? p->reissueSteps.forLanguage(code) : QStringList();
    m_stepsTitle->setText(oauthOnly ? tr("What has changed, and what works") : tr("Steps"));
    m_steps->setText(htmlList(steps, true));
    m_stepsTitle->setVisible(!steps.isEmpty());
    m_steps->setVisible(!steps.isEmpty());
    m_reissueSteps->setText(htmlList(reissueSteps, true));
    m_reissueTitle->setVisible(!reissueSteps.isEmpty());
    m_reissueSteps->setVisible(!reissueSteps.isEmpty());
    if (!reissueSteps.isEmpty())
        m_stepsTitle->setText(tr("To check it"));

    // The manual entry's steps and portal are the user's own provider's: nothing to confirm there.
    const bool stepsUncertain = p && !p->manualServers && p->isUncertain(u"steps");
    const bool portalUncertain = p && !p->manualServers && p->isUncertain(u"portal") && !p->portal.url.isEmpty();
    m_uncertainSteps->setVisible(stepsUncertain || portalUncertain);
    if (stepsUncertain)
        m_uncertainSteps->setText(tr("These steps are not confirmed by an official source: where the provider's own "
                                     "page says otherwise, follow the page."));
    else
        m_uncertainSteps->setText(tr("The address of the page below is not confirmed by an official source: if it "
                                     "does not look like the provider's own page, enter nothing there."));

    const QString portalName = p ? p->portal.name.forLanguage(code) : QString();
    const bool hasPortal = p && !p->portal.url.isEmpty();
    m_openPortal->setVisible(hasPortal);
    m_openPortal->setText(tr("&Open %1 in the browser").arg(portalName));
    m_openPortal->setToolTip(hasPortal ? p->portal.url : QString());
    m_openPortal->setAccessibleDescription(hasPortal ? p->portal.url : QString());
    m_noPortal->setVisible(p && !hasPortal);
    m_noPortal->setText(tr("The wizard does not know a page for this. Look in %1, or in the letter your provider "
                           "sent when you signed up.")
                            .arg(portalName));

    if (p && p->imapEnable.required != YesNoUnknown::No) {
        const QString where = p->imapEnable.where.forLanguage(code);
        QString text;
        if (p->imapEnable.required == YesNoUnknown::Yes)
            text = where.isEmpty()
                       ? tr("IMAP must be switched on in %1's web settings before any mail app can "
                            "sign in.")
                             .arg(providerName.toHtmlEscaped())
                       : tr("IMAP must be switched on before any mail app can sign in: %1.").arg(where.toHtmlEscaped());
        else if (!where.isEmpty())
            text = tr("If the password is right but signing in still fails, check that IMAP is switched on: %1.")
                       .arg(where.toHtmlEscaped());
        m_imapEnable->setText(text);
        m_imapEnable->setVisible(!text.isEmpty() && !oauthOnly);
        m_imapEnable->button()->setVisible(!p->imapEnable.url.isEmpty());
    } else {
        m_imapEnable->hide();
    }

    const QString rules = p ? p->passwordRules.description.forLanguage(code) : QString();
    m_rules->setText(rules.isEmpty() ? QString() : tr("<b>About this password:</b> %1").arg(rules.toHtmlEscaped()));
    m_rules->setVisible(!rules.isEmpty() && !oauthOnly);

    const bool hasSupport = p && p->supportPage && !p->supportPage->url.isEmpty();
    m_openSupport->setVisible(hasSupport);
    m_more->setVisible(!m_rules->isHidden() || hasSupport);
    m_more->setText(tr("More about this password"));
    if (hasSupport) {
        m_openSupport->setText(tr("If this does not work: %1").arg(p->supportPage->name.forLanguage(code)));
        m_openSupport->setToolTip(p->supportPage->url);
    }
    m_backToPassword->setVisible(!oauthOnly);
}

}  // namespace ipw
