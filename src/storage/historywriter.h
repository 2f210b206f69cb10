#pragma once

#include "core/sample.h"
#include "storage/historyoptions.h"
#include "storage/retentionstate.h"

#include <QSqlDatabase>
#include <QString>
#include <atomic>
#include <condition_variable>
#include <deque>
#include <functional>
#include <future>
#include <memory>
#include <mutex>
#include <thread>

namespace Bandwatch {

class RetentionRunner;
class RollupMaintainer;
class SampleBatchWriter;

// The single writer: one thread owning the only writing connection. Queued
// sample lists are coalesced into transactions of up to maxBatchSamples;
// samples of a transaction that failed transiently (full disk) are kept and
// written first in the next one, so nothing queued is lost while space is
// short and the order of corrections is kept.
//
// write() jobs (alert state, outbox, pushed metrics: someone waits for them)
// go before queued samples: a sample transaction that is running when one
// arrives ends once it has written SampleBatchWriter::minSamplesBeforeStop
// samples (within stopCheckSamples more), commits, and the job runs before
// the rest. flush(), retention and
// policy changes keep their place in the order.
class HistoryWriter
{
public:
    using Work = std::function<bool(QSqlDatabase &db, QString *error)>;
    struct Callbacks
    {
        std::function<void(int sampleCount)> committed; // called on the writer thread
        std::function<void(const QString &message)> failed;
    };

    HistoryWriter(const QString &path, const HistoryOptions &options, Callbacks callbacks);
    ~HistoryWriter();
    HistoryWriter(const HistoryWriter &) = delete;
    HistoryWriter &operator=(const HistoryWriter &) = delete;

    // Opens the connection, checks integrity, migrates; returns once the
    // writer is ready (or has failed, then the thread is gone).
    bool start(QString *error);
    // Writes what is queued, then ends the thread.
    void stop();

    void append(SampleList samples);
    bool flush(QString *error);
    bool write(const Work &work, QString *error);
    // Runs a retention pass now, to completion (tests, maintenance).
    bool runRetention(QString *error);
    // Replaces the retention policy of the open database (a reloaded
    // configuration); the next pass follows the new one.
    bool setRetentionPolicy(const RetentionPolicy &policy, QString *error);

    qint64 retainedSamples() const;
    bool isWriterThread() const { return std::this_thread::get_id() == m_threadId; }

private:
    struct Result
    {
        bool ok = true;
        QString error;
    };
    struct Job
    {
        enum class Kind { Samples, Work, Flush, Retention, Policy } kind = Kind::Samples;
        SampleList samples;
        Work work;
        RetentionPolicy policy;
        std::shared_ptr<std::promise<Result>> done;
    };

    Result submit(Job job);
    void run(std::promise<Result> *ready);
    bool setUp(QString *error);
    void loop();
    void process(std::deque<Job> &jobs);
    void commitSamples(std::deque<SampleList> &batch);
    // Runs the write() jobs waiting now, in the order they came.
    void runUrgent();
    static void dropFront(std::deque<SampleList> &lists, qint64 samples);
    Result runWork(const Work &work);
    Result flushResult();
    Result applyPolicy(const RetentionPolicy &policy);
    void retain(std::deque<SampleList> &lists);
    void report(const QString &message);
    qint64 now() const;

    const QString m_path;
    const HistoryOptions m_options;
    const Callbacks m_callbacks;
    QString m_connectionName;
    std::thread m_thread;
    std::thread::id m_threadId;

    mutable std::mutex m_mutex;
    std::condition_variable m_wake;
    std::deque<Job> m_queue;
    std::deque<Job> m_urgent; // write() jobs, served before m_queue
    std::atomic<int> m_urgentWaiting { 0 }; // m_urgent.size(), read without the mutex
    bool m_stopping = false;
    bool m_running = false;

    // Writer-thread state.
    QSqlDatabase m_db;
    std::unique_ptr<SampleBatchWriter> m_batch;
    std::unique_ptr<RollupMaintainer> m_rollups;
    std::unique_ptr<RetentionRunner> m_retention;
    RetentionState m_retentionState;
    std::deque<SampleList> m_retained;
    qint64 m_retainedCount = 0;
    bool m_failing = false; // the last sample transaction failed
    bool m_lostSinceFlush = false; // samples were dropped since the last flush
    QString m_lastError;
    qint64 m_nextRetentionMs = 0;
    bool m_retentionInPass = true; // the runner starts with a pass
};

} // namespace Bandwatch
