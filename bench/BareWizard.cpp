// The yardstick for bench/startup.sh: a bare QWizard with one page of Japanese text, so it pays for the CJK font as
// the real wizard's first page does. Like the wizard with IPW_STARTUP_TRACE=quit, it prints the milliseconds from
// main() to the window's first paint and the absolute CLOCK_MONOTONIC time of it on stderr, then quits.
#include <QApplication>
#include <QElapsedTimer>
#include <QEvent>
#include <QLabel>
#include <QTimer>
#include <QVBoxLayout>
#include <QWizard>

#include <cstdio>

namespace {

QElapsedTimer sinceMain;

class FirstPaint : public QObject {
public:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint) {
            std::fprintf(stderr, "startup: %6.1f ms  first page shown (monotonic %lld ms)\n",
                         double(sinceMain.nsecsElapsed()) / 1e6,
                         static_cast<long long>(sinceMain.msecsSinceReference() + sinceMain.elapsed()));
            watched->removeEventFilter(this);
            QTimer::singleShot(0, qApp, &QCoreApplication::quit);
        }
        return false;
    }
};

}  // namespace

int main(int argc, char **argv)
{
    sinceMain.start();
    QApplication app(argc, argv);
    QWizard wizard;
    auto *page = new QWizardPage;
    page->setTitle(QStringLiteral("メールサービスのログイン設定"));
    auto *layout = new QVBoxLayout(page);
    auto *text = new QLabel(QStringLiteral("パソコンのメールソフトで使うパスワードを確認します。"
                                           "メールアドレスを入力して「次へ」を押してください。"));
    text->setWordWrap(true);
    layout->addWidget(text);
    wizard.addPage(page);
    FirstPaint firstPaint;
    wizard.installEventFilter(&firstPaint);
    wizard.show();
    return app.exec();
}
