#include "AboutDialog.h"

#include "AppIcon.h"
#include "common/BuildInfo.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace ipw {
namespace {

QLabel *makeLabel(QWidget *parent, const QString &objectName)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextBrowserInteraction);
    return label;
}

}  // namespace

AboutDialog::AboutDialog(QWidget *parent)
    : QDialog(parent)
{
    setObjectName(u"aboutDialog"_s);

    auto *icon = new QLabel(this);
    icon->setObjectName(u"aboutIcon"_s);
    icon->setPixmap(appIcon().pixmap(QSize(64, 64), devicePixelRatioF()));  // sharp on high-DPI screens too
    icon->setAlignment(Qt::AlignTop | Qt::AlignHCenter);

    m_name = makeLabel(this, u"aboutNameLabel"_s);
    QFont big = m_name->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    big.setBold(true);
    m_name->setFont(big);
    m_version = makeLabel(this, u"aboutVersionLabel"_s);
    m_description = makeLabel(this, u"aboutDescriptionLabel"_s);
    m_license = makeLabel(this, u"aboutLicenseLabel"_s);
    m_license->setOpenExternalLinks(true);
    m_qt = makeLabel(this, u"aboutQtLabel"_s);
    m_tls = makeLabel(this, u"aboutTlsLabel"_s);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_buttons->setObjectName(u"aboutButtons"_s);
    m_copy = m_buttons->addButton(QString(), QDialogButtonBox::ActionRole);
    m_copy->setObjectName(u"aboutCopyButton"_s);
    connect(m_copy, &QPushButton::clicked, this, [] { QApplication::clipboard()->setText(detailsForSupport()); });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    // Word-wrapped labels report a narrow size hint; give the text column a readable measure of its own (measured on
    // a digit: a CJK font's average character width is that of its ideographs, twice too wide here).
    const int textWidth = fontMetrics().horizontalAdvance(u'0') * 50;
    for (QLabel *label : {m_name, m_version, m_description, m_license, m_qt, m_tls})
        label->setMinimumWidth(textWidth);

    auto *text = new QVBoxLayout;
    text->addWidget(m_name);
    text->addWidget(m_version);
    text->addSpacing(8);
    text->addWidget(m_description);
    text->addSpacing(8);
    text->addWidget(m_license);
    text->addSpacing(8);
    text->addWidget(m_qt);
    text->addWidget(m_tls);
    text->addStretch();

    auto *grid = new QGridLayout(this);
    grid->addWidget(icon, 0, 0);
    grid->addLayout(text, 0, 1);
    grid->addWidget(m_buttons, 1, 0, 1, 2);
    grid->setColumnStretch(1, 1);
    grid->setHorizontalSpacing(16);
    grid->setSizeConstraint(QLayout::SetFixedSize);
    retranslate();
}

QString AboutDialog::detailsForSupport()
{
    const QString tls = BuildInfo::tlsLibrary();
    return u"IMAP Password Wizard %1\nQt %2 (built with %3)\nTLS: %4\n"_s.arg(
        BuildInfo::version(), BuildInfo::qtVersion(), QString::fromLatin1(QT_VERSION_STR),
        tls.isEmpty() ? u"none"_s : tls);
}

void AboutDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void AboutDialog::retranslate()
{
    setWindowTitle(tr("About IMAP Password Wizard"));
    m_name->setText(tr("IMAP Password Wizard"));
    m_version->setText(tr("Version %1").arg(BuildInfo::version()));
    m_description->setText(tr("Finds out which password your mail app needs, checks it with the server for real, and "
                              "keeps it in your system's keychain."));
    m_license->setText(tr("Free software under the <a href=\"%1\">Apache License, Version 2.0</a>.")
                           .arg(u"https://www.apache.org/licenses/LICENSE-2.0"_s));
    // qVersion() is the Qt library loaded now; QT_VERSION_STR the one this build was compiled against. They differ
    // when a distribution updates Qt, which matters in a bug report.
    m_qt->setText(tr("Qt %1 (built with Qt %2)").arg(BuildInfo::qtVersion(), QString::fromLatin1(QT_VERSION_STR)));
    const QString tls = BuildInfo::tlsLibrary();
    m_tls->setText(tls.isEmpty() ? tr("TLS library: none available — connections cannot be checked.")
                                 : tr("TLS library: %1").arg(tls));
    m_copy->setText(tr("&Copy Details"));
}

}  // namespace ipw
