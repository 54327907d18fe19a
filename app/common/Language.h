#pragma once

#include <QLocale>
#include <QString>

#include <optional>

class QCoreApplication;

namespace ipw {

/// The user's language for everything the app and the CLI say. Japanese and English are both first-class;
/// any other system language falls back to English.
///
///     Language::apply(Language::fromSystem());   // or *Language::fromCode(u"ja"_s)
enum class UiLanguage { English, Japanese };

class Language {
public:
    static UiLanguage fromSystem();
    /// "ja" or "en" (case-insensitive); std::nullopt for anything else.
    static std::optional<UiLanguage> fromCode(const QString &code);
    static QString code(UiLanguage language);
    /// Installs this project's translation and Qt's own (buttons of QWizard, QDialogButtonBox, …), replacing
    /// whatever was installed before, and sets the default QLocale. Safe to call again at any time (live switch).
    static void apply(UiLanguage language);
    static UiLanguage current();
};

}  // namespace ipw
