#include "gui/quotausagedelegate.h"

#include "gui/quotalevel.h"
#include "gui/quotatablemodel.h"

#include <QApplication>
#include <QPainter>
#include <algorithm>

namespace Bandwatch {

namespace {

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Base).lightness() < palette.color(QPalette::Text).lightness();
}

QColor mix(const QColor &a, const QColor &b, double t)
{
    return QColor::fromRgbF(float(a.redF() * (1 - t) + b.redF() * t),
                            float(a.greenF() * (1 - t) + b.greenF() * t),
                            float(a.blueF() * (1 - t) + b.blueF() * t));
}

} // namespace

const QList<double> &QuotaUsageDelegate::ticks()
{
    static const QList<double> list { 80.0, 90.0, 100.0 };
    return list;
}

void QuotaUsageDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                               const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString text = opt.text;
    opt.text.clear();
    // Background and selection as the style draws them.
    const QWidget *widget = opt.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const QPalette &pal = opt.palette;
    const bool selected = opt.state & QStyle::State_Selected;
    const QColor textColor = pal.color(selected ? QPalette::HighlightedText : QPalette::Text);
    const QFontMetrics fm(opt.font);
    const int pad = 4;
    const int textWidth = fm.horizontalAdvance(QStringLiteral("100.0 %")) + 2 * pad;
    const QRect cell = opt.rect.adjusted(pad, 0, -pad, 0);
    const QRect textRect(cell.right() - textWidth + 1, cell.top(), textWidth, cell.height());
    const int barHeight = std::clamp(cell.height() - 8, 6, 14);
    const QRect bar(cell.left(), cell.center().y() - barHeight / 2 + 1, cell.width() - textWidth - pad,
                    barHeight);

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing, false);
    if (bar.width() > 20) {
        const bool dark = isDark(pal);
        const QColor trough = mix(pal.color(QPalette::Base), pal.color(QPalette::Text), dark ? 0.18 : 0.10);
        painter->setPen(mix(pal.color(QPalette::Base), pal.color(QPalette::Text), 0.35));
        painter->setBrush(trough);
        painter->drawRect(bar.adjusted(0, 0, -1, -1));
        const QVariant pct = index.data(QuotaTableModel::PercentRole);
        if (pct.isValid()) {
            const double p = std::clamp(pct.toDouble(), 0.0, scalePercent);
            const int w = int(std::lround((bar.width() - 2) * p / scalePercent));
            const auto level = QuotaLevel::Level(index.data(QuotaTableModel::LevelRole).toInt());
            if (w > 0)
                painter->fillRect(QRect(bar.left() + 1, bar.top() + 1, w, bar.height() - 2),
                                  QuotaLevel::color(level, dark));
        }
        // Ticks stick out above and below the bar, so they read on any fill.
        for (double t : ticks()) {
            const int x = bar.left() + 1 + int(std::lround((bar.width() - 2) * t / scalePercent));
            QColor c = pal.color(QPalette::Text);
            c.setAlphaF(t >= 100.0 ? 0.9f : 0.55f);
            painter->setPen(QPen(c, t >= 100.0 ? 2 : 1));
            painter->drawLine(x, bar.top() - 2, x, bar.bottom() + 2);
        }
    }
    painter->setPen(textColor);
    painter->setFont(opt.font);
    painter->drawText(textRect, Qt::AlignRight | Qt::AlignVCenter, text);
    painter->restore();
}

QSize QuotaUsageDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize s = QStyledItemDelegate::sizeHint(option, index);
    const QFontMetrics fm(option.font);
    s.setWidth(std::max(s.width(), fm.horizontalAdvance(QStringLiteral("100.0 %")) + 140));
    s.setHeight(std::max(s.height(), fm.height() + 8));
    return s;
}

} // namespace Bandwatch
