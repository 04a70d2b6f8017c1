#pragma once

// Database: one Kontor shop file. Validates the file before touching it (a foreign, damaged or
// newer file is refused and left unchanged), migrates it, and hands every thread its own
// Connection; a thread's connection closes when the thread ends, so pool threads cannot leak them.

#include "Connection.h"
#include "common/Clock.h"
#include "common/HybridClock.h"
#include "common/Id.h"

#include <QObject>
#include <QString>

#include <memory>
#include <mutex>
#include <vector>

namespace kontor {

struct DatabaseOptions
{
    int busyTimeoutMs = 5000;
    // FULL: a write reported as saved survives a power cut, not only a killed process.
    bool synchronousFull = true;
};

class Database : public QObject
{
    Q_OBJECT

public:
    // Kontor's SQLite application_id ("KNTR"): tells our files apart from other SQLite databases.
    static constexpr qint32 ApplicationId = 0x4B4E5452;

    ~Database() override;

    // Opens (creating if absent) and migrates a Kontor database.
    static Result<std::unique_ptr<Database>> open(const QString& path, const Clock& clock,
                                                  DatabaseOptions options = {});

    // Schema versions this build knows: the highest migration shipped in resources.
    static int latestSchemaVersion();

    Connection& connection();
    const QString& path() const { return m_path; }
    const Id& deviceId() const { return m_deviceId; }
    int schemaVersion() const { return m_schemaVersion; }
    const Clock& clock() const { return m_clock; }
    HybridClock& hybridClock() { return m_hlc; }
    // True when the previous session did not close the file cleanly (crash, power cut).
    bool wasUncleanlyClosed() const { return m_uncleanShutdown; }

    // Local, non-synced key/value metadata.
    Result<QString> meta(const QString& key);
    Result<void> setMeta(const QString& key, const QString& value);

private:
    Database(QString path, const Clock& clock, DatabaseOptions options);
    Result<void> initialise();
    Result<std::unique_ptr<Connection>> newConnection();

    QString m_path;
    const Clock& m_clock;
    HybridClock m_hlc;
    DatabaseOptions m_options;
    Id m_deviceId;
    int m_schemaVersion = 0;
    bool m_uncleanShutdown = false;
    bool m_initialised = false;
    quint64 m_serial;

    std::mutex m_mutex;
    std::vector<std::shared_ptr<Connection>> m_connections; // every thread's, to close on destruction
};

} // namespace kontor
