// SupportCommand: `kontor-cli support sweep` records the SLA warnings and breaches that happened by
// now in the open tickets, escalates them per their policies and closes tickets resolved longer ago
// than the reopen period (what the app does every minute while it is open), so a scheduled job can
// keep the desk honest while nobody has Kontor open. `kontor-cli support status` prints how many
// open tickets are on track, due soon, overdue or paused. Exit 0, or 1 on an error.

#include "CliCommand.h"
#include "support/SlaClock.h"
#include "support/SupportService.h"

#include <QCoreApplication>

namespace kontor::cli {

namespace {

QString tr(const char* text, const char* disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("kontor::cli::SupportCommand", text, disambiguation, n);
}

class SupportCommand final : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("support"); }
    QString summary() const override
    {
        return tr("Support tickets: support sweep (record SLA breaches, escalate), support status.");
    }

    void addOptions(QCommandLineParser& parser) override
    {
        parser.addPositionalArgument(
            QStringLiteral("sweep|status"),
            tr("sweep: record SLA warnings and breaches up to now, escalate, close "
               "tickets resolved long ago; status: count open tickets by SLA state."));
    }

    int run(const QCommandLineParser& parser, CliContext& context) override
    {
        const QStringList args = parser.positionalArguments();
        const QString action = args.value(1);
        if (args.size() != 2 || (action != u"sweep" && action != u"status"))
            return context.usageError(tr("Use: support sweep, or support status."), name());
        auto database = context.database();
        if (!database)
            return context.fail(database.error());
        SupportService support(**database);
        if (action == u"sweep") {
            auto done = support.sweep(context.actor());
            if (!done)
                return context.fail(done.error());
            context.out() << tr("SLA warnings recorded: %n.", nullptr, done->warnings) << Qt::endl
                          << tr("SLA breaches recorded: %n.", nullptr, done->breaches) << Qt::endl
                          << tr("Tickets escalated: %n.", nullptr, done->escalations) << Qt::endl
                          << tr("Resolved tickets closed: %n.", nullptr, done->closed) << Qt::endl;
            return ExitOk;
        }
        auto rows = support.slaSummary(context.actor());
        if (!rows)
            return context.fail(rows.error());
        const qint64 now = (*database)->clock().nowMs();
        QMap<SlaState, int> counts;
        for (const TicketSla& row : *rows)
            ++counts[SlaClock::rowState(row, now)];
        context.out() << tr("Open tickets: %n.", nullptr, int(rows->size())) << Qt::endl;
        for (SlaState s :
             {SlaState::Breached, SlaState::Warning, SlaState::Ok, SlaState::Paused, SlaState::None})
            context.out() << SupportKinds::stateName(s) << u": "_qs << counts.value(s) << Qt::endl;
        return ExitOk;
    }
};

} // namespace

std::unique_ptr<CliCommand> makeSupportCommand()
{
    return std::make_unique<SupportCommand>();
}

} // namespace kontor::cli
