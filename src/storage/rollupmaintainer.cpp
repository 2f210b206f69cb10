#include "storage/rollupmaintainer.h"

#include "storage/retentionstate.h"
#include "storage/samplebatchwriter.h"

#include <algorithm>
#include <map>
#include <sqlite3.h>
#include <unordered_set>

namespace Bandwatch {

namespace {

Resolution levelResolution(int level)
{
    return static_cast<Resolution>(level + 1);
}

} // namespace

RollupMaintainer::RollupMaintainer(sqlite3 *db, const RetentionState *state)
    : m_db(db)
    , m_state(state)
{ }

RollupMaintainer::~RollupMaintainer() = default;

bool RollupMaintainer::prepare(QString *error)
{
    bool ok = m_rawWindow.prepare(m_db,
                                  "SELECT series_id, start_ms, end_ms, bytes, bps FROM raw "
                                  "WHERE start_ms >= ?1 AND start_ms < ?2");
    if (!ok)
        *error = sqliteError(m_db);
    for (size_t i = 0; ok && i < 4; ++i) {
        m_levels[i] = std::make_unique<RollupLevel>(m_db, levelResolution(int(i)));
        ok = m_levels[i]->prepare(error);
    }
    return ok;
}

void RollupMaintainer::add(const RawChange &c, qint64 seriesMaxDurationMs)
{
    qint64 &maxDuration = m_maxDuration[c.seriesId];
    maxDuration = std::max(maxDuration, seriesMaxDurationMs);
    if (c.stored && !c.replaced && c.startMs >= m_state->horizon(Resolution::Raw)) {
        OpenBuckets &open = m_open[c.seriesId];
        for (size_t i = 0; i < 4; ++i) {
            const qint64 horizon = m_state->horizon(levelResolution(int(i)));
            splitSample(c.startMs, c.endMs, c.bytes, bucketWidth(levelResolution(int(i))),
                        [&](qint64 b, qint64 part, qint64 overlap, bool starts) {
                            if (b < horizon)
                                return;
                            if (open.bucket[i] != b) {
                                if (open.bucket[i] != OpenBuckets::none)
                                    m_done[i].emplace_back(Key { c.seriesId, open.bucket[i] }, open.acc[i]);
                                open.bucket[i] = b;
                                open.acc[i] = RollupBucket();
                            }
                            open.acc[i].addPart(part, c.bps, overlap, starts);
                        });
        }
        return;
    }
    m_slow.push_back(Slow { c.seriesId, c.startMs, c.endMs, c.bytes, c.bps, c.stored, c.replaced,
                            c.oldStartMs, c.oldEndMs, c.oldBytes, c.oldBps });
}

void RollupMaintainer::rolledBack()
{
    m_open.clear();
    for (auto &done : m_done)
        done.clear();
    m_slow.clear();
}

bool RollupMaintainer::fail(const SqliteStatement &st, QString *error, int *code)
{
    *error = st.errorMessage();
    *code = st.lastCode();
    return false;
}

bool RollupMaintainer::fail(const RollupLevel &level, QString *error, int *code)
{
    *error = level.lastError();
    *code = level.lastCode();
    return false;
}

bool RollupMaintainer::apply(QString *error, int *code)
{
    for (const auto &[series, open] : m_open) {
        for (size_t i = 0; i < 4; ++i) {
            if (open.bucket[i] != OpenBuckets::none)
                m_done[i].emplace_back(Key { series, open.bucket[i] }, open.acc[i]);
        }
    }
    m_open.clear();
    bool ok = true;
    for (int i = 0; ok && i < 4; ++i)
        ok = flushAdditive(i, error, code);
    // Level by level: each rebuild reads the level below, already final.
    for (int i = 0; ok && i < 4 && !m_slow.empty(); ++i)
        ok = applySlow(i, error, code);
    rolledBack(); // clears the pending work either way
    return ok;
}

bool RollupMaintainer::flushAdditive(int level, QString *error, int *code)
{
    auto &rows = m_done[size_t(level)];
    if (rows.empty())
        return true;
    // Key order: consecutive writes land on the same b-tree pages. A bucket
    // filled in two runs (a gap filled late) is merged into one.
    std::sort(rows.begin(), rows.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    size_t out = 0;
    for (size_t i = 0; i < rows.size(); ++i) {
        if (out > 0 && rows[out - 1].first == rows[i].first)
            rows[out - 1].second.merge(rows[i].second);
        else
            rows[out++] = rows[i];
    }
    rows.resize(out);
    const bool ok = m_levels[size_t(level)]->add(rows) || fail(*m_levels[size_t(level)], error, code);
    rows.clear();
    return ok;
}

bool RollupMaintainer::applySlow(int level, QString *error, int *code)
{
    const Resolution res = levelResolution(level);
    const Resolution below = static_cast<Resolution>(level);
    const qint64 width = bucketWidth(res);
    const qint64 horizon = m_state->horizon(res);

    std::map<Key, std::vector<size_t>> dirty;
    for (size_t idx = 0; idx < m_slow.size(); ++idx) {
        const Slow &s = m_slow[idx];
        auto mark = [&](qint64 b, qint64, qint64, bool) {
            if (b < horizon)
                return;
            std::vector<size_t> &list = dirty[Key { s.series, b }];
            if (list.empty() || list.back() != idx)
                list.push_back(idx);
        };
        if (s.stored)
            splitSample(s.startMs, s.endMs, s.bytes, width, mark);
        if (s.replaced)
            splitSample(s.oldStartMs, s.oldEndMs, s.oldBytes, width, mark);
    }

    std::vector<Key> held;
    std::vector<Key> notHeld;
    for (const auto &[key, changes] : dirty) {
        const bool isHeld = below == Resolution::Raw
            ? key.bucket - m_maxDuration[key.series] >= m_state->horizon(Resolution::Raw)
            : key.bucket >= m_state->horizon(below);
        (isHeld ? held : notHeld).push_back(key);
    }

    if (below == Resolution::Raw) {
        BucketMap rebuilt;
        if (!recomputeFromRaw(held, &rebuilt, error, code))
            return false;
        for (const Key &key : held) {
            if (!m_levels[size_t(level)]->put(key.series, key.bucket, rebuilt[key]))
                return fail(*m_levels[size_t(level)], error, code);
        }
    } else {
        const RollupLevel &lower = *m_levels[size_t(level - 1)];
        for (const Key &key : held) {
            RollupBucket b;
            if (!lower.sum(key.series, key.bucket, key.bucket + width, &b))
                return fail(lower, error, code);
            if (!m_levels[size_t(level)]->put(key.series, key.bucket, b))
                return fail(*m_levels[size_t(level)], error, code);
        }
    }

    for (const Key &key : notHeld) {
        const std::vector<size_t> &changes = dirty[key];
        const Slow *covering = nullptr;
        for (size_t idx : changes) {
            const Slow &s = m_slow[idx];
            // A later change of the same transaction may remove it again.
            if (covering && s.replaced && s.oldStartMs == covering->startMs)
                covering = nullptr;
            if (s.stored && s.startMs <= key.bucket && s.endMs >= key.bucket + width)
                covering = &s;
        }
        RollupBucket b;
        if (covering) {
            // Samples of one series do not overlap, so this sample is all there is.
            const BucketShare share =
                bucketShare(covering->startMs, covering->endMs, covering->bytes, key.bucket, width);
            b.addPart(share.bytes, covering->bps, share.overlapMs, share.startsHere);
        } else {
            if (!m_levels[size_t(level)]->read(key.series, key.bucket, &b))
                return fail(*m_levels[size_t(level)], error, code);
            for (size_t idx : changes) {
                const Slow &s = m_slow[idx];
                if (s.replaced) {
                    const BucketShare old =
                        bucketShare(s.oldStartMs, s.oldEndMs, s.oldBytes, key.bucket, width);
                    if (old.overlapMs > 0)
                        b.removePart(old.bytes, s.oldBps, old.overlapMs, old.startsHere);
                }
                if (!s.stored)
                    continue;
                const BucketShare now = bucketShare(s.startMs, s.endMs, s.bytes, key.bucket, width);
                if (now.overlapMs > 0)
                    b.addPart(now.bytes, s.bps, now.overlapMs, now.startsHere);
            }
        }
        if (!m_levels[size_t(level)]->put(key.series, key.bucket, b))
            return fail(*m_levels[size_t(level)], error, code);
    }
    return true;
}

bool RollupMaintainer::recomputeFromRaw(const std::vector<Key> &keys, BucketMap *out, QString *error,
                                        int *code)
{
    if (keys.empty())
        return true;
    const qint64 width = bucketWidth(Resolution::Minute);
    std::unordered_set<qint64> series;
    std::vector<std::pair<qint64, qint64>> windows;
    for (const Key &k : keys) {
        (*out)[k] = RollupBucket();
        series.insert(k.series);
        windows.emplace_back(k.bucket - m_maxDuration[k.series], k.bucket + width);
    }
    std::sort(windows.begin(), windows.end());
    std::vector<std::pair<qint64, qint64>> merged;
    for (const auto &w : windows) {
        if (!merged.empty() && w.first <= merged.back().second)
            merged.back().second = std::max(merged.back().second, w.second);
        else
            merged.push_back(w);
    }
    // raw is clustered by time: one scan per window serves every series in it.
    for (const auto &[from, to] : merged) {
        m_rawWindow.bind(1, from);
        m_rawWindow.bind(2, to);
        int rc;
        while ((rc = m_rawWindow.step()) == SQLITE_ROW) {
            const qint64 id = m_rawWindow.int64(0);
            if (!series.count(id))
                continue;
            const double bps = m_rawWindow.real(4);
            splitSample(m_rawWindow.int64(1), m_rawWindow.int64(2), m_rawWindow.int64(3), width,
                        [&](qint64 b, qint64 part, qint64 overlap, bool starts) {
                            auto it = out->find(Key { id, b });
                            if (it != out->end())
                                it->second.addPart(part, bps, overlap, starts);
                        });
        }
        m_rawWindow.reset();
        if (rc != SQLITE_DONE)
            return fail(m_rawWindow, error, code);
    }
    return true;
}

bool RollupMaintainer::rebuildFromRaw(sqlite3 *db, QString *error)
{
    RetentionState state; // nothing purged as far as the rebuild is concerned
    RollupMaintainer m(db, &state);
    if (!m.prepare(error))
        return false;
    std::unordered_map<qint64, qint64> maxDuration;
    {
        SqliteStatement q(db, "SELECT id, max_duration_ms FROM series");
        while (q.step() == SQLITE_ROW)
            maxDuration[q.int64(0)] = q.int64(1);
    }
    SqliteStatement q(db,
                      "SELECT series_id, start_ms, end_ms, bytes, bps FROM raw ORDER BY start_ms, series_id");
    int code = 0;
    int pending = 0;
    int rc;
    while ((rc = q.step()) == SQLITE_ROW) {
        RawChange c;
        c.seriesId = q.int64(0);
        c.startMs = q.int64(1);
        c.endMs = q.int64(2);
        c.bytes = q.int64(3);
        c.bps = q.real(4);
        m.add(c, maxDuration[c.seriesId]);
        if (++pending == 200'000) {
            if (!m.apply(error, &code))
                return false;
            pending = 0;
        }
    }
    if (rc != SQLITE_DONE) {
        *error = sqliteError(db);
        return false;
    }
    return m.apply(error, &code);
}

} // namespace Bandwatch
