#include "gui/chartselection.h"

namespace Bandwatch {

bool ChartSelection::matches(const SeriesKey &key) const
{
    if (source.isEmpty() || key.source != source)
        return false;
    return series.isEmpty() || (key.series == series && key.labels == labels);
}

ChartSelection ChartSelection::wholeSource(const QString &source)
{
    ChartSelection s;
    s.source = source;
    return s;
}

ChartSelection ChartSelection::ofSeries(const SeriesKey &key)
{
    ChartSelection s;
    s.source = key.source;
    s.series = key.series;
    s.labels = key.labels;
    return s;
}

QVariantMap ChartSelection::toVariant() const
{
    QVariantMap labelMap;
    for (auto it = labels.cbegin(); it != labels.cend(); ++it)
        labelMap.insert(it.key(), it.value());
    return { { QStringLiteral("source"), source },
             { QStringLiteral("series"), series },
             { QStringLiteral("labels"), labelMap } };
}

ChartSelection ChartSelection::fromVariant(const QVariant &value)
{
    const QVariantMap map = value.toMap();
    ChartSelection s;
    s.source = map.value(QStringLiteral("source")).toString();
    s.series = map.value(QStringLiteral("series")).toString();
    const QVariantMap labelMap = map.value(QStringLiteral("labels")).toMap();
    for (auto it = labelMap.cbegin(); it != labelMap.cend(); ++it)
        s.labels.insert(it.key(), it.value().toString());
    return s;
}

} // namespace Bandwatch
