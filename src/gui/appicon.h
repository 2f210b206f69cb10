#pragma once

#include "app/sourcestate.h"
#include "gui/quotalevel.h"

#include <QColor>
#include <QIcon>

namespace Bandwatch {

// The application's icons: the app icon from the embedded PNGs and the small
// status marks drawn at run time (they follow the palette and any DPI).
class AppIcon
{
public:
    static QIcon application();
    // The app icon with a badge in the quota level's colour (none when OK),
    // for the tray: the worst quota shows without opening anything.
    static QIcon application(QuotaLevel::Level level);
    static QIcon health(SourceState::Health health);
    static QColor healthColor(SourceState::Health health);
    // The colours of the two directions, shared by chart, legend and labels.
    static QColor directionColor(bool inbound, bool darkPalette);
    static bool isDarkPalette();
};

} // namespace Bandwatch
