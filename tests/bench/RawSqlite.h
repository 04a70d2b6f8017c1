#pragma once

// RawSqlite: the baseline side of each step. A bare sqlite3 connection with the same pragmas as
// Kontor's connections (WAL, synchronous=FULL, foreign_keys=ON, same cache and temp store) and
// prepared statements, and nothing else: no change log, no search index, no audit log. Any SQLite
// error ends the benchmark.

#include <QByteArray>
#include <QString>
#include <QStringView>

struct sqlite3;
struct sqlite3_stmt;

namespace kontor::bench {

class RawStatement
{
public:
    RawStatement(sqlite3* db, const char* sql);
    ~RawStatement();
    RawStatement(const RawStatement&) = delete;
    RawStatement& operator=(const RawStatement&) = delete;

    // 1-based parameter index, like sqlite3_bind_*.
    RawStatement& bind(int index, qint64 value);
    RawStatement& bind(int index, QStringView text); // a null view binds NULL
    RawStatement& bindNull(int index);
    RawStatement& bindBlob(int index, const QByteArray& bytes);

    bool step(); // true while there is a row
    void run();  // steps to the end, then resets
    void reset();

    qint64 int64(int column) const;
    QString text(int column) const;
    bool isNull(int column) const;

private:
    sqlite3* m_db;
    sqlite3_stmt* m_statement = nullptr;
};

class RawSqlite
{
public:
    explicit RawSqlite(const QString& path);
    ~RawSqlite();
    RawSqlite(const RawSqlite&) = delete;
    RawSqlite& operator=(const RawSqlite&) = delete;

    void exec(const char* sql);
    qint64 scalar(const char* sql);
    sqlite3* handle() const { return m_db; }

    // The pragmas Kontor's Database sets on every connection (journal_mode only matters once).
    static const char* connectionPragmas();

private:
    sqlite3* m_db = nullptr;
};

} // namespace kontor::bench
