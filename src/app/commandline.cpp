#include "app/commandline.h"

#include "app/configloader.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <cstring>

namespace Bandwatch {

bool CommandLine::wantsGui(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        const char *a = argv[i];
        for (const char *flag : { "--headless", "--dry-run", "--check-config", "--repair-history",
                                  "--version", "-v", "--help", "-h" }) {
            const size_t n = std::strlen(flag);
            if (std::strncmp(a, flag, n) == 0 && (a[n] == '\0' || a[n] == '='))
                return false;
        }
    }
    return true;
}

CommandLine CommandLine::parse(const QStringList &arguments)
{
    QCommandLineParser p;
    p.setApplicationDescription(QCoreApplication::translate(
        "CommandLine",
        "Watches bandwidth and traffic quotas of interfaces, CDNs, Kong, Prometheus and vnstat."));
    p.addHelpOption();
    const QCommandLineOption version(
        { QStringLiteral("v"), QStringLiteral("version") },
        QCoreApplication::translate("CommandLine", "Print the version and exit."));
    const QCommandLineOption config(
        QStringLiteral("config"), QCoreApplication::translate("CommandLine", "Use this configuration file."),
        QStringLiteral("file"));
    const QCommandLineOption headless(
        QStringLiteral("headless"),
        QCoreApplication::translate("CommandLine",
                                    "Collect, alert and export with no GUI until SIGTERM/SIGINT."));
    const QCommandLineOption dryRun(
        QStringLiteral("dry-run"),
        QCoreApplication::translate("CommandLine",
                                    "Poll every source, print samples as JSON lines, store nothing."));
    const QCommandLineOption polls(
        QStringLiteral("polls"),
        QCoreApplication::translate("CommandLine", "Polls per source in --dry-run (default 2)."),
        QStringLiteral("n"), QStringLiteral("2"));
    const QCommandLineOption check(
        QStringLiteral("check-config"),
        QCoreApplication::translate("CommandLine", "Validate a configuration file and exit."),
        QStringLiteral("file"));
    const QCommandLineOption logLevel(
        QStringLiteral("log-level"),
        QCoreApplication::translate("CommandLine", "debug, info, warning or error."), QStringLiteral("level"),
        QStringLiteral("info"));
    const QCommandLineOption repair(
        QStringLiteral("repair-history"),
        QCoreApplication::translate(
            "CommandLine",
            "Repair a damaged history database (the one --config names): keep "
            "the damaged file beside it and copy every readable row into a new one."));
    p.addOptions({ version, config, headless, dryRun, polls, check, repair, logLevel });
    p.process(arguments); // exits on --help and on unknown options

    CommandLine cl;
    cl.configGiven = p.isSet(config);
    cl.configPath = cl.configGiven ? p.value(config) : ConfigLoader::defaultConfigPath();
    cl.logLevel = p.value(logLevel);
    bool ok = false;
    cl.polls = p.value(polls).toInt(&ok);
    if (!ok || cl.polls < 1)
        cl.error = QCoreApplication::translate("CommandLine", "--polls needs a whole number of at least 1");
    if (!p.positionalArguments().isEmpty())
        cl.error = QCoreApplication::translate("CommandLine", "unexpected argument: %1")
                       .arg(p.positionalArguments().constFirst());

    if (p.isSet(version))
        cl.mode = Mode::Version;
    else if (p.isSet(check)) {
        cl.mode = Mode::CheckConfig;
        cl.checkConfigPath = p.value(check);
    } else if (p.isSet(repair))
        cl.mode = Mode::RepairHistory;
    else if (p.isSet(dryRun))
        cl.mode = Mode::DryRun;
    else if (p.isSet(headless))
        cl.mode = Mode::Headless;
    else if (p.isSet(polls))
        cl.error = QCoreApplication::translate("CommandLine", "--polls only makes sense with --dry-run");
    return cl;
}

} // namespace Bandwatch
