#pragma once

#include "exporter/trafficmetrics.h"

#include <QList>

namespace Bandwatch {

class HistoryStore;

// All-time bytes and newest sample end of every stored series: where the
// exporter's counters resume after a restart (HistoryStore::bytes over the
// rollups, which keep daily totals forever).
class SeriesTotals
{
public:
    static QList<SeriesTotal> load(const HistoryStore &store, qint64 nowMs, QString *error);
};

} // namespace Bandwatch
