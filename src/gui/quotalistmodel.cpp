#include "gui/quotalistmodel.h"

namespace Bandwatch {

void QuotaListModel::setQuotas(const QList<ConfigNode> &quotas)
{
    beginResetModel();
    m_rows.clear();
    m_removed.clear();
    for (int i = 0; i < quotas.size(); ++i)
        m_rows.append({ quotas.at(i), i, false });
    endResetModel();
}

QStringList QuotaListModel::ids(int exceptRow) const
{
    QStringList out;
    for (int i = 0; i < m_rows.size(); ++i)
        if (i != exceptRow)
            out << m_rows.at(i).node.text(u"id");
    return out;
}

void QuotaListModel::addQuota(const ConfigNode &quota)
{
    const int row = int(m_rows.size());
    beginInsertRows({}, row, row);
    m_rows.append({ quota, -1, true });
    endInsertRows();
}

void QuotaListModel::setQuota(int row, const ConfigNode &quota)
{
    if (row < 0 || row >= m_rows.size())
        return;
    m_rows[row].node = quota;
    m_rows[row].modified = true;
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void QuotaListModel::removeQuota(int row)
{
    if (row < 0 || row >= m_rows.size())
        return;
    beginRemoveRows({}, row, row);
    if (m_rows.at(row).origin >= 0)
        m_removed << m_rows.at(row).origin;
    m_rows.removeAt(row);
    endRemoveRows();
}

int QuotaListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int QuotaListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString QuotaListModel::describeSeries(const ConfigNode &series)
{
    if (series.isScalar())
        return series.scalar;
    QStringList parts { series.text(u"source") };
    for (const char16_t *key : { u"name", u"series", u"interface" })
        if (series.has(key))
            parts << QStringLiteral("name=%1").arg(series.text(key));
    if (const ConfigNode *labels = series.child(u"labels"))
        for (const auto &[k, v] : labels->entries)
            parts << QStringLiteral("%1=%2").arg(k, v.scalar);
    return parts.join(QStringLiteral(", "));
}

QString QuotaListModel::describeCycle(const ConfigNode *cycle)
{
    if (!cycle)
        return tr("monthly from day 1, UTC");
    if (cycle->isScalar())
        return cycle->scalar;
    const QString period = cycle->text(u"period", QStringLiteral("monthly"));
    const QString zone = cycle->text(u"timezone", QStringLiteral("UTC"));
    if (period == u"daily")
        return tr("daily, %1").arg(zone);
    if (period == u"weekly")
        return tr("weekly from %1, %2").arg(cycle->text(u"start_day", QStringLiteral("monday")), zone);
    return tr("monthly from day %1, %2").arg(cycle->text(u"start_day", QStringLiteral("1")), zone);
}

QVariant QuotaListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const ConfigNode &q = m_rows.at(index.row()).node;
    if (role == Qt::ToolTipRole && index.column() == IdColumn)
        return q.text(u"id");
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case IdColumn: {
        const QString name = q.text(u"name");
        return name.isEmpty() ? q.text(u"id") : QStringLiteral("%1 (%2)").arg(q.text(u"id"), name);
    }
    case KindColumn:
        return q.text(u"kind", QStringLiteral("volume"));
    case LimitColumn:
        return q.text(u"limit");
    case SeriesColumn: {
        const ConfigNode *series = q.child(u"series");
        const QString direction = q.text(u"direction", QStringLiteral("both"));
        return series ? QStringLiteral("%1 (%2)").arg(describeSeries(*series), direction) : QString();
    }
    case CycleColumn:
        return describeCycle(q.child(u"cycle"));
    default:
        return {};
    }
}

QVariant QuotaListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case IdColumn:
        return tr("Quota");
    case KindColumn:
        return tr("Kind");
    case LimitColumn:
        return tr("Limit");
    case SeriesColumn:
        return tr("Series");
    case CycleColumn:
        return tr("Cycle");
    default:
        return {};
    }
}

} // namespace Bandwatch
