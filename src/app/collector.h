#pragma once

#include "app/appconfig.h"
#include "app/scheduler.h"
#include "storage/historystore.h"

#include <QObject>
#include <memory>

namespace Bandwatch {

class AlertService;
class ExporterBridge;

// The running core shared by the GUI and headless mode: the configured sources
// on their scheduler, feeding the history store. Everything a window shows or
// the exporter serves comes from here.
class Collector : public QObject
{
    Q_OBJECT
public:
    explicit Collector(QObject *parent = nullptr);
    ~Collector() override;

    // Opens the store and starts polling. On failure nothing keeps running.
    bool start(const AppConfig &config, QString *error);
    // Stops polling, writes everything still queued, closes the store.
    // Stops polling and writes everything still queued. False (the error
    // logged) if that last write failed: samples were lost.
    bool stop();
    // Applies a new configuration: sources are rebuilt; the store stays open
    // unless its path changed.
    bool reload(const AppConfig &config, QString *error);

    const AppConfig &config() const { return m_config; }
    Scheduler *scheduler() const { return m_scheduler.get(); }
    HistoryStore *store() const { return m_store.get(); }
    // The embedded exporter (runs when `exporter.enabled` is true).
    ExporterBridge *exporter() const { return m_exporter.get(); }
    // Quotas and alerts (`quotas:`, `notifications:`); the GUI adds its tray
    // notifier here before start().
    AlertService *alerts() const { return m_alerts.get(); }

    // Builds every configured source; the message names the source that failed.
    static bool buildSources(const AppConfig &config, Scheduler *scheduler, QString *error);

Q_SIGNALS:
    void samplesReady(const Bandwatch::SampleList &samples);
    void sourceStateChanged(const Bandwatch::SourceState &state);
    void storageError(const QString &message);

private:
    void resumeSources();
    AppConfig m_config;
    std::unique_ptr<Scheduler> m_scheduler;
    std::unique_ptr<HistoryStore> m_store;
    std::unique_ptr<AlertService> m_alerts; // after m_store: destroyed before it
    std::unique_ptr<ExporterBridge> m_exporter; // after m_store: destroyed before it
};

} // namespace Bandwatch
