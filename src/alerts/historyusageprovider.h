#pragma once

#include "alerts/usageprovider.h"

namespace Bandwatch {

class HistoryStore;

// Usage from the history store: byte totals and the 95th percentile from its
// rollups (so a cycle costs a few range sums and outlives the raw
// retention), 5-minute rates from its range query. Reads run on the calling
// thread's own connection and never wait for the writer.
class HistoryUsageProvider : public UsageProvider
{
public:
    explicit HistoryUsageProvider(const HistoryStore *store);

    QList<SeriesKey> seriesKeys() const override;
    double bytes(const QList<SeriesKey> &keys, qint64 fromMs, qint64 toMs) const override;
    QHash<QString, QList<double>> fiveMinuteRates(const QList<SeriesKey> &keys, qint64 fromMs,
                                                  qint64 toMs) const override;
    std::optional<double> percentile95(const QList<SeriesKey> &keys, qint64 fromMs,
                                       qint64 toMs) const override;

private:
    const HistoryStore *m_store;
};

} // namespace Bandwatch
