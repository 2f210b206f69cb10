#pragma once

#include "exporter/exportedsource.h"
#include "exporter/exporterconfig.h"
#include "exporter/pushmetricstore.h"
#include "exporter/trafficmetrics.h"

#include <QMap>

namespace Bandwatch {

class HistoryStore;
class QuotaStatusProvider;

// Everything the endpoints serve, owned by Exporter and read by the
// handlers on the exporter's (the main) thread.
struct ExporterState
{
    explicit ExporterState(HistoryStore *historyStore)
        : push(historyStore)
        , store(historyStore)
    { }

    ExporterConfig config;
    TrafficMetrics traffic;
    PushMetricStore push;
    QMap<QString, ExportedSource> sources; // configured sources by id
    const QuotaStatusProvider *quotas = nullptr;
    HistoryStore *store = nullptr;
    qint64 startedMs = 0;
    quint64 authFailures = 0;
    // Bumped whenever something served changes; /metrics re-renders then.
    quint64 generation = 0;

    void touch() { ++generation; }
};

} // namespace Bandwatch
