#pragma once

#include <QByteArray>
#include <QString>
#include <QVariant>
#include <memory>

struct sqlite3;
struct sqlite3_stmt;

namespace zanlink {

class Database;

// A prepared statement. Binds are 1-based; columns 0-based.
class Statement {
public:
    Statement() = default;
    Statement(Statement&&) noexcept;
    Statement& operator=(Statement&&) noexcept;
    ~Statement();

    bool isValid() const { return m_stmt != nullptr; }
    // bind(QString) always binds text (an empty string for a null QString);
    // a bind that fails (wrong index) makes the next step fail with lastError().
    Statement& bind(int index, const QString& value);
    Statement& bind(int index, qint64 value);
    Statement& bind(int index, int value) { return bind(index, static_cast<qint64>(value)); }
    Statement& bindNull(int index);
    // Binds a null for an empty string.
    Statement& bindOrNull(int index, const QString& value);

    // Steps once: true while a row is available. Errors go to the database's
    // lastError() and end the iteration.
    bool next();
    // Runs a statement that returns no rows; false on error.
    bool exec();
    void reset();

    QString text(int col) const;
    qint64 integer(int col) const;
    bool isNull(int col) const;

private:
    friend class Database;
    Statement(Database* db, sqlite3_stmt* stmt) : m_db(db), m_stmt(stmt) {}
    void checkBind(int rc, int index);
    Database* m_db = nullptr;
    sqlite3_stmt* m_stmt = nullptr;
    bool m_error = false;
};

// A small owner of one sqlite3 connection.
class Database {
public:
    Database() = default;
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;
    ~Database();

    // Opens (creating when asked) the file; false and lastError() on failure.
    bool open(const QString& path, bool create = true);
    void close();
    bool isOpen() const { return m_db != nullptr; }

    // One statement only; a second statement in `sql` is an error.
    Statement prepare(const QString& sql);
    // Runs a script of several statements (schema, pragmas).
    bool execScript(const QString& sql);
    bool exec(const QString& sql) { return execScript(sql); }

    qint64 lastInsertId() const;
    QString lastError() const { return m_error; }
    void setError(const QString& e) { m_error = e; }
    sqlite3* handle() const { return m_db; }

private:
    sqlite3* m_db = nullptr;
    QString m_error;
};

// Begins IMMEDIATE on construction; rolls back unless commit() succeeded.
class Transaction {
public:
    explicit Transaction(Database& db);
    ~Transaction();
    bool isActive() const { return m_active; }
    bool commit();

private:
    Database& m_db;
    bool m_active = false;
};

} // namespace zanlink
