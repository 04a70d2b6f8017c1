#pragma once

// CliCommand: one kontor-cli subcommand ("demo"; "import", "export", "backup" next to it). main()
// picks the command by the first positional argument, lets it add its own options to the parser,
// parses again and runs it. A new command is one file with a make...Command() factory, declared
// below and listed in main.cpp.

#include "CliContext.h"

#include <QCommandLineParser>
#include <QString>

#include <memory>

namespace kontor::cli {

class CliCommand
{
public:
    virtual ~CliCommand() = default;

    // What users type ("demo"); never translated.
    virtual QString name() const = 0;
    // One translated line for the command list in --help.
    virtual QString summary() const = 0;
    // Adds the command's own options (and positional arguments after its name) to the parser.
    virtual void addOptions(QCommandLineParser& parser) = 0;
    // Runs with the parsed arguments; positionalArguments() starts with the command's name.
    // Returns an ExitCode.
    virtual int run(const QCommandLineParser& parser, CliContext& context) = 0;
};

std::unique_ptr<CliCommand> makeDemoCommand();
std::unique_ptr<CliCommand> makeImportCommand();
std::unique_ptr<CliCommand> makeExportCommand();
std::unique_ptr<CliCommand> makeStockCommand();
std::unique_ptr<CliCommand> makeSupportCommand();

} // namespace kontor::cli
