#pragma once

// A Kontor database in a temporary folder with a manual clock, for tests.

#include "common/Clock.h"
#include "storage/Database.h"

#include <QTemporaryDir>

#include <memory>

namespace kontor::test {

class TempDatabase
{
public:
    TempDatabase();
    Database& db() { return *m_db; }
    ManualClock& clock() { return m_clock; }
    QString path() const { return m_path; }
    QString dir() const { return m_dir.path(); }
    // Closes and reopens the same file (to test what survives a restart).
    void reopen();
    void close() { m_db.reset(); }

private:
    QTemporaryDir m_dir;
    ManualClock m_clock;
    QString m_path;
    std::unique_ptr<Database> m_db;
};

} // namespace kontor::test
