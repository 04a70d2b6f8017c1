#pragma once

// Connection: one SQLite connection, used by exactly one thread (Database hands each thread its
// own). Statements are prepared once and cached by their SQL text; a Query is a short-lived handle
// that resets its statement when it goes away, so no read keeps a WAL snapshot pinned.

#include "common/Id.h"
#include "common/Result.h"

#include <QByteArray>
#include <QHash>
#include <QString>

#include <optional>

struct sqlite3;
struct sqlite3_stmt;

namespace kontor {

class Connection;

class Query
{
public:
    Query(Query&& other) noexcept;
    Query& operator=(Query&&) = delete;
    Query(const Query&) = delete;
    ~Query();

    // Positional binding, 1-based, in call order: q.bind(a).bind(b) or q.bindAll(a, b).
    Query& bind(qint64 value);
    Query& bind(int value) { return bind(qint64(value)); }
    Query& bind(bool value) { return bind(qint64(value ? 1 : 0)); }
    Query& bind(const QString& value);
    Query& bind(QStringView value);
    Query& bind(const char16_t* value) { return bind(QStringView(value)); }
    Query& bind(const QByteArray& blob);
    // Text already in UTF-8 (JSON from QJsonDocument): stored as is, with no trip through UTF-16.
    Query& bindText(QByteArrayView utf8);
    Query& bind(const Id& id);
    Query& bind(std::nullptr_t);
    template <typename T>
    Query& bind(const std::optional<T>& value)
    {
        return value ? bind(*value) : bind(nullptr);
    }
    template <typename... Args>
    Query& bindAll(const Args&... args)
    {
        (bind(args), ...);
        return *this;
    }

    // Resets the statement so it can run again with new bindings (or to release a read early).
    void reset();

    // Steps once: true while there is a row.
    [[nodiscard]] Result<bool> next();
    // Runs the statement to completion (for writes).
    [[nodiscard]] Result<void> run();
    // Steps through every row, calling `onRow()` (which reads this query's columns) for each.
    template <typename F>
    [[nodiscard]] Result<void> forEachRow(F&& onRow)
    {
        while (true) {
            auto row = next();
            if (!row)
                return std::unexpected(row.error());
            if (!*row)
                return {};
            onRow();
        }
    }
    // Runs and returns the first column of the first row, if any.
    [[nodiscard]] Result<std::optional<qint64>> scalarInt();

    bool isNull(int column) const;
    qint64 int64(int column) const;
    std::optional<qint64> optInt64(int column) const;
    QString text(int column) const;
    QByteArray blob(int column) const;
    Id id(int column) const;

private:
    friend class Connection;
    Query(Connection* connection, sqlite3_stmt* statement, std::optional<Error> prepareError);
    void checkBind(int rc);

    Connection* m_connection;
    sqlite3_stmt* m_statement;
    std::optional<Error> m_error;
    int m_nextParameter = 1;
};

class Connection
{
public:
    ~Connection();
    Connection(const Connection&) = delete;
    Connection& operator=(const Connection&) = delete;

    static Result<std::unique_ptr<Connection>> open(const QString& path, bool readOnly, int busyTimeoutMs);

    // A cached prepared statement for this SQL. The same SQL text may not be open twice at once.
    Query query(QByteArrayView sql);
    // Runs one or more statements that return no rows (migrations, pragmas).
    [[nodiscard]] Result<void> execScript(const QByteArray& sql);

    qint64 lastInsertRowId() const;
    int changes() const;
    sqlite3* handle() const { return m_db; }
    int transactionDepth() const { return m_depth; }

    // Turns the connection's last SQLite error into an Error with a user-readable message.
    Error lastError(int code) const;

private:
    friend class WriteTransaction;
    friend class ReadTransaction;
    explicit Connection(sqlite3* db);

    sqlite3* m_db;
    QHash<QByteArray, sqlite3_stmt*> m_statements;
    int m_depth = 0;
};

// BEGIN IMMEDIATE (or a savepoint when nested): takes the write lock up front, so a transaction
// that reads and then writes cannot fail with SQLITE_BUSY_SNAPSHOT. Rolls back unless committed.
class WriteTransaction
{
public:
    explicit WriteTransaction(Connection& connection);
    ~WriteTransaction();
    WriteTransaction(const WriteTransaction&) = delete;
    WriteTransaction& operator=(const WriteTransaction&) = delete;

    [[nodiscard]] const std::optional<Error>& beginError() const { return m_error; }
    [[nodiscard]] Result<void> commit();

private:
    Connection& m_connection;
    std::optional<Error> m_error;
    bool m_active = false;
    int m_level = 0;
};

// BEGIN DEFERRED for a consistent snapshot across several reads.
class ReadTransaction
{
public:
    explicit ReadTransaction(Connection& connection);
    ~ReadTransaction();
    ReadTransaction(const ReadTransaction&) = delete;
    ReadTransaction& operator=(const ReadTransaction&) = delete;

private:
    Connection& m_connection;
    bool m_owns = false;
};

} // namespace kontor
