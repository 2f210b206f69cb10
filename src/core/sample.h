#pragma once

#include <QDateTime>
#include <QList>
#include <QMap>
#include <QMetaType>
#include <QString>

namespace Bandwatch {

enum class Direction { In, Out };

QString directionName(Direction d); // "in" / "out"
bool parseDirection(QStringView text, Direction *out);

// Series labels are kept sorted by name so that the same set of labels always
// identifies the same series, whatever order a source reported them in.
using Labels = QMap<QString, QString>;

// Identity of one time series: which source produced it, its name within the
// source (an interface, a service/route, a domain) and its direction.
struct SeriesKey
{
    QString source;
    QString series;
    Labels labels;
    Direction direction = Direction::In;

    // Stable text form used as a unique key in storage and maps.
    QString canonical() const;
    friend bool operator==(const SeriesKey &, const SeriesKey &) = default;
};

size_t qHash(const SeriesKey &key, size_t seed = 0) noexcept;

// Traffic of one series over one interval [start, end). `bytes` is what went
// through in that interval; `bps` is the mean rate in bit/s over it.
struct Sample
{
    SeriesKey key;
    qint64 startMs = 0; // UTC milliseconds since the epoch
    qint64 endMs = 0;
    quint64 bytes = 0;
    double bps = 0.0;

    QDateTime start() const { return QDateTime::fromMSecsSinceEpoch(startMs, Qt::UTC); }
    QDateTime end() const { return QDateTime::fromMSecsSinceEpoch(endMs, Qt::UTC); }
    // One JSON object on one line (the --dry-run output format).
    QByteArray toJsonLine() const;
};

using SampleList = QList<Sample>;

} // namespace Bandwatch

Q_DECLARE_METATYPE(Bandwatch::Sample)
Q_DECLARE_METATYPE(Bandwatch::SampleList)
