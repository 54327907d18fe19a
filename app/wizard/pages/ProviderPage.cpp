#include "pages/ProviderPage.h"

#include "SetupWizard.h"
#include "discovery/Discovery.h"
#include "pages/Notice.h"

#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace ipw {
namespace {

// "taro@docomo.ne.jp" → "docomo.ne.jp"; empty unless the text looks like an address with a domain.
QString domainOf(const QString &text)
{
    const qsizetype at = text.lastIndexOf(u'@');
    if (at < 1)
        return {};
    const QString domain = text.mid(at + 1).trimmed();
    return domain.contains(u'.') ? domain : QString();
}

}  // namespace

ProviderPage::ProviderPage(QWidget *parent)
    : DraftPage(parent)
{
    setObjectName(u"providerPage"_s);

    m_search = new QLineEdit;
    m_search->setObjectName(u"providerSearch"_s);
    m_search->setClearButtonEnabled(true);
    m_searchLabel = new QLabel;
    m_searchLabel->setWordWrap(true);
    m_searchLabel->setBuddy(m_search);

    m_fromAddress = new Notice(Notice::Kind::Info, u"providerFromAddress"_s);
    m_noMatch = new Notice(Notice::Kind::Info, u"providerNoMatch"_s);
    m_providersError = new Notice(Notice::Kind::Warning, u"providersError"_s);
    m_noImap = new Notice(Notice::Kind::Warning, u"providerNoImap"_s);

    m_list = new QListWidget;
    m_list->setObjectName(u"providerList"_s);
    m_list->setUniformItemSizes(false);
    // Scrolled by pixel so that the top entry is never shown cut in half.
    m_list->setWordWrap(false);
    m_list->setTextElideMode(Qt::ElideRight);
    m_list->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_list->setSpacing(2);
    m_listLabel = new QLabel;
    m_listLabel->setBuddy(m_list);

    auto *layout = bodyLayout();
    layout->addWidget(m_searchLabel);
    layout->addWidget(m_search);
    layout->addWidget(m_fromAddress);
    layout->addWidget(m_noMatch);
    layout->addSpacing(6);
    layout->addWidget(m_listLabel);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_noImap);
    layout->addWidget(m_providersError);
    m_noImap->hide();
    m_fromAddress->hide();
    m_noMatch->hide();
    m_providersError->hide();

    connect(m_search, &QLineEdit::textChanged, this, &ProviderPage::refilter);
    connect(m_list, &QListWidget::currentItemChanged, this, &ProviderPage::completeChanged);
    connect(m_list, &QListWidget::currentItemChanged, this, &ProviderPage::render);
    // A double click on an entry moves on. (Enter needs nothing: the search field and the list pass it on to the
    // wizard's default button, Next.)
    connect(m_list, &QListWidget::itemDoubleClicked, this, [this] {
        if (isComplete())
            wizard()->next();
    });
    retranslate();
    render();
}

void ProviderPage::initializePage()
{
    if (const auto &error = setupWizard()->providersError()) {
        m_providersError->setText(tr("The providers folder %1 was not used: %2 has a problem in \"%3\" (%4). The "
                                     "built-in providers are shown.")
                                      .arg(qEnvironmentVariable(ProviderDatabase::environmentVariable).toHtmlEscaped(),
                                           error->file.toHtmlEscaped(), error->field.toHtmlEscaped(),
                                           toString(error->kind)));
        m_providersError->show();
    }
    // Coming back (or from a saved account): keep what was typed and chosen before.
    if (m_search->text().isEmpty() && !draft().address.isEmpty() && draft().providerId.isEmpty())
        m_search->setText(draft().address);
    refilter();
    if (!draft().providerId.isEmpty())
        selectId(draft().providerId);
    m_search->setFocus();
}

void ProviderPage::refilter()
{
    const QString text = m_search->text().trimmed();
    const QString previous = selectedId();
    QStringList ids;
    m_addressDomainMatch.clear();
    const QString domain = domainOf(text);
    if (!domain.isEmpty()) {
        // An address: the domain decides. Unknown domains get "Other" and a word about it.
        if (const Provider *found = providers().forEmail(text)) {
            m_addressDomainMatch = found->id;
            ids.append(found->id);
        } else {
            for (const Provider &p : providers().providers())
                ids.append(p.id);
        }
    } else if (!text.isEmpty()) {
        for (const Provider *p : providers().search(text))
            ids.append(p->id);
    } else {
        for (const Provider &p : providers().providers())
            ids.append(p.id);
    }
    // The entry where the user types the servers is always there.
    const Provider *manual = providers().manualEntry();
    const QString manualId = manual ? manual->id : QString();
    if (manual && !ids.contains(manualId))
        ids.append(manualId);
    fillList(ids);

    if (!m_addressDomainMatch.isEmpty())
        selectId(m_addressDomainMatch);
    else if (!domain.isEmpty())
        selectId(manualId);
    else if (ids.contains(previous))
        selectId(previous);
    else if (!text.isEmpty())
        selectId(ids.first());  // the best match, so that Enter moves on
    render();                   // the notices depend on what was found
    Q_EMIT completeChanged();
}

void ProviderPage::fillList(const QStringList &ids)
{
    m_list->clear();
    for (const QString &id : ids) {
        const Provider *p = providers().byId(id);
        if (!p)
            continue;
        auto *item = new QListWidgetItem(itemText(*p), m_list);
        item->setData(Qt::UserRole, p->id);
    }
}

QString ProviderPage::itemText(const Provider &provider) const
{
    const QString name = provider.name.forLanguage(languageCode());
    if (provider.domains.isEmpty())
        return name;
    QStringList shown;
    for (const QString &domain : provider.domains.mid(0, 3))
        shown.append(u"@"_s + domain);
    QString domains = shown.join(u", "_s);
    if (provider.domains.size() > 3)
        domains += tr(", and %1 more").arg(provider.domains.size() - 3);
    // One line: a second line in an item is cut off when a fallback (CJK) font makes the first one taller.
    return name + u"   "_s + domains;
}

QString ProviderPage::selectedId() const
{
    const QListWidgetItem *item = m_list->currentItem();
    return item ? item->data(Qt::UserRole).toString() : QString();
}

void ProviderPage::selectId(const QString &id)
{
    for (int row = 0; row < m_list->count(); ++row) {
        if (m_list->item(row)->data(Qt::UserRole).toString() == id) {
            m_list->setCurrentRow(row);
            m_list->scrollToItem(m_list->item(row));
            return;
        }
    }
}

bool ProviderPage::isComplete() const
{
    // An entry with no IMAP (goo: the service ended) is a dead end: its notice says where to go instead.
    if (!wizard())
        return false;
    const Provider *chosen = providers().byId(selectedId());
    return chosen && chosen->offersImap();
}

bool ProviderPage::validatePage()
{
    const Provider *chosen = providers().byId(selectedId());
    if (!chosen)
        return false;
    AccountDraft &d = draft();
    const QString typed = m_search->text().trimmed();
    if (!domainOf(typed).isEmpty())
        d.address = typed;
    d.discovered.reset();  // the discovery page after this one finds them again
    if (d.providerId != chosen->id) {
        // A new choice replaces the servers; the same choice again keeps what the user edited on the next page.
        d.providerId = chosen->id;
        d.imap = chosen->imap;
        d.smtp = chosen->smtp;
        d.serversConfirmed = false;
        d.allowPlaintext = false;
        d.loginName.clear();
        d.smtpLoginName.reset();
    }
    return true;
}

int ProviderPage::nextId() const
{
    // "Other" with an address the wizard does not know: look its settings up first (unless that is turned off:
    // then straight to typing them on the account page).
    const Provider *chosen = providers().byId(selectedId());
    if (chosen && chosen->manualServers && !domainOf(m_search->text().trimmed()).isEmpty() &&
        !Discovery::disabledByEnvironment())
        return SetupWizard::Discover;
    return SetupWizard::Account;
}

void ProviderPage::retranslate()
{
    setTitle(tr("Which provider is your mail with?"));
    setSubTitle(tr("Search by name, or type your mail address and the wizard picks the provider for you."));
    m_searchLabel->setText(tr("&Search or mail address:"));
    m_search->setPlaceholderText(tr("e.g. docomo, ソフトバンク, Gmail, or taro@docomo.ne.jp"));
    m_search->setAccessibleName(tr("Search providers or type your mail address"));
    m_listLabel->setText(tr("&Provider:"));
    m_list->setAccessibleName(tr("Providers"));
    m_list->setAccessibleDescription(tr("Pick your mail service; typing in the search field above narrows the list."));
}

void ProviderPage::render()
{
    if (!wizard())
        return;  // constructing: nothing listed or found yet
    for (int row = 0; row < m_list->count(); ++row) {
        QListWidgetItem *item = m_list->item(row);
        if (const Provider *p = providers().byId(item->data(Qt::UserRole).toString()))
            item->setText(itemText(*p));
    }

    const QString text = m_search->text().trimmed();
    const QString domain = domainOf(text);
    const Provider *found = providers().byId(m_addressDomainMatch);
    m_fromAddress->setVisible(!domain.isEmpty());
    // Which of the entry's domains matched: a subdomain address (taro@ab.so-net.ne.jp) says so.
    const ProviderMatch match = found ? providers().matchEmail(text) : ProviderMatch{};
    if (found && match.viaSubdomain)
        m_fromAddress->setText(tr("@%1 is a subdomain of @%2, which %3 serves: the wizard uses that entry. Whether "
                                  "such addresses use the same servers is unconfirmed: compare with your provider's "
                                  "instructions.")
                                   .arg(domain.toHtmlEscaped(), match.domain.toHtmlEscaped(),
                                        found->name.forLanguage(languageCode()).toHtmlEscaped()));
    else if (found)
        m_fromAddress->setText(
            tr("Addresses ending in @%1 are served by %2.")
                .arg(domain.toHtmlEscaped(), found->name.forLanguage(languageCode()).toHtmlEscaped()));
    else if (!domain.isEmpty())
        m_fromAddress->setText(
            tr("The wizard does not know @%1. With \"Other provider\" it looks the settings up for you; or pick "
               "your provider from the list if it is there under another name.")
                .arg(domain.toHtmlEscaped()));
    const Provider *chosen = providers().byId(selectedId());
    m_noImap->setVisible(chosen && !chosen->offersImap());
    if (chosen && !chosen->offersImap())
        m_noImap->setText(chosen->noImap.forLanguage(languageCode()).toHtmlEscaped());
    const bool nothingFound = domain.isEmpty() && !text.isEmpty() && m_list->count() <= 1;
    m_noMatch->setVisible(nothingFound);
    if (nothingFound)
        m_noMatch->setText(tr("No provider matches \"%1\". Try another spelling, your mail address, or \"Other "
                              "provider\".")
                               .arg(text.toHtmlEscaped()));
}

}  // namespace ipw
