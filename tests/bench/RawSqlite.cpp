#include "RawSqlite.h"

#include "BenchTools.h"

#include <sqlite3.h>

namespace kontor::bench {

namespace {

[[noreturn]] void sqliteFatal(sqlite3* db, const char* what)
{
    fatal(QStringLiteral("raw SQLite: ") + QString::fromUtf8(what) + QStringLiteral(": ") +
          QString::fromUtf8(sqlite3_errmsg(db)));
}

} // namespace

RawStatement::RawStatement(sqlite3* db, const char* sql)
    : m_db(db)
{
    if (sqlite3_prepare_v3(db, sql, -1, SQLITE_PREPARE_PERSISTENT, &m_statement, nullptr) != SQLITE_OK)
        sqliteFatal(db, sql);
}

RawStatement::~RawStatement()
{
    sqlite3_finalize(m_statement);
}

RawStatement& RawStatement::bind(int index, qint64 value)
{
    sqlite3_bind_int64(m_statement, index, value);
    return *this;
}

RawStatement& RawStatement::bind(int index, QStringView text)
{
    if (text.isNull())
        sqlite3_bind_null(m_statement, index);
    else
        sqlite3_bind_text16(m_statement, index, text.utf16(), int(text.size() * 2), SQLITE_TRANSIENT);
    return *this;
}

RawStatement& RawStatement::bindNull(int index)
{
    sqlite3_bind_null(m_statement, index);
    return *this;
}

RawStatement& RawStatement::bindBlob(int index, const QByteArray& bytes)
{
    sqlite3_bind_blob(m_statement, index, bytes.constData(), int(bytes.size()), SQLITE_TRANSIENT);
    return *this;
}

RawStatement& RawStatement::bindReal(int index, double value)
{
    sqlite3_bind_double(m_statement, index, value);
    return *this;
}

RawStatement& RawStatement::bindUtf8(int index, const QByteArray& text)
{
    sqlite3_bind_text(m_statement, index, text.constData(), int(text.size()), SQLITE_TRANSIENT);
    return *this;
}

bool RawStatement::step()
{
    const int rc = sqlite3_step(m_statement);
    if (rc == SQLITE_ROW)
        return true;
    if (rc == SQLITE_DONE)
        return false;
    sqliteFatal(m_db, sqlite3_sql(m_statement));
}

void RawStatement::run()
{
    while (step()) {
    }
    reset();
}

void RawStatement::reset()
{
    sqlite3_reset(m_statement);
    sqlite3_clear_bindings(m_statement);
}

qint64 RawStatement::int64(int column) const
{
    return sqlite3_column_int64(m_statement, column);
}

QString RawStatement::text(int column) const
{
    const void* data = sqlite3_column_text16(m_statement, column);
    return data ? QString(static_cast<const QChar*>(data), sqlite3_column_bytes16(m_statement, column) / 2)
                : QString();
}

bool RawStatement::isNull(int column) const
{
    return sqlite3_column_type(m_statement, column) == SQLITE_NULL;
}

double RawStatement::real(int column) const
{
    return sqlite3_column_double(m_statement, column);
}

QByteArray RawStatement::utf8(int column) const
{
    const auto* data = reinterpret_cast<const char*>(sqlite3_column_text(m_statement, column));
    return data ? QByteArray(data, sqlite3_column_bytes(m_statement, column)) : QByteArray();
}

QByteArray RawStatement::blob(int column) const
{
    const auto* data = static_cast<const char*>(sqlite3_column_blob(m_statement, column));
    return data ? QByteArray(data, sqlite3_column_bytes(m_statement, column)) : QByteArray();
}

int RawStatement::columnCount() const
{
    return sqlite3_column_count(m_statement);
}

int RawStatement::columnType(int column) const
{
    return sqlite3_column_type(m_statement, column);
}

RawSqlite::RawSqlite(const QString& path)
{
    const int flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX;
    if (sqlite3_open_v2(path.toUtf8().constData(), &m_db, flags, nullptr) != SQLITE_OK)
        sqliteFatal(m_db, "open");
    sqlite3_busy_timeout(m_db, 5000);
    exec("PRAGMA journal_mode = WAL");
    exec(connectionPragmas());
}

RawSqlite::~RawSqlite()
{
    sqlite3_close_v2(m_db);
}

const char* RawSqlite::connectionPragmas()
{
    return "PRAGMA foreign_keys = ON; PRAGMA synchronous = FULL; PRAGMA temp_store = MEMORY; "
           "PRAGMA cache_size = -32000;";
}

void RawSqlite::exec(const char* sql)
{
    if (sqlite3_exec(m_db, sql, nullptr, nullptr, nullptr) != SQLITE_OK)
        sqliteFatal(m_db, sql);
}

qint64 RawSqlite::scalar(const char* sql)
{
    RawStatement s(m_db, sql);
    return s.step() ? s.int64(0) : 0;
}

void WalFrameCounter::install(sqlite3* db)
{
    m_db = db;
    sqlite3_wal_hook(db, &WalFrameCounter::hook, this);
}

void WalFrameCounter::uninstall()
{
    if (m_db)
        sqlite3_wal_autocheckpoint(m_db, 1000);
    m_db = nullptr;
}

int WalFrameCounter::hook(void* context, sqlite3* db, const char* name, int pages)
{
    auto* self = static_cast<WalFrameCounter*>(context);
    // A WAL that was checkpointed and restarted holds only this commit's frames.
    self->m_frames += pages > self->m_last ? pages - self->m_last : pages;
    self->m_last = pages;
    ++self->m_commits;
    if (pages >= 1000)
        sqlite3_wal_checkpoint(db, name);
    return SQLITE_OK;
}

} // namespace kontor::bench
