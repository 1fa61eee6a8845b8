#include "store/sqlite_db.h"

#include <sqlite3.h>

namespace zanlink {

Statement::Statement(Statement&& o) noexcept : m_db(o.m_db), m_stmt(o.m_stmt), m_error(o.m_error)
{
    o.m_stmt = nullptr;
}

Statement& Statement::operator=(Statement&& o) noexcept
{
    if (this != &o) {
        sqlite3_finalize(m_stmt);
        m_db = o.m_db;
        m_stmt = o.m_stmt;
        m_error = o.m_error;
        o.m_stmt = nullptr;
    }
    return *this;
}

Statement::~Statement()
{
    sqlite3_finalize(m_stmt);
}

void Statement::checkBind(int rc, int index)
{
    if (rc == SQLITE_OK || m_error)
        return;
    // A bind that did not take (wrong index, …) would otherwise store a NULL
    // silently: fail the statement instead.
    m_error = true;
    m_db->setError(QStringLiteral("binding parameter %1 failed: %2")
                       .arg(index)
                       .arg(QString::fromUtf8(sqlite3_errstr(rc))));
}

Statement& Statement::bind(int index, const QString& value)
{
    if (m_stmt) {
        const QByteArray utf8 = value.toUtf8();
        // A null QString binds an empty text, never NULL: use bindNull() or
        // bindOrNull() for NULL.
        const char* data = utf8.constData() ? utf8.constData() : "";
        checkBind(sqlite3_bind_text64(m_stmt, index, data, static_cast<sqlite3_uint64>(utf8.size()), SQLITE_TRANSIENT,
                                      SQLITE_UTF8),
                  index);
    }
    return *this;
}

Statement& Statement::bind(int index, qint64 value)
{
    if (m_stmt)
        checkBind(sqlite3_bind_int64(m_stmt, index, value), index);
    return *this;
}

Statement& Statement::bindNull(int index)
{
    if (m_stmt)
        checkBind(sqlite3_bind_null(m_stmt, index), index);
    return *this;
}

Statement& Statement::bindOrNull(int index, const QString& value)
{
    return value.isEmpty() ? bindNull(index) : bind(index, value);
}

bool Statement::next()
{
    if (!m_stmt || m_error)
        return false;
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    if (rc != SQLITE_DONE) {
        m_error = true;
        m_db->setError(QString::fromUtf8(sqlite3_errmsg(m_db->handle())));
    }
    return false;
}

bool Statement::exec()
{
    if (!m_stmt)
        return false;
    while (next()) {
    }
    const bool ok = !m_error;
    reset();
    return ok;
}

void Statement::reset()
{
    if (!m_stmt)
        return;
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
    m_error = false;
}

QString Statement::text(int col) const
{
    const auto* p = reinterpret_cast<const char*>(sqlite3_column_text(m_stmt, col));
    return p ? QString::fromUtf8(p, sqlite3_column_bytes(m_stmt, col)) : QString();
}

qint64 Statement::integer(int col) const
{
    return sqlite3_column_int64(m_stmt, col);
}

bool Statement::isNull(int col) const
{
    return sqlite3_column_type(m_stmt, col) == SQLITE_NULL;
}

Database::~Database()
{
    close();
}

bool Database::open(const QString& path, bool create)
{
    close();
    const int flags = SQLITE_OPEN_READWRITE | (create ? SQLITE_OPEN_CREATE : 0) | SQLITE_OPEN_NOMUTEX;
    const int rc = sqlite3_open_v2(path.toUtf8().constData(), &m_db, flags, nullptr);
    if (rc != SQLITE_OK) {
        m_error = m_db ? QString::fromUtf8(sqlite3_errmsg(m_db)) : QString::fromUtf8(sqlite3_errstr(rc));
        close();
        return false;
    }
    sqlite3_busy_timeout(m_db, 5000);
    sqlite3_extended_result_codes(m_db, 1);
    return true;
}

void Database::close()
{
    if (m_db) {
        sqlite3_close_v2(m_db);
        m_db = nullptr;
    }
}

Statement Database::prepare(const QString& sql)
{
    if (!m_db) {
        m_error = QStringLiteral("database is not open");
        return {};
    }
    const QByteArray utf8 = sql.toUtf8();
    sqlite3_stmt* stmt = nullptr;
    const char* tail = nullptr;
    if (sqlite3_prepare_v2(m_db, utf8.constData(), static_cast<int>(utf8.size()), &stmt, &tail) != SQLITE_OK) {
        m_error = QString::fromUtf8(sqlite3_errmsg(m_db));
        return {};
    }
    if (!stmt) {
        m_error = QStringLiteral("no statement in a prepared query");
        return {};
    }
    // Whatever follows the first statement must be empty: whitespace,
    // semicolons or comments. Preparing the rest tells, as SQLite returns no
    // statement for those.
    const char* end = utf8.constData() + utf8.size();
    while (tail && tail < end) {
        sqlite3_stmt* next = nullptr;
        const char* rest = nullptr;
        const int rc = sqlite3_prepare_v2(m_db, tail, static_cast<int>(end - tail), &next, &rest);
        if (next || rc != SQLITE_OK) {
            sqlite3_finalize(next);
            sqlite3_finalize(stmt);
            m_error = QStringLiteral("more than one statement in a prepared query");
            return {};
        }
        if (rest == tail)
            break;
        tail = rest;
    }
    return Statement(this, stmt);
}

bool Database::execScript(const QString& sql)
{
    if (!m_db) {
        m_error = QStringLiteral("database is not open");
        return false;
    }
    char* err = nullptr;
    if (sqlite3_exec(m_db, sql.toUtf8().constData(), nullptr, nullptr, &err) != SQLITE_OK) {
        m_error = QString::fromUtf8(err ? err : "unknown error");
        sqlite3_free(err);
        return false;
    }
    return true;
}

qint64 Database::lastInsertId() const
{
    return sqlite3_last_insert_rowid(m_db);
}

Transaction::Transaction(Database& db) : m_db(db)
{
    m_active = m_db.execScript(QStringLiteral("BEGIN IMMEDIATE"));
}

Transaction::~Transaction()
{
    if (m_active) {
        const QString keep = m_db.lastError();
        m_db.execScript(QStringLiteral("ROLLBACK"));
        m_db.setError(keep);
    }
}

bool Transaction::commit()
{
    if (!m_active)
        return false;
    if (!m_db.execScript(QStringLiteral("COMMIT")))
        return false;
    m_active = false;
    return true;
}

} // namespace zanlink
