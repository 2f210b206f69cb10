#include "gui/traffictableproxy.h"

#include "gui/traffictablemodel.h"

namespace Bandwatch {

TrafficTableProxy::TrafficTableProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(TrafficTableModel::RawRole);
}

bool TrafficTableProxy::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const bool leftTotals = left.data(TrafficTableModel::TotalsRowRole).toBool();
    const bool rightTotals = right.data(TrafficTableModel::TotalsRowRole).toBool();
    if (leftTotals != rightTotals) {
        // Descending order reverses lessThan; the totals row stays at the bottom.
        return sortOrder() == Qt::AscendingOrder ? rightTotals : leftTotals;
    }
    const QVariant a = left.data(sortRole());
    const QVariant b = right.data(sortRole());
    if (a.typeId() == QMetaType::LongLong && b.typeId() == QMetaType::LongLong)
        return a.toLongLong() < b.toLongLong();
    if (!a.isValid() || !b.isValid())
        return !a.isValid() && b.isValid();
    return QString::compare(a.toString(), b.toString(), Qt::CaseInsensitive) < 0;
}

} // namespace Bandwatch
