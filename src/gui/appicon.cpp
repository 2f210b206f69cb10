#include "gui/appicon.h"

#include <QGuiApplication>
#include <QHash>
#include <QPainter>
#include <QPalette>
#include <QPixmap>
#include <algorithm>

namespace Bandwatch {

QIcon AppIcon::application()
{
    static const QIcon icon = [] {
        QIcon i;
        for (int size : { 16, 22, 24, 32, 48, 64, 128, 256 })
            i.addFile(QStringLiteral(":/icons/bandwatch-%1.png").arg(size), QSize(size, size));
        return i;
    }();
    return icon;
}

QIcon AppIcon::application(QuotaLevel::Level level)
{
    if (level == QuotaLevel::Ok)
        return application();
    static QHash<int, QIcon> cache;
    if (const auto it = cache.constFind(level); it != cache.cend())
        return *it;
    QIcon icon;
    const QColor fill = QuotaLevel::color(level, false);
    for (int size : { 16, 22, 24, 32, 48, 64, 128 }) {
        QPixmap pm = application().pixmap(QSize(size, size));
        if (pm.isNull())
            continue;
        pm.setDevicePixelRatio(1.0);
        QPainter p(&pm);
        p.setRenderHint(QPainter::Antialiasing);
        // A disc in the lower right corner, with a white rim so it reads on any panel colour.
        const qreal d = size * 0.56;
        const QRectF disc(size - d - size * 0.02, size - d - size * 0.02, d, d);
        p.setPen(QPen(Qt::white, std::max(1.0, size / 16.0)));
        p.setBrush(fill);
        p.drawEllipse(disc);
        // The mark: "!" for 80/90 %, a bar ("limit") once exceeded.
        p.setPen(Qt::NoPen);
        p.setBrush(Qt::white);
        const QPointF c = disc.center();
        const qreal u = d / 10.0;
        if (level == QuotaLevel::Exceeded) {
            p.drawRect(QRectF(c.x() - 3 * u, c.y() - u, 6 * u, 2 * u));
        } else {
            p.drawRect(QRectF(c.x() - 0.9 * u, c.y() - 3.4 * u, 1.8 * u, 4.4 * u));
            p.drawEllipse(QRectF(c.x() - u, c.y() + 1.7 * u, 2 * u, 2 * u));
        }
        p.end();
        icon.addPixmap(pm);
    }
    cache.insert(level, icon);
    return icon;
}

QColor AppIcon::healthColor(SourceState::Health health)
{
    switch (health) {
    case SourceState::Health::Ok:
        return QColor(0x2e, 0xa0, 0x43);
    case SourceState::Health::Error:
        return QColor(0xd6, 0x3b, 0x30);
    case SourceState::Health::Pending:
        break;
    }
    return QColor(0x9a, 0xa0, 0xa6);
}

QIcon AppIcon::health(SourceState::Health health)
{
    static QHash<int, QIcon> cache;
    const auto it = cache.constFind(int(health));
    if (it != cache.cend())
        return *it;
    QIcon icon;
    for (int size : { 16, 32, 48 }) {
        QPixmap pm(size, size);
        pm.fill(Qt::transparent);
        QPainter p(&pm);
        p.setRenderHint(QPainter::Antialiasing);
        const QColor c = healthColor(health);
        const qreal r = size * 0.3;
        const QPointF centre(size / 2.0, size / 2.0);
        p.setPen(QPen(c.darker(125), size / 16.0));
        p.setBrush(c);
        p.drawEllipse(centre, r, r);
        p.end();
        icon.addPixmap(pm);
    }
    cache.insert(int(health), icon);
    return icon;
}

QColor AppIcon::directionColor(bool inbound, bool darkPalette)
{
    if (inbound)
        return darkPalette ? QColor(0x5a, 0xa9, 0xf2) : QColor(0x1f, 0x6f, 0xd1);
    return darkPalette ? QColor(0xf5, 0xa6, 0x4a) : QColor(0xe0, 0x71, 0x1c);
}

bool AppIcon::isDarkPalette()
{
    const QPalette pal = QGuiApplication::palette();
    return pal.color(QPalette::Window).lightness() < pal.color(QPalette::WindowText).lightness();
}

} // namespace Bandwatch
