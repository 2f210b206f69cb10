#pragma once

#include "storage/historyoptions.h"

#include <QSqlDatabase>
#include <QString>

struct sqlite3;

namespace Bandwatch {

// Opening and configuring connections to the history database.
class HistoryConnection
{
public:
    // The writing connection: WAL, the configured synchronous level, a large
    // page cache. Does not check or migrate.
    static bool openWriter(const QString &path, const HistoryOptions &options, const QString &connectionName,
                           QSqlDatabase *db, QString *error);
    // A read-only connection (query_only) with a busy timeout; WAL readers
    // never wait for the writer.
    static bool openReader(const QString &path, const QString &connectionName, QSqlDatabase *db,
                           QString *error);
    static void remove(const QString &connectionName);

    // Runs quick_check or integrity_check; false with the first problems in *error.
    static bool checkIntegrity(sqlite3 *db, HistoryOptions::StartupCheck mode, QString *error);

    // Full disk, I/O errors and lock contention may go away; the writer keeps
    // the samples of a transaction that failed with one of these and retries.
    static bool isTransient(int sqliteCode);
    // A user-facing description of a failed write.
    static QString describeWriteError(int sqliteCode, const QString &detail, const QString &path);
};

} // namespace Bandwatch
