#include "Connection.h"

#include "common/SearchText.h"

#include <QCoreApplication>

#include <sqlite3.h>

namespace kontor {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("kontor::Connection", text);
}

} // namespace

// ---- Query ---------------------------------------------------------------------------------

Query::Query(Connection* connection, sqlite3_stmt* statement, std::optional<Error> prepareError)
    : m_connection(connection)
    , m_statement(statement)
    , m_error(std::move(prepareError))
{}

Query::Query(Query&& other) noexcept
    : m_connection(other.m_connection)
    , m_statement(std::exchange(other.m_statement, nullptr))
    , m_error(std::move(other.m_error))
    , m_nextParameter(other.m_nextParameter)
{}

Query::~Query()
{
    if (m_statement) {
        sqlite3_reset(m_statement);
        sqlite3_clear_bindings(m_statement);
    }
}

void Query::reset()
{
    if (m_statement) {
        sqlite3_reset(m_statement);
        sqlite3_clear_bindings(m_statement);
        m_error.reset();
    }
    m_nextParameter = 1;
}

void Query::checkBind(int rc)
{
    // A binding error (usually more values than placeholders) is a programming error: fail the
    // statement loudly instead of running it with shifted values.
    if (rc != SQLITE_OK && !m_error) {
        m_error = Error{ErrorCode::Storage,
                        QStringLiteral("binding parameter %1 failed: %2")
                            .arg(m_nextParameter)
                            .arg(QString::fromUtf8(sqlite3_errstr(rc))),
                        {},
                        {},
                        0};
        Q_ASSERT_X(false, "Query::bind", "binding failed");
    }
}

Query& Query::bind(qint64 value)
{
    if (m_statement)
        checkBind(sqlite3_bind_int64(m_statement, m_nextParameter, value));
    ++m_nextParameter;
    return *this;
}

Query& Query::bind(QStringView value)
{
    // A null QString binds as '' (NULL is bound explicitly with nullptr or an empty optional).
    static const char16_t empty[] = u"";
    if (m_statement) {
        const void* data = value.isNull() ? static_cast<const void*>(empty) : value.utf16();
        checkBind(
            sqlite3_bind_text16(m_statement, m_nextParameter, data, int(value.size() * 2), SQLITE_TRANSIENT));
    }
    ++m_nextParameter;
    return *this;
}

Query& Query::bind(const QString& value)
{
    return bind(QStringView(value));
}

Query& Query::bind(const QByteArray& blob)
{
    if (m_statement) {
        if (blob.isNull())
            sqlite3_bind_null(m_statement, m_nextParameter);
        else
            sqlite3_bind_blob(m_statement, m_nextParameter, blob.constData(), int(blob.size()),
                              SQLITE_TRANSIENT);
    }
    ++m_nextParameter;
    return *this;
}

Query& Query::bindText(QByteArrayView utf8)
{
    if (m_statement)
        checkBind(sqlite3_bind_text(m_statement, m_nextParameter, utf8.isNull() ? "" : utf8.data(),
                                    int(utf8.size()), SQLITE_TRANSIENT));
    ++m_nextParameter;
    return *this;
}

Query& Query::bind(const Id& id)
{
    return id.isNull() ? bind(nullptr) : bind(id.toBytes());
}

Query& Query::bind(std::nullptr_t)
{
    if (m_statement)
        checkBind(sqlite3_bind_null(m_statement, m_nextParameter));
    ++m_nextParameter;
    return *this;
}

Result<bool> Query::next()
{
    if (m_error)
        return fail(*m_error);
    const int rc = sqlite3_step(m_statement);
    if (rc == SQLITE_ROW)
        return true;
    if (rc == SQLITE_DONE)
        return false;
    Error error = m_connection->lastError(rc);
    sqlite3_reset(m_statement);
    return fail(error);
}

Result<void> Query::run()
{
    while (true) {
        auto row = next();
        if (!row)
            return fail(row.error());
        if (!*row)
            break;
    }
    sqlite3_reset(m_statement);
    return {};
}

Result<std::optional<qint64>> Query::scalarInt()
{
    auto row = next();
    if (!row)
        return fail(row.error());
    std::optional<qint64> value;
    if (*row)
        value = optInt64(0);
    sqlite3_reset(m_statement);
    return value;
}

bool Query::isNull(int column) const
{
    return sqlite3_column_type(m_statement, column) == SQLITE_NULL;
}

qint64 Query::int64(int column) const
{
    return sqlite3_column_int64(m_statement, column);
}

std::optional<qint64> Query::optInt64(int column) const
{
    if (isNull(column))
        return std::nullopt;
    return int64(column);
}

QString Query::text(int column) const
{
    const void* data = sqlite3_column_text16(m_statement, column);
    if (!data)
        return {};
    const int bytes = sqlite3_column_bytes16(m_statement, column);
    return QString(static_cast<const QChar*>(data), bytes / 2);
}

QByteArray Query::blob(int column) const
{
    const void* data = sqlite3_column_blob(m_statement, column);
    if (!data)
        return {};
    return QByteArray(static_cast<const char*>(data), sqlite3_column_bytes(m_statement, column));
}

Id Query::id(int column) const
{
    // Read in place: long reads (every balance, every product) take one id per row.
    const void* data = sqlite3_column_blob(m_statement, column);
    if (!data)
        return {};
    return Id::fromBytes(
        QByteArrayView(static_cast<const char*>(data), sqlite3_column_bytes(m_statement, column)));
}

// ---- Connection ----------------------------------------------------------------------------

Connection::Connection(sqlite3* db)
    : m_db(db)
{}

Connection::~Connection()
{
    for (sqlite3_stmt* statement : std::as_const(m_statements))
        sqlite3_finalize(statement);
    sqlite3_close_v2(m_db);
}

namespace {

// kontor_fold(text): SearchText::normalize in SQL, for searching text that has no stored search
// column (SQLite's lower() and LIKE fold ASCII only).
void foldFunction(sqlite3_context* context, int, sqlite3_value** argv)
{
    const auto* text = reinterpret_cast<const char*>(sqlite3_value_text(argv[0]));
    if (!text) {
        sqlite3_result_null(context);
        return;
    }
    const QByteArray folded =
        SearchText::normalize(QString::fromUtf8(text, sqlite3_value_bytes(argv[0]))).toUtf8();
    sqlite3_result_text(context, folded.constData(), int(folded.size()), SQLITE_TRANSIENT);
}

} // namespace

Result<std::unique_ptr<Connection>> Connection::open(const QString& path, bool readOnly, int busyTimeoutMs)
{
    // SQLite's memory statistics take a global mutex on every allocation, and nothing reads them
    // (about a tenth of the CPU time of a bulk write). Only possible before SQLite's first use.
    static const bool configured = [] { return sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0) == SQLITE_OK; }();
    Q_UNUSED(configured);
    sqlite3* db = nullptr;
    const int flags = (readOnly ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE) |
                      SQLITE_OPEN_NOMUTEX | SQLITE_OPEN_EXRESCODE;
    const int rc = sqlite3_open_v2(path.toUtf8().constData(), &db, flags, nullptr);
    if (rc != SQLITE_OK) {
        const QString detail =
            db ? QString::fromUtf8(sqlite3_errmsg(db)) : QString::fromUtf8(sqlite3_errstr(rc));
        sqlite3_close_v2(db);
        return fail(ErrorCode::Io, tr("Cannot open the database file %1: %2").arg(path, detail));
    }
    sqlite3_busy_timeout(db, busyTimeoutMs);
    sqlite3_extended_result_codes(db, 1);
    sqlite3_create_function_v2(db, "kontor_fold", 1, SQLITE_UTF8 | SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS,
                               nullptr, foldFunction, nullptr, nullptr, nullptr);
    return std::unique_ptr<Connection>(new Connection(db));
}

Query Connection::query(QByteArrayView sql)
{
    const QByteArray key = sql.toByteArray();
    auto it = m_statements.constFind(key);
    if (it != m_statements.constEnd())
        return Query(this, it.value(), std::nullopt);
    sqlite3_stmt* statement = nullptr;
    const int rc = sqlite3_prepare_v3(m_db, key.constData(), int(key.size()), SQLITE_PREPARE_PERSISTENT,
                                      &statement, nullptr);
    if (rc != SQLITE_OK) {
        Error error = lastError(rc);
        error.message += QStringLiteral(" [") + QString::fromUtf8(key) + u']';
        return Query(this, nullptr, error);
    }
    m_statements.insert(key, statement);
    return Query(this, statement, std::nullopt);
}

Result<void> Connection::execScript(const QByteArray& sql)
{
    char* message = nullptr;
    const int rc = sqlite3_exec(m_db, sql.constData(), nullptr, nullptr, &message);
    if (rc != SQLITE_OK) {
        Error error = lastError(rc);
        sqlite3_free(message);
        return fail(error);
    }
    return {};
}

qint64 Connection::lastInsertRowId() const
{
    return sqlite3_last_insert_rowid(m_db);
}

int Connection::changes() const
{
    return sqlite3_changes(m_db);
}

Error Connection::lastError(int code) const
{
    const QString detail = QString::fromUtf8(sqlite3_errmsg(m_db));
    switch (code & 0xFF) {
    case SQLITE_CONSTRAINT:
        return Error{ErrorCode::Conflict, detail, {}, {}, 0};
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
        return Error{ErrorCode::Corrupt, tr("The database file is damaged (%1).").arg(detail), {}, {}, 0};
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return Error{ErrorCode::Storage,
                     tr("The database is busy: another program or window is writing to it (%1).").arg(detail),
                     {},
                     {},
                     0};
    case SQLITE_FULL:
        return Error{ErrorCode::Io, tr("The disk is full; nothing was saved (%1).").arg(detail), {}, {}, 0};
    case SQLITE_READONLY:
        return Error{ErrorCode::Io, tr("The database file is read-only (%1).").arg(detail), {}, {}, 0};
    default:
        return Error{ErrorCode::Storage, tr("Database error: %1").arg(detail), {}, {}, 0};
    }
}

// ---- Transactions --------------------------------------------------------------------------

WriteTransaction::WriteTransaction(Connection& connection)
    : m_connection(connection)
{
    m_level = connection.m_depth;
    const QByteArray sql =
        m_level == 0 ? QByteArrayLiteral("BEGIN IMMEDIATE") : "SAVEPOINT sp" + QByteArray::number(m_level);
    if (auto ok = connection.execScript(sql); !ok) {
        m_error = ok.error();
        return;
    }
    m_active = true;
    ++connection.m_depth;
}

WriteTransaction::~WriteTransaction()
{
    if (!m_active)
        return;
    --m_connection.m_depth;
    if (m_level == 0) {
        (void)m_connection.execScript(QByteArrayLiteral("ROLLBACK"));
    } else {
        const QByteArray name = "sp" + QByteArray::number(m_level);
        (void)m_connection.execScript("ROLLBACK TO " + name + "; RELEASE " + name);
    }
}

Result<void> WriteTransaction::commit()
{
    if (m_error)
        return fail(*m_error);
    Q_ASSERT(m_active);
    const QByteArray sql =
        m_level == 0 ? QByteArrayLiteral("COMMIT") : "RELEASE sp" + QByteArray::number(m_level);
    if (auto ok = m_connection.execScript(sql); !ok)
        return ok; // still active: the destructor rolls back
    m_active = false;
    --m_connection.m_depth;
    return {};
}

ReadTransaction::ReadTransaction(Connection& connection)
    : m_connection(connection)
{
    if (connection.m_depth == 0 && connection.execScript(QByteArrayLiteral("BEGIN"))) {
        m_owns = true;
        ++connection.m_depth;
    }
}

ReadTransaction::~ReadTransaction()
{
    if (m_owns) {
        --m_connection.m_depth;
        (void)m_connection.execScript(QByteArrayLiteral("COMMIT"));
    }
}

} // namespace kontor
