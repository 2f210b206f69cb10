#pragma once

#include "alerts/alert.h"
#include "alerts/alertsconfig.h"
#include "alerts/quotasnapshot.h"

#include <QDateTime>
#include <QList>
#include <QMutex>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <functional>
#include <memory>

namespace Bandwatch {

class AlertStore;
class HistoryStore;
class Notifier;
class OutboxDispatcher;
class QuotaEvaluator;
class UsageProvider;

// Quotas and alerts, as the GUI and headless mode both run them: evaluates
// every quota on a timer, fires each (quota, cycle, threshold) once through
// the persisted state machine, queues one outbox entry per channel in the same
// transaction, and has the dispatcher deliver them. The Collector owns one and
// feeds it the configuration; the GUI adds its tray notifier and reads
// snapshots() and the outbox.
class AlertService : public QObject
{
    Q_OBJECT
public:
    explicit AlertService(HistoryStore *store, QObject *parent = nullptr);
    ~AlertService() override;

    // Applies the `quotas:` and `notifications:` sections. While running,
    // notifiers whose settings changed are rebuilt and failed entries retried.
    void configure(const AlertsConfig &config);
    bool configure(const ConfigNode &document, QString *error);
    // The GUI thread's copy; other threads use snapshots(), which carry each quota's id, name and kind.
    const AlertsConfig &config() const { return m_config; }

    // The store must be open. Creates the alert tables if needed.
    bool start(QString *error);
    // Stops timers and notifiers; open outbox entries stay for the next start.
    void stop();
    bool isRunning() const { return m_running; }

    // A notifier the caller owns (the GUI's tray); its channel gets outbox
    // entries from now on. Add it before start() to catch the first alerts.
    void addNotifier(Notifier *notifier);
    void removeNotifier(Notifier *notifier);

    // Tests and tools: where usage comes from (default: the history store)
    // and what time it is for the quotas (default: now).
    void setUsageProvider(std::unique_ptr<UsageProvider> provider);
    void setClock(std::function<QDateTime()> clock);

    // Evaluates every quota now; returns the number of thresholds that fired.
    int evaluateNow();
    // The latest evaluation of every quota. Thread-safe (the exporter reads
    // it from its own thread).
    QList<QuotaSnapshot> snapshots() const;
    std::optional<QuotaSnapshot> snapshot(const QString &quotaId) const;

    // "Do not disturb": until `until`, alerts are still evaluated and recorded
    // in the outbox (never lost, each threshold still fires once per cycle)
    // but no channel delivers them. When the pause ends (at `until`, or on
    // resumeNotifications()) the held entries are delivered if still relevant:
    // an entry whose threshold was re-armed meanwhile (a raised limit), or that
    // a later firing of the same threshold replaced, is closed as superseded.
    void pauseNotifications(const QDateTime &until);
    void resumeNotifications();
    // Invalid when not paused.
    QDateTime notificationsPausedUntil() const;
    bool notificationsPaused() const { return m_pausedUntil.isValid(); }

    AlertStore *alertStore() const { return m_alertStore.get(); }
    OutboxDispatcher *dispatcher() const { return m_dispatcher.get(); }

Q_SIGNALS:
    void alertRaised(const Bandwatch::Alert &alert);
    void snapshotsChanged();
    void outboxChanged();
    // Paused (until is valid) or resumed (until is invalid).
    void notificationPauseChanged(const QDateTime &until);

private:
    int evaluate(const Quota &quota, const QuotaSnapshot &status, const QDateTime &now);
    void rebuildNotifiers(const NotificationSettings &previous, bool force);
    QStringList channels() const;
    void closeSupersededEntries();

    HistoryStore *m_store;
    AlertsConfig m_config;
    std::unique_ptr<AlertStore> m_alertStore;
    std::unique_ptr<OutboxDispatcher> m_dispatcher;
    std::unique_ptr<UsageProvider> m_provider;
    std::unique_ptr<QuotaEvaluator> m_evaluator;
    std::unique_ptr<Notifier> m_email;
    std::unique_ptr<Notifier> m_webhook;
    QList<QPointer<Notifier>> m_external;
    std::function<QDateTime()> m_clock;
    QTimer m_timer;
    QTimer m_pauseTimer;
    QDateTime m_pausedUntil; // UTC, wall clock (the outbox's clock)
    qint64 m_pausedSinceMs = 0;
    mutable QMutex m_snapshotMutex;
    QList<QuotaSnapshot> m_snapshots;
    qint64 m_lastPruneMs = 0;
    bool m_running = false;
};

} // namespace Bandwatch
