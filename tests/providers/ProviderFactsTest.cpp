// Issue 14's facts, each against what its provider file says and where the file says it comes from: Gmail's IMAP and
// app-password limits, Yahoo! JAPAN's access setting, docomo's password, SoftBank's verb and MMS address, subdomain
// matching, status pages and the verbs per provider.
#include "CatchQt.h"
#include "providers/ProviderDatabase.h"

#include <QUrl>

using namespace ipw;
using namespace Qt::StringLiterals;

namespace {

const Provider &entry(const ProviderDatabase &db, QStringView id)
{
    const Provider *p = db.byId(id);
    REQUIRE(p);
    return *p;
}

// A fact keeps a source, and that source has a date it was read on.
void requireSourced(const Provider &p, const QString &field)
{
    INFO(p.id.toStdString() << " " << field.toStdString());
    const QStringList refs = p.sources.value(field);
    REQUIRE_FALSE(refs.isEmpty());
    for (const QString &ref : refs) {
        REQUIRE(p.references.contains(ref));
        REQUIRE(p.references.value(ref).checked.isValid());
    }
}

}  // namespace

TEST_CASE("Gmail: IMAP has no switch, app passwords have limits, current OAuth endpoints", "[providers][facts]")
{
    const ProviderDatabase db = ProviderDatabase::builtIn();
    const Provider &gmail = entry(db, u"gmail");
    CHECK(gmail.imapEnable.required == YesNoUnknown::No);
    CHECK(gmail.imapEnable.url.isEmpty());  // the old settings switch is gone
    CHECK(gmail.imapEnable.where.ja.contains(u"管理者"_s));
    CHECK(gmail.imapEnable.where.en.contains(u"administrator"_s));
    CHECK(gmail.isUncertain(u"imapEnable"));  // only secondary sources were read for it
    requireSourced(gmail, u"imapEnable"_s);

    const LocalizedList limits = gmail.authPrerequisites.value(AuthMethod::AppPassword);
    const QString ja = limits.ja.join(u' ');
    const QString en = limits.en.join(u' ');
    CHECK(ja.contains(u"2 段階認証プロセス"_s));
    CHECK(ja.contains(u"高度な保護機能"_s));
    CHECK(ja.contains(u"セキュリティ キー"_s));
    CHECK(ja.contains(u"管理者"_s));
    CHECK(en.contains(u"Advanced Protection"_s));
    CHECK(en.contains(u"security keys only"_s));
    CHECK(en.contains(u"administrator"_s));
    requireSourced(gmail, u"authPrerequisites"_s);
    // Google's own Japanese term, with the half-width space of docs/ui-terms.md, and never without it.
    const QString allJa =
        gmail.toJson().value(u"steps"_s).toObject().value(u"ja"_s).toVariant().toStringList().join(QString());
    CHECK(allJa.contains(u"2 段階認証プロセス"_s));
    CHECK_FALSE(allJa.contains(u"2段階認証"_s));

    REQUIRE(gmail.oauth2);
    CHECK(gmail.oauth2->authUrl == u"https://accounts.google.com/o/oauth2/v2/auth"_s);
    CHECK(gmail.oauth2->tokenUrl == u"https://oauth2.googleapis.com/token"_s);
    requireSourced(gmail, u"oauth2"_s);
    CHECK(gmail.passwordAction == PasswordAction::Recreate);
}

TEST_CASE("Yahoo! JAPAN: the access setting, SMS-only accounts, the login name and no app passwords",
          "[providers][facts]")
{
    const ProviderDatabase db = ProviderDatabase::builtIn();
    const Provider &yahoo = entry(db, u"yahoo-japan");
    CHECK(yahoo.imapEnable.required == YesNoUnknown::Yes);
    CHECK(yahoo.imapEnable.where.ja.contains(u"Yahoo! JAPAN公式サービス以外からのアクセス"_s));
    CHECK(yahoo.steps.ja.join(QString()).contains(u"アプリ パスワードはありません"_s));
    CHECK(yahoo.steps.en.join(QString()).contains(u"no app passwords"_s));
    CHECK(yahoo.preconditions.ja.join(QString()).contains(u"パスワード無効"_s));
    CHECK(yahoo.isUncertain(u"preconditions"));
    CHECK(yahoo.isUncertain(u"username"));
    CHECK(yahoo.usernameHelp.ja.contains(u"未確認"_s));
    requireSourced(yahoo, u"preconditions"_s);
    CHECK(yahoo.passwordAction == PasswordAction::Change);
}

TEST_CASE("docomo: on the smartphone, not the d ACCOUNT password nor the 4-digit PIN, quirk where observed",
          "[providers][facts]")
{
    const ProviderDatabase db = ProviderDatabase::builtIn();
    const Provider &docomo = entry(db, u"docomo");
    CHECK(docomo.steps.ja.first().contains(u"スマートフォン"_s));
    CHECK(docomo.steps.ja.first().contains(u"パソコンのブラウザではできません"_s));
    CHECK(docomo.steps.en.first().contains(u"on your smartphone"_s));
    const QString ja = docomo.steps.ja.join(QString());
    CHECK(ja.contains(u"dアカウントのパスワード"_s));
    CHECK(ja.contains(u"4 桁のネットワーク暗証番号"_s));
    CHECK(docomo.preconditions.ja.join(QString()).contains(u"ahamo"_s));
    CHECK(docomo.preconditions.ja.join(QString()).contains(u"未確認"_s));
    CHECK(docomo.passwordAction == PasswordAction::Check);
    QStringList quirkHosts;
    for (const TlsQuirkEntry &q : docomo.tlsQuirks)
        quirkHosts.append(q.host);
    CHECK(quirkHosts == QStringList{u"imap.spmode.ne.jp"_s, u"smtp.spmode.ne.jp"_s});

    // Users who never set the IMAP専用パスワード: docomo issues it, so the first thing is to display it; whether
    // anything else comes first is not in a source, and the step says so.
    const QString neverSet = docomo.steps.ja.last();
    CHECK(neverSet.contains(u"設定した覚えがなくても"_s));
    CHECK(neverSet.contains(u"ドコモが発行します"_s));
    CHECK(neverSet.contains(u"未確認"_s));
    CHECK(docomo.steps.en.last().contains(u"unconfirmed"_s));
}

TEST_CASE("au business, Y!mobile and UQ mobile addresses are recognised as unconfirmed, no server guessed",
          "[providers][facts]")
{
    const ProviderDatabase db = ProviderDatabase::builtIn();
    const struct {
        const char16_t *address;
        const char16_t *id;
    } cases[] = {{u"taro@biz.ezweb.ne.jp", u"au-biz"}, {u"taro@company.biz.ezweb.ne.jp", u"au-biz"},
                 {u"taro@biz.au.com", u"au-biz"},      {u"taro@yahoo.ne.jp", u"ymobile"},
                 {u"taro@ymobile.ne.jp", u"ymobile"},  {u"taro@uqmobile.jp", u"uqmobile"}};
    for (const auto &c : cases) {
        INFO(QString::fromUtf16(c.address).toStdString());
        const Provider *p = db.forEmail(QString::fromUtf16(c.address));
        REQUIRE(p);
        CHECK(p->id == QString::fromUtf16(c.id));
        CHECK_FALSE(p->manualServers);  // not "Other"
        // No source gives their servers: none is guessed, and the user is told it is unconfirmed.
        CHECK(p->imap.host.isEmpty());
        CHECK(p->smtp.host.isEmpty());
        CHECK(p->isUncertain(u"imap.host"));
        CHECK(p->isUncertain(u"steps"));
        CHECK(p->name.ja.contains(u"未確認"_s));
        CHECK(p->name.en.contains(u"unconfirmed"_s));
        CHECK(p->steps.ja.join(QString()).contains(u"未確認"_s));
        CHECK(p->steps.en.join(QString()).contains(u"unconfirmed"_s));
        // Nothing says their mail is not IMAP either, so they do not claim it.
        CHECK(p->offersImap());
        for (const QString &field : {u"name"_s, u"domains"_s, u"steps"_s, u"portal"_s})
            requireSourced(*p, field);
    }
    // Yahoo! JAPAN's free addresses stay Yahoo! JAPAN's; au's consumer addresses stay au's.
    CHECK(db.forEmail(u"taro@yahoo.co.jp")->id == u"yahoo-japan"_s);
    CHECK(db.forEmail(u"taro@ezweb.ne.jp")->id == u"au"_s);
    CHECK(db.matchEmail(u"taro@company.biz.ezweb.ne.jp").domain == u"biz.ezweb.ne.jp"_s);
    CHECK(entry(db, u"au-biz").isUncertain(u"subdomains"));
    CHECK(entry(db, u"ymobile").steps.ja.first().contains(u"@yahoo.co.jp"_s));
}

TEST_CASE("a portal named after My docomo, My au or My SoftBank opens that portal", "[providers][facts]")
{
    // The button says the portal's name and opens its URL: a name naming a carrier's member portal must not open
    // another page. Only My SoftBank's host has a source (SoftBank's FAQ 10634); a name naming My docomo or My au
    // therefore may not come with any URL until one is sourced.
    const struct {
        QString portal;
        QString host;
    } portals[] = {{u"My docomo"_s, QString()}, {u"My au"_s, QString()}, {u"My SoftBank"_s, u"my.softbank.jp"_s}};
    const ProviderDatabase db = ProviderDatabase::builtIn();
    for (const Provider &p : db.providers()) {
        const QString host = QUrl(p.portal.url).host();
        for (const auto &portal : portals) {
            const bool named = p.portal.name.ja.contains(portal.portal, Qt::CaseInsensitive) ||
                               p.portal.name.en.contains(portal.portal, Qt::CaseInsensitive);
            if (!named || p.portal.url.isEmpty())
                continue;
            INFO(p.id.toStdString() << " names " << portal.portal.toStdString() << " but opens " << host.toStdString());
            CHECK(host == portal.host);
        }
    }
    // docomo's button opens docomo's security page, and says so.
    const Provider &docomo = entry(db, u"docomo");
    CHECK(QUrl(docomo.portal.url).host() == u"www.nttdocomo.co.jp"_s);
    CHECK(docomo.portal.name.ja.contains(u"セキュリティのページ"_s));
    CHECK(entry(db, u"softbank").portal.name.en.contains(u"My SoftBank"_s));
}

TEST_CASE("SoftBank: change the password on My SoftBank, the MMS address has no IMAP", "[providers][facts]")
{
    const ProviderDatabase db = ProviderDatabase::builtIn();
    const Provider &softbank = entry(db, u"softbank");
    CHECK(softbank.passwordAction == PasswordAction::Change);
    CHECK(softbank.portal.url == u"https://my.softbank.jp/"_s);
    CHECK(softbank.steps.ja.join(QString()).contains(u"157"_s));
    requireSourced(softbank, u"portal"_s);
    CHECK(softbank.references.value(softbank.sources.value(u"passwordAction"_s).first()).url ==
          u"https://www.softbank.jp/support/faq/view/10634"_s);

    const Provider *mms = db.forEmail(u"taro@softbank.ne.jp");
    REQUIRE(mms);
    CHECK(mms->id == u"softbank-mms"_s);
    CHECK_FALSE(mms->offersImap());
    CHECK(mms->noImap.ja.contains(u"@i.softbank.jp"_s));
    CHECK(mms->noImap.en.contains(u"@i.softbank.jp"_s));
    requireSourced(*mms, u"noImap"_s);
    CHECK(db.forEmail(u"taro@i.softbank.jp")->id == u"softbank"_s);  // the exact domain wins
}

TEST_CASE("subdomains match only where the provider issues them, and say which domain matched", "[providers][facts]")
{
    const ProviderDatabase db = ProviderDatabase::builtIn();
    const ProviderMatch sonet = db.matchEmail(u"taro@ab.so-net.ne.jp");
    REQUIRE(sonet);
    CHECK(sonet.provider->id == u"so-net"_s);
    CHECK(sonet.domain == u"so-net.ne.jp"_s);
    CHECK(sonet.viaSubdomain);
    CHECK(db.matchEmail(u"Taro@XY.Biglobe.ne.jp.").provider->id == u"biglobe"_s);
    CHECK(db.matchEmail(u"taro@abc.ocn.ne.jp").provider->id == u"ocn"_s);

    const ProviderMatch exact = db.matchEmail(u"taro@so-net.ne.jp");
    CHECK(exact.domain == u"so-net.ne.jp"_s);
    CHECK_FALSE(exact.viaSubdomain);
    // Providers that do not say they issue subdomains are not guessed.
    CHECK_FALSE(db.matchEmail(u"taro@x.docomo.ne.jp"));
    CHECK_FALSE(db.matchEmail(u"taro@x.gmail.com"));
    CHECK_FALSE(db.matchEmail(u"taro@notso-net.ne.jp"));  // a suffix is not a subdomain
    // ocn.ad.jp is OCN's network domain, not a mail domain.
    CHECK_FALSE(db.forEmail(u"taro@ocn.ad.jp"));
    for (const QString &id : {u"so-net"_s, u"biglobe"_s, u"ocn"_s}) {
        CHECK(entry(db, id).subdomains);
        CHECK(entry(db, id).isUncertain(u"subdomains"));
        requireSourced(entry(db, id), u"subdomains"_s);
    }
}

TEST_CASE("status pages are https, sourced, and the verbs come from the files", "[providers][facts]")
{
    const ProviderDatabase db = ProviderDatabase::builtIn();
    int withStatus = 0;
    for (const Provider &p : db.providers()) {
        if (!p.statusPage)
            continue;
        ++withStatus;
        CHECK(p.statusPage->url.startsWith(u"https://"_s));
        requireSourced(p, u"statusPage"_s);
    }
    CHECK(entry(db, u"gmail").statusPage.has_value());
    CHECK(entry(db, u"icloud").statusPage.has_value());
    CHECK(withStatus >= 2);
    CHECK(entry(db, u"icloud").passwordAction == PasswordAction::Recreate);
    CHECK(toString(PasswordAction::Recreate) == u"recreate"_s);
    CHECK(passwordActionFromString(u"reissue") == PasswordAction::Reissue);
    CHECK_FALSE(passwordActionFromString(u"view"));
}
