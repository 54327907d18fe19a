#pragma once
// The printable settings sheet: one section per device (iPhone, Android's Gmail app, Outlook, Thunderbird) with the
// same words as the wizard's sheet, in the current language, as a PDF with its fonts embedded (Japanese included).
// Qt Gui only (QPdfWriter, QTextDocument): a QGuiApplication must exist (the CLI makes an offscreen one).

#include "handoff/HandoffSettings.h"

#include <QByteArray>
#include <QCoreApplication>

namespace ipw {

struct Provider;

class SettingsSheetPdf {
    Q_DECLARE_TR_FUNCTIONS(SettingsSheetPdf)
public:
    /// The PDF's bytes. No password: the sheet says where the device asks for it.
    static QByteArray render(const HandoffSettings &settings, const Provider *provider);
    /// The same sheet as HTML (what render() lays out), for tests and previews.
    static QString html(const HandoffSettings &settings, const Provider *provider);
};

}  // namespace ipw
