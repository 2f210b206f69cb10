#include "sources/prometheussamples.h"

#include "core/counterrate.h"

#include <QCoreApplication>
#include <QMap>
#include <algorithm>
#include <cmath>
#include <limits>

namespace Bandwatch {

namespace {

// A counter as Prometheus prints it (a double) in whole bytes. Casting a
// double at or above 2^63 through llround is undefined; above 2^64 it saturates.
quint64 counterBytes(double v)
{
    constexpr double kTwoTo64 = 18446744073709551616.0;
    if (!(v > 0))
        return 0;
    if (v >= kTwoTo64)
        return std::numeric_limits<quint64>::max();
    return quint64(std::nearbyint(v));
}

} // namespace

bool PrometheusSamples::keyFor(const Labels &metric, SeriesKey *key, QString *error) const
{
    key->source = m_options.sourceId;
    key->direction = m_options.defaultDirection;
    const auto dir = metric.constFind(m_options.directionLabel);
    if (dir != metric.cend() && !parseDirection(*dir, &key->direction)) {
        *error = QCoreApplication::translate(
                     "PrometheusSource",
                     "a series has %1=\"%2\", which is neither in/ingress/rx nor out/egress/tx")
                     .arg(m_options.directionLabel, *dir);
        return false;
    }
    QStringList names = m_options.seriesLabels;
    if (names.isEmpty())
        for (auto it = metric.cbegin(); it != metric.cend(); ++it)
            if (it.key() != u"__name__" && it.key() != m_options.directionLabel)
                names << it.key();
    QStringList parts;
    for (const QString &n : std::as_const(names)) {
        // Prometheus drops labels with empty values from its answers.
        const QString v = metric.value(n);
        key->labels.insert(n, v);
        if (!v.isEmpty())
            parts << v;
    }
    key->series = parts.isEmpty() ? QStringLiteral("total") : parts.join(u'/');
    return true;
}

SampleList PrometheusSamples::convert(const QList<PrometheusSeries> &series, qint64 nowMs,
                                      qint64 instantIntervalMs, QString *error)
{
    // Points per stored series, in time order; series that map to the same
    // key (fewer series_labels than the query's labels) are summed.
    QHash<QString, SeriesKey> keys;
    QHash<QString, QMap<qint64, double>> points;
    QStringList order;
    for (const PrometheusSeries &s : series) {
        SeriesKey key;
        if (!keyFor(s.metric, &key, error))
            return {};
        const QString k = key.canonical();
        if (!keys.contains(k)) {
            keys.insert(k, key);
            order << k;
        }
        QMap<qint64, double> &p = points[k];
        for (const auto &pt : s.points)
            p[pt.first] += pt.second;
    }

    // Work on copies: state only changes when the whole poll succeeds.
    QHash<QString, CounterState> counters = m_counters;
    QHash<QString, double> carry = m_carry;
    SampleList samples;
    const qint64 rateIntervalMs = m_options.instant ? instantIntervalMs : m_options.stepMs;
    const qint64 maxGapMs = 5 * (m_options.instant ? m_options.intervalMs : m_options.stepMs);
    for (const QString &k : std::as_const(order)) {
        const SeriesKey &key = keys[k];
        for (auto it = points[k].cbegin(); it != points[k].cend(); ++it) {
            const qint64 t = m_options.instant ? nowMs : it.key();
            const double v = it.value();
            if (v < 0)
                continue; // a rate or counter below zero is not traffic
            Sample sample;
            sample.key = key;
            sample.endMs = t;
            if (m_options.kind == ValueKind::Counter) {
                const CounterReading now { t, counterBytes(v) };
                const auto found = counters.constFind(k);
                const bool hasPrevious = found != counters.cend();
                const CounterState previous = hasPrevious ? *found : CounterState();
                counters.insert(k, { t, now.value });
                if (!hasPrevious)
                    continue; // baseline
                const CounterDelta d = CounterRate::between({ previous.atMs, previous.value }, now,
                                                            CounterWidth::Unbounded, maxGapMs);
                if (!d.isUsable())
                    continue;
                sample.startMs = previous.atMs;
                sample.bytes = d.bytes;
                sample.bps = d.bitsPerSecond;
            } else {
                if (rateIntervalMs <= 0)
                    continue;
                const double bytesPerSecond = m_options.kind == ValueKind::BitsPerSecond ? v / 8.0 : v;
                const double exact = bytesPerSecond * double(rateIntervalMs) / 1000.0 + carry.value(k);
                const double whole = std::floor(exact);
                carry.insert(k, exact - whole);
                sample.startMs = t - rateIntervalMs;
                sample.bytes = quint64(whole);
                sample.bps = bytesPerSecond * 8.0;
            }
            samples.append(sample);
        }
    }
    std::stable_sort(samples.begin(), samples.end(),
                     [](const Sample &a, const Sample &b) { return a.endMs < b.endMs; });
    m_counters = std::move(counters);
    m_carry = std::move(carry);
    return samples;
}

} // namespace Bandwatch
