#include "app/dryrun.h"

#include "app/collector.h"

#include <QCoreApplication>

namespace Bandwatch {

DryRun::DryRun(AppConfig config, int polls, FILE *out, FILE *err, QObject *parent)
    : QObject(parent)
    , m_config(std::move(config))
    , m_polls(polls)
    , m_out(out)
    , m_err(err)
{
    // No jitter: a dry run should take as long as the user expects.
    SourceRunner::Timing timing;
    timing.jitterFraction = 0.0;
    timing.firstPollMax = std::chrono::milliseconds(0);
    // Nor back-off: N polls of a failing source take N intervals, not minutes.
    timing.maxBackoff = std::chrono::milliseconds(0);
    m_scheduler.setTiming(timing);
    connect(&m_scheduler, &Scheduler::samplesReady, this, &DryRun::onSamples);
    connect(&m_scheduler, &Scheduler::pollFinished, this, &DryRun::onPollFinished);
    connect(&m_scheduler, &Scheduler::sourceStateChanged, this, &DryRun::onStateChanged);
}

bool DryRun::start(QString *error)
{
    if (m_config.sources.isEmpty()) {
        if (error)
            *error = QCoreApplication::translate("DryRun", "the configuration has no enabled sources");
        return false;
    }
    if (!Collector::buildSources(m_config, &m_scheduler, error))
        return false;
    m_scheduler.start();
    return true;
}

void DryRun::onSamples(const SampleList &samples)
{
    for (const Sample &s : samples) {
        const QByteArray line = s.toJsonLine() + '\n';
        std::fwrite(line.constData(), 1, size_t(line.size()), m_out);
    }
    std::fflush(m_out);
}

void DryRun::onStateChanged(const SourceState &state)
{
    if (state.health == SourceState::Health::Error) {
        const QByteArray line = QCoreApplication::translate("DryRun", "source %1: poll failed: %2\n")
                                    .arg(state.id, state.message)
                                    .toUtf8();
        std::fwrite(line.constData(), 1, size_t(line.size()), m_err);
        std::fflush(m_err);
    } else if (state.health == SourceState::Health::Ok && !state.message.isEmpty()) {
        const QByteArray line = QCoreApplication::translate("DryRun", "source %1: degraded: %2\n")
                                    .arg(state.id, state.message)
                                    .toUtf8();
        std::fwrite(line.constData(), 1, size_t(line.size()), m_err);
        std::fflush(m_err);
    }
}

void DryRun::onPollFinished(const QString &sourceId, bool ok)
{
    if (m_done.value(sourceId) >= m_polls)
        return;
    ++m_done[sourceId];
    if (ok)
        ++m_succeeded[sourceId];
    if (m_done.value(sourceId) >= m_polls) {
        // This source is done; the others keep their own pace.
        m_scheduler.stopSource(sourceId);
    }
    for (const SourceConfig &sc : m_config.sources)
        if (m_done.value(sc.id) < m_polls)
            return;
    m_scheduler.stop();
    for (const SourceConfig &sc : m_config.sources) {
        if (m_succeeded.value(sc.id) == 0) {
            const QByteArray line =
                QCoreApplication::translate("DryRun", "source %1 failed on every poll\n").arg(sc.id).toUtf8();
            std::fwrite(line.constData(), 1, size_t(line.size()), m_err);
            m_exitCode = 1;
        }
    }
    std::fflush(m_err);
    Q_EMIT finished(m_exitCode);
}

} // namespace Bandwatch
