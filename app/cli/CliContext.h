#pragma once

// CliContext: what every kontor-cli command shares: the output streams, the database path from
// --database (opened on first use, closed cleanly at exit), the acting user (the owner: the CLI is
// the shop owner's tool) and the exit codes: 0 done, 1 failed, 2 wrong usage.

#include "common/Clock.h"
#include "common/Result.h"
#include "security/Actor.h"
#include "storage/Database.h"

#include <QString>
#include <QTextStream>

#include <memory>

namespace kontor::cli {

enum ExitCode
{
    ExitOk = 0,
    ExitFailure = 1, // the command failed; the reason is on stderr
    ExitUsage = 2,   // wrong arguments; nothing was done
    ExitPartial = 3, // done, but some input was skipped; the reasons are on stderr
};

class CliContext
{
public:
    explicit CliContext(QString databasePath);
    ~CliContext();

    QTextStream& out() { return m_out; } // results and summaries
    QTextStream& err() { return m_err; } // errors
    const QString& databasePath() const { return m_databasePath; }
    const Actor& actor() const { return m_actor; }
    const Clock& clock() const { return m_clock; }

    // Opens (and, for a new file, creates) the database at databasePath() once.
    Result<Database*> database();

    // Prints the translated error to stderr; returns ExitFailure.
    int fail(const Error& error);
    // Prints a usage error and a hint to run --help; returns ExitUsage.
    int usageError(const QString& message, const QString& command = {});

private:
    QString m_databasePath;
    QTextStream m_out;
    QTextStream m_err;
    SystemClock m_clock;
    Actor m_actor;
    std::unique_ptr<Database> m_database;
};

} // namespace kontor::cli
