#include "gui/guiapp.h"

#include "alerts/alertservice.h"
#include "app/collector.h"
#include "gui/alertpausememory.h"
#include "gui/appicon.h"
#include "gui/fallbacktranslator.h"
#include "gui/mainwindow.h"
#include "gui/quotapanel.h"
#include "gui/singleinstance.h"
#include "gui/trayicon.h"
#include "gui/traynotifier.h"

#include <QApplication>
#include <QDockWidget>
#include <QFileInfo>
#include <QLibraryInfo>
#include <QLocale>
#include <QPointer>
#include <QSettings>
#include <QTranslator>
#include <cstdio>
#include <memory>

namespace Bandwatch {

namespace {

const QString kLanguageKey = QStringLiteral("General/language");

// The translators currently installed, so a switch removes the old ones.
QList<QPointer<QTranslator>> &installed()
{
    static QList<QPointer<QTranslator>> list;
    return list;
}

} // namespace

QStringList GuiApp::availableLanguages()
{
    return { QStringLiteral("en"), QStringLiteral("zh_CN"), QStringLiteral("zh_TW") };
}

QString GuiApp::installTranslations(const QString &language)
{
    for (const QPointer<QTranslator> &t : std::as_const(installed())) {
        if (t) {
            QCoreApplication::removeTranslator(t);
            delete t;
        }
    }
    installed().clear();

    QString wanted = language;
    if (wanted.isEmpty())
        wanted = QSettings().value(kLanguageKey).toString();
    const QLocale locale = wanted.isEmpty() ? QLocale::system() : QLocale(wanted);

    QString loaded = QStringLiteral("en");
    auto *ours = new FallbackTranslator(QCoreApplication::instance());
    // QTranslator tries the locale's UI languages in order (zh-Hant-TW, zh-TW, zh, ...).
    if (ours->load(locale, QStringLiteral("bandwatch"), QStringLiteral("_"), QStringLiteral(":/i18n"))) {
        QCoreApplication::installTranslator(ours);
        installed() << ours;
        loaded = QFileInfo(ours->filePath()).completeBaseName().mid(QStringLiteral("bandwatch_").size());
    } else {
        delete ours;
    }
    auto *qt = new QTranslator(QCoreApplication::instance());
    if (loaded != u"en"
        && qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                    QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt);
        installed() << qt;
    } else {
        delete qt;
    }
    return loaded;
}

void GuiApp::connectNotifier(TrayNotifier *notifier, MainWindow *window)
{
    QObject::connect(notifier, &TrayNotifier::quotaActivated, window, &MainWindow::showQuota);
}

int GuiApp::run(Collector &collector, const QString &configPath, SingleInstance *instance)
{
    auto *app = qobject_cast<QApplication *>(QCoreApplication::instance());
    if (!app) {
        std::fputs("GuiApp::run needs a QApplication\n", stderr);
        return 1;
    }
    installTranslations();
    QApplication::setWindowIcon(AppIcon::application());
    QGuiApplication::setDesktopFileName(QStringLiteral("bandwatch"));

    MainWindow window(collector, configPath);
    std::unique_ptr<TrayIcon> tray;
    if (TrayIcon::isAvailable()) {
        tray = std::make_unique<TrayIcon>(&window);
        window.setCloseToTray(true);
        QApplication::setQuitOnLastWindowClosed(false);
        tray->show();
    }
    // Quota alerts as tray balloons (or a message box without a tray); the
    // outbox keeps them like any other channel, so none is lost while the
    // window is closed to the tray.
    TrayNotifier notifier(tray ? tray->systemTrayIcon() : nullptr, &window);
    connectNotifier(&notifier, &window);
    if (instance) {
        QObject::connect(instance, &SingleInstance::raiseRequested, &window, [&window] {
            qInfo("another launch asked for the window: raising it");
            window.showAndRaise();
        });
    }
    if (collector.alerts())
        collector.alerts()->addNotifier(&notifier);
    AlertPauseMemory pauseMemory(collector.alerts());
    window.show();
    const int rc = QApplication::exec();
    if (collector.alerts())
        collector.alerts()->removeNotifier(&notifier);
    window.saveSettings();
    return rc;
}

} // namespace Bandwatch
