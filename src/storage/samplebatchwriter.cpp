#include "storage/samplebatchwriter.h"

#include "storage/rollupbucket.h"
#include "storage/rollupmaintainer.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <cmath>
#include <sqlite3.h>

namespace Bandwatch {

Q_LOGGING_CATEGORY(lcStorage, "bandwatch.storage")

size_t SeriesKeyHash::operator()(const SeriesKey &key) const noexcept
{
    // Avoids building canonical() per sample on the hot path.
    size_t h = qHashMulti(0, key.source, key.series, int(key.direction));
    for (auto it = key.labels.cbegin(); it != key.labels.cend(); ++it)
        h = qHashMulti(h, it.key(), it.value());
    return h;
}

namespace {

constexpr qint64 maxSampleMs = 400 * qint64(86'400'000);

QString labelsJson(const Labels &labels)
{
    QJsonObject o;
    for (auto it = labels.cbegin(); it != labels.cend(); ++it)
        o.insert(it.key(), it.value());
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

bool fail(const SqliteStatement &st, QString *error, int *code)
{
    *error = st.errorMessage();
    *code = st.lastCode();
    return false;
}

} // namespace

SampleBatchWriter::SampleBatchWriter(sqlite3 *db)
    : m_db(db)
{ }

SampleBatchWriter::~SampleBatchWriter() = default;

bool SampleBatchWriter::prepare(QString *error)
{
    const bool ok = m_insertRaw.prepare(m_db,
                                        "INSERT INTO raw(start_ms, series_id, end_ms, bytes, bps) "
                                        "VALUES(?1, ?2, ?3, ?4, ?5) ON CONFLICT(start_ms, series_id) "
                                        "DO UPDATE SET end_ms = ?3, bytes = ?4, bps = ?5")
        && m_findRaw.prepare(m_db,
                             "SELECT end_ms, bytes, bps FROM raw WHERE start_ms = ?1 AND series_id = ?2")
        && m_findOverlaps.prepare(m_db,
                                  "SELECT start_ms, end_ms, bytes, bps FROM raw WHERE start_ms >= ?1 "
                                  "AND start_ms < ?2 AND series_id = ?3 AND end_ms > ?4")
        && m_deleteRaw.prepare(m_db, "DELETE FROM raw WHERE start_ms = ?1 AND series_id = ?2")
        && m_findSeries.prepare(m_db,
                                "SELECT id, first_start_ms, last_end_ms, max_duration_ms FROM series "
                                "WHERE canonical = ?1")
        && m_insertSeries.prepare(m_db,
                                  "INSERT INTO series(source_id, name, labels, direction, canonical) "
                                  "VALUES(?1, ?2, ?3, ?4, ?5)")
        && m_findSource.prepare(m_db, "SELECT id FROM sources WHERE name = ?1")
        && m_insertSource.prepare(m_db, "INSERT INTO sources(name) VALUES(?1)")
        && m_updateSeries.prepare(m_db,
                                  "UPDATE series SET first_start_ms = ?2, last_end_ms = ?3, "
                                  "max_duration_ms = ?4 WHERE id = ?1");
    if (!ok)
        *error = sqliteError(m_db);
    return ok;
}

void SampleBatchWriter::rolledBack()
{
    m_series.clear();
    m_sources.clear();
    m_touched.clear();
    if (m_rollups)
        m_rollups->rolledBack();
}

SampleBatchWriter::SeriesState *SampleBatchWriter::resolve(const SeriesKey &key, QString *error, int *code)
{
    auto it = m_series.find(key);
    if (it != m_series.end())
        return &it->second;

    SeriesState state;
    const QString canonical = key.canonical();
    m_findSeries.bind(1, canonical);
    if (m_findSeries.step() == SQLITE_ROW) {
        state.id = m_findSeries.int64(0);
        state.known = !m_findSeries.isNull(1);
        state.firstStartMs = m_findSeries.int64(1);
        state.lastEndMs = m_findSeries.int64(2);
        state.maxDurationMs = m_findSeries.int64(3);
        m_findSeries.reset();
    } else {
        const int rc = m_findSeries.lastCode();
        m_findSeries.reset();
        if (rc != SQLITE_DONE) {
            fail(m_findSeries, error, code);
            return nullptr;
        }
        qint64 sourceId = m_sources.value(key.source, 0);
        if (!sourceId) {
            m_findSource.bind(1, key.source);
            if (m_findSource.step() == SQLITE_ROW) {
                sourceId = m_findSource.int64(0);
                m_findSource.reset();
            } else {
                m_findSource.reset();
                m_insertSource.bind(1, key.source);
                if (!m_insertSource.exec()) {
                    fail(m_insertSource, error, code);
                    m_insertSource.reset();
                    return nullptr;
                }
                m_insertSource.reset();
                sourceId = sqlite3_last_insert_rowid(m_db);
            }
            m_sources.insert(key.source, sourceId);
        }
        m_insertSeries.bind(1, sourceId);
        m_insertSeries.bind(2, key.series);
        m_insertSeries.bind(3, labelsJson(key.labels));
        m_insertSeries.bind(4, qint64(key.direction == Direction::Out ? 1 : 0));
        m_insertSeries.bind(5, canonical);
        if (!m_insertSeries.exec()) {
            fail(m_insertSeries, error, code);
            m_insertSeries.reset();
            return nullptr;
        }
        m_insertSeries.reset();
        state.id = sqlite3_last_insert_rowid(m_db);
    }
    return &m_series.emplace(key, state).first->second;
}

bool SampleBatchWriter::writeSample(SeriesState &series, const Sample &s, QString *error, int *code)
{
    RawChange change;
    change.seriesId = series.id;
    change.startMs = s.startMs;
    change.endMs = s.endMs;
    change.bytes = qint64(s.bytes);
    change.bps = std::isfinite(s.bps) ? s.bps : 0.0;

    // A sample that starts at or after the end of everything stored for its
    // series cannot replace anything: no lookup on the hot path.
    if (series.known && s.startMs < series.lastEndMs) {
        m_findRaw.bind(1, s.startMs);
        m_findRaw.bind(2, series.id);
        const int rc = m_findRaw.step();
        if (rc == SQLITE_ROW) {
            change.replaced = true;
            change.oldStartMs = s.startMs;
            change.oldEndMs = m_findRaw.int64(0);
            change.oldBytes = m_findRaw.int64(1);
            change.oldBps = m_findRaw.real(2);
        }
        m_findRaw.reset();
        if (rc != SQLITE_ROW && rc != SQLITE_DONE)
            return fail(m_findRaw, error, code);
        // Stored samples of a series do not overlap: one with the same start
        // that reaches as far (a re-import) is all this sample can overlap.
        // Otherwise the others it overlaps go, so that a revision with other
        // boundaries (coarser, finer, shifted) is not counted on top of them.
        if (!change.replaced || change.oldEndMs < s.endMs) {
            const qint64 from = change.replaced ? s.startMs + 1 : s.startMs - series.maxDurationMs + 1;
            if (!removeOverlaps(series, s, from, error, code))
                return false;
        }
    }

    m_insertRaw.bind(1, change.startMs);
    m_insertRaw.bind(2, change.seriesId);
    m_insertRaw.bind(3, change.endMs);
    m_insertRaw.bind(4, change.bytes);
    m_insertRaw.bind(5, change.bps);
    if (m_insertRaw.step() != SQLITE_DONE) {
        fail(m_insertRaw, error, code);
        m_insertRaw.reset();
        return false;
    }
    m_insertRaw.reset();

    if (!series.known) {
        series.known = true;
        series.firstStartMs = s.startMs;
        series.lastEndMs = s.endMs;
    } else {
        series.firstStartMs = std::min(series.firstStartMs, s.startMs);
        series.lastEndMs = std::max(series.lastEndMs, s.endMs);
    }
    series.maxDurationMs = std::max(series.maxDurationMs, s.endMs - s.startMs);
    if (!series.touched) {
        series.touched = true;
        m_touched.push_back(&series);
    }
    if (m_rollups)
        m_rollups->add(change, series.maxDurationMs);
    return true;
}

bool SampleBatchWriter::removeOverlaps(const SeriesState &series, const Sample &s, qint64 fromMs,
                                       QString *error, int *code)
{
    // raw is clustered by time: this reads every series' rows in the window,
    // bounded by the series' longest sample. Only corrections get here.
    std::vector<RawChange> gone;
    m_findOverlaps.bind(1, fromMs);
    m_findOverlaps.bind(2, s.endMs);
    m_findOverlaps.bind(3, series.id);
    m_findOverlaps.bind(4, s.startMs);
    int rc;
    while ((rc = m_findOverlaps.step()) == SQLITE_ROW) {
        if (m_findOverlaps.int64(0) == s.startMs)
            continue; // overwritten in place by the upsert
        RawChange c;
        c.seriesId = series.id;
        c.stored = false;
        c.replaced = true;
        c.oldStartMs = c.startMs = c.endMs = m_findOverlaps.int64(0);
        c.oldEndMs = m_findOverlaps.int64(1);
        c.oldBytes = m_findOverlaps.int64(2);
        c.oldBps = m_findOverlaps.real(3);
        gone.push_back(c);
    }
    m_findOverlaps.reset();
    if (rc != SQLITE_DONE)
        return fail(m_findOverlaps, error, code);
    for (const RawChange &c : gone) {
        m_deleteRaw.bind(1, c.oldStartMs);
        m_deleteRaw.bind(2, series.id);
        const bool ok = m_deleteRaw.exec();
        m_deleteRaw.reset();
        if (!ok)
            return fail(m_deleteRaw, error, code);
        if (m_rollups)
            m_rollups->add(c, series.maxDurationMs);
    }
    return true;
}

bool SampleBatchWriter::saveSeriesStats(QString *error, int *code)
{
    for (SeriesState *s : m_touched) {
        m_updateSeries.bind(1, s->id);
        m_updateSeries.bind(2, s->firstStartMs);
        m_updateSeries.bind(3, s->lastEndMs);
        m_updateSeries.bind(4, s->maxDurationMs);
        const bool ok = m_updateSeries.exec();
        m_updateSeries.reset();
        if (!ok)
            return fail(m_updateSeries, error, code);
        s->touched = false;
    }
    m_touched.clear();
    return true;
}

bool SampleBatchWriter::write(const std::deque<SampleList> &lists, QString *error, int *code,
                              const std::function<bool()> &stop, qint64 *consumed)
{
    int rejected = 0;
    qint64 taken = 0;
    bool stopped = false;
    for (auto list = lists.begin(); list != lists.end() && !stopped; ++list) {
        for (const Sample &s : *list) {
            if (stop && taken >= minSamplesBeforeStop && taken % stopCheckSamples == 0 && stop()) {
                stopped = true;
                break;
            }
            ++taken;
            // A sample is shared among the buckets it spans: bound its length
            // (a year of vnstat's yearly record is the longest that makes sense).
            if (s.endMs <= s.startMs || s.key.source.isEmpty() || s.startMs < -timeLimitMs
                || s.endMs > timeLimitMs || s.endMs - s.startMs > maxSampleMs) {
                ++rejected;
                continue;
            }
            SeriesState *series = resolve(s.key, error, code);
            if (!series || !writeSample(*series, s, error, code))
                return false;
        }
    }
    if (consumed)
        *consumed = taken;
    if (rejected)
        qCWarning(lcStorage, "ignored %d samples without a source, with end <= start or longer than 400 days",
                  rejected);
    if (!saveSeriesStats(error, code))
        return false;
    if (m_rollups && !m_rollups->apply(error, code))
        return false;
    return true;
}

} // namespace Bandwatch
