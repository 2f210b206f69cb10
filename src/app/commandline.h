#pragma once

#include <QString>
#include <QStringList>

namespace Bandwatch {

// What the user asked for on the command line.
struct CommandLine
{
    enum class Mode { Gui, Headless, DryRun, CheckConfig, RepairHistory, Version };

    Mode mode = Mode::Gui;
    QString configPath; // --config, or the default location
    bool configGiven = false;
    QString checkConfigPath;
    int polls = 2;
    QString logLevel = QStringLiteral("info");
    QString error; // non-empty: print it and exit 2

    // Which kind of QCoreApplication main() must create, decided from argv
    // before any Qt object exists.
    static bool wantsGui(int argc, char **argv);
    // Parses with QCommandLineParser (a QCoreApplication must exist); handles --help.
    static CommandLine parse(const QStringList &arguments);
};

} // namespace Bandwatch
