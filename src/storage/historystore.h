#pragma once

#include "core/billingcycle.h"
#include "core/sample.h"
#include "storage/historychart.h"
#include "storage/historyoptions.h"
#include "storage/historytotals.h"

#include <QHash>
#include <QMutex>
#include <QObject>
#include <QSet>
#include <QString>
#include <functional>
#include <memory>
#include <optional>

class QSqlDatabase;

namespace Bandwatch {

class DatabaseLock;
class HistoryWriter;

// The history database. Writes are queued to one writer thread that owns the
// only writing connection and commits in batches; reads run on the caller's
// own connection and never wait for a write. (Issue 3 grows this into the
// multi-resolution store; callers only depend on this interface.)
class HistoryStore : public QObject
{
    Q_OBJECT
public:
    explicit HistoryStore(QObject *parent = nullptr);
    ~HistoryStore() override; // flushes and stops the writer thread

    // Creates/migrates the schema, takes the single-instance lock, starts the writer.
    bool open(const QString &path, QString *error);
    void close();
    bool isOpen() const;
    QString path() const;

    // Thread-safe and non-blocking.
    void append(const SampleList &samples);
    // Blocks until everything appended before the call is committed or failed.
    bool flush(QString *error = nullptr);

    // Runs `work` on the writer thread inside a transaction (for alert state,
    // outbox, pushed metrics). It goes before samples still queued, so it does
    // not wait for a back-fill: at most for the running sample transaction to
    // reach 10,000 samples and commit. Work that needs the samples appended
    // before it calls flush() first. Returns the work's result; false rolls back.
    bool write(const std::function<bool(QSqlDatabase &db, QString *error)> &work, QString *error = nullptr);

    // A read connection owned by the calling thread.
    QSqlDatabase readConnection() const;

    // Raw samples of one series in [fromMs, toMs), oldest first.
    SampleList samples(const SeriesKey &key, qint64 fromMs, qint64 toMs) const;
    // All series ever stored.
    QList<SeriesKey> seriesKeys() const;
    // End of the newest stored sample of a source (for back-fill), if any.
    std::optional<qint64> lastSampleEnd(const QString &sourceId) const;
    // Per series name of a source, the start of its newest stored sample (the
    // end, if retention removed the raw samples): where a re-import may begin
    // without laying a bucket over stored coverage.
    QHash<QString, qint64> newestSampleStarts(const QString &sourceId) const;

    // Chart data for the series over [fromMs, toMs) at widthPx pixels: at most
    // about two points per pixel, peaks kept, gaps left open (HistoryChart).
    QList<ChartSeries> chart(const QList<SeriesKey> &keys, qint64 fromMs, qint64 toMs, int widthPx) const;
    // Bytes of the series (summed) in [fromMs, toMs) / in a billing cycle.
    qint64 bytes(const QList<SeriesKey> &keys, qint64 fromMs, qint64 toMs) const;
    qint64 bytes(const QList<SeriesKey> &keys, const CycleInterval &cycle) const;
    // Per hour / day / month of `zone`.
    QList<PeriodTotal> totals(const QList<SeriesKey> &keys, qint64 fromMs, qint64 toMs,
                              HistoryTotals::Period period, const QTimeZone &zone = QTimeZone::utc()) const;
    // 95th percentile of the 5-minute bit/s of the series (summed per bucket).
    std::optional<Percentile> percentile95(const QList<SeriesKey> &keys, const CycleInterval &cycle) const;

    // Salvages a damaged database (see open()'s message): renames it to
    // <path>.damaged-<time>, copies every readable row into a new file at
    // `path` and rebuilds the rollups. Must not be open. *report says what was kept.
    static bool repair(const QString &path, QString *report);
    // Whether repair() is the answer to open() failing on `path` (see HistoryRepair).
    static bool needsRepair(const QString &path, QString *detail = nullptr);

    // Options used by the next open() (retention, checks, batch sizes).
    void setOptions(const HistoryOptions &options);
    HistoryOptions options() const { return m_options; }
    // Samples held in memory because their transaction failed (e.g. a full
    // disk); written first as soon as writing works again.
    qint64 retainedSamples() const;
    // Applies the retention policy now, to completion. It also runs by itself,
    // in small steps, whenever the writer is idle.
    bool applyRetention(QString *error = nullptr);
    // Changes the retention policy, of the open database too (SIGHUP, the
    // settings dialog): no restart needed.
    bool setRetentionPolicy(const RetentionPolicy &policy, QString *error = nullptr);

Q_SIGNALS:
    void committed(int sampleCount);
    void writeFailed(const QString &message);

private:
    QString readConnectionName() const;

    HistoryOptions m_options;
    mutable QMutex m_readMutex;
    mutable QSet<QString> m_readConnections;
    QString m_path;
    QString m_readConnectionPrefix;
    std::unique_ptr<HistoryWriter> m_writer;
    std::unique_ptr<DatabaseLock> m_lock;
};

} // namespace Bandwatch
