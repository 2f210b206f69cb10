#pragma once

#include "app/sourcestate.h"
#include "sources/source.h"

#include <QObject>
#include <QTimer>
#include <chrono>
#include <memory>

namespace Bandwatch {

// Drives one source: its own timer with jitter, a per-poll timeout and
// exponential back-off after failures. Each runner only ever waits on its own
// timers, so a slow or failing source cannot delay another.
class SourceRunner : public QObject
{
    Q_OBJECT
public:
    struct Timing
    {
        double jitterFraction = 0.1; // +-10 % of the interval
        std::chrono::milliseconds firstPollMax { 250 }; // spread the first polls a little
        std::chrono::milliseconds maxBackoff { std::chrono::minutes(15) };
    };

    SourceRunner(std::unique_ptr<Source> source, Timing timing, QObject *parent = nullptr);
    ~SourceRunner() override;

    void start();
    void stop(); // aborts a poll in flight; no signal is emitted afterwards
    const SourceState &state() const { return m_state; }
    Source *source() const { return m_source.get(); }

    // `d` moved by up to +-fraction of itself: u in [0, 1) maps linearly onto
    // [d(1 - fraction), d(1 + fraction)). Sources polled at the same interval
    // drift apart instead of hitting a shared server (or Kong node) together.
    static std::chrono::milliseconds jitteredDelay(std::chrono::milliseconds d, double fraction, double u);
    // Delay before the next poll after n consecutive failures (n >= 1), without jitter.
    static std::chrono::milliseconds backoffDelay(std::chrono::milliseconds interval, int failures,
                                                  std::chrono::milliseconds maxBackoff);

Q_SIGNALS:
    void samplesReady(const Bandwatch::SampleList &samples);
    void stateChanged(const Bandwatch::SourceState &state);
    void pollFinished(const QString &sourceId, bool ok);

private:
    void beginPoll();
    void onSucceeded(const SampleList &samples);
    void onDegraded(const QString &message);
    void onProgress(const SampleList &samples);
    void onFailed(const QString &message, qint64 retryAfterMs);
    void onTimeout();
    void recordFailure(const QString &message, qint64 retryAfterMs);
    void finishPoll(bool ok, qint64 retryAfterMs);
    void scheduleNext(std::chrono::milliseconds delay);
    std::chrono::milliseconds jittered(std::chrono::milliseconds d) const;

    std::unique_ptr<Source> m_source;
    Timing m_timing;
    SourceState m_state;
    QTimer m_pollTimer;
    QTimer m_timeoutTimer;
    qint64 m_pollStartedMs = 0;
    QString m_degraded; // of the poll in flight
    bool m_inFlight = false;
    bool m_running = false;
};

} // namespace Bandwatch
