#pragma once

#include <QSortFilterProxyModel>

namespace Bandwatch {

// Sorts the traffic table by the unformatted values and keeps the totals
// row last in either order.
class TrafficTableProxy : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit TrafficTableProxy(QObject *parent = nullptr);

protected:
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;
};

} // namespace Bandwatch
