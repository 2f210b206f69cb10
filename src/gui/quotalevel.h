#pragma once

#include <QColor>
#include <QList>
#include <QString>

namespace Bandwatch {

struct QuotaSnapshot;

// How close a quota is to its limit, in the steps the UI shows (the default
// thresholds): the tray icon's badge, the usage bar's colour and the tray
// tooltip's worst-quota line all use it.
class QuotaLevel
{
public:
    enum Level { Ok, Warning, Critical, Exceeded }; // < 80 %, >= 80 %, >= 90 %, >= 100 %

    static Level fromPercent(double percent);
    static Level of(const QuotaSnapshot &snapshot); // Ok without data
    // The snapshot that is worst off (highest percentage among those with
    // data), or -1 when none has data.
    static int worstIndex(const QList<QuotaSnapshot> &snapshots);
    // Readable on both palettes: darker shades on light backgrounds.
    static QColor color(Level level, bool darkPalette);
    static QString name(Level level); // translated: "OK", "over 80 %", ...
};

} // namespace Bandwatch
