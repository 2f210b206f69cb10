#pragma once

#include "alerts/outboxentry.h"

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QTimer>

namespace Bandwatch {

class AlertStore;
class Notifier;

// Delivers the outbox: hands each due entry to the notifier of its channel,
// marks it sent only once the notifier reports that the server accepted it,
// and otherwise records the error and schedules a retry with exponential
// back-off (persisted, so it survives restarts). Entries older than the
// give-up age are marked abandoned, loudly, and so are entries of a channel
// that has not been available for that long. Nothing is dropped silently.
class OutboxDispatcher : public QObject
{
    Q_OBJECT
public:
    explicit OutboxDispatcher(AlertStore *store, QObject *parent = nullptr);
    ~OutboxDispatcher() override;

    void setRetryPolicy(qint64 initialMs, qint64 maxMs, qint64 giveUpAfterMs);
    // Not owned; a destroyed notifier is forgotten.
    void addNotifier(Notifier *notifier);
    void removeNotifier(Notifier *notifier);
    QStringList channels() const;

    void start();
    void stop();
    bool isRunning() const { return m_running; }
    // Looks for due entries now (coalesced into one pass on the event loop).
    void kick();
    int inFlightCount() const { return int(m_inFlight.size()); }
    // Holds every delivery while paused: entries stay open in the outbox (not
    // tried, not given up) and go out on the first pass after the pause.
    // Deliveries already in flight finish. AlertService decides when it ends.
    void setPaused(bool paused);
    bool isPaused() const { return m_paused; }

    // Delay before attempt number attempts+1 after `attempts` failures.
    static qint64 backoffMs(int attempts, qint64 initialMs, qint64 maxMs);
    // A delivery that has not finished after this long is assumed lost and retried.
    static constexpr qint64 inFlightTimeoutMs = 15 * 60'000;

Q_SIGNALS:
    void entryChanged(qint64 id);
    void delivered(qint64 id, const QString &channel);
    void deliveryFailed(qint64 id, const QString &channel, const QString &error);

private:
    void dispatch();
    void onFinished(qint64 id, bool ok, const QString &error);
    void scheduleNext();
    void giveUpStranded(const QStringList &available, qint64 now);

    struct InFlight
    {
        OutboxEntry entry;
        QElapsedTimer since;
    };

    AlertStore *m_store;
    QHash<QString, QPointer<Notifier>> m_notifiers;
    QHash<qint64, InFlight> m_inFlight;
    QTimer m_timer;
    bool m_running = false;
    bool m_kickPending = false;
    bool m_paused = false;
    qint64 m_retryInitialMs = 30'000;
    qint64 m_retryMaxMs = 3'600'000;
    qint64 m_giveUpAfterMs = 7LL * 24 * 3'600'000;
};

} // namespace Bandwatch
