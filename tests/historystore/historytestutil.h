#pragma once

// Shared by the history store's test folders (tests/history*/).

#include "storage/historystore.h"
#include "storage/rolluplevel.h"
#include "storage/sqlitestatement.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QString>
#include <QVariant>
#include <limits>

namespace HistoryTest {

using namespace Bandwatch;

constexpr qint64 minuteMs = 60'000;
constexpr qint64 hourMs = 3'600'000;
constexpr qint64 dayMs = 86'400'000;
// 2024-01-01T00:00:00Z: a leap year, so a year is 366 days.
constexpr qint64 yearStartMs = 1'704'067'200'000;
constexpr qint64 forever = std::numeric_limits<qint64>::max();

inline SeriesKey key(int i, Direction d = Direction::In)
{
    SeriesKey k;
    k.source = QStringLiteral("src%1").arg(i % 3);
    k.series = QStringLiteral("if%1").arg(i);
    k.direction = d;
    return k;
}

inline Sample sample(const SeriesKey &k, qint64 startMs, qint64 endMs, quint64 bytes)
{
    Sample s;
    s.key = k;
    s.startMs = startMs;
    s.endMs = endMs;
    s.bytes = bytes;
    s.bps = double(bytes) * 8000.0 / double(endMs - startMs);
    return s;
}

inline HistoryOptions keepEverything()
{
    HistoryOptions o;
    o.retention.keepMs.fill(0);
    o.startupCheck = HistoryOptions::StartupCheck::Quick;
    o.synchronous = HistoryOptions::Synchronous::Normal; // tests need no power-loss durability
    return o;
}

// All rows of a query as one string per row, for comparing tables.
inline QStringList dump(const QSqlDatabase &db, const QString &sql)
{
    QStringList out;
    QSqlQuery q(db);
    if (!q.exec(sql))
        return { QStringLiteral("error: ") + sql };
    while (q.next()) {
        QStringList cols;
        for (int i = 0; i < q.record().count(); ++i) {
            const QVariant v = q.value(i);
            // Means are floating point sums in different orders: compare to 1e-6 relative.
            cols << (v.typeId() == QMetaType::Double ? QString::number(v.toDouble(), 'g', 9) : v.toString());
        }
        out << cols.join(u'|');
    }
    return out;
}

inline qint64 scalar(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q(db);
    if (!q.exec(sql) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

struct RollupRow
{
    qint64 series;
    qint64 bucket;
    RollupBucket b;
};

// Every bucket of one rollup level, by series and time, however it is stored.
inline QList<RollupRow> rollupRows(const QSqlDatabase &db, Resolution r)
{
    QList<RollupRow> out;
    sqlite3 *h = sqliteHandle(db);
    RollupLevel level(h, r);
    if (!level.prepare(nullptr))
        return out;
    SqliteStatement ids(h, "SELECT id FROM series ORDER BY id");
    while (ids.step() == 100 /* SQLITE_ROW */) {
        const qint64 id = ids.int64(0);
        level.scan(id, std::numeric_limits<qint64>::min() / 4, std::numeric_limits<qint64>::max() / 4,
                   [&](qint64 bucket, const RollupBucket &b) {
                       out.append({ id, bucket, b });
                   });
    }
    return out;
}

inline qint64 rollupBytes(const QSqlDatabase &db, Resolution r)
{
    qint64 sum = 0;
    for (const RollupRow &row : rollupRows(db, r))
        sum += row.b.bytes;
    return sum;
}

inline QString rollupDump(const QSqlDatabase &db, Resolution r)
{
    QStringList lines;
    for (const RollupRow &row : rollupRows(db, r)) {
        // Means are sums in different orders: compare to 9 digits.
        lines << QStringLiteral("%1|%2|%3|%4|%5|%6|%7|%8")
                     .arg(row.series)
                     .arg(row.bucket)
                     .arg(row.b.bytes)
                     .arg(row.b.minBps, 0, 'g', 12)
                     .arg(row.b.maxBps, 0, 'g', 12)
                     .arg(row.b.meanBps(), 0, 'g', 9)
                     .arg(row.b.coveredMs)
                     .arg(row.b.samples);
    }
    return lines.join(u'\n');
}

constexpr Resolution rollupLevels[] = { Resolution::Minute, Resolution::FiveMinutes, Resolution::Hour,
                                        Resolution::Day };

} // namespace HistoryTest

// The samples the store, lock and repair tests write: `seriesCount` series of
// three sources, one sample per minute each, recent enough for the default
// retention.
namespace StoreSamples {

using namespace Bandwatch;

inline const qint64 recentMs = (QDateTime::currentMSecsSinceEpoch() - 6 * 3'600'000) / 60'000 * 60'000;

inline SeriesKey key(int i, Direction d = Direction::In)
{
    SeriesKey k;
    k.source = QStringLiteral("src%1").arg(i % 3);
    k.series = QStringLiteral("eth%1").arg(i);
    k.labels.insert(QStringLiteral("site"), QStringLiteral("s%1").arg(i % 2));
    k.direction = d;
    return k;
}

inline SampleList makeSamples(int seriesCount, int perSeries, qint64 t0 = recentMs, qint64 stepMs = 60'000)
{
    SampleList out;
    for (int t = 0; t < perSeries; ++t) {
        for (int s = 0; s < seriesCount; ++s) {
            Sample x;
            x.key = key(s, s % 2 ? Direction::Out : Direction::In);
            x.startMs = t0 + t * stepMs;
            x.endMs = x.startMs + stepMs;
            x.bytes = quint64(1000 + s * 7 + t);
            x.bps = double(x.bytes) * 8000.0 / double(stepMs);
            out << x;
        }
    }
    return out;
}

} // namespace StoreSamples
