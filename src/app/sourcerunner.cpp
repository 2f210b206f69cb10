#include "app/sourcerunner.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLoggingCategory>
#include <QRandomGenerator>

Q_LOGGING_CATEGORY(lcRunner, "bandwatch.scheduler")

namespace Bandwatch {

using namespace std::chrono;

SourceRunner::SourceRunner(std::unique_ptr<Source> source, Timing timing, QObject *parent)
    : QObject(parent)
    , m_source(std::move(source))
    , m_timing(timing)
{
    m_state.id = m_source->id();
    m_state.type = m_source->type();
    m_pollTimer.setSingleShot(true);
    m_pollTimer.setTimerType(Qt::PreciseTimer);
    m_timeoutTimer.setSingleShot(true);
    connect(&m_pollTimer, &QTimer::timeout, this, &SourceRunner::beginPoll);
    connect(&m_timeoutTimer, &QTimer::timeout, this, &SourceRunner::onTimeout);
    connect(m_source.get(), &Source::pollSucceeded, this, &SourceRunner::onSucceeded);
    connect(m_source.get(), &Source::pollFailed, this, &SourceRunner::onFailed);
    connect(m_source.get(), &Source::pollDegraded, this, &SourceRunner::onDegraded);
    connect(m_source.get(), &Source::pollProgress, this, &SourceRunner::onProgress);
}

SourceRunner::~SourceRunner()
{
    stop();
}

void SourceRunner::start()
{
    if (m_running)
        return;
    m_running = true;
    const auto first =
        milliseconds(QRandomGenerator::global()->bounded(qint64(m_timing.firstPollMax.count()) + 1));
    scheduleNext(first);
}

void SourceRunner::stop()
{
    m_running = false;
    m_pollTimer.stop();
    m_timeoutTimer.stop();
    if (m_inFlight) {
        m_inFlight = false;
        m_source->abort();
    }
}

milliseconds SourceRunner::backoffDelay(milliseconds interval, int failures, milliseconds maxBackoff)
{
    // interval, 2x, 4x, ... capped; never shorter than the normal interval.
    milliseconds d = interval;
    for (int i = 1; i < failures && d < maxBackoff; ++i)
        d *= 2;
    return std::max(interval, std::min(d, maxBackoff));
}

milliseconds SourceRunner::jitteredDelay(milliseconds d, double fraction, double u)
{
    const double span = double(d.count()) * fraction;
    const double offset = (u * 2.0 - 1.0) * span;
    return milliseconds(std::max<qint64>(0, qint64(double(d.count()) + offset)));
}

milliseconds SourceRunner::jittered(milliseconds d) const
{
    return jitteredDelay(d, m_timing.jitterFraction, QRandomGenerator::global()->generateDouble());
}

void SourceRunner::scheduleNext(milliseconds delay)
{
    if (!m_running)
        return;
    m_state.nextPoll = QDateTime::currentDateTimeUtc().addMSecs(delay.count());
    m_pollTimer.start(delay);
}

void SourceRunner::beginPoll()
{
    if (!m_running || m_inFlight)
        return;
    m_inFlight = true;
    m_degraded.clear();
    m_pollStartedMs = QDateTime::currentMSecsSinceEpoch();
    m_state.lastAttempt = QDateTime::currentDateTimeUtc();
    m_timeoutTimer.start(m_source->config().timeout);
    m_source->poll();
}

void SourceRunner::onSucceeded(const SampleList &samples)
{
    if (!m_inFlight)
        return; // an answer to a poll that was already aborted
    m_state.health = SourceState::Health::Ok;
    // Log a degradation when it starts or changes, not on every poll.
    if (!m_degraded.isEmpty() && m_degraded != m_state.message)
        qCWarning(lcRunner).noquote() << QStringLiteral("source %1 degraded: %2").arg(m_state.id, m_degraded);
    m_state.message = m_degraded;
    m_state.lastSuccess = QDateTime::currentDateTimeUtc();
    if (m_state.consecutiveFailures > 0)
        qCInfo(lcRunner).noquote() << QStringLiteral("source %1 recovered").arg(m_state.id);
    m_state.consecutiveFailures = 0;
    finishPoll(true, -1);
    if (!samples.isEmpty())
        Q_EMIT samplesReady(samples);
}

void SourceRunner::onDegraded(const QString &message)
{
    if (m_inFlight)
        m_degraded = message;
}

void SourceRunner::onProgress(const SampleList &samples)
{
    if (m_inFlight && !samples.isEmpty())
        Q_EMIT samplesReady(samples);
}

void SourceRunner::onFailed(const QString &message, qint64 retryAfterMs)
{
    if (!m_inFlight)
        return;
    recordFailure(message, retryAfterMs);
}

void SourceRunner::recordFailure(const QString &message, qint64 retryAfterMs)
{
    m_state.health = SourceState::Health::Error;
    m_state.message = message;
    ++m_state.consecutiveFailures;
    ++m_state.failures;
    qCWarning(lcRunner).noquote() << QStringLiteral("source %1 failed (%2 in a row): %3")
                                         .arg(m_state.id)
                                         .arg(m_state.consecutiveFailures)
                                         .arg(message);
    finishPoll(false, retryAfterMs);
}

void SourceRunner::onTimeout()
{
    if (!m_inFlight)
        return;
    // Abort first so the source cannot answer after we have given up on it.
    m_inFlight = false;
    m_source->abort();
    recordFailure(QCoreApplication::translate("SourceRunner", "no answer within %1 s (timeout)")
                      .arg(double(m_source->config().timeout.count()) / 1000.0),
                  -1);
}

void SourceRunner::finishPoll(bool ok, qint64 retryAfterMs)
{
    m_inFlight = false;
    m_timeoutTimer.stop();
    ++m_state.polls;
    m_state.lastDurationMs = QDateTime::currentMSecsSinceEpoch() - m_pollStartedMs;

    const milliseconds interval = m_source->config().interval;
    milliseconds delay =
        ok ? interval : backoffDelay(interval, m_state.consecutiveFailures, m_timing.maxBackoff);
    // Keep a fixed rate: the poll's own duration is part of the interval.
    if (ok)
        delay = std::max(milliseconds(0), delay - milliseconds(m_state.lastDurationMs));
    delay = jittered(delay);
    if (retryAfterMs > 0)
        delay = std::max(delay, milliseconds(retryAfterMs));
    scheduleNext(delay);

    Q_EMIT stateChanged(m_state);
    Q_EMIT pollFinished(m_state.id, ok);
}

} // namespace Bandwatch
