#include "gui/quotatablemodel.h"

#include "alerts/alertservice.h"
#include "core/units.h"

#include <QLocale>
#include <algorithm>

namespace Bandwatch {

namespace {
constexpr double kDayMs = 86'400'000.0;
const QString kNone = QStringLiteral("—");
} // namespace

QuotaTableModel::QuotaTableModel(AlertService *alerts, QObject *parent)
    : QAbstractTableModel(parent)
    , m_alerts(alerts)
{
    if (alerts)
        connect(alerts, &AlertService::snapshotsChanged, this, &QuotaTableModel::refresh);
    refresh();
}

int QuotaTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_snapshots.size());
}

int QuotaTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

void QuotaTableModel::refresh()
{
    if (!m_alerts)
        return;
    QList<QuotaSnapshot> snapshots = m_alerts->snapshots();
    const QList<Quota> &quotas = m_alerts->config().quotas;
    // Before the first evaluation the configured quotas are listed without data.
    if (snapshots.isEmpty()) {
        for (const Quota &q : quotas) {
            QuotaSnapshot s;
            s.quotaId = q.id;
            s.quotaName = q.displayName();
            s.kind = q.kind;
            s.limit = q.limit;
            snapshots << s;
        }
    }
    setSnapshots(snapshots, quotas);
}

void QuotaTableModel::setSnapshots(const QList<QuotaSnapshot> &snapshots, const QList<Quota> &quotas)
{
    m_zones.clear();
    for (const Quota &q : quotas)
        m_zones.insert(q.id, q.cycle.timeZone());
    bool sameRows = snapshots.size() == m_snapshots.size();
    for (int i = 0; sameRows && i < snapshots.size(); ++i)
        sameRows = snapshots.at(i).quotaId == m_snapshots.at(i).quotaId;
    if (sameRows) {
        // In place, so the view keeps its selection and scroll position.
        m_snapshots = snapshots;
        if (!m_snapshots.isEmpty())
            Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    } else {
        beginResetModel();
        m_snapshots = snapshots;
        endResetModel();
    }
    const QuotaLevel::Level worst = worstLevel();
    if (worst != m_worst) {
        m_worst = worst;
        Q_EMIT worstLevelChanged(worst);
    }
}

int QuotaTableModel::rowOf(const QString &quotaId) const
{
    for (int i = 0; i < m_snapshots.size(); ++i)
        if (m_snapshots.at(i).quotaId == quotaId)
            return i;
    return -1;
}

QuotaLevel::Level QuotaTableModel::worstLevel() const
{
    const int i = QuotaLevel::worstIndex(m_snapshots);
    return i < 0 ? QuotaLevel::Ok : QuotaLevel::of(m_snapshots.at(i));
}

QString QuotaTableModel::worstQuotaLine() const
{
    const int i = QuotaLevel::worstIndex(m_snapshots);
    if (i < 0)
        return {};
    const QuotaSnapshot &s = m_snapshots.at(i);
    return tr("%1: %2 % (%3 of %4)")
        .arg(s.quotaName, QLocale().toString(s.percent(), 'f', 1), formatValue(s, s.value),
             formatValue(s, s.limit));
}

double QuotaTableModel::dailyBudget(const QuotaSnapshot &s)
{
    if (s.kind != QuotaKind::Volume || !s.cycle.isValid())
        return 0.0;
    const double remaining = std::max(0.0, s.limit - s.value);
    const QDateTime now = s.evaluatedAt.isValid() ? s.evaluatedAt : QDateTime::currentDateTimeUtc();
    const double daysLeft = double(now.msecsTo(s.cycle.end)) / kDayMs;
    if (daysLeft <= 0)
        return 0.0;
    // In the cycle's last hour the whole rest is today's budget, not a multiple of it.
    return remaining / std::max(daysLeft, 1.0 / 24.0);
}

void QuotaTableModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_snapshots.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

QString QuotaTableModel::formatValue(const QuotaSnapshot &s, double value) const
{
    if (s.kind == QuotaKind::Volume)
        return Units::formatBytes(value <= 0 ? 0 : quint64(value + 0.5), UnitSystem::SI, 2);
    return Units::formatBitRate(value, 1);
}

QString QuotaTableModel::formatDate(const QDateTime &instant, const QString &quotaId, bool withTime) const
{
    const QDateTime local = instant.toTimeZone(m_zones.value(quotaId, QTimeZone::utc()));
    return withTime ? QLocale().toString(local, QLocale::ShortFormat)
                    : QLocale().toString(local.date(), QLocale::ShortFormat);
}

QString QuotaTableModel::displayText(const QuotaSnapshot &s, int column) const
{
    switch (column) {
    case NameColumn:
        return s.quotaName;
    case KindColumn:
        switch (s.kind) {
        case QuotaKind::Volume:
            return tr("volume");
        case QuotaKind::Bandwidth:
            return tr("bandwidth");
        case QuotaKind::Percentile95:
            return tr("95th percentile");
        }
        return {};
    case UsedColumn:
        return s.hasData ? tr("%1 / %2").arg(formatValue(s, s.value), formatValue(s, s.limit))
                         : tr("— / %1").arg(formatValue(s, s.limit));
    case PercentColumn:
        return s.hasData ? tr("%1 %").arg(QLocale().toString(s.percent(), 'f', 1)) : tr("no data");
    case CycleColumn:
        if (!s.cycle.isValid())
            return kNone;
        // The end is exclusive: the cycle's last day is the one before it.
        return tr("%1 – %2").arg(formatDate(s.cycle.start, s.quotaId, false),
                                 formatDate(s.cycle.end.addMSecs(-1), s.quotaId, false));
    case ForecastColumn:
        if (s.kind == QuotaKind::Percentile95 && s.burstIntervalsLeft) {
            if (*s.burstIntervalsLeft < 0)
                return tr("will exceed the limit");
            return tr("%n burst interval(s) left", nullptr, *s.burstIntervalsLeft);
        }
        if (s.kind == QuotaKind::Volume && s.projection && s.projection->valid) {
            if (s.value >= s.limit)
                return tr("limit reached; %1 at cycle end").arg(formatValue(s, s.projection->projectedTotal));
            if (s.projection->projectedToExceed && s.projection->exceedAt.isValid())
                return tr("%1 at cycle end; limit on %2")
                    .arg(formatValue(s, s.projection->projectedTotal),
                         formatDate(s.projection->exceedAt, s.quotaId, false));
            return tr("%1 at cycle end").arg(formatValue(s, s.projection->projectedTotal));
        }
        return kNone;
    case BudgetColumn:
        if (s.kind != QuotaKind::Volume || !s.hasData)
            return kNone;
        return tr("%1 per day").arg(formatValue(s, dailyBudget(s)));
    default:
        return {};
    }
}

QString QuotaTableModel::toolTip(const QuotaSnapshot &s) const
{
    QStringList lines { s.quotaName };
    if (s.cycle.isValid()) {
        const QTimeZone zone = m_zones.value(s.quotaId, QTimeZone::utc());
        lines << tr("Cycle: %1 to %2 (%3)")
                     .arg(formatDate(s.cycle.start, s.quotaId, true),
                          formatDate(s.cycle.end, s.quotaId, true), QString::fromUtf8(zone.id()));
    }
    if (s.kind == QuotaKind::Volume && s.projection && !s.projection->valid)
        lines << tr("The forecast starts an hour into the cycle.");
    if (s.kind == QuotaKind::Percentile95)
        lines << tr("Burst intervals: 5-minute intervals that may still exceed the limit before the 95th "
                    "percentile does.");
    if (s.seriesCount > 0)
        lines << tr("%n series", nullptr, s.seriesCount);
    for (int i = 0; i < std::min<qsizetype>(s.breakdown.size(), 5); ++i)
        lines << QStringLiteral("  %1: %2")
                     .arg(s.breakdown.at(i).label(), formatValue(s, s.breakdown.at(i).value));
    if (s.evaluatedAt.isValid())
        lines
            << tr("Evaluated %1").arg(QLocale().toString(s.evaluatedAt.toLocalTime(), QLocale::ShortFormat));
    return lines.join(u'\n');
}

QVariant QuotaTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_snapshots.size())
        return {};
    const QuotaSnapshot &s = m_snapshots.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return displayText(s, index.column());
    case Qt::ToolTipRole:
        return toolTip(s);
    case Qt::TextAlignmentRole:
        if (index.column() == UsedColumn || index.column() == BudgetColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return int(Qt::AlignLeft | Qt::AlignVCenter);
    case PercentRole:
        return s.hasData && s.limit > 0 ? QVariant(s.percent()) : QVariant();
    case LevelRole:
        return int(QuotaLevel::of(s));
    case QuotaIdRole:
        return s.quotaId;
    default:
        return {};
    }
}

QVariant QuotaTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Quota");
    case KindColumn:
        return tr("Kind");
    case UsedColumn:
        return tr("Used / limit");
    case PercentColumn:
        return tr("Usage");
    case CycleColumn:
        return tr("Cycle");
    case ForecastColumn:
        return tr("Forecast");
    case BudgetColumn:
        return tr("Daily budget left");
    default:
        return {};
    }
}

} // namespace Bandwatch
