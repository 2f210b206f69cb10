#include "storage/historywriter.h"

#include "storage/historyconnection.h"
#include "storage/historyschema.h"
#include "storage/retentionrunner.h"
#include "storage/rollupmaintainer.h"
#include "storage/samplebatchwriter.h"
#include "storage/sqlitestatement.h"

#include <QCoreApplication>
#include <QDateTime>
#include <chrono>
#include <sqlite3.h>

namespace Bandwatch {

namespace {

QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("HistoryStore", text, disambiguation, n);
}

// While writes fail, retry this often even if nothing new arrives.
constexpr auto retryInterval = std::chrono::seconds(2);

} // namespace

HistoryWriter::HistoryWriter(const QString &path, const HistoryOptions &options, Callbacks callbacks)
    : m_path(path)
    , m_options(options)
    , m_callbacks(std::move(callbacks))
    , m_connectionName(QStringLiteral("bandwatch-history-writer-%1").arg(quintptr(this), 0, 16))
{ }

HistoryWriter::~HistoryWriter()
{
    stop();
}

bool HistoryWriter::start(QString *error)
{
    std::promise<Result> ready;
    std::future<Result> result = ready.get_future();
    m_stopping = false;
    m_thread = std::thread([this, &ready] { run(&ready); });
    const Result r = result.get();
    if (!r.ok) {
        m_thread.join();
        if (error)
            *error = r.error;
        return false;
    }
    return true;
}

void HistoryWriter::stop()
{
    if (!m_thread.joinable())
        return;
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_wake.notify_one();
    m_thread.join();
}

void HistoryWriter::append(SampleList samples)
{
    if (samples.isEmpty())
        return;
    {
        std::lock_guard lock(m_mutex);
        Job job;
        job.samples = std::move(samples);
        m_queue.push_back(std::move(job));
    }
    m_wake.notify_one();
}

HistoryWriter::Result HistoryWriter::submit(Job job)
{
    auto done = std::make_shared<std::promise<Result>>();
    std::future<Result> future = done->get_future();
    job.done = done;
    {
        std::lock_guard lock(m_mutex);
        if (!m_running)
            return { false, tr("the history database is not open") };
        if (job.kind == Job::Kind::Work) {
            m_urgent.push_back(std::move(job));
            m_urgentWaiting.store(int(m_urgent.size()));
        } else {
            m_queue.push_back(std::move(job));
        }
    }
    m_wake.notify_one();
    return future.get();
}

bool HistoryWriter::flush(QString *error)
{
    Result r;
    if (isWriterThread()) {
        // Called from work(): it cannot wait for samples queued behind it
        // (write() jobs go first); it reports the failures so far.
        r = flushResult();
    } else {
        Job job;
        job.kind = Job::Kind::Flush;
        r = submit(std::move(job));
    }
    if (!r.ok && error)
        *error = r.error;
    return r.ok;
}

bool HistoryWriter::write(const Work &work, QString *error)
{
    Result r;
    if (isWriterThread()) {
        // Nested call from inside a work function: already in its transaction.
        r.ok = work(m_db, &r.error);
    } else {
        Job job;
        job.kind = Job::Kind::Work;
        job.work = work;
        r = submit(std::move(job));
    }
    if (!r.ok && error)
        *error = r.error;
    return r.ok;
}

bool HistoryWriter::runRetention(QString *error)
{
    Job job;
    job.kind = Job::Kind::Retention;
    const Result r = submit(std::move(job));
    if (!r.ok && error)
        *error = r.error;
    return r.ok;
}

bool HistoryWriter::setRetentionPolicy(const RetentionPolicy &policy, QString *error)
{
    Job job;
    job.kind = Job::Kind::Policy;
    job.policy = policy;
    const Result r = submit(std::move(job));
    if (!r.ok && error)
        *error = r.error;
    return r.ok;
}

HistoryWriter::Result HistoryWriter::applyPolicy(const RetentionPolicy &policy)
{
    Result r;
    auto runner = std::make_unique<RetentionRunner>(sqliteHandle(m_db), policy, &m_retentionState);
    if (!runner->prepare(&r.error)) {
        r.ok = false;
        return r; // the old policy stays in force
    }
    m_retention = std::move(runner);
    m_retentionInPass = false;
    m_nextRetentionMs = 0; // a shorter period frees space at once
    return r;
}

qint64 HistoryWriter::retainedSamples() const
{
    std::lock_guard lock(m_mutex);
    return m_retainedCount;
}

void HistoryWriter::run(std::promise<Result> *ready)
{
    m_threadId = std::this_thread::get_id();
    QString error;
    const bool ok = setUp(&error);
    if (ok) {
        std::lock_guard lock(m_mutex);
        m_running = true;
    }
    ready->set_value({ ok, error }); // `ready` dies with start() after this
    if (ok) {
        loop();
        // Last chance for samples held back by a full disk.
        if (!m_retained.empty()) {
            std::deque<SampleList> none;
            commitSamples(none);
        }
        if (!m_retained.empty()) {
            report(
                tr("The history database was closed while it could not be written; %n sample(s) were lost.",
                   nullptr, int(m_retainedCount)));
            m_retained.clear();
        }
    }
    {
        std::lock_guard lock(m_mutex);
        m_running = false;
        for (std::deque<Job> *queue : { &m_urgent, &m_queue }) {
            for (Job &job : *queue) { // only possible after a failed start
                if (job.done)
                    job.done->set_value({ false, tr("the history database was closed") });
            }
            queue->clear();
        }
        m_urgentWaiting.store(0);
    }
    m_retention.reset();
    m_batch.reset();
    m_rollups.reset();
    m_db = QSqlDatabase();
    HistoryConnection::remove(m_connectionName);
}

bool HistoryWriter::setUp(QString *error)
{
    QString e;
    auto damaged = [this](const QString &detail) {
        return tr("The history database %1 is damaged: %2. Bandwatch has not changed it. "
                  "Repair it with `bandwatch --repair-history --config <file>`, which keeps "
                  "the damaged file next to it and copies every readable row into a new one, "
                  "or move the file away to start a new history.")
            .arg(m_path, detail);
    };
    if (!HistoryConnection::openWriter(m_path, m_options, m_connectionName, &m_db, &e)) {
        sqlite3 *h = sqliteHandle(m_db);
        const int code = h ? sqlite3_errcode(h) : SQLITE_OK;
        *error = code == SQLITE_NOTADB || code == SQLITE_CORRUPT ? damaged(e) : e;
        return false;
    }
    sqlite3 *h = sqliteHandle(m_db);
    if (!HistoryConnection::checkIntegrity(h, m_options.startupCheck, &e)) {
        *error = damaged(e);
        return false;
    }
    if (!HistorySchema::migrate(h, &e)) {
        *error = tr("Cannot prepare the history database %1: %2").arg(m_path, e);
        return false;
    }
    if (!m_retentionState.load(h)) {
        *error = tr("Cannot read the history database %1: %2").arg(m_path, sqliteError(h));
        return false;
    }
    m_batch = std::make_unique<SampleBatchWriter>(h);
    m_rollups = std::make_unique<RollupMaintainer>(h, &m_retentionState);
    m_retention = std::make_unique<RetentionRunner>(h, m_options.retention, &m_retentionState);
    if (!m_batch->prepare(&e) || !m_rollups->prepare(&e) || !m_retention->prepare(&e)) {
        *error = tr("Cannot prepare the history database %1: %2").arg(m_path, e);
        return false;
    }
    m_batch->setRollups(m_rollups.get());
    m_nextRetentionMs = 0; // first pass soon after start, when idle
    return true;
}

void HistoryWriter::loop()
{
    std::unique_lock lock(m_mutex);
    for (;;) {
        if (!m_urgent.empty()) {
            lock.unlock();
            runUrgent();
            lock.lock();
            continue;
        }
        if (m_queue.empty()) {
            if (m_stopping)
                break;
            const qint64 wall = QDateTime::currentMSecsSinceEpoch();
            const bool retentionDue = wall >= m_nextRetentionMs;
            if (!retentionDue) {
                auto timeout = std::chrono::milliseconds(m_nextRetentionMs - wall);
                if (!m_retained.empty())
                    timeout = std::min<std::chrono::milliseconds>(timeout, retryInterval);
                m_wake.wait_for(lock, timeout);
            }
            if (m_queue.empty() && m_urgent.empty() && !m_stopping) {
                lock.unlock();
                std::deque<SampleList> none;
                if (!m_retained.empty())
                    commitSamples(none);
                if (QDateTime::currentMSecsSinceEpoch() >= m_nextRetentionMs) {
                    if (!m_retentionInPass)
                        m_retention->startPass();
                    bool more = false;
                    QString e;
                    int code = 0;
                    if (!m_retention->step(now(), m_options.retentionChunkRows, &more, &e, &code))
                        report(HistoryConnection::describeWriteError(code, e, m_path));
                    m_retentionInPass = more;
                    m_nextRetentionMs =
                        QDateTime::currentMSecsSinceEpoch() + (more ? 0 : m_options.retentionIntervalMs);
                }
                lock.lock();
            }
            continue;
        }
        std::deque<Job> jobs;
        jobs.swap(m_queue);
        lock.unlock();
        process(jobs);
        lock.lock();
    }
}

void HistoryWriter::process(std::deque<Job> &jobs)
{
    std::deque<SampleList> batch;
    qint64 batchCount = 0;
    for (Job &job : jobs) {
        if (job.kind == Job::Kind::Samples) {
            batchCount += job.samples.size();
            batch.push_back(std::move(job.samples));
            if (batchCount >= m_options.maxBatchSamples) {
                commitSamples(batch);
                batchCount = 0;
            }
            continue;
        }
        if (!batch.empty() || !m_retained.empty()) {
            commitSamples(batch);
            batchCount = 0;
        }
        runUrgent();
        Result r;
        switch (job.kind) {
        case Job::Kind::Work: // only queued through m_urgent; kept for completeness
            r = runWork(job.work);
            break;
        case Job::Kind::Flush:
            r = flushResult();
            break;
        case Job::Kind::Retention: {
            bool more = true;
            int code = 0;
            m_retention->startPass();
            while (r.ok && more)
                r.ok = m_retention->step(now(), m_options.retentionChunkRows, &more, &r.error, &code);
            break;
        }
        case Job::Kind::Policy:
            r = applyPolicy(job.policy);
            break;
        case Job::Kind::Samples:
            break;
        }
        job.done->set_value(r);
    }
    if (!batch.empty())
        commitSamples(batch);
}

void HistoryWriter::commitSamples(std::deque<SampleList> &batch)
{
    // m_retainedCount keeps its value while a retry runs: readers on other
    // threads must not see "nothing held back" just because a retry is under way.
    std::deque<SampleList> lists;
    lists.swap(m_retained);
    qint64 count = 0;
    for (const SampleList &l : lists)
        count += l.size();
    for (SampleList &l : batch) {
        count += l.size();
        lists.push_back(std::move(l));
    }
    batch.clear();

    sqlite3 *h = sqliteHandle(m_db);
    const auto urgentWaiting = [this] {
        return m_urgentWaiting.load(std::memory_order_relaxed) > 0;
    };
    for (;;) {
        runUrgent();
        QString e;
        int code = 0;
        qint64 consumed = count;
        bool ok = sqliteExec(h, "BEGIN IMMEDIATE", &e);
        if (!ok)
            code = sqlite3_extended_errcode(h);
        ok = ok && m_batch->write(lists, &e, &code, urgentWaiting, &consumed);
        if (ok && !sqliteExec(h, "COMMIT", &e)) {
            code = sqlite3_extended_errcode(h);
            ok = false;
        }
        if (ok) {
            m_failing = false;
            dropFront(lists, consumed);
            count -= consumed;
            {
                std::lock_guard lock(m_mutex);
                m_retainedCount = 0;
            }
            if (m_callbacks.committed)
                m_callbacks.committed(int(consumed));
            if (lists.empty())
                return;
            continue; // cut short for a write() job: it runs, then the rest
        }
        sqliteExec(h, "ROLLBACK", nullptr);
        m_batch->rolledBack();
        m_lastError = HistoryConnection::describeWriteError(code, e, m_path);
        if (HistoryConnection::isTransient(code)) {
            retain(lists);
            if (!m_failing) // once per failure episode, not at every retry
                report(m_lastError);
            m_failing = true;
        } else {
            {
                std::lock_guard lock(m_mutex);
                m_retainedCount = 0;
            }
            m_lostSinceFlush = true;
            report(m_lastError + QLatin1Char(' ') + tr("%n sample(s) were not stored.", nullptr, int(count)));
        }
        return;
    }
}

void HistoryWriter::dropFront(std::deque<SampleList> &lists, qint64 samples)
{
    while (samples > 0 && !lists.empty()) {
        SampleList &front = lists.front();
        if (front.size() <= samples) {
            samples -= front.size();
            lists.pop_front();
        } else {
            front.remove(0, samples);
            samples = 0;
        }
    }
}

void HistoryWriter::runUrgent()
{
    if (m_urgentWaiting.load(std::memory_order_relaxed) == 0)
        return;
    std::deque<Job> jobs;
    {
        std::lock_guard lock(m_mutex);
        jobs.swap(m_urgent);
        m_urgentWaiting.store(0);
    }
    for (Job &job : jobs)
        job.done->set_value(runWork(job.work));
}

void HistoryWriter::retain(std::deque<SampleList> &lists)
{
    qint64 count = 0;
    for (const SampleList &l : lists)
        count += l.size();
    qint64 dropped = 0;
    while (count > m_options.maxRetainedSamples && !lists.empty()) {
        count -= lists.front().size();
        dropped += lists.front().size();
        lists.pop_front();
    }
    m_retained.swap(lists);
    {
        std::lock_guard lock(m_mutex);
        m_retainedCount = count;
    }
    if (dropped > 0) {
        m_lostSinceFlush = true;
        report(tr("The history database cannot be written; %n older sample(s) were dropped to bound memory.",
                  nullptr, int(dropped)));
    }
}

HistoryWriter::Result HistoryWriter::runWork(const Work &work)
{
    Result r;
    sqlite3 *h = sqliteHandle(m_db);
    if (!sqliteExec(h, "BEGIN IMMEDIATE", &r.error)) {
        r.ok = false;
        return r;
    }
    try {
        r.ok = work(m_db, &r.error);
    } catch (const std::exception &ex) {
        r.ok = false;
        r.error = QString::fromLocal8Bit(ex.what());
    } catch (...) {
        r.ok = false;
        r.error = tr("the write function threw an exception");
    }
    if (r.ok && !sqliteExec(h, "COMMIT", &r.error)) {
        r.ok = false;
        r.error = HistoryConnection::describeWriteError(sqlite3_extended_errcode(h), r.error, m_path);
    }
    if (!r.ok)
        sqliteExec(h, "ROLLBACK", nullptr);
    return r;
}

HistoryWriter::Result HistoryWriter::flushResult()
{
    Result r;
    r.ok = m_retained.empty() && !m_lostSinceFlush;
    if (!r.ok)
        r.error = m_lastError;
    m_lostSinceFlush = false;
    return r;
}

qint64 HistoryWriter::now() const
{
    return m_options.clock ? m_options.clock() : QDateTime::currentMSecsSinceEpoch();
}

void HistoryWriter::report(const QString &message)
{
    // Also logged: the headless service has no one listening to the signal.
    qCWarning(lcStorage).noquote() << message;
    if (m_callbacks.failed)
        m_callbacks.failed(message);
}

} // namespace Bandwatch
