#include "app/sourceprobe.h"

#include "core/units.h"
#include "sources/sourcefactory.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <algorithm>
#include <limits>

namespace Bandwatch {

using namespace std::chrono_literals;

SourceProbe::SourceProbe(QObject *parent)
    : QObject(parent)
{
    m_gapTimer.setSingleShot(true);
    m_timeoutTimer.setSingleShot(true);
    connect(&m_gapTimer, &QTimer::timeout, this, &SourceProbe::pollOnce);
    connect(&m_timeoutTimer, &QTimer::timeout, this, &SourceProbe::onTimeout);
}

SourceProbe::~SourceProbe()
{
    cancel();
}

void SourceProbe::start(const SourceConfig &config)
{
    cancel();
    m_samples.clear();
    m_error.clear();
    m_polls = 0;
    SourceConfig probeConfig = config;
    // A source that remembers how far it got (vnstat's import marks) must not
    // move the real source's marks: a test would make it skip history.
    m_scratch = std::make_unique<QTemporaryDir>();
    if (m_scratch->isValid())
        probeConfig.options.insert(QStringLiteral("state_file"),
                                   m_scratch->filePath(QStringLiteral("state.json")));
    m_timeout = probeConfig.timeout;
    m_source.reset(SourceFactory::create(probeConfig));
    if (!m_source) {
        m_error = tr("unknown source type \"%1\"").arg(config.type);
        QTimer::singleShot(0, this, [this] { Q_EMIT finished(false); });
        return;
    }
    connect(m_source.get(), &Source::pollSucceeded, this, &SourceProbe::onSucceeded);
    connect(m_source.get(), &Source::pollFailed, this,
            [this](const QString &message, qint64) { onFailed(message); });
    connect(m_source.get(), &Source::pollProgress, this,
            [this](const SampleList &samples) { m_samples += samples; });
    // Sources that can fetch history show a little of it, as they would after a short outage.
    // Long enough to reach past Prometheus' default delay (max(30 s, step)) by a few steps.
    const auto window = std::max<std::chrono::milliseconds>(3 * probeConfig.interval, 5min);
    m_source->resumeAfter(
        QDateTime::fromMSecsSinceEpoch(QDateTime::currentMSecsSinceEpoch() - window.count(), Qt::UTC));
    pollOnce();
}

void SourceProbe::cancel()
{
    m_gapTimer.stop();
    m_timeoutTimer.stop();
    if (m_source) {
        m_source->disconnect(this);
        m_source->abort();
        m_source.reset();
    }
    m_scratch.reset();
}

void SourceProbe::pollOnce()
{
    if (!m_source)
        return;
    ++m_polls;
    // A little later than the source's own timeout, so that its message (which
    // names what it waited for) is the one shown when it has one.
    m_timeoutTimer.start(m_timeout + 250ms);
    m_source->poll();
}

void SourceProbe::onSucceeded(const SampleList &samples)
{
    m_timeoutTimer.stop();
    m_samples += samples;
    if (!samples.isEmpty() || m_polls >= m_maxPolls) {
        finish(true);
        return;
    }
    const std::chrono::milliseconds gap =
        m_gap.count() >= 0 ? m_gap : std::min<std::chrono::milliseconds>(m_source->config().interval, 5s);
    Q_EMIT progress(tr("First reading taken; reading again in %1 to measure the traffic.")
                        .arg(Units::formatDuration(gap)));
    m_gapTimer.start(gap);
}

void SourceProbe::onFailed(const QString &message)
{
    m_timeoutTimer.stop();
    m_error = message;
    finish(false);
}

void SourceProbe::onTimeout()
{
    if (!m_source)
        return;
    // Abort first so the source cannot answer after we have given up on it.
    m_source->abort();
    // The same words as the scheduler's, so a test shows what the running app would.
    m_error = QCoreApplication::translate("SourceRunner", "no answer within %1 s (timeout)")
                  .arg(double(m_timeout.count()) / 1000.0);
    finish(false);
}

void SourceProbe::finish(bool ok)
{
    // Deleted later: this may run inside the source's own signal.
    if (m_source) {
        m_source->disconnect(this);
        m_source.release()->deleteLater();
    }
    m_gapTimer.stop();
    m_timeoutTimer.stop();
    Q_EMIT finished(ok);
}

QStringList SourceProbe::summarize(const SampleList &samples)
{
    struct Totals
    {
        QString name;
        quint64 in = 0;
        quint64 out = 0;
        bool hasIn = false;
        bool hasOut = false;
        qint64 startMs = std::numeric_limits<qint64>::max();
        qint64 endMs = std::numeric_limits<qint64>::min();
    };
    QList<Totals> rows;
    QHash<QString, qsizetype> index;
    for (const Sample &s : samples) {
        QStringList labels;
        for (auto it = s.key.labels.cbegin(); it != s.key.labels.cend(); ++it) {
            // Labels already in the series name (interface, service/route) would only repeat it.
            if (!s.key.series.contains(it.value()))
                labels << it.key() + u'=' + it.value();
        }
        const QString name = labels.isEmpty()
            ? s.key.series
            : s.key.series + QStringLiteral(" {") + labels.join(QStringLiteral(", ")) + u'}';
        auto it = index.constFind(name);
        if (it == index.cend()) {
            it = index.insert(name, rows.size());
            rows.append(Totals { name });
        }
        Totals &t = rows[*it];
        (s.key.direction == Direction::In ? t.in : t.out) += s.bytes;
        (s.key.direction == Direction::In ? t.hasIn : t.hasOut) = true;
        t.startMs = std::min(t.startMs, s.startMs);
        t.endMs = std::max(t.endMs, s.endMs);
    }
    QStringList lines;
    for (const Totals &t : std::as_const(rows)) {
        QStringList parts;
        if (t.hasIn)
            parts << tr("in %1").arg(Units::formatBytes(t.in));
        if (t.hasOut)
            parts << tr("out %1").arg(Units::formatBytes(t.out));
        const qint64 spanMs = std::max<qint64>(0, t.endMs - t.startMs);
        // Whole seconds read better; the exact span does not matter to a test.
        const qint64 shown = spanMs >= 1000 ? (spanMs + 500) / 1000 * 1000 : spanMs;
        lines << tr("%1: %2 over %3")
                     .arg(t.name, parts.join(QStringLiteral(", ")),
                          Units::formatDuration(std::chrono::milliseconds(shown)));
    }
    return lines;
}

} // namespace Bandwatch
