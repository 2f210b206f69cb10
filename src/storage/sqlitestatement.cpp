#include "storage/sqlitestatement.h"

#include <QSqlDatabase>
#include <QSqlDriver>
#include <QVariant>
#include <cstring>
#include <sqlite3.h>
#include <utility>

namespace Bandwatch {

sqlite3 *sqliteHandle(const QSqlDatabase &db)
{
    if (!db.isValid() || !db.driver())
        return nullptr;
    const QVariant v = db.driver()->handle();
    if (!v.isValid() || std::strcmp(v.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(v.constData());
}

QString sqliteError(sqlite3 *db)
{
    if (!db)
        return QStringLiteral("no database");
    return QString::fromUtf8(sqlite3_errmsg(db));
}

bool sqliteExec(sqlite3 *db, const char *sql, QString *error)
{
    char *msg = nullptr;
    const int rc = sqlite3_exec(db, sql, nullptr, nullptr, &msg);
    if (rc == SQLITE_OK)
        return true;
    if (error)
        *error = msg ? QString::fromUtf8(msg) : QString::fromUtf8(sqlite3_errstr(rc));
    sqlite3_free(msg);
    return false;
}

SqliteStatement::~SqliteStatement()
{
    finalize();
}

SqliteStatement::SqliteStatement(SqliteStatement &&other) noexcept
    : m_db(std::exchange(other.m_db, nullptr))
    , m_stmt(std::exchange(other.m_stmt, nullptr))
    , m_lastCode(other.m_lastCode)
{ }

SqliteStatement &SqliteStatement::operator=(SqliteStatement &&other) noexcept
{
    if (this != &other) {
        finalize();
        m_db = std::exchange(other.m_db, nullptr);
        m_stmt = std::exchange(other.m_stmt, nullptr);
        m_lastCode = other.m_lastCode;
    }
    return *this;
}

bool SqliteStatement::prepare(sqlite3 *db, const char *sql)
{
    finalize();
    m_db = db;
    m_lastCode = sqlite3_prepare_v3(db, sql, -1, SQLITE_PREPARE_PERSISTENT, &m_stmt, nullptr);
    if (m_lastCode != SQLITE_OK) {
        sqlite3_finalize(m_stmt);
        m_stmt = nullptr;
    }
    return m_stmt != nullptr;
}

void SqliteStatement::finalize()
{
    if (m_stmt)
        sqlite3_finalize(m_stmt);
    m_stmt = nullptr;
}

void SqliteStatement::bind(int index, qint64 value)
{
    sqlite3_bind_int64(m_stmt, index, value);
}

void SqliteStatement::bind(int index, double value)
{
    sqlite3_bind_double(m_stmt, index, value);
}

void SqliteStatement::bind(int index, const QString &value)
{
    const QByteArray utf8 = value.toUtf8();
    sqlite3_bind_text(m_stmt, index, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
}

void SqliteStatement::bindNull(int index)
{
    sqlite3_bind_null(m_stmt, index);
}

int SqliteStatement::step()
{
    m_lastCode = sqlite3_step(m_stmt);
    return m_lastCode;
}

bool SqliteStatement::exec()
{
    const int rc = step();
    // Keep the error code: sqlite3_reset() would report it again, but a caller
    // asks lastCode() after exec().
    sqlite3_reset(m_stmt);
    m_lastCode = rc;
    return rc == SQLITE_DONE || rc == SQLITE_ROW;
}

void SqliteStatement::reset()
{
    // Bindings stay: every caller binds all parameters before each step.
    sqlite3_reset(m_stmt);
}

qint64 SqliteStatement::int64(int column) const
{
    return sqlite3_column_int64(m_stmt, column);
}

double SqliteStatement::real(int column) const
{
    return sqlite3_column_double(m_stmt, column);
}

QString SqliteStatement::text(int column) const
{
    const auto *p = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
    return p ? QString::fromUtf8(p, sqlite3_column_bytes(m_stmt, column)) : QString();
}

bool SqliteStatement::isNull(int column) const
{
    return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

QString SqliteStatement::errorMessage() const
{
    if (!m_db)
        return QStringLiteral("statement not prepared");
    return QString::fromUtf8(sqlite3_errstr(m_lastCode)) + QStringLiteral(": ")
        + QString::fromUtf8(sqlite3_errmsg(m_db));
}

} // namespace Bandwatch
