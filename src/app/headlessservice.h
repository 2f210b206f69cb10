#pragma once

#include "app/collector.h"
#include "app/unixsignalwatcher.h"

#include <QObject>

namespace Bandwatch {

// `--headless`: the collector (and, as they arrive, quotas, alerts and the
// exporter) with no GUI, until SIGTERM/SIGINT; SIGHUP re-reads the config file
// and keeps the old configuration if the new one is invalid.
class HeadlessService : public QObject
{
    Q_OBJECT
public:
    explicit HeadlessService(QString configPath, QObject *parent = nullptr);

    bool start(const AppConfig &config, QString *error);
    Collector &collector() { return m_collector; }

Q_SIGNALS:
    void finished(int exitCode);

private:
    void onTerminate(int signalNumber);
    void onReload();

    QString m_configPath;
    Collector m_collector;
    UnixSignalWatcher m_signals;
};

} // namespace Bandwatch
