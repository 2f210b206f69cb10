#pragma once

#include "core/sample.h"
#include "sources/prometheusresponse.h"

#include <QHash>
#include <QString>
#include <QStringList>

namespace Bandwatch {

// Turns the series of a Prometheus answer into samples: rates become bytes
// per step (fractions of a byte carried to the next sample), counters become
// deltas between consecutive points (resets detected). Holds the counter and
// carry state between answers; it changes only when a conversion succeeds.
class PrometheusSamples
{
public:
    enum class ValueKind { BytesPerSecond, BitsPerSecond, Counter };

    struct Options
    {
        QString sourceId;
        ValueKind kind = ValueKind::BytesPerSecond;
        QStringList seriesLabels; // empty: every label except __name__ and the direction label
        QString directionLabel = QStringLiteral("direction");
        Direction defaultDirection = Direction::In;
        bool instant = false; // instant answers: one point at nowMs covering instantIntervalMs
        qint64 stepMs = 60000;
        qint64 intervalMs = 60000; // the poll interval (gap detection of instant counters)
    };

    PrometheusSamples() = default;
    explicit PrometheusSamples(Options options)
        : m_options(std::move(options))
    { }

    // Empty with `error` set when a series cannot be named (bad direction value).
    SampleList convert(const QList<PrometheusSeries> &series, qint64 nowMs, qint64 instantIntervalMs,
                       QString *error);

private:
    struct CounterState
    {
        qint64 atMs = 0;
        quint64 value = 0;
    };

    bool keyFor(const Labels &metric, SeriesKey *key, QString *error) const;

    Options m_options;
    QHash<QString, CounterState> m_counters; // by SeriesKey::canonical()
    QHash<QString, double> m_carry; // fractional bytes not yet stored
};

} // namespace Bandwatch
