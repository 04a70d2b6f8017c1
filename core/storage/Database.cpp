#include "Database.h"

#include "Migrations.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>

#include <atomic>
#include <unordered_map>

Q_LOGGING_CATEGORY(lcDatabase, "kontor.storage.database")

namespace kontor {

namespace {

std::atomic<quint64> s_nextSerial{1};

// Each thread's connections, by database serial. When the thread ends, the map is destroyed and
// the connections it alone still holds close with it.
thread_local std::unordered_map<quint64, std::shared_ptr<Connection>> t_connections;

Result<void> checkHeader(const QString& path)
{
    QFile file(path);
    if (!file.exists() || file.size() == 0)
        return {};
    if (!file.open(QIODevice::ReadOnly))
        return fail(ErrorCode::Io, QCoreApplication::translate("kontor::Database", "Cannot read %1: %2")
                                       .arg(path, file.errorString()));
    const QByteArray header = file.read(100);
    if (header.size() < 100 || !header.startsWith(QByteArrayView("SQLite format 3\0", 16))) {
        return fail(ErrorCode::NotKontorDatabase,
                    QCoreApplication::translate(
                        "kontor::Database",
                        "%1 is not a Kontor database: it is not an SQLite database file, or its header "
                        "is damaged. The file was not changed.")
                        .arg(path));
    }
    return {};
}

} // namespace

Database::Database(QString path, const Clock& clock, DatabaseOptions options)
    : m_path(std::move(path))
    , m_clock(clock)
    , m_hlc(clock)
    , m_options(options)
    , m_serial(s_nextSerial++)
{}

Database::~Database()
{
    // Mark the session as cleanly closed; a crash leaves the flag set for the next start.
    if (m_initialised)
        (void)setMeta(QStringLiteral("session_open"), QStringLiteral("0"));
    t_connections.erase(m_serial);
    std::lock_guard lock(m_mutex);
    m_connections.clear();
}

int Database::latestSchemaVersion()
{
    return Migrations::latestVersion();
}

Result<std::unique_ptr<Database>> Database::open(const QString& path, const Clock& clock,
                                                 DatabaseOptions options)
{
    if (auto ok = checkHeader(path); !ok)
        return fail(ok.error());
    std::unique_ptr<Database> db(new Database(path, clock, options));
    if (auto ok = db->initialise(); !ok)
        return fail(ok.error());
    return db;
}

Result<void> Database::initialise()
{
    // 1. Inspect read-only: nothing is written to a file we are going to refuse.
    if (QFileInfo(m_path).exists() && QFileInfo(m_path).size() > 0) {
        auto probe = Connection::open(m_path, true, m_options.busyTimeoutMs);
        if (!probe)
            return fail(probe.error());
        Connection& c = **probe;
        auto applicationId = c.query("PRAGMA application_id").scalarInt();
        auto tableCount = c.query("SELECT count(*) FROM sqlite_master").scalarInt();
        if (!applicationId || !tableCount) {
            const Error& e = !applicationId ? applicationId.error() : tableCount.error();
            if (e.code == ErrorCode::Corrupt) {
                return fail(ErrorCode::Corrupt,
                            tr("The database %1 is damaged and cannot be opened. The file was not changed; "
                               "restore it from a backup.")
                                .arg(m_path));
            }
            return fail(e);
        }
        if (**applicationId != ApplicationId && **tableCount > 0) {
            return fail(ErrorCode::NotKontorDatabase,
                        tr("%1 is an SQLite database of another program, not a Kontor database. The file "
                           "was not changed.")
                            .arg(m_path));
        }
        if (**tableCount > 0) {
            auto version = c.query("SELECT max(version) FROM schema_version").scalarInt();
            if (!version)
                return fail(ErrorCode::Corrupt, tr("The database %1 is damaged: its schema version cannot be "
                                                   "read. The file was not changed.")
                                                    .arg(m_path));
            const int fileVersion = int(version->value_or(0));
            if (fileVersion > Migrations::latestVersion()) {
                return fail(ErrorCode::NewerSchema,
                            tr("%1 was written by a newer version of Kontor (database version %2; this "
                               "version knows up to %3). Update Kontor to open it. The file was not changed.")
                                .arg(m_path)
                                .arg(fileVersion)
                                .arg(Migrations::latestVersion()));
            }
            auto session = c.query("SELECT value FROM local_meta WHERE key = 'session_open'");
            if (auto row = session.next(); row && *row)
                m_uncleanShutdown = session.text(0) == u"1";
        }
        if (m_uncleanShutdown) {
            auto check = c.query("PRAGMA quick_check");
            auto row = check.next();
            if (!row || !*row || check.text(0) != u"ok") {
                return fail(ErrorCode::Corrupt,
                            tr("The database %1 is damaged (integrity check failed after an unclean exit). "
                               "The file was not changed; restore it from a backup.")
                                .arg(m_path));
            }
        }
    }

    // 2. Open for writing, set up WAL and migrate.
    Connection& c = connection();
    if (auto ok = c.execScript("PRAGMA journal_mode = WAL"); !ok)
        return ok;
    if (auto ok = Migrations::migrate(c); !ok)
        return ok;
    auto version = c.query("SELECT max(version) FROM schema_version").scalarInt();
    if (!version)
        return fail(version.error());
    m_schemaVersion = int(version->value_or(0));

    auto device = meta(QStringLiteral("device_id"));
    if (!device)
        return fail(device.error());
    m_deviceId = Id::fromString(*device);
    if (m_deviceId.isNull()) {
        m_deviceId = Id::create();
        if (auto ok = setMeta(QStringLiteral("device_id"), m_deviceId.toString()); !ok)
            return ok;
    }
    // Continue the hybrid clock from the newest stamp already written, even if the wall clock went back.
    if (auto last = c.query("SELECT max(hlc) FROM change_log").scalarInt(); last && *last)
        m_hlc.observe(**last);
    if (auto ok = setMeta(QStringLiteral("session_open"), QStringLiteral("1")); !ok)
        return ok;
    m_initialised = true;
    qCInfo(lcDatabase) << "opened" << m_path << "schema" << m_schemaVersion;
    return {};
}

Result<std::unique_ptr<Connection>> Database::newConnection()
{
    auto connection = Connection::open(m_path, false, m_options.busyTimeoutMs);
    if (!connection)
        return connection;
    Connection& c = **connection;
    const QByteArray pragmas =
        QByteArrayLiteral("PRAGMA foreign_keys = ON;") +
        (m_options.synchronousFull ? "PRAGMA synchronous = FULL;" : "PRAGMA synchronous = NORMAL;") +
        "PRAGMA temp_store = MEMORY; PRAGMA cache_size = -32000;";
    if (auto ok = c.execScript(pragmas); !ok)
        return fail(ok.error());
    return connection;
}

Connection& Database::connection()
{
    auto it = t_connections.find(m_serial);
    if (it != t_connections.end())
        return *it->second;
    auto created = newConnection();
    if (!created) {
        // Opening a second connection to a file that opened once only fails when the disk or
        // permissions changed under us; there is no way to continue without a connection.
        qFatal("Cannot open a database connection: %s", qUtf8Printable(created.error().message));
    }
    std::shared_ptr<Connection> shared(std::move(*created));
    {
        std::lock_guard lock(m_mutex);
        std::erase_if(m_connections, [](const auto& c) { return c.use_count() == 1; });
        m_connections.push_back(shared);
    }
    t_connections.emplace(m_serial, shared);
    return *shared;
}

Result<QString> Database::meta(const QString& key)
{
    auto q = connection().query("SELECT value FROM local_meta WHERE key = ?");
    q.bind(key);
    auto row = q.next();
    if (!row)
        return fail(row.error());
    return *row ? q.text(0) : QString();
}

Result<void> Database::setMeta(const QString& key, const QString& value)
{
    auto q = connection().query("INSERT INTO local_meta(key, value) VALUES(?, ?) "
                                "ON CONFLICT(key) DO UPDATE SET value = excluded.value");
    q.bindAll(key, value);
    return q.run();
}

} // namespace kontor
