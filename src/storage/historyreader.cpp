#include "storage/historyreader.h"

#include "storage/sqlitestatement.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <sqlite3.h>

namespace Bandwatch {

namespace {

constexpr const char *seriesColumns =
    "SELECT s.id, src.name, s.name, s.labels, s.direction, s.first_start_ms, "
    "s.last_end_ms, s.max_duration_ms FROM series s "
    "JOIN sources src ON src.id = s.source_id ";

SeriesInfo seriesFromRow(const SqliteStatement &q)
{
    SeriesInfo info;
    info.id = q.int64(0);
    info.key = HistoryReader::keyFromColumns(q.text(1), q.text(2), q.text(3), q.int64(4));
    if (!q.isNull(5))
        info.firstStartMs = q.int64(5);
    if (!q.isNull(6))
        info.lastEndMs = q.int64(6);
    info.maxDurationMs = q.int64(7);
    return info;
}

} // namespace

SeriesKey HistoryReader::keyFromColumns(const QString &source, const QString &name, const QString &labelsJson,
                                        qint64 direction)
{
    SeriesKey key;
    key.source = source;
    key.series = name;
    key.direction = direction == 1 ? Direction::Out : Direction::In;
    const QJsonObject o = QJsonDocument::fromJson(labelsJson.toUtf8()).object();
    for (auto it = o.begin(); it != o.end(); ++it)
        key.labels.insert(it.key(), it.value().toString());
    return key;
}

std::optional<SeriesInfo> HistoryReader::series(const SeriesKey &key) const
{
    if (!m_db)
        return std::nullopt;
    const QByteArray sql = QByteArray(seriesColumns) + "WHERE s.canonical = ?1";
    SqliteStatement q(m_db, sql.constData());
    q.bind(1, key.canonical());
    if (q.step() != SQLITE_ROW)
        return std::nullopt;
    return seriesFromRow(q);
}

QList<SeriesInfo> HistoryReader::allSeries() const
{
    QList<SeriesInfo> out;
    if (!m_db)
        return out;
    const QByteArray sql = QByteArray(seriesColumns) + "ORDER BY s.id";
    SqliteStatement q(m_db, sql.constData());
    while (q.step() == SQLITE_ROW)
        out << seriesFromRow(q);
    return out;
}

SampleList HistoryReader::samples(const SeriesKey &key, qint64 fromMs, qint64 toMs) const
{
    SampleList out;
    const std::optional<SeriesInfo> info = series(key);
    if (!info)
        return out;
    SqliteStatement q(m_db,
                      "SELECT start_ms, end_ms, bytes, bps FROM raw "
                      "WHERE start_ms >= ?1 AND start_ms < ?2 AND series_id = ?3 ORDER BY start_ms");
    q.bind(1, fromMs);
    q.bind(2, toMs);
    q.bind(3, info->id);
    while (q.step() == SQLITE_ROW) {
        Sample s;
        s.key = info->key;
        s.startMs = q.int64(0);
        s.endMs = q.int64(1);
        s.bytes = quint64(q.int64(2));
        s.bps = q.real(3);
        out << s;
    }
    return out;
}

std::optional<qint64> HistoryReader::lastSampleEnd(const QString &sourceId) const
{
    if (!m_db)
        return std::nullopt;
    SqliteStatement q(m_db,
                      "SELECT max(s.last_end_ms) FROM series s JOIN sources src ON src.id = s.source_id "
                      "WHERE src.name = ?1");
    q.bind(1, sourceId);
    if (q.step() != SQLITE_ROW || q.isNull(0))
        return std::nullopt;
    return q.int64(0);
}

QHash<QString, qint64> HistoryReader::newestSampleStarts(const QString &sourceId) const
{
    QHash<QString, qint64> out;
    if (!m_db)
        return out;
    // The newest sample starts no earlier than last_end_ms - max_duration_ms,
    // which keeps the look-up a short range of raw's (start_ms, series_id) key.
    // When retention purged the raw rows, the stored end is the safe answer.
    SqliteStatement q(m_db,
                      "SELECT s.name, max(coalesce((SELECT max(r.start_ms) FROM raw r "
                      "WHERE r.start_ms >= s.last_end_ms - s.max_duration_ms AND r.series_id = s.id), "
                      "s.last_end_ms)) FROM series s JOIN sources src ON src.id = s.source_id "
                      "WHERE src.name = ?1 AND s.last_end_ms IS NOT NULL GROUP BY s.name");
    q.bind(1, sourceId);
    while (q.step() == SQLITE_ROW)
        out.insert(q.text(0), q.int64(1));
    return out;
}

} // namespace Bandwatch
