#include "CliRunner.h"

#include <QProcess>

namespace kontor::test {

CliRun runCli(const QString& cliPath, const QStringList& arguments, const QString& dataHome)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"XDG_DATA_HOME"_qs, dataHome);
    env.insert(u"XDG_CONFIG_HOME"_qs, dataHome);
    process.setProcessEnvironment(env);
    process.start(cliPath, QStringList{u"--language"_qs, u"en"_qs} + arguments);
    if (!process.waitForFinished(120000))
        qFatal("kontor-cli did not finish");
    return CliRun{process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
                  QString::fromUtf8(process.readAllStandardOutput()),
                  QString::fromUtf8(process.readAllStandardError())};
}

} // namespace kontor::test
