#pragma once

#include "core/sample.h"

#include <QString>
#include <QVariant>

namespace Bandwatch {

// What the chart shows: one series of a source, or every series of a source
// summed. Directions are not part of it: the chart always draws in and out.
struct ChartSelection
{
    QString source; // empty: nothing selected
    QString series; // empty: all series of the source, summed
    Labels labels;

    bool isEmpty() const { return source.isEmpty(); }
    bool isWholeSource() const { return !source.isEmpty() && series.isEmpty(); }
    bool matches(const SeriesKey &key) const;

    static ChartSelection wholeSource(const QString &source);
    static ChartSelection ofSeries(const SeriesKey &key);

    // For QSettings: a plain map that survives any settings backend.
    QVariantMap toVariant() const;
    static ChartSelection fromVariant(const QVariant &value);

    friend bool operator==(const ChartSelection &, const ChartSelection &) = default;
};

} // namespace Bandwatch
