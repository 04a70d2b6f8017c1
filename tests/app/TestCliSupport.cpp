#include "common/Clock.h"
#include "settings/CalendarService.h"
#include "storage/Database.h"
#include "support/CliRunner.h"
#include "support/SupportService.h"

#include <QTemporaryDir>
#include <QTest>

using namespace kontor;

// `kontor-cli support status|sweep` on a real database file: a ticket opened three days ago and
// never answered is overdue; the sweep records the breach and escalates it once.
class TestCliSupport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void statusAndSweep()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"shop.kontor"_qs);
        Id ticketId;
        {
            ManualClock clock(QDateTime::currentMSecsSinceEpoch() - 3 * 24 * 3600 * 1000LL);
            auto db = Database::open(path, clock);
            QVERIFY(db);
            const Actor owner = Actor::owner();
            CalendarService calendar(**db);
            WorkingHours always; // round the clock, so the test does not depend on the weekday
            always.weekdays = {1, 2, 3, 4, 5, 6, 7};
            always.startMinute = 0;
            always.endMinute = 24 * 60;
            QVERIFY(calendar.setWorkingHours(owner, always));
            SupportService support(**db);
            NewTicket n;
            n.subject = u"Где заказ?"_qs;
            n.contactName = u"Покупатель"_qs;
            auto t = support.create(owner, n);
            QVERIFY(t);
            ticketId = t->id;
        }
        auto run = [&](const QStringList& args) {
            return test::runCli(QStringLiteral(KONTOR_CLI_PATH), args + QStringList{u"--database"_qs, path},
                                dir.path());
        };
        test::CliRun status = run({u"support"_qs, u"status"_qs});
        QCOMPARE(status.exitCode, 0);
        QVERIFY2(status.out.contains(u"Open tickets: 1"_qs) && status.out.contains(u"Overdue: 1"_qs),
                 qPrintable(status.out));
        test::CliRun sweep = run({u"support"_qs, u"sweep"_qs});
        QCOMPARE(sweep.exitCode, 0);
        QVERIFY2(sweep.out.contains(u"SLA breaches recorded: 2"_qs) && sweep.out.contains(u"escalated: 1"_qs),
                 qPrintable(sweep.out)); // first response (8 h) and resolution (40 h) are both over
        QVERIFY2(run({u"support"_qs, u"sweep"_qs}).out.contains(u"SLA breaches recorded: 0"_qs), "only once");
        {
            SystemClock clock;
            auto db = Database::open(path, clock);
            QVERIFY(db);
            auto t = SupportService(**db).ticket(Actor::owner(), ticketId);
            QVERIFY(t);
            QCOMPARE(t->priority, TicketPriority::High);
        }
        QCOMPARE(run({u"support"_qs, u"frobnicate"_qs}).exitCode, 2);
    }
};

QTEST_GUILESS_MAIN(TestCliSupport)
#include "TestCliSupport.moc"
