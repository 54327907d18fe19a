#pragma once

#include "pages/DraftPage.h"

class QLabel;
class QLineEdit;
class QListWidget;
class QListWidgetItem;

namespace ipw {

class Notice;

/// Second page: which provider. The user searches the list (Japanese or English names, the carriers' own words:
/// "ドコモ", "docomo", "ソフトバンク", "ヤフー"), or types the mail address and the app picks the provider from its
/// domain. "Other provider" (manual settings) is always in the list.
class ProviderPage : public DraftPage {
    Q_OBJECT
public:
    explicit ProviderPage(QWidget *parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;
    int nextId() const override;

protected:
    void retranslate() override;
    void render() override;

private:
    void refilter();
    void fillList(const QStringList &ids);
    QString selectedId() const;
    void selectId(const QString &id);
    QString itemText(const Provider &provider) const;

    QLabel *m_searchLabel = nullptr;
    QLineEdit *m_search = nullptr;
    QLabel *m_listLabel = nullptr;
    QListWidget *m_list = nullptr;
    Notice *m_fromAddress = nullptr;
    Notice *m_noMatch = nullptr;
    Notice *m_noImap = nullptr;  ///< the chosen entry offers no IMAP (goo: ended): why, and where to go
    Notice *m_providersError = nullptr;
    QString m_addressDomainMatch;  ///< provider id found for the typed address ("" if none or not an address)
};

}  // namespace ipw
