#include "alerts/quotasnapshot.h"

namespace Bandwatch {

QString SeriesUsage::label() const
{
    QStringList parts { key.source };
    if (!key.series.isEmpty())
        parts << key.series;
    for (auto it = key.labels.cbegin(); it != key.labels.cend(); ++it)
        if (it.value() != key.series)
            parts << it.key() + u'=' + it.value();
    parts << directionName(key.direction);
    return parts.join(u' ');
}

} // namespace Bandwatch
