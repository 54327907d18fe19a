#pragma once

#include "common/Language.h"

/// The UI language for a test's scope, English again after it. As a base class it is set before the members are
/// built (a wizard built in the language under test).
///
///     struct ShownWizard : InLanguage { SetupWizard wizard; … };
///     InLanguage japanese(ipw::UiLanguage::Japanese);
struct InLanguage {
    explicit InLanguage(ipw::UiLanguage language) { ipw::Language::apply(language); }
    ~InLanguage() { ipw::Language::apply(ipw::UiLanguage::English); }
    InLanguage(const InLanguage &) = delete;
    InLanguage &operator=(const InLanguage &) = delete;
};
