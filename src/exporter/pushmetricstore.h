#pragma once

#include "exporter/expositionwriter.h"
#include "exporter/pushmetric.h"

#include <QHash>
#include <QMap>
#include <QString>
#include <optional>

namespace Bandwatch {

class HistoryStore;

// The pushed metrics: kept in memory for scrapes and written to the history
// database (table exporter_push_metrics) at every change, before the change is
// acknowledged, so that an acknowledged value survives a restart or a crash.
// Without a store (tests) they live in memory only.
class PushMetricStore
{
public:
    enum class Status { Ok, Created, NotFound, BadRequest, Conflict, TooMany, StorageFailed };
    enum class Change { Increment, Decrement, Add, Subtract };
    struct Outcome
    {
        Status status = Status::Ok;
        QString message;
        PushMetric metric;
    };

    explicit PushMetricStore(HistoryStore *store = nullptr);

    // Creates the table if needed and reads every metric.
    bool load(QString *error);
    void setMaxMetrics(int max) { m_maxMetrics = max; }

    Outcome create(const QString &rawName, PushMetric::Type type, const QString &description,
                   std::optional<double> initial, qint64 nowMs);
    Outcome set(const QString &rawName, double value, qint64 nowMs);
    Outcome change(const QString &rawName, Change change, std::optional<double> amount, qint64 nowMs);
    Outcome remove(const QString &rawName);
    Outcome get(const QString &rawName) const;
    QList<PushMetric> all() const { return m_metrics.values(); }
    qsizetype size() const { return m_metrics.size(); }

    // Metrics of a MetricNexus state file, added as gauges where the name is
    // still free; returns how many were added, names skipped in *skipped.
    int import(const QList<PushMetric> &metrics, qint64 nowMs, QStringList *skipped);

    // Push API clients (by address) seen within the last hour.
    void noteClient(const QString &client, qint64 nowMs);
    int activeClients(qint64 nowMs) const;

    void render(ExpositionWriter &writer, qint64 nowMs) const;

    static constexpr qint64 clientWindowMs = 3'600'000;

private:
    // The stored name for what a client wrote: the gauge form, or the
    // counter form (with _total) when only that exists.
    QString resolve(const QString &rawName, QString *error) const;
    bool persist(const PushMetric &metric, QString *error);
    bool erase(const QString &name, QString *error);

    HistoryStore *m_store;
    QMap<QString, PushMetric> m_metrics; // sorted: stable /metrics output
    mutable QHash<QString, qint64> m_clients;
    int m_maxMetrics = 10'000;
};

} // namespace Bandwatch
