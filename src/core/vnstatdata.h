#pragma once

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace Bandwatch {

// The tables of a vnstat database dump (`vnstat --json`). vnstat 1.x has no
// five-minute or year table.
enum class VnstatTable { FiveMinute, Hour, Day, Month, Year, Top };

// The key of a table in vnstat's JSON for a jsonversion ("fiveminute",
// "hour", ... in "2"; "hours", "days", "months", "tops" in "1"; empty if that
// version has no such table).
QString vnstatTableKey(VnstatTable table, int jsonVersion);

// One entry of a table: the traffic of [startMs, endMs), in bytes, UTC.
struct VnstatBucket
{
    qint64 startMs = 0;
    qint64 endMs = 0;
    quint64 rx = 0;
    quint64 tx = 0;

    friend bool operator==(const VnstatBucket &, const VnstatBucket &) = default;
};

using VnstatBuckets = QList<VnstatBucket>;

// One interface of the dump, in bytes whatever unit the file used.
struct VnstatInterface
{
    QString name; // "name" (2) or "id" (1)
    QString alias; // "alias" (2) or "nick" (1); empty when unset
    qint64 createdMs = -1; // -1 when the file does not say
    qint64 updatedMs = -1; // last write of the daemon for this interface
    quint64 totalRx = 0; // all-time totals (vnstat keeps them all-time even with --begin/--end)
    quint64 totalTx = 0;
    // Only the tables present in the file; each sorted oldest first.
    QMap<VnstatTable, VnstatBuckets> tables;

    bool hasTable(VnstatTable t) const { return tables.contains(t); }
    VnstatBuckets buckets(VnstatTable t) const { return tables.value(t); }
};

// A parsed `vnstat --json` document.
struct VnstatData
{
    QString vnstatVersion; // "2.10", "1.18"
    int jsonVersion = 0; // 1 or 2
    QList<VnstatInterface> interfaces;

    // By name first, then by alias, as `vnstat -i` matches; nullptr if neither.
    const VnstatInterface *find(QStringView nameOrAlias) const;
    QStringList interfaceNames() const;
};

} // namespace Bandwatch
