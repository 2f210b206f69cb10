#pragma once

#include "core/sample.h"
#include "gui/chartselection.h"
#include "gui/livetraffic.h"
#include "gui/rateseries.h"
#include "storage/historystore.h"

#include <QList>
#include <QPointF>
#include <QPointer>

namespace Bandwatch {

// Where the charts' numbers come from: the in-memory recent samples
// (LiveTraffic) while a range lies within what they hold, the history store's
// decimated chart query otherwise. Either way the answer has about two points
// per pixel, so a year redraws as fast as an hour.
class ChartDataProvider
{
public:
    enum class Origin { None, Live, History };

    void setTraffic(LiveTraffic *traffic) { m_traffic = traffic; }
    void setStore(HistoryStore *store) { m_store = store; }
    LiveTraffic *traffic() const { return m_traffic; }
    HistoryStore *store() const { return m_store; }

    // Which of the two answers for [fromMs, toMs] with the clock at nowMs.
    Origin originFor(qint64 fromMs, qint64 nowMs) const;
    // The selection's summed rate (bit/s) over [fromMs, toMs] at widthPx
    // pixels; `keys` are the selection's series (from knownKeys()).
    RateSeries rates(const ChartSelection &selection, const QList<SeriesKey> &keys, Direction direction,
                     qint64 fromMs, qint64 toMs, int widthPx, qint64 nowMs) const;
    // Every series known to the store or seen live, in store order.
    QList<SeriesKey> knownKeys() const;
    // Bytes of `keys` summed and accumulated from fromMs: x = bucket end (ms),
    // y = bytes so far. From the store only (cycles are longer than memory).
    QList<QPointF> cumulativeBytes(const QList<SeriesKey> &keys, qint64 fromMs, qint64 toMs,
                                   int widthPx) const;

private:
    RateSeries historyRates(const QList<SeriesKey> &keys, qint64 fromMs, qint64 toMs, int widthPx) const;

    QPointer<LiveTraffic> m_traffic;
    QPointer<HistoryStore> m_store;
};

} // namespace Bandwatch
