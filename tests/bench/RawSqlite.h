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
    RawStatement& bindReal(int index, double value);
    RawStatement& bindUtf8(int index, const QByteArray& text);

    bool step(); // true while there is a row
    void run();  // steps to the end, then resets
    void reset();

    qint64 int64(int column) const;
    QString text(int column) const;
    bool isNull(int column) const;
    double real(int column) const;
    QByteArray utf8(int column) const; // text as stored
    QByteArray blob(int column) const;
    int columnCount() const;
    int columnType(int column) const; // SQLITE_INTEGER, SQLITE_FLOAT, SQLITE_TEXT, SQLITE_BLOB, SQLITE_NULL

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

// WAL frames written per commit on one connection (a frame is one 4 KiB page, written and, with
// synchronous=FULL, synced at commit). Counted by a WAL hook, which replaces SQLite's own
// auto-checkpoint hook, so it checkpoints at 1,000 frames as that one does. Install it on a
// connection that outlives it or call uninstall().
class WalFrameCounter
{
public:
    void install(sqlite3* db);
    void uninstall(); // back to SQLite's auto-checkpoint at 1,000 frames
    qint64 frames() const { return m_frames; }
    qint64 commits() const { return m_commits; }
    double perCommit() const { return m_commits > 0 ? double(m_frames) / double(m_commits) : 0; }

private:
    static int hook(void* context, sqlite3* db, const char* name, int pages);

    sqlite3* m_db = nullptr;
    qint64 m_frames = 0;
    qint64 m_commits = 0;
    int m_last = 0;
};

} // namespace kontor::bench
