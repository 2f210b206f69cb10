#pragma once

#include <QString>

struct sqlite3;
struct sqlite3_stmt;
class QSqlDatabase;

namespace Bandwatch {

// The sqlite3* behind a QSqlDatabase opened with the QSQLITE driver (the
// driver links the same libsqlite3 as we do), or nullptr.
sqlite3 *sqliteHandle(const QSqlDatabase &db);

// Executes one or more statements without results; false and *error on failure.
bool sqliteExec(sqlite3 *db, const char *sql, QString *error);
QString sqliteError(sqlite3 *db);

// A prepared statement on the raw C API. QSqlQuery's per-value QVariant
// binding costs more than the insert itself on the hot path; this does not.
class SqliteStatement
{
public:
    SqliteStatement() = default;
    SqliteStatement(sqlite3 *db, const char *sql) { prepare(db, sql); }
    ~SqliteStatement();
    SqliteStatement(const SqliteStatement &) = delete;
    SqliteStatement &operator=(const SqliteStatement &) = delete;
    SqliteStatement(SqliteStatement &&other) noexcept;
    SqliteStatement &operator=(SqliteStatement &&other) noexcept;

    bool prepare(sqlite3 *db, const char *sql);
    bool isValid() const { return m_stmt != nullptr; }
    void finalize();

    void bind(int index, qint64 value);
    void bind(int index, double value);
    void bind(int index, const QString &value);
    void bindNull(int index);

    // SQLITE_ROW, SQLITE_DONE or an error code.
    int step();
    // Steps to completion and resets; true on SQLITE_DONE.
    bool exec();
    void reset();

    qint64 int64(int column) const;
    double real(int column) const;
    QString text(int column) const;
    bool isNull(int column) const;

    int lastCode() const { return m_lastCode; }
    sqlite3_stmt *handle() const { return m_stmt; }
    QString errorMessage() const;

private:
    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_stmt = nullptr;
    int m_lastCode = 0;
};

} // namespace Bandwatch
