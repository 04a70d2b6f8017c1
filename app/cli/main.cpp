// kontor-cli: Kontor without a window, for scripts and tests. `kontor-cli <command> [options]`;
// global options: --database PATH, --language ru|en, --help, --version. Exit status 0 when done,
// 1 when the command failed (the reason on stderr), 2 for wrong usage.

#include "CliCommand.h"
#include "common/AppInfo.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QStringList>

#include <vector>

using namespace kontor;
using namespace kontor::cli;

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("kontor::cli", text);
}

// --language must be known before any text is made, so it is picked out before the real parse.
QString languageArgument(const QStringList& arguments)
{
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString& a = arguments.at(i);
        if (a == u"--language" && i + 1 < arguments.size())
            return arguments.at(i + 1);
        if (a.startsWith(u"--language="))
            return a.mid(11);
    }
    return {};
}

std::vector<std::unique_ptr<CliCommand>> allCommands()
{
    std::vector<std::unique_ptr<CliCommand>> commands;
    commands.push_back(makeDemoCommand());
    commands.push_back(makeImportCommand());
    commands.push_back(makeExportCommand());
    commands.push_back(makeStockCommand());
    commands.push_back(makeSupportCommand());
    return commands;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    AppInfo::setIdentity();
    // stderr is for errors; QT_LOGGING_RULES still turns the informational logs back on.
    QLoggingCategory::setFilterRules(QStringLiteral("kontor.*.info=false"));
    const QStringList arguments = QCoreApplication::arguments();
    AppInfo::installTranslations(app, languageArgument(arguments));

    const auto commands = allCommands();
    QStringList names;
    for (const auto& command : commands)
        names.append(command->name());

    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Kontor without a window: commands for scripts and automation."));
    const QCommandLineOption databaseOption(
        QStringLiteral("database"),
        tr("The shop database file (default: shop.kontor in Kontor's data folder)."), tr("path"));
    const QCommandLineOption languageOption(
        QStringLiteral("language"), tr("Language of messages: ru or en (default: the system language)."),
        QStringLiteral("ru|en"));
    parser.addOption(databaseOption);
    parser.addOption(languageOption);
    const QCommandLineOption helpOption = parser.addHelpOption();
    const QCommandLineOption versionOption = parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("command"), tr("One of: %1").arg(names.join(u", ")),
                                 QStringLiteral("<command>"));

    QTextStream out(stdout);
    // First pass: find the command; its own options are not known yet, so errors wait.
    (void)parser.parse(arguments);
    const QString commandName = parser.positionalArguments().value(0);
    if (commandName.isEmpty()) {
        if (parser.isSet(versionOption)) {
            out << QStringLiteral("kontor-cli ") << QStringLiteral(KONTOR_VERSION) << Qt::endl;
            return ExitOk;
        }
        if (parser.isSet(helpOption)) {
            out << parser.helpText() << Qt::endl << tr("Commands:") << Qt::endl;
            for (const auto& command : commands)
                out << QStringLiteral("  ") << command->name().leftJustified(10) << command->summary()
                    << Qt::endl;
            return ExitOk;
        }
        CliContext context({});
        if (!parser.errorText().isEmpty())
            return context.usageError(parser.errorText());
        return context.usageError(tr("No command given. Commands: %1").arg(names.join(u", ")));
    }
    auto found = std::find_if(commands.begin(), commands.end(),
                              [&](const auto& command) { return command->name() == commandName; });
    if (found == commands.end()) {
        CliContext context({});
        return context.usageError(
            tr("Unknown command \"%1\". Commands: %2").arg(commandName, names.join(u", ")));
    }
    CliCommand& command = **found;

    // Second pass with the command's options.
    parser.clearPositionalArguments();
    parser.addPositionalArgument(command.name(), command.summary(), command.name());
    command.addOptions(parser);
    if (!parser.parse(arguments)) {
        CliContext context({});
        return context.usageError(parser.errorText(), command.name());
    }
    if (parser.isSet(helpOption)) {
        out << parser.helpText() << Qt::endl;
        return ExitOk;
    }
    if (parser.isSet(versionOption)) {
        out << QStringLiteral("kontor-cli ") << QStringLiteral(KONTOR_VERSION) << Qt::endl;
        return ExitOk;
    }
    if (parser.isSet(languageOption)) {
        const QString language = parser.value(languageOption);
        if (language != u"ru" && language != u"en") {
            CliContext context({});
            return context.usageError(tr("--language must be ru or en, not \"%1\".").arg(language));
        }
    }
    CliContext context(parser.isSet(databaseOption) ? parser.value(databaseOption)
                                                    : AppInfo::defaultDatabasePath());
    return command.run(parser, context);
}
