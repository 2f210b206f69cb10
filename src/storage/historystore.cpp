#include "storage/historystore.h"

#include "storage/databaselock.h"
#include "storage/historyconnection.h"
#include "storage/historyreader.h"
#include "storage/historyrepair.h"
#include "storage/historywriter.h"
#include "storage/sqlitestatement.h"

#include <QDir>
#include <QFileInfo>
#include <QMutexLocker>
#include <QThread>

namespace Bandwatch {

HistoryStore::HistoryStore(QObject *parent)
    : QObject(parent)
{ }

HistoryStore::~HistoryStore()
{
    close();
}

void HistoryStore::setOptions(const HistoryOptions &options)
{
    m_options = options;
}

bool HistoryStore::open(const QString &path, QString *error)
{
    auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    if (isOpen())
        return fail(tr("the history store is already open on %1").arg(m_path));

    const QFileInfo info(path);
    const QString absolute = info.absoluteFilePath();
    if (!QDir().mkpath(info.absolutePath()))
        return fail(tr("cannot create the folder %1").arg(info.absolutePath()));

    // A kernel lock: it dies with its process (also SIGKILL), so it never goes
    // stale and no pid or age decides whether it is still held.
    auto lock = std::make_unique<DatabaseLock>(absolute + QStringLiteral(".lock"));
    switch (lock->tryLock()) {
    case DatabaseLock::Result::Locked:
        break;
    case DatabaseLock::Result::HeldElsewhere:
        return fail(
            tr("The history database %1 is in use by another Bandwatch instance (%2, process %3 on %4). "
               "Stop that instance or configure a different database file.")
                .arg(absolute, lock->holderApp())
                .arg(lock->holderPid())
                .arg(lock->holderHost()));
    case DatabaseLock::Result::Failed:
        return fail(tr("Cannot create the lock file %1.lock; check the folder's permissions.").arg(absolute));
    }

    HistoryWriter::Callbacks callbacks;
    // The writer calls these on its own thread; the signals are emitted on the
    // store's thread. Pending calls are dropped if the store is destroyed.
    callbacks.committed = [this](int count) {
        QMetaObject::invokeMethod(
            this, [this, count] { Q_EMIT committed(count); }, Qt::QueuedConnection);
    };
    callbacks.failed = [this](const QString &message) {
        QMetaObject::invokeMethod(
            this, [this, message] { Q_EMIT writeFailed(message); }, Qt::QueuedConnection);
    };
    auto writer = std::make_unique<HistoryWriter>(absolute, m_options, std::move(callbacks));
    QString e;
    if (!writer->start(&e))
        return fail(e);

    m_path = absolute;
    m_readConnectionPrefix = QStringLiteral("bandwatch-history-read-%1-").arg(quintptr(this), 0, 16);
    m_lock = std::move(lock);
    m_writer = std::move(writer);
    return true;
}

void HistoryStore::close()
{
    if (!m_writer)
        return;
    m_writer->stop();
    m_writer.reset();
    QSet<QString> names;
    {
        QMutexLocker locker(&m_readMutex);
        names.swap(m_readConnections);
    }
    for (const QString &name : std::as_const(names))
        QSqlDatabase::removeDatabase(name);
    m_lock.reset(); // unlocks
    m_path.clear();
}

bool HistoryStore::isOpen() const
{
    return m_writer != nullptr;
}

QString HistoryStore::path() const
{
    return m_path;
}

void HistoryStore::append(const SampleList &samples)
{
    if (m_writer)
        m_writer->append(samples);
}

bool HistoryStore::flush(QString *error)
{
    if (!m_writer) {
        if (error)
            *error = tr("the history database is not open");
        return false;
    }
    return m_writer->flush(error);
}

bool HistoryStore::write(const std::function<bool(QSqlDatabase &, QString *)> &work, QString *error)
{
    if (!m_writer) {
        if (error)
            *error = tr("the history database is not open");
        return false;
    }
    return m_writer->write(work, error);
}

qint64 HistoryStore::retainedSamples() const
{
    return m_writer ? m_writer->retainedSamples() : 0;
}

bool HistoryStore::applyRetention(QString *error)
{
    if (!m_writer) {
        if (error)
            *error = tr("the history database is not open");
        return false;
    }
    return m_writer->runRetention(error);
}

bool HistoryStore::setRetentionPolicy(const RetentionPolicy &policy, QString *error)
{
    m_options.retention = policy;
    return !m_writer || m_writer->setRetentionPolicy(policy, error);
}

QString HistoryStore::readConnectionName() const
{
    return m_readConnectionPrefix + QString::number(quintptr(QThread::currentThread()), 16);
}

QSqlDatabase HistoryStore::readConnection() const
{
    if (!m_writer)
        return {};
    const QString name = readConnectionName();
    if (QSqlDatabase::contains(name)) {
        QSqlDatabase db = QSqlDatabase::database(name, false);
        if (db.isValid() && db.isOpen())
            return db;
        // A thread that died left its connection behind under a reused address.
        QSqlDatabase::removeDatabase(name);
    }
    QSqlDatabase db;
    QString e;
    if (!HistoryConnection::openReader(m_path, name, &db, &e)) {
        qWarning("%s", qPrintable(e));
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(name);
        return {};
    }
    QMutexLocker locker(&m_readMutex);
    m_readConnections.insert(name);
    return db;
}

SampleList HistoryStore::samples(const SeriesKey &key, qint64 fromMs, qint64 toMs) const
{
    return HistoryReader(sqliteHandle(readConnection())).samples(key, fromMs, toMs);
}

QList<SeriesKey> HistoryStore::seriesKeys() const
{
    QList<SeriesKey> keys;
    for (const SeriesInfo &info : HistoryReader(sqliteHandle(readConnection())).allSeries())
        keys << info.key;
    return keys;
}

std::optional<qint64> HistoryStore::lastSampleEnd(const QString &sourceId) const
{
    return HistoryReader(sqliteHandle(readConnection())).lastSampleEnd(sourceId);
}

QHash<QString, qint64> HistoryStore::newestSampleStarts(const QString &sourceId) const
{
    return HistoryReader(sqliteHandle(readConnection())).newestSampleStarts(sourceId);
}

QList<ChartSeries> HistoryStore::chart(const QList<SeriesKey> &keys, qint64 fromMs, qint64 toMs,
                                       int widthPx) const
{
    return HistoryChart(sqliteHandle(readConnection())).query(keys, fromMs, toMs, widthPx);
}

qint64 HistoryStore::bytes(const QList<SeriesKey> &keys, qint64 fromMs, qint64 toMs) const
{
    return HistoryTotals(sqliteHandle(readConnection())).bytes(keys, fromMs, toMs);
}

qint64 HistoryStore::bytes(const QList<SeriesKey> &keys, const CycleInterval &cycle) const
{
    return HistoryTotals(sqliteHandle(readConnection())).bytes(keys, cycle);
}

QList<PeriodTotal> HistoryStore::totals(const QList<SeriesKey> &keys, qint64 fromMs, qint64 toMs,
                                        HistoryTotals::Period period, const QTimeZone &zone) const
{
    return HistoryTotals(sqliteHandle(readConnection())).totals(keys, fromMs, toMs, period, zone);
}

std::optional<Percentile> HistoryStore::percentile95(const QList<SeriesKey> &keys,
                                                     const CycleInterval &cycle) const
{
    return HistoryTotals(sqliteHandle(readConnection())).percentile95(keys, cycle);
}

bool HistoryStore::repair(const QString &path, QString *report)
{
    return HistoryRepair::repair(path, report);
}

bool HistoryStore::needsRepair(const QString &path, QString *detail)
{
    return HistoryRepair::isDamaged(path, detail);
}

} // namespace Bandwatch
