#include "SettingsSheetPdf.h"

#include "common/DeviceText.h"
#include "common/HandoffText.h"
#include "common/Language.h"
#include "providers/Provider.h"

#include <QBuffer>
#include <QDate>
#include <QFont>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QTextDocument>

using namespace Qt::StringLiterals;

namespace ipw {

QString SettingsSheetPdf::html(const HandoffSettings &settings, const Provider *provider)
{
    const auto esc = [](const QString &text) { return text.toHtmlEscaped(); };
    QString h = u"<html><body>"_s;
    h += u"<h1>%1</h1>"_s.arg(esc(tr("Mail settings for %1").arg(settings.address)));
    h += u"<p>%1</p>"_s.arg(esc(HandoffText::accountName(settings, provider)));
    h += u"<p>%1</p>"_s.arg(
        esc(tr("This sheet holds no password. Each device asks for it: type it there yourself, and keep this sheet "
               "as safe as any note about your mail.")));
    if (settings.browserSignIn)
        h += u"<p>%1</p>"_s.arg(esc(DeviceText::browserSignInNote()));
    for (Device device : DeviceText::kAll) {
        // Two devices a page: a section never starts at the foot of a page.
        const bool newPage = device == Device::Outlook;
        h += u"<h2%1>%2</h2>"_s.arg(newPage ? u" style=\"page-break-before: always\""_s : QString(),
                                    esc(DeviceText::name(device)));
        h += u"<p>%1</p>"_s.arg(esc(DeviceText::where(device)));
        h += u"<table border=\"1\" cellspacing=\"0\" cellpadding=\"4\" width=\"100%\">"_s;
        for (const DeviceText::Line &line : DeviceText::lines(device, settings))
            h += u"<tr><td width=\"35%\">%1</td><td><b>%2</b></td></tr>"_s.arg(esc(line.label), esc(line.value));
        h += u"</table>"_s;
        if (const QString note = DeviceText::securityNote(device, settings); !note.isEmpty())
            h += u"<p>%1</p>"_s.arg(esc(note));
    }
    h += u"<p><small>%1</small></p>"_s.arg(esc(
        tr("Made by IMAP Password Wizard on %1.").arg(QLocale().toString(QDate::currentDate(), QLocale::LongFormat))));
    h += u"</body></html>"_s;
    return h;
}

QByteArray SettingsSheetPdf::render(const HandoffSettings &settings, const Provider *provider)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setTitle(tr("Mail settings for %1").arg(settings.address));
        writer.setCreator(u"IMAP Password Wizard"_s);
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(18, 18, 18, 18),
                                         QPageLayout::Millimeter));
        writer.setResolution(300);

        QTextDocument doc;
        // A font that has the Japanese glyphs, on each platform; QPdfWriter embeds (a subset of) it.
        QFont font;
        font.setFamilies({u"Noto Sans CJK JP"_s, u"Noto Sans JP"_s, u"Yu Gothic"_s, u"Meiryo"_s, u"Hiragino Sans"_s,
                          u"Source Han Sans JP"_s, u"sans-serif"_s});
        font.setPointSizeF(7.5);
        doc.setDefaultFont(font);
        doc.setDocumentMargin(0);
        doc.setDefaultStyleSheet(
            u"h1 { font-size: 15pt; } h2 { font-size: 10.5pt; margin-top: 10px; } td { padding: 2px; }"_s);
        doc.setHtml(html(settings, provider));
        // No page size of its own: print() lays the document out on the writer's page, scaled from screen points.
        doc.print(&writer);
    }
    return bytes;
}

}  // namespace ipw
