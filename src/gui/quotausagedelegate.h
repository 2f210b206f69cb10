#pragma once

#include <QStyledItemDelegate>

namespace Bandwatch {

// The quota table's usage column: a bar filled to the percentage used,
// coloured by level (green, amber at 80 %, orange at 90 %, red at 100 %),
// with tick marks at 80, 90 and 100 % and the figure beside it. The bar's
// scale runs to 110 % so an exceeded limit still shows past its tick.
class QuotaUsageDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    static constexpr double scalePercent = 110.0;
    static const QList<double> &ticks(); // 80, 90, 100
};

} // namespace Bandwatch
