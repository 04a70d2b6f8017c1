#pragma once

// Runs the real kontor-cli as a process, in English, with a private data and config folder.

#include <QString>
#include <QStringList>

namespace kontor::test {

struct CliRun
{
    int exitCode = -1; // -1 when the process crashed
    QString out;
    QString err;
};

CliRun runCli(const QString& cliPath, const QStringList& arguments, const QString& dataHome);

} // namespace kontor::test
