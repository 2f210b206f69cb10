#include "storage/historyconnection.h"

#include "storage/sqlitestatement.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSqlError>
#include <sqlite3.h>

namespace Bandwatch {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("HistoryStore", text);
}

bool openSqlite(const QString &path, const QString &connectionName, const QString &connectOptions,
                QSqlDatabase *db, QString *error)
{
    *db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connectionName);
    db->setDatabaseName(path);
    db->setConnectOptions(connectOptions);
    if (!db->open()) {
        *error = tr("cannot open %1: %2").arg(path, db->lastError().text());
        return false;
    }
    if (!sqliteHandle(*db)) {
        *error = tr("the Qt SQLite driver does not expose its sqlite3 handle");
        return false;
    }
    return true;
}

} // namespace

bool HistoryConnection::openWriter(const QString &path, const HistoryOptions &options,
                                   const QString &connectionName, QSqlDatabase *db, QString *error)
{
    const QFileInfo info(path);
    if (!QDir().mkpath(info.absolutePath())) {
        *error = tr("cannot create the folder %1").arg(info.absolutePath());
        return false;
    }
    if (!openSqlite(path, connectionName, QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"), db, error))
        return false;
    sqlite3 *h = sqliteHandle(*db);
    QString e;
    // journal_mode answers with the mode in effect; a file system without
    // shared memory support silently stays in "delete" mode.
    SqliteStatement wal(h, "PRAGMA journal_mode=WAL");
    if (wal.step() != SQLITE_ROW) {
        *error = tr("cannot read %1: %2").arg(path, sqliteError(h));
        return false;
    }
    if (wal.text(0).compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0) {
        *error =
            tr("cannot switch %1 to write-ahead logging (journal mode stays \"%2\")").arg(path, wal.text(0));
        return false;
    }
    wal.finalize();
    QByteArray pragmas = options.synchronous == HistoryOptions::Synchronous::Full
        ? "PRAGMA synchronous=FULL;"
        : "PRAGMA synchronous=NORMAL;";
    pragmas += "PRAGMA cache_size=-" + QByteArray::number(options.writerCacheKiB) + ";";
    pragmas += "PRAGMA temp_store=MEMORY;PRAGMA journal_size_limit=67108864;";
    if (options.maxPageCount > 0)
        pragmas += "PRAGMA max_page_count=" + QByteArray::number(options.maxPageCount) + ";";
    if (!sqliteExec(h, pragmas.constData(), &e)) {
        *error = tr("cannot configure %1: %2").arg(path, e);
        return false;
    }
    return true;
}

bool HistoryConnection::openReader(const QString &path, const QString &connectionName, QSqlDatabase *db,
                                   QString *error)
{
    if (!openSqlite(path, connectionName, QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"), db, error))
        return false;
    QString e;
    if (!sqliteExec(sqliteHandle(*db),
                    "PRAGMA query_only=ON;PRAGMA cache_size=-16384;PRAGMA temp_store=MEMORY", &e)) {
        *error = tr("cannot configure a reader of %1: %2").arg(path, e);
        return false;
    }
    return true;
}

void HistoryConnection::remove(const QString &connectionName)
{
    {
        QSqlDatabase db = QSqlDatabase::database(connectionName, false);
        if (db.isValid())
            db.close();
    }
    QSqlDatabase::removeDatabase(connectionName);
}

bool HistoryConnection::checkIntegrity(sqlite3 *db, HistoryOptions::StartupCheck mode, QString *error)
{
    if (mode == HistoryOptions::StartupCheck::None)
        return true;
    SqliteStatement q(db,
                      mode == HistoryOptions::StartupCheck::Full ? "PRAGMA integrity_check(20)"
                                                                 : "PRAGMA quick_check(20)");
    if (!q.isValid()) {
        *error = sqliteError(db);
        return false;
    }
    QStringList problems;
    int rc;
    while ((rc = q.step()) == SQLITE_ROW) {
        const QString line = q.text(0);
        if (line != QLatin1String("ok"))
            problems << line;
    }
    if (rc != SQLITE_DONE)
        problems << q.errorMessage();
    if (problems.isEmpty())
        return true;
    *error = problems.mid(0, 5).join(QStringLiteral("; "));
    return false;
}

bool HistoryConnection::isTransient(int sqliteCode)
{
    switch (sqliteCode & 0xff) {
    case SQLITE_FULL:
    case SQLITE_IOERR:
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
    case SQLITE_NOMEM:
    case SQLITE_CANTOPEN:
    case SQLITE_READONLY:
        return true;
    default:
        return false;
    }
}

QString HistoryConnection::describeWriteError(int sqliteCode, const QString &detail, const QString &path)
{
    switch (sqliteCode & 0xff) {
    case SQLITE_FULL:
        return tr("No space left for the history database %1 (disk full or size limit reached). "
                  "New samples are kept in memory and written once space is freed.")
            .arg(path);
    case SQLITE_IOERR:
        return tr("Writing the history database %1 failed with an I/O error (%2); retrying.")
            .arg(path, detail);
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
        return tr("The history database %1 is damaged (%2). Restart Bandwatch to check and repair it.")
            .arg(path, detail);
    default:
        return tr("Writing the history database %1 failed: %2").arg(path, detail);
    }
}

} // namespace Bandwatch
