#pragma once

#include "app/appconfig.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <optional>

namespace Bandwatch {

class Collector;

// Starts the collector for the desktop app. Where the command line prints the
// problem on stderr and exits, someone who launched Bandwatch from a menu
// would see nothing at all; here they get a dialog that says what is wrong and
// offers what can be done from it: open the configuration file, repair a
// damaged history database (keeping the damaged file), try again, or quit.
class StartupGuard
{
    Q_DECLARE_TR_FUNCTIONS(StartupGuard)

public:
    // `writeDefault`: a first start without --config writes the default file.
    StartupGuard(const QString &configPath, bool writeDefault, Collector *collector);

    // Loops until the collector runs (returns its configuration) or the user
    // quits (nullopt). Every problem is also written to stderr, like the
    // headless mode does, so that a terminal launch shows it too.
    std::optional<AppConfig> start();

private:
    enum class Choice { Retry, Quit };
    std::optional<AppConfig> loadConfig(QStringList *errors) const;
    Choice configProblem(const QStringList &errors) const;
    Choice startProblem(const AppConfig &config, const QString &error) const;
    void repairHistory(const QString &path) const;

    QString m_configPath;
    bool m_writeDefault;
    Collector *m_collector;
};

} // namespace Bandwatch
