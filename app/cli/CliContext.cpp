#include "CliContext.h"

#include <QCoreApplication>

#include <cstdio>

namespace kontor::cli {

CliContext::CliContext(QString databasePath)
    : m_databasePath(std::move(databasePath))
    , m_out(stdout)
    , m_err(stderr)
    , m_actor(Actor::owner())
{}

CliContext::~CliContext()
{
    m_out.flush();
    m_err.flush();
}

Result<Database*> CliContext::database()
{
    if (!m_database) {
        auto opened = Database::open(m_databasePath, m_clock);
        if (!opened)
            return kontor::fail(opened.error());
        m_database = std::move(*opened);
    }
    return m_database.get();
}

int CliContext::fail(const Error& error)
{
    m_err << error.toString() << Qt::endl;
    return ExitFailure;
}

int CliContext::usageError(const QString& message, const QString& command)
{
    const QString help = command.isEmpty()
                             ? QStringLiteral("kontor-cli --help")
                             : QStringLiteral("kontor-cli ") + command + QStringLiteral(" --help");
    m_err << message << Qt::endl
          << QCoreApplication::translate("kontor::cli", "Run \"%1\" for the usage.").arg(help) << Qt::endl;
    return ExitUsage;
}

} // namespace kontor::cli
