#include "common/Language.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

#include <memory>

namespace ipw {
namespace {

struct Installed {
    std::unique_ptr<QTranslator> ours;
    std::unique_ptr<QTranslator> qt;
    UiLanguage language = UiLanguage::English;
};

Installed &installed()
{
    static Installed state;
    return state;
}

void remove(std::unique_ptr<QTranslator> &translator)
{
    if (translator) {
        QCoreApplication::removeTranslator(translator.get());
        translator.reset();
    }
}

}  // namespace

UiLanguage Language::fromSystem()
{
    const QStringList preferred = QLocale::system().uiLanguages();
    for (const QString &tag : preferred) {
        if (tag.startsWith(QLatin1String("ja"), Qt::CaseInsensitive))
            return UiLanguage::Japanese;
        if (tag.startsWith(QLatin1String("en"), Qt::CaseInsensitive))
            return UiLanguage::English;
    }
    return UiLanguage::English;
}

std::optional<UiLanguage> Language::fromCode(const QString &code)
{
    const QString c = code.trimmed().toLower();
    if (c == QLatin1String("ja"))
        return UiLanguage::Japanese;
    if (c == QLatin1String("en"))
        return UiLanguage::English;
    return std::nullopt;
}

QString Language::code(UiLanguage language)
{
    return language == UiLanguage::Japanese ? QStringLiteral("ja") : QStringLiteral("en");
}

void Language::apply(UiLanguage language)
{
    Installed &state = installed();
    remove(state.ours);
    remove(state.qt);
    state.language = language;
    const QLocale locale(language == UiLanguage::Japanese ? QLocale::Japanese : QLocale::English,
                         language == UiLanguage::Japanese ? QLocale::Japan : QLocale::UnitedStates);
    QLocale::setDefault(locale);
    if (language == UiLanguage::English)
        return;  // the sources are English

    auto ours = std::make_unique<QTranslator>();
    if (ours->load(QStringLiteral(":/i18n/imap-password-wizard_ja.qm"))) {
        QCoreApplication::installTranslator(ours.get());
        state.ours = std::move(ours);
    }
    auto qt = std::make_unique<QTranslator>();
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt.get());
        state.qt = std::move(qt);
    }
}

UiLanguage Language::current()
{
    return installed().language;
}

}  // namespace ipw
