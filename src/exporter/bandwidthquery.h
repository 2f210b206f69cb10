#pragma once

#include "core/sample.h"

#include <QList>
#include <QString>
#include <QUrlQuery>
#include <optional>

namespace Bandwatch {

// GET /api/v1/bandwidth, in the shape of the Kong bandwidth service it
// replaces: ?lookback_duration=5m (or start=&end=, RFC 3339 or Unix seconds)
// &step=1m &type=egress|ingress (in/out) &service= &route= &source= &series=.
struct BandwidthQuery
{
    QString source;
    QString series;
    QString service;
    QString route;
    std::optional<Direction> direction;
    qint64 startMs = 0; // aligned to stepMs
    qint64 endMs = 0;
    qint64 stepMs = 60'000;

    static constexpr int maxPoints = 11'000; // per series, as Prometheus' query_range

    static std::optional<BandwidthQuery> parse(const QUrlQuery &query, qint64 nowMs, QString *error);
    bool matches(const SeriesKey &key) const;
    int bucketCount() const;

    // Bytes per bucket, each sample shared among the buckets it overlaps in
    // proportion to time; nullopt for a bucket no sample touches.
    static QList<std::optional<double>> accumulate(const SampleList &samples, qint64 startMs, qint64 stepMs,
                                                   int count);
    // "2022-02-17T18:35:00+00:00", as the Kong service wrote times.
    static QString formatTime(qint64 ms);
    // "egress"/"ingress", Kong's names for out/in.
    static QString typeName(Direction d);
};

} // namespace Bandwatch
