#include "gui/traffictablemodel.h"

#include "core/units.h"
#include "storage/historystore.h"

#include <QFont>
#include <QLocale>
#include <QMap>
#include <algorithm>
#include <cmath>

namespace Bandwatch {

namespace {

struct SeriesGroup
{
    QString name;
    QList<SeriesKey> in;
    QList<SeriesKey> out;
};

// Series of the selection, in and out apart, in name order.
QList<SeriesGroup> groupsOf(const HistoryStore &store, const ChartSelection &selection)
{
    QMap<QString, SeriesGroup> groups;
    for (const SeriesKey &key : store.seriesKeys()) {
        if (!selection.isEmpty() && !selection.matches(key))
            continue;
        SeriesKey both = key;
        both.direction = Direction::In;
        SeriesGroup &g = groups[both.canonical()];
        g.name = key.source + u'/' + key.series;
        (key.direction == Direction::In ? g.in : g.out) << key;
    }
    QList<SeriesGroup> out = groups.values();
    std::stable_sort(out.begin(), out.end(),
                     [](const SeriesGroup &a, const SeriesGroup &b) { return a.name < b.name; });
    return out;
}

double peakOf(const HistoryStore &store, const QList<SeriesKey> &keys, qint64 fromMs, qint64 toMs)
{
    double peak = 0.0;
    if (keys.isEmpty())
        return peak;
    // One pixel: the store answers with the extremes of the whole period.
    for (const ChartSeries &cs : store.chart(keys, fromMs, toMs, 1)) {
        for (const ChartBucket &b : cs.buckets)
            peak = std::max(peak, b.maxBps);
    }
    return peak;
}

std::optional<double> p95Of(const HistoryStore &store, const QList<SeriesKey> &keys, qint64 fromMs,
                            qint64 toMs)
{
    if (keys.isEmpty())
        return std::nullopt;
    const CycleInterval interval { QDateTime::fromMSecsSinceEpoch(fromMs, QTimeZone::utc()),
                                   QDateTime::fromMSecsSinceEpoch(toMs, QTimeZone::utc()) };
    if (const auto p = store.percentile95(keys, interval))
        return p->bps;
    return std::nullopt;
}

// Fills peak and 95th percentile as the higher of the two directions, the
// way transit is billed.
void addRates(const HistoryStore &store, const QList<SeriesKey> &in, const QList<SeriesKey> &out,
              qint64 fromMs, qint64 toMs, TrafficTableModel::Row &row)
{
    row.peakBps = std::max(peakOf(store, in, fromMs, toMs), peakOf(store, out, fromMs, toMs));
    const auto pIn = p95Of(store, in, fromMs, toMs);
    const auto pOut = p95Of(store, out, fromMs, toMs);
    row.hasP95 = pIn || pOut;
    row.p95Bps = std::max(pIn.value_or(0.0), pOut.value_or(0.0));
}

} // namespace

TrafficTableModel::TrafficTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void TrafficTableModel::load(const HistoryStore &store, const ChartSelection &selection, qint64 fromMs,
                             qint64 toMs, HistoryTotals::Period period, const QTimeZone &zone)
{
    beginResetModel();
    m_rows.clear();
    m_totals = Row();
    m_period = period;
    m_zone = zone;
    if (store.isOpen() && fromMs < toMs) {
        const QList<SeriesGroup> groups = groupsOf(store, selection);
        QList<SeriesKey> allIn, allOut;
        for (const SeriesGroup &g : groups) {
            allIn << g.in;
            allOut << g.out;
            const QList<PeriodTotal> in = store.totals(g.in, fromMs, toMs, period, zone);
            const QList<PeriodTotal> out = store.totals(g.out, fromMs, toMs, period, zone);
            QMap<qint64, Row> byStart;
            QMap<qint64, qint64> ends;
            for (const PeriodTotal &t : in) {
                byStart[t.startMs].inBytes = t.bytes;
                ends[t.startMs] = t.endMs;
            }
            for (const PeriodTotal &t : out) {
                byStart[t.startMs].outBytes = t.bytes;
                ends[t.startMs] = t.endMs;
            }
            for (auto it = byStart.begin(); it != byStart.end(); ++it) {
                Row row = it.value();
                if (row.inBytes == 0 && row.outBytes == 0)
                    continue;
                row.startMs = it.key();
                row.series = g.name;
                addRates(store, g.in, g.out, it.key(), ends.value(it.key()), row);
                m_totals.inBytes += row.inBytes;
                m_totals.outBytes += row.outBytes;
                m_rows << row;
            }
        }
        std::stable_sort(m_rows.begin(), m_rows.end(),
                         [](const Row &a, const Row &b) { return a.startMs < b.startMs; });
        if (!m_rows.isEmpty()) {
            m_totals.startMs = m_rows.first().startMs;
            addRates(store, allIn, allOut, fromMs, toMs, m_totals);
        }
    }
    endResetModel();
}

void TrafficTableModel::clear()
{
    beginResetModel();
    m_rows.clear();
    m_totals = Row();
    endResetModel();
}

int TrafficTableModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() || m_rows.isEmpty())
        return 0;
    return int(m_rows.size()) + 1;
}

int TrafficTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString TrafficTableModel::periodText(qint64 startMs) const
{
    const QDateTime t = QDateTime::fromMSecsSinceEpoch(startMs, m_zone);
    switch (m_period) {
    case HistoryTotals::Period::Hour:
        // ISO 8601 with a space (RFC 3339): spreadsheets read it as a date and time.
        return t.toString(QStringLiteral("yyyy-MM-dd HH:mm"));
    case HistoryTotals::Period::Day:
        return t.toString(QStringLiteral("yyyy-MM-dd"));
    case HistoryTotals::Period::Month:
        return t.toString(QStringLiteral("yyyy-MM"));
    }
    return QString();
}

QVariant TrafficTableModel::rawValue(const Row &row, int column, bool isTotals) const
{
    switch (column) {
    case PeriodColumn:
        return isTotals ? tr("Total") : periodText(row.startMs);
    case SeriesColumn:
        return row.series;
    case InColumn:
        return row.inBytes;
    case OutColumn:
        return row.outBytes;
    case TotalColumn:
        return row.inBytes + row.outBytes;
    case PeakColumn:
        return qint64(std::llround(row.peakBps));
    case P95Column:
        return row.hasP95 ? QVariant(qint64(std::llround(row.p95Bps))) : QVariant();
    default:
        return QVariant();
    }
}

QVariant TrafficTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return QVariant();
    const bool isTotals = index.row() == m_rows.size();
    const Row &row = isTotals ? m_totals : m_rows.at(index.row());
    const int column = index.column();
    switch (role) {
    case RawRole:
        return rawValue(row, column, isTotals);
    case TotalsRowRole:
        return isTotals;
    case Qt::DisplayRole: {
        switch (column) {
        case InColumn:
        case OutColumn:
        case TotalColumn:
            return Units::formatBytes(quint64(rawValue(row, column, isTotals).toLongLong()), UnitSystem::SI,
                                      2);
        case PeakColumn:
            return Units::formatBitRate(row.peakBps, 2);
        case P95Column:
            return row.hasP95 ? Units::formatBitRate(row.p95Bps, 2) : QStringLiteral("—");
        default:
            return rawValue(row, column, isTotals);
        }
    }
    case Qt::ToolTipRole:
        if (column >= InColumn && column < ColumnCount) {
            const QVariant raw = rawValue(row, column, isTotals);
            return raw.isValid() ? QLocale().toString(raw.toLongLong()) : QVariant();
        }
        return QVariant();
    case Qt::TextAlignmentRole:
        return column >= InColumn ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                                  : QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    case Qt::FontRole:
        if (isTotals) {
            QFont f;
            f.setBold(true);
            return f;
        }
        return QVariant();
    default:
        return QVariant();
    }
}

QVariant TrafficTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case PeriodColumn:
        return tr("Period");
    case SeriesColumn:
        return tr("Series");
    case InColumn:
        return tr("In (bytes)");
    case OutColumn:
        return tr("Out (bytes)");
    case TotalColumn:
        return tr("Total (bytes)");
    case PeakColumn:
        return tr("Peak (bit/s)");
    case P95Column:
        return tr("95th percentile (bit/s)");
    default:
        return QVariant();
    }
}

} // namespace Bandwatch
