#include "app/commandline.h"
#include "app/configloader.h"
#include "app/displayprobe.h"
#include "app/dryrun.h"
#include "app/headlessservice.h"
#include "app/logsetup.h"
#include "app/unixsignalwatcher.h"
#include "storage/historystore.h"

#ifdef BANDWATCH_WITH_GUI
#include "gui/guiapp.h"
#include "gui/singleinstance.h"
#include "gui/startupguard.h"

#include <QApplication>
#endif

#include <QCoreApplication>
#include <QTextStream>
#include <cstdio>
#include <memory>

using namespace Bandwatch;

namespace {

void printErr(const QString &text)
{
    const QByteArray b = text.toUtf8() + '\n';
    std::fwrite(b.constData(), 1, size_t(b.size()), stderr);
}

// Loads the configuration, writing the default one on a first start.
std::optional<AppConfig> loadConfig(const CommandLine &cl)
{
    if (!cl.configGiven) {
        QString error;
        if (!ConfigLoader::writeDefaultIfMissing(cl.configPath, &error)) {
            printErr(error);
            return std::nullopt;
        }
    }
    const ConfigLoader::Result r = ConfigLoader::loadFile(cl.configPath);
    for (const QString &w : r.warnings)
        printErr(QCoreApplication::translate("main", "warning: %1").arg(w));
    for (const QString &e : r.errors)
        printErr(e);
    if (!r.ok())
        return std::nullopt;
    return r.config;
}

int runHeadless(const CommandLine &cl)
{
    const auto config = loadConfig(cl);
    if (!config)
        return 1;
    HeadlessService service(cl.configPath);
    QString error;
    if (!service.start(*config, &error)) {
        printErr(error);
        return 1;
    }
    QObject::connect(&service, &HeadlessService::finished, qApp, &QCoreApplication::exit);
    return QCoreApplication::exec();
}

int runDryRun(const CommandLine &cl)
{
    const auto config = loadConfig(cl);
    if (!config)
        return 1;
    DryRun dryRun(*config, cl.polls);
    QString error;
    if (!dryRun.start(&error)) {
        printErr(error);
        return 1;
    }
    QObject::connect(&dryRun, &DryRun::finished, qApp, &QCoreApplication::exit);
    return QCoreApplication::exec();
}

int checkConfig(const QString &path)
{
    const ConfigLoader::Result r = ConfigLoader::loadFile(path);
    for (const QString &w : r.warnings)
        printErr(QCoreApplication::translate("main", "warning: %1").arg(w));
    for (const QString &e : r.errors)
        printErr(e);
    if (!r.ok())
        return 1;
    QTextStream(stdout) << QCoreApplication::translate("main", "%1: OK (%2 source(s))\n")
                               .arg(path)
                               .arg(r.config->sources.size());
    return 0;
}

int repairHistory(const CommandLine &cl)
{
    const auto config = loadConfig(cl);
    if (!config)
        return 1;
    QString report;
    const bool ok = HistoryStore::repair(config->effectiveStoragePath(), &report);
    printErr(report);
    return ok ? 0 : 1;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication::setApplicationName(QStringLiteral("bandwatch"));
    QCoreApplication::setOrganizationName(QStringLiteral("bandwatch"));
    QCoreApplication::setApplicationVersion(QStringLiteral(BANDWATCH_VERSION));

    bool gui = CommandLine::wantsGui(argc, argv);
#ifndef BANDWATCH_WITH_GUI
    const bool builtWithGui = false;
#else
    const bool builtWithGui = true;
#endif
    bool noDisplay = false;
    DisplayProbe::Result display;
    if (gui && builtWithGui) {
        display = DisplayProbe::probe(QProcessEnvironment::systemEnvironment());
        // Only what answers: Qt would abort on a platform it cannot connect.
        if (display.usable && !display.platforms.isEmpty() && !qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", display.platforms.join(u';').toLocal8Bit());
    }
    if (gui && (!builtWithGui || !display.usable)) {
        noDisplay = true;
        gui = false;
    }

    std::unique_ptr<QCoreApplication> app;
#ifdef BANDWATCH_WITH_GUI
    if (gui)
        app = std::make_unique<QApplication>(argc, argv);
    else
#endif
        app = std::make_unique<QCoreApplication>(argc, argv);

    CommandLine cl = CommandLine::parse(QCoreApplication::arguments());
    if (!cl.error.isEmpty()) {
        printErr(cl.error);
        return 2;
    }
    if (cl.mode == CommandLine::Mode::Version) {
        QTextStream(stdout) << QStringLiteral("bandwatch %1\n").arg(QCoreApplication::applicationVersion());
        return 0;
    }
    if (cl.mode == CommandLine::Mode::CheckConfig)
        return checkConfig(cl.checkConfigPath);

    QString logError;
    if (!LogSetup::install(cl.logLevel, &logError)) {
        printErr(logError);
        return 2;
    }
    if (cl.mode == CommandLine::Mode::DryRun)
        return runDryRun(cl);
    if (cl.mode == CommandLine::Mode::RepairHistory)
        return repairHistory(cl);
    if (noDisplay && cl.mode == CommandLine::Mode::Gui) {
        printErr(builtWithGui
                     ? QCoreApplication::translate("main",
                                                   "No usable display (%1): starting headless mode "
                                                   "instead.")
                           .arg(display.reason)
                     : QCoreApplication::translate("main", "Built without the GUI: starting headless mode."));
        cl.mode = CommandLine::Mode::Headless;
    }
    if (cl.mode == CommandLine::Mode::Headless)
        return runHeadless(cl);

#ifdef BANDWATCH_WITH_GUI
    // A second launch for the same user and configuration raises the first
    // window instead of starting another collector.
    SingleInstance instance(SingleInstance::keyFor(cl.configPath));
    switch (instance.start()) {
    case SingleInstance::Result::RaisedOther:
        printErr(QCoreApplication::translate("main", "Bandwatch is already running: showing its window."));
        return 0;
    case SingleInstance::Result::Failed:
        printErr(instance.error());
        return 1;
    case SingleInstance::Result::Primary:
        break;
    }
    // Before the start-up dialogs, so that they speak the user's language.
    GuiApp::installTranslations();
    Collector collector;
    StartupGuard guard(cl.configPath, !cl.configGiven, &collector);
    if (!guard.start())
        return 1;
    // A session log-out or `systemctl --user stop` sends SIGTERM: leave the
    // event loop so that the queued samples are written, as headless does.
    UnixSignalWatcher unixSignals;
    QObject::connect(&unixSignals, &UnixSignalWatcher::terminateRequested, qApp, [](int signalNumber) {
        printErr(QCoreApplication::translate("main", "signal %1: flushing and stopping").arg(signalNumber));
        QCoreApplication::quit();
    });
    const int rc = GuiApp::run(collector, cl.configPath, &instance);
    const bool flushed = collector.stop();
    return rc != 0 ? rc : (flushed ? 0 : 1);
#else
    return 0;
#endif
}
