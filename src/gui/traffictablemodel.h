#pragma once

#include "gui/chartselection.h"
#include "storage/historytotals.h"

#include <QAbstractTableModel>
#include <QList>
#include <QTimeZone>

namespace Bandwatch {

class HistoryStore;

// Traffic per hour / day / month and per series, read from the history
// store: bytes in, out and both, the peak and the 95th percentile of bit/s,
// and a totals row last. DisplayRole is formatted for people; RawRole holds
// the unformatted number (or ISO date) that sorting, Copy and CSV use.
class TrafficTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        PeriodColumn,
        SeriesColumn,
        InColumn,
        OutColumn,
        TotalColumn,
        PeakColumn,
        P95Column,
        ColumnCount
    };
    static constexpr int RawRole = Qt::UserRole + 1;
    static constexpr int TotalsRowRole = Qt::UserRole + 2; // bool: the totals row

    struct Row
    {
        qint64 startMs = 0; // UTC; the period in the model's zone
        QString series; // "source/series"; empty in the totals row
        qint64 inBytes = 0;
        qint64 outBytes = 0;
        double peakBps = 0.0; // the higher of the in and out peaks
        double p95Bps = 0.0; // the higher of the in and out 95th percentiles; 0: none
        bool hasP95 = false;
    };

    explicit TrafficTableModel(QObject *parent = nullptr);

    // Re-reads the table for the series matching `selection` (every series
    // when it is empty) in [fromMs, toMs).
    void load(const HistoryStore &store, const ChartSelection &selection, qint64 fromMs, qint64 toMs,
              HistoryTotals::Period period, const QTimeZone &zone = QTimeZone::systemTimeZone());
    void clear();

    HistoryTotals::Period period() const { return m_period; }
    const QList<Row> &rows() const { return m_rows; } // without the totals row
    Row totals() const { return m_totals; }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString periodText(qint64 startMs) const;
    QVariant rawValue(const Row &row, int column, bool isTotals) const;

    QList<Row> m_rows;
    Row m_totals;
    HistoryTotals::Period m_period = HistoryTotals::Period::Day;
    QTimeZone m_zone = QTimeZone::utc();
};

} // namespace Bandwatch
