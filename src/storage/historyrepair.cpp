#include "storage/historyrepair.h"

#include "storage/databaselock.h"
#include "storage/historyconnection.h"
#include "storage/historyschema.h"
#include "storage/rollupmaintainer.h"
#include "storage/sqlitestatement.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QStringList>
#include <sqlite3.h>

namespace Bandwatch {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("HistoryStore", text);
}

struct Table
{
    QByteArray name;
    QList<QByteArray> columns; // present in both databases
    QList<QByteArray> keyColumns; // primary key; empty means rowid
};

QList<QByteArray> columnsOf(sqlite3 *db, const QByteArray &table, QList<QByteArray> *key)
{
    QList<QByteArray> cols;
    QList<std::pair<qint64, QByteArray>> pk;
    const QByteArray sql = "PRAGMA table_info(\"" + table + "\")";
    SqliteStatement q(db, sql.constData());
    while (q.step() == SQLITE_ROW) {
        const QByteArray name = q.text(1).toUtf8();
        cols << name;
        if (q.int64(5) > 0)
            pk.append({ q.int64(5), name });
    }
    std::sort(pk.begin(), pk.end());
    if (key) {
        for (const auto &p : pk)
            key->append(p.second);
    }
    return cols;
}

QByteArray quoted(const QList<QByteArray> &names)
{
    QList<QByteArray> q;
    for (const QByteArray &n : names)
        q << (n == "rowid" ? n : '"' + n + '"');
    return q.join(", ");
}

struct CopyResult
{
    qint64 rows = 0; // rows the new file holds
    int unreadable = 0; // stretches skipped
    QString writeError; // writing the new file failed (full disk): the copy stopped
};

// Copies the readable rows of one table in key order. After a read error it
// resumes just past the last good key; if that fails at once, it skips ahead
// on the first key column in growing steps. Reads and writes use separate
// connections so that the damage never touches the new file's transaction.
CopyResult copyTable(sqlite3 *src, sqlite3 *dst, const Table &t)
{
    CopyResult result;
    const QList<QByteArray> keys = t.keyColumns.isEmpty() ? QList<QByteArray> { "rowid" } : t.keyColumns;
    const QByteArray keyList = quoted(keys);
    const QByteArray select = "SELECT " + keyList + ", " + quoted(t.columns) + " FROM \"" + t.name + "\"";
    QList<QByteArray> params;
    for (int i = 0; i < t.columns.size(); ++i)
        params << "?" + QByteArray::number(i + 1);
    const QByteArray insert = "INSERT OR IGNORE INTO \"" + t.name + "\"(" + quoted(t.columns) + ") VALUES("
        + params.join(", ") + ")";
    SqliteStatement ins(dst, insert.constData());
    if (!ins.isValid()) {
        result.writeError = sqliteError(dst);
        return result;
    }

    QList<qint64> last; // integer keys only can be resumed after
    bool lastIsInteger = true;
    qint64 skip = 0;
    for (int attempt = 0; attempt < 200; ++attempt) {
        QByteArray sql = select;
        if (!last.isEmpty()) {
            if (skip == 0) {
                QByteArray marks = QByteArray("?,").repeated(int(keys.size()));
                marks.chop(1);
                sql += " WHERE (" + keyList + ") > (" + marks + ")";
            } else {
                sql += " WHERE " + quoted({ keys.first() }) + " > ?1";
            }
        }
        sql += " ORDER BY " + keyList;
        SqliteStatement q(src, sql.constData());
        if (!q.isValid())
            break;
        if (!last.isEmpty()) {
            if (skip == 0) {
                for (int i = 0; i < last.size(); ++i)
                    q.bind(i + 1, last[i]);
            } else {
                q.bind(1, last.first() + skip);
            }
        }
        bool progressed = false;
        int rc;
        while ((rc = q.step()) == SQLITE_ROW) {
            sqlite3_stmt *row = q.handle();
            for (int c = 0; c < t.columns.size(); ++c)
                sqlite3_bind_value(ins.handle(), c + 1, sqlite3_column_value(row, int(keys.size()) + c));
            // A row the new file did not take is not copied: a full disk ends
            // the repair instead of a report that counts rows that are not there.
            if (!ins.exec()) {
                result.writeError = ins.errorMessage();
                return result;
            }
            result.rows += sqlite3_changes(dst); // 0 for a duplicate key (OR IGNORE)
            progressed = true;
            last.clear();
            for (int k = 0; k < keys.size(); ++k) {
                lastIsInteger = lastIsInteger && sqlite3_column_type(row, k) == SQLITE_INTEGER;
                last << q.int64(k);
            }
        }
        if (rc == SQLITE_DONE)
            break;
        ++result.unreadable;
        if (!lastIsInteger)
            break;
        if (last.isEmpty()) // the very first rows are unreadable: skip from the smallest key
            last = QList<qint64>(keys.size(), std::numeric_limits<qint64>::min() / 2);
        skip = progressed ? 0 : (skip == 0 ? 1 : skip * 4);
        if (skip > (qint64(1) << 50))
            break;
    }
    return result;
}

} // namespace

bool HistoryRepair::repair(const QString &path, QString *report)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    auto fail = [report](const QString &message) {
        if (report)
            *report = message;
        return false;
    };
    if (!QFileInfo::exists(absolute))
        return fail(tr("%1 does not exist").arg(absolute));
    DatabaseLock lock(absolute + QStringLiteral(".lock"));
    if (lock.tryLock() != DatabaseLock::Result::Locked)
        return fail(tr("%1 is in use by a running Bandwatch; stop it before repairing").arg(absolute));

    const QString damaged = absolute + QStringLiteral(".damaged-")
        + QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    // The WAL belongs to the file and may hold the newest committed rows:
    // it moves with it. The shared-memory index is rebuilt from it.
    if (!QFile::rename(absolute, damaged))
        return fail(tr("cannot rename %1 to %2").arg(absolute, damaged));
    if (QFileInfo::exists(absolute + QStringLiteral("-wal")))
        QFile::rename(absolute + QStringLiteral("-wal"), damaged + QStringLiteral("-wal"));
    QFile::remove(absolute + QStringLiteral("-shm"));

    sqlite3 *db = nullptr;
    if (sqlite3_open_v2(QFile::encodeName(absolute).constData(), &db,
                        SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr)
        != SQLITE_OK) {
        sqlite3_close(db);
        return fail(tr("cannot create %1").arg(absolute));
    }
    QString e;
    QStringList lines;
    bool ok = sqliteExec(db, "PRAGMA journal_mode=WAL", &e) && HistorySchema::migrate(db, &e);
    sqlite3 *old = nullptr;
    if (ok
        && sqlite3_open_v2(QFile::encodeName(damaged).constData(), &old, SQLITE_OPEN_READWRITE, nullptr)
            != SQLITE_OK) {
        // Nothing can be read: the result is a new, empty history.
        lines << tr("the damaged file cannot be opened: %1").arg(sqliteError(old));
        sqlite3_close(old);
        old = nullptr;
    }
    if (ok && old) {
        // Tables other modules created on their own (CREATE TABLE IF NOT
        // EXISTS through HistoryStore::write()) come along with their indexes.
        SqliteStatement q(old,
                          "SELECT type, name, tbl_name, sql FROM sqlite_schema WHERE sql IS NOT NULL "
                          "AND name NOT LIKE 'sqlite_%' ORDER BY type = 'index', rowid");
        while (q.step() == SQLITE_ROW) {
            SqliteStatement exists(db, "SELECT count(*) FROM sqlite_schema WHERE name = ?1");
            exists.bind(1, q.text(1));
            if (exists.step() == SQLITE_ROW && exists.int64(0) == 0) {
                const QByteArray sql = q.text(3).toUtf8();
                if (sqliteExec(db, sql.constData(), nullptr) && q.text(0) == QLatin1String("table"))
                    lines << tr("%1: table of another module recreated").arg(q.text(1));
            }
        }
    }
    if (ok) {
        // Tables of the new schema, in creation order (sources before series).
        QList<Table> tables;
        {
            SqliteStatement q(db,
                              "SELECT name FROM sqlite_schema WHERE type = 'table' "
                              "AND name NOT LIKE 'sqlite_%' ORDER BY rowid");
            while (q.step() == SQLITE_ROW) {
                Table t;
                t.name = q.text(0).toUtf8();
                tables << t;
            }
        }
        sqliteExec(db, "BEGIN", nullptr);
        bool rollupsMissing = false;
        for (Table &t : tables) {
            const QList<QByteArray> newCols = columnsOf(db, t.name, &t.keyColumns);
            const QList<QByteArray> oldCols = old ? columnsOf(old, t.name, nullptr) : QList<QByteArray>();
            for (const QByteArray &c : newCols) {
                if (oldCols.contains(c))
                    t.columns << c;
            }
            if (t.columns.isEmpty()) {
                lines << tr("%1: not readable").arg(QString::fromUtf8(t.name));
                rollupsMissing = rollupsMissing || t.name.startsWith("rollup_");
                continue;
            }
            const CopyResult r = copyTable(old, db, t);
            if (!r.writeError.isEmpty()) {
                lines << tr("%1: writing failed after %2 rows").arg(QString::fromUtf8(t.name)).arg(r.rows);
                e = r.writeError;
                ok = false;
                break;
            }
            lines << (r.unreadable ? tr("%1: %2 rows copied, %3 unreadable stretch(es) skipped")
                                         .arg(QString::fromUtf8(t.name))
                                         .arg(r.rows)
                                         .arg(r.unreadable)
                                   : tr("%1: %2 rows copied").arg(QString::fromUtf8(t.name)).arg(r.rows));
        }
        // An old file without rollups (or with unreadable ones): rebuild them
        // from what raw holds.
        if (ok && rollupsMissing) {
            ok = sqliteExec(
                     db,
                     "DELETE FROM rollup_1m_blocks; DELETE FROM rollup_5m_blocks; DELETE FROM rollup_1h; "
                     "DELETE FROM rollup_1d",
                     &e)
                && RollupMaintainer::rebuildFromRaw(db, &e);
            lines << tr("rollups rebuilt from the raw samples");
        }
        ok = ok && sqliteExec(db, "COMMIT", &e);
        if (!ok)
            lines << tr("the new file holds none of these rows: its transaction was rolled back");
    }
    sqlite3_close(old);
    sqlite3_close_v2(db);
    db = nullptr;
    // Check the new file on its own (nothing of the damaged one attached).
    if (ok
        && sqlite3_open_v2(QFile::encodeName(absolute).constData(), &db, SQLITE_OPEN_READWRITE, nullptr)
            == SQLITE_OK)
        ok = HistoryConnection::checkIntegrity(db, HistoryOptions::StartupCheck::Full, &e);
    sqlite3_close(db);
    if (!ok)
        return fail(tr("repairing %1 failed: %2 (the damaged file is kept as %3)").arg(absolute, e, damaged)
                    + QLatin1Char('\n') + lines.join(u'\n'));
    if (report)
        *report =
            tr("Repaired %1; the damaged file is kept as %2.\n").arg(absolute, damaged) + lines.join(u'\n');
    return true;
}

bool HistoryRepair::isDamaged(const QString &path, QString *detail)
{
    if (!QFileInfo::exists(path))
        return false;
    sqlite3 *db = nullptr;
    const int rc = sqlite3_open_v2(QFile::encodeName(path).constData(), &db, SQLITE_OPEN_READONLY, nullptr);
    if (rc != SQLITE_OK) {
        const int code = sqlite3_errcode(db);
        if (detail)
            *detail = QString::fromUtf8(sqlite3_errmsg(db));
        sqlite3_close(db);
        return code == SQLITE_NOTADB || code == SQLITE_CORRUPT;
    }
    QString e;
    const bool ok = HistoryConnection::checkIntegrity(db, HistoryOptions::StartupCheck::Quick, &e);
    const int code = sqlite3_errcode(db);
    sqlite3_close(db);
    if (ok)
        return false;
    if (detail)
        *detail = e;
    // A busy or locked file is not damaged; only what the check itself found is.
    return code != SQLITE_BUSY && code != SQLITE_LOCKED;
}

} // namespace Bandwatch
