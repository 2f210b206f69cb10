#include "storage/rolluplevel.h"

#include <QtEndian>
#include <cstring>
#include <sqlite3.h>

namespace Bandwatch {

namespace {

// Per bucket, little-endian: bytes (int64), min, max, bps x ms (doubles),
// covered ms, samples (int32).
constexpr int slotSize = 40;

void putDouble(uchar *p, double v)
{
    quint64 bits;
    std::memcpy(&bits, &v, sizeof bits);
    qToLittleEndian(bits, p);
}

double getDouble(const uchar *p)
{
    const quint64 bits = qFromLittleEndian<quint64>(p);
    double v;
    std::memcpy(&v, &bits, sizeof v);
    return v;
}

QByteArray sql(const char *pattern, const char *table)
{
    return QByteArray(pattern).replace("@T", table);
}

} // namespace

RollupLevel::RollupLevel(sqlite3 *db, Resolution resolution)
    : m_db(db)
    , m_resolution(resolution)
    , m_packed(isPacked(resolution))
{ }

bool RollupLevel::prepare(QString *error)
{
    const char *t = table();
    bool ok;
    if (m_packed) {
        ok = m_scan.prepare(m_db,
                            sql("SELECT block_ms, slots FROM @T WHERE series_id = ?1 AND block_ms >= ?2 "
                                "AND block_ms < ?3 ORDER BY block_ms",
                                t)
                                .constData())
            && m_readOne.prepare(
                m_db,
                sql("SELECT block_ms, slots FROM @T WHERE series_id = ?1 AND block_ms = ?2", t).constData())
            && m_upsert.prepare(
                m_db,
                sql("INSERT OR REPLACE INTO @T(series_id, block_ms, slots) VALUES(?1, ?2, ?3)", t)
                    .constData())
            && m_remove.prepare(m_db,
                                sql("DELETE FROM @T WHERE series_id = ?1 AND block_ms = ?2", t).constData());
    } else {
        ok = m_scan.prepare(
                 m_db,
                 sql("SELECT bucket_ms, bytes, min_bps, max_bps, mean_bps, covered_ms, samples FROM @T "
                     "WHERE series_id = ?1 AND bucket_ms >= ?2 AND bucket_ms < ?3 ORDER BY bucket_ms",
                     t)
                     .constData())
            && m_readOne.prepare(
                m_db,
                sql("SELECT bucket_ms, bytes, min_bps, max_bps, mean_bps, covered_ms, samples "
                    "FROM @T WHERE series_id = ?1 AND bucket_ms = ?2",
                    t)
                    .constData())
            && m_upsert.prepare(
                m_db,
                sql("INSERT INTO @T(series_id, bucket_ms, bytes, min_bps, max_bps, mean_bps, covered_ms, "
                    "samples) "
                    "VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8) ON CONFLICT(series_id, bucket_ms) DO UPDATE SET "
                    "bytes = bytes + ?3, min_bps = min(min_bps, ?4), max_bps = max(max_bps, ?5), "
                    "mean_bps = (mean_bps * covered_ms + ?6 * ?7) / max(covered_ms + ?7, 1), "
                    "covered_ms = covered_ms + ?7, samples = samples + ?8",
                    t)
                    .constData())
            && m_replace.prepare(
                m_db,
                sql("INSERT OR REPLACE INTO @T(series_id, bucket_ms, bytes, min_bps, max_bps, "
                    "mean_bps, covered_ms, samples) VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
                    t)
                    .constData())
            && m_remove.prepare(m_db,
                                sql("DELETE FROM @T WHERE series_id = ?1 AND bucket_ms = ?2", t).constData());
    }
    if (!ok && error)
        *error = sqliteError(m_db);
    return ok;
}

QByteArray RollupLevel::encode(const std::array<RollupBucket, slotsPerBlock> &slots)
{
    int used = slotsPerBlock;
    while (used > 0 && slots[size_t(used - 1)].isEmpty())
        --used;
    QByteArray out(used * slotSize, Qt::Uninitialized);
    auto *p = reinterpret_cast<uchar *>(out.data());
    for (int i = 0; i < used; ++i, p += slotSize) {
        const RollupBucket &b = slots[size_t(i)];
        const bool empty = b.isEmpty();
        qToLittleEndian<qint64>(empty ? 0 : b.bytes, p);
        putDouble(p + 8, empty ? 0.0 : b.minBps);
        putDouble(p + 16, empty ? 0.0 : b.maxBps);
        putDouble(p + 24, empty ? 0.0 : b.bpsMs);
        qToLittleEndian<qint32>(empty ? 0 : qint32(b.coveredMs), p + 32);
        qToLittleEndian<qint32>(empty ? 0 : qint32(b.samples), p + 36);
    }
    return out;
}

void RollupLevel::decode(const void *data, int size, std::array<RollupBucket, slotsPerBlock> *slots)
{
    slots->fill(RollupBucket());
    const auto *p = static_cast<const uchar *>(data);
    const int used = std::min(slotsPerBlock, size / slotSize);
    for (int i = 0; i < used; ++i, p += slotSize) {
        RollupBucket &b = (*slots)[size_t(i)];
        b.coveredMs = qFromLittleEndian<qint32>(p + 32);
        b.samples = qFromLittleEndian<qint32>(p + 36);
        if (b.isEmpty())
            continue;
        b.bytes = qFromLittleEndian<qint64>(p);
        b.minBps = getDouble(p + 8);
        b.maxBps = getDouble(p + 16);
        b.bpsMs = getDouble(p + 24);
    }
}

bool RollupLevel::fail(const SqliteStatement &st) const
{
    m_error = st.errorMessage();
    m_code = st.lastCode();
    return false;
}

bool RollupLevel::scan(qint64 series, qint64 fromMs, qint64 toMs, const Visit &visit) const
{
    const qint64 w = width();
    m_scan.bind(1, series);
    m_scan.bind(2, m_packed ? alignDown(fromMs, blockWidth(m_resolution)) : fromMs);
    m_scan.bind(3, toMs);
    int rc;
    std::array<RollupBucket, slotsPerBlock> slots;
    while ((rc = m_scan.step()) == SQLITE_ROW) {
        const qint64 start = m_scan.int64(0);
        if (!m_packed) {
            RollupBucket b;
            b.bytes = m_scan.int64(1);
            b.minBps = m_scan.real(2);
            b.maxBps = m_scan.real(3);
            b.coveredMs = m_scan.int64(5);
            b.bpsMs = m_scan.real(4) * double(b.coveredMs);
            b.samples = m_scan.int64(6);
            visit(start, b);
            continue;
        }
        decode(sqlite3_column_blob(m_scan.handle(), 1), sqlite3_column_bytes(m_scan.handle(), 1), &slots);
        for (int i = 0; i < slotsPerBlock; ++i) {
            const qint64 bucket = start + i * w;
            if (!slots[size_t(i)].isEmpty() && bucket >= fromMs && bucket < toMs)
                visit(bucket, slots[size_t(i)]);
        }
    }
    m_scan.reset();
    return rc == SQLITE_DONE || fail(m_scan);
}

bool RollupLevel::sum(qint64 series, qint64 fromMs, qint64 toMs, RollupBucket *out) const
{
    *out = RollupBucket();
    return scan(series, fromMs, toMs, [out](qint64, const RollupBucket &b) { out->merge(b); });
}

bool RollupLevel::readBlock(qint64 series, qint64 blockMs,
                            std::array<RollupBucket, slotsPerBlock> *slots) const
{
    m_readOne.bind(1, series);
    m_readOne.bind(2, blockMs);
    const int rc = m_readOne.step();
    if (rc == SQLITE_ROW)
        decode(sqlite3_column_blob(m_readOne.handle(), 1), sqlite3_column_bytes(m_readOne.handle(), 1),
               slots);
    else
        slots->fill(RollupBucket());
    m_readOne.reset();
    return rc == SQLITE_ROW || rc == SQLITE_DONE || fail(m_readOne);
}

bool RollupLevel::writeBlock(qint64 series, qint64 blockMs,
                             const std::array<RollupBucket, slotsPerBlock> &slots)
{
    const QByteArray data = encode(slots);
    SqliteStatement &st = data.isEmpty() ? m_remove : m_upsert;
    st.bind(1, series);
    st.bind(2, blockMs);
    if (!data.isEmpty())
        sqlite3_bind_blob(st.handle(), 3, data.constData(), int(data.size()), SQLITE_TRANSIENT);
    const bool ok = st.step() == SQLITE_DONE;
    if (!ok)
        fail(st);
    st.reset();
    return ok;
}

bool RollupLevel::read(qint64 series, qint64 bucketMs, RollupBucket *out) const
{
    *out = RollupBucket();
    if (m_packed) {
        std::array<RollupBucket, slotsPerBlock> slots;
        const qint64 block = alignDown(bucketMs, blockWidth(m_resolution));
        if (!readBlock(series, block, &slots))
            return false;
        *out = slots[size_t((bucketMs - block) / width())];
        return true;
    }
    return scan(series, bucketMs, bucketMs + 1, [out](qint64, const RollupBucket &b) { *out = b; });
}

bool RollupLevel::put(qint64 series, qint64 bucketMs, const RollupBucket &b)
{
    if (m_packed) {
        std::array<RollupBucket, slotsPerBlock> slots;
        const qint64 block = alignDown(bucketMs, blockWidth(m_resolution));
        if (!readBlock(series, block, &slots))
            return false;
        slots[size_t((bucketMs - block) / width())] = b;
        return writeBlock(series, block, slots);
    }
    SqliteStatement &st = b.isEmpty() ? m_remove : m_replace;
    st.bind(1, series);
    st.bind(2, bucketMs);
    if (!b.isEmpty()) {
        st.bind(3, b.bytes);
        st.bind(4, b.minBps);
        st.bind(5, b.maxBps);
        st.bind(6, b.meanBps());
        st.bind(7, b.coveredMs);
        st.bind(8, b.samples);
    }
    const bool ok = st.step() == SQLITE_DONE;
    if (!ok)
        fail(st);
    st.reset();
    return ok;
}

bool RollupLevel::add(const std::vector<std::pair<BucketKey, RollupBucket>> &rows)
{
    if (m_packed) {
        const qint64 bw = blockWidth(m_resolution);
        std::array<RollupBucket, slotsPerBlock> slots;
        for (size_t i = 0; i < rows.size();) {
            const qint64 series = rows[i].first.series;
            const qint64 block = alignDown(rows[i].first.bucket, bw);
            if (!readBlock(series, block, &slots))
                return false;
            for (; i < rows.size() && rows[i].first.series == series && rows[i].first.bucket < block + bw;
                 ++i)
                slots[size_t((rows[i].first.bucket - block) / width())].merge(rows[i].second);
            if (!writeBlock(series, block, slots))
                return false;
        }
        return true;
    }
    for (const auto &[key, b] : rows) {
        m_upsert.bind(1, key.series);
        m_upsert.bind(2, key.bucket);
        m_upsert.bind(3, b.bytes);
        m_upsert.bind(4, b.minBps);
        m_upsert.bind(5, b.maxBps);
        m_upsert.bind(6, b.meanBps());
        m_upsert.bind(7, b.coveredMs);
        m_upsert.bind(8, b.samples);
        const bool ok = m_upsert.step() == SQLITE_DONE;
        if (!ok)
            fail(m_upsert);
        m_upsert.reset();
        if (!ok)
            return false;
    }
    return true;
}

} // namespace Bandwatch
