#pragma once

#include "core/sample.h"
#include "storage/sqlitestatement.h"

#include <QHash>
#include <QLoggingCategory>
#include <QString>
#include <deque>
#include <functional>
#include <unordered_map>
#include <vector>

struct sqlite3;

namespace Bandwatch {

Q_DECLARE_LOGGING_CATEGORY(lcStorage)

class RollupMaintainer;

// One change of the raw table (for the rollups above it): a sample stored,
// a stored one removed, or both at once.
struct RawChange
{
    qint64 seriesId = 0;
    qint64 startMs = 0;
    qint64 endMs = 0;
    qint64 bytes = 0;
    double bps = 0.0;
    bool stored = true; // false: the change only removes the old sample
    bool replaced = false; // the old* fields describe a stored sample that is gone
    qint64 oldStartMs = 0;
    qint64 oldEndMs = 0;
    qint64 oldBytes = 0;
    double oldBps = 0.0;
};

struct SeriesKeyHash
{
    size_t operator()(const SeriesKey &key) const noexcept;
};

// The writer thread's part that turns samples into rows: resolves series ids,
// upserts raw rows through prepared C-API statements and hands every change
// to the rollup maintainer. Runs inside a transaction the caller owns.
class SampleBatchWriter
{
public:
    explicit SampleBatchWriter(sqlite3 *db);
    ~SampleBatchWriter();

    bool prepare(QString *error);
    void setRollups(RollupMaintainer *rollups) { m_rollups = rollups; }

    // Writes the samples of every list, in order; a sample replaces every
    // stored sample of its series that it overlaps (a revision may be coarser,
    // finer or shifted against what it revises). On failure *code holds the
    // SQLite error code and the caller must roll back, then call rolledBack().
    //
    // stop, asked every stopCheckSamples samples once minSamplesBeforeStop
    // are taken, ends the transaction's work early (someone waits for the
    // writer); *consumed then says how many samples from the front of lists
    // were taken (written or rejected). The minimum keeps a transaction's
    // fixed cost (series and rollup rows of every series touched, the commit)
    // from eating the ingest rate when write() jobs come often.
    bool write(const std::deque<SampleList> &lists, QString *error, int *code,
               const std::function<bool()> &stop = {}, qint64 *consumed = nullptr);
    static constexpr qint64 stopCheckSamples = 1'000;
    static constexpr qint64 minSamplesBeforeStop = 10'000;
    // Forgets cached state that a rolled-back transaction may have changed.
    void rolledBack();

private:
    struct SeriesState
    {
        qint64 id = 0;
        qint64 firstStartMs = 0;
        qint64 lastEndMs = 0;
        qint64 maxDurationMs = 0;
        bool touched = false;
        bool known = false; // first/last were read from the database
    };

    SeriesState *resolve(const SeriesKey &key, QString *error, int *code);
    bool writeSample(SeriesState &series, const Sample &s, QString *error, int *code);
    bool removeOverlaps(const SeriesState &series, const Sample &s, qint64 fromMs, QString *error, int *code);
    bool saveSeriesStats(QString *error, int *code);

    sqlite3 *m_db;
    RollupMaintainer *m_rollups = nullptr;
    std::unordered_map<SeriesKey, SeriesState, SeriesKeyHash> m_series;
    QHash<QString, qint64> m_sources;
    std::vector<SeriesState *> m_touched;
    SqliteStatement m_insertRaw;
    SqliteStatement m_findRaw;
    SqliteStatement m_findOverlaps;
    SqliteStatement m_deleteRaw;
    SqliteStatement m_findSeries;
    SqliteStatement m_insertSeries;
    SqliteStatement m_findSource;
    SqliteStatement m_insertSource;
    SqliteStatement m_updateSeries;
};

} // namespace Bandwatch
