#include "gui/quotalevel.h"

#include "alerts/quotasnapshot.h"

#include <QCoreApplication>

namespace Bandwatch {

QuotaLevel::Level QuotaLevel::fromPercent(double percent)
{
    if (percent >= 100.0)
        return Exceeded;
    if (percent >= 90.0)
        return Critical;
    if (percent >= 80.0)
        return Warning;
    return Ok;
}

QuotaLevel::Level QuotaLevel::of(const QuotaSnapshot &snapshot)
{
    return snapshot.hasData && snapshot.limit > 0 ? fromPercent(snapshot.percent()) : Ok;
}

int QuotaLevel::worstIndex(const QList<QuotaSnapshot> &snapshots)
{
    int worst = -1;
    for (int i = 0; i < snapshots.size(); ++i) {
        const QuotaSnapshot &s = snapshots.at(i);
        if (!s.hasData || s.limit <= 0)
            continue;
        if (worst < 0 || s.percent() > snapshots.at(worst).percent())
            worst = i;
    }
    return worst;
}

QColor QuotaLevel::color(Level level, bool darkPalette)
{
    switch (level) {
    case Ok:
        return darkPalette ? QColor(0x4c, 0xc2, 0x6a) : QColor(0x2e, 0x8b, 0x45);
    case Warning:
        return darkPalette ? QColor(0xf2, 0xc1, 0x4e) : QColor(0xc7, 0x8a, 0x00);
    case Critical:
        return darkPalette ? QColor(0xff, 0x8f, 0x40) : QColor(0xe0, 0x64, 0x10);
    case Exceeded:
        break;
    }
    return darkPalette ? QColor(0xff, 0x5f, 0x56) : QColor(0xc6, 0x28, 0x28);
}

QString QuotaLevel::name(Level level)
{
    switch (level) {
    case Ok:
        return QCoreApplication::translate("Bandwatch::QuotaLevel", "OK");
    case Warning:
        return QCoreApplication::translate("Bandwatch::QuotaLevel", "over 80 %");
    case Critical:
        return QCoreApplication::translate("Bandwatch::QuotaLevel", "over 90 %");
    case Exceeded:
        break;
    }
    return QCoreApplication::translate("Bandwatch::QuotaLevel", "limit reached");
}

} // namespace Bandwatch
