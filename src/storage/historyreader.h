#pragma once

#include "core/sample.h"

#include <QHash>
#include <QList>
#include <optional>

struct sqlite3;

namespace Bandwatch {

struct SeriesInfo
{
    qint64 id = 0;
    SeriesKey key;
    std::optional<qint64> firstStartMs;
    std::optional<qint64> lastEndMs;
    qint64 maxDurationMs = 0;
};

// Read-side queries on one connection (a reader's, or the writer's inside write()).
class HistoryReader
{
public:
    explicit HistoryReader(sqlite3 *db)
        : m_db(db)
    { }

    bool isValid() const { return m_db != nullptr; }
    sqlite3 *handle() const { return m_db; }

    std::optional<SeriesInfo> series(const SeriesKey &key) const;
    QList<SeriesInfo> allSeries() const;
    SampleList samples(const SeriesKey &key, qint64 fromMs, qint64 toMs) const;
    std::optional<qint64> lastSampleEnd(const QString &sourceId) const;
    QHash<QString, qint64> newestSampleStarts(const QString &sourceId) const;

    static SeriesKey keyFromColumns(const QString &source, const QString &name, const QString &labelsJson,
                                    qint64 direction);

private:
    sqlite3 *m_db;
};

} // namespace Bandwatch
