#include "support/Must.h"
#include "support/SlaClock.h"
#include "support/SupportDesk.h"
#include "support/SupportText.h"
#include "support/TicketListModel.h"

#include <QAbstractItemModelTester>
#include <QIcon>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

using namespace kontor;
using test::must;
using test::SupportDesk;

namespace {

// Wednesday 14 January 2026 in Moscow.
qint64 wed(int h, int min = 0)
{
    return SupportDesk::at(2026, 1, 14, h, min);
}

QString text(const TicketListModel& model, int row, int column)
{
    return model.data(model.index(row, column)).toString();
}

// A: normal at 10:00 (first response due 18:00, amber from 16:00); B: urgent at 11:00 (due 12:00,
// amber from 11:45); C: normal at 11:00, answered at 11:30 and waiting for the customer.
struct Queue
{
    SupportDesk desk;
    Ticket a;
    Ticket b;
    Ticket c;

    Queue()
    {
        a = desk.open(u"Where is my parcel"_qs, wed(10), TicketPriority::Normal, true);
        b = desk.open(u"Charged twice"_qs, wed(11), TicketPriority::Urgent);
        c = desk.open(u"Size chart"_qs, wed(11));
        desk.setNow(wed(11, 30));
        must(desk.support.reply(desk.owner, c.id, u"Which size do you wear?"_qs, {},
                                TicketStatus::WaitingCustomer));
    }
};

void waitLoaded(const TicketListModel& model)
{
    QTRY_VERIFY(!model.isLoading());
}

} // namespace

class TestTicketListModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void rowsInUrgencyOrderWithTheirCountdowns()
    {
        Queue q;
        must(q.desk.support.assign(q.desk.owner, q.a.id, Actor::ownerId()));
        q.desk.setNow(wed(15, 45));
        TicketListModel model(q.desk.services(), q.desk.owner);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        waitLoaded(model);
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.columnCount(), int(TicketListModel::ColumnCount));
        // The nearest deadline first: B's 12:00, A's 18:00, then C without a running clock.
        QCOMPARE(text(model, 0, TicketListModel::Number), q.b.number);
        QCOMPARE(text(model, 1, TicketListModel::Number), q.a.number);
        QCOMPARE(text(model, 2, TicketListModel::Number), q.c.number);
        QCOMPARE(model.rowOf(q.a.id), 1);
        QCOMPARE(model.data(model.index(1, 0), TicketListModel::IdRole).value<Id>(), q.a.id);

        QCOMPARE(text(model, 1, TicketListModel::Subject), u"Where is my parcel"_qs);
        QCOMPARE(text(model, 1, TicketListModel::Requester), u"Anna Petrova"_qs);
        QCOMPARE(text(model, 0, TicketListModel::Requester), u"Irina"_qs);
        QCOMPARE(text(model, 1, TicketListModel::Status), u"New"_qs);
        QCOMPARE(text(model, 2, TicketListModel::Status), u"Waiting for customer"_qs);
        QCOMPARE(text(model, 0, TicketListModel::Priority), u"Urgent"_qs);
        QCOMPARE(text(model, 1, TicketListModel::Assignee), u"Owner"_qs);
        QCOMPARE(text(model, 0, TicketListModel::Assignee), u"Unassigned"_qs);

        // At 15:45: 2 h 15 min of A's eight hours are left; B is 3 h 45 min over; C waits.
        QCOMPARE(text(model, 1, TicketListModel::Sla), u"2 h 15 min left"_qs);
        QCOMPARE(text(model, 0, TicketListModel::Sla), u"overdue 3 h 45 min"_qs);
        QCOMPARE(text(model, 2, TicketListModel::Sla), u"paused"_qs);
        QCOMPARE(model.data(model.index(1, TicketListModel::Sla), TicketListModel::SlaLeftRole).toLongLong(),
                 135 * 60 * 1000);
        QVERIFY(model.data(model.index(2, TicketListModel::Sla), TicketListModel::SlaLeftRole).isNull());

        // Thursday 9:30: the night does not count, A is half an hour over.
        q.desk.setNow(SupportDesk::at(2026, 1, 15, 9, 30));
        QCOMPARE(text(model, 1, TicketListModel::Sla), u"overdue 30 min"_qs);
        // Time left is rounded up: half a minute left still reads as a minute.
        q.desk.setNow(wed(17, 59) + 30 * 1000);
        QCOMPARE(text(model, 1, TicketListModel::Sla), u"1 min left"_qs);
        q.desk.setNow(wed(17, 30));
        QCOMPARE(text(model, 1, TicketListModel::Sla), u"30 min left"_qs);
    }

    void warningAndBreachColours()
    {
        Queue q;
        q.desk.setNow(wed(15, 59));
        TicketListModel model(q.desk.services(), q.desk.owner);
        waitLoaded(model);
        const QModelIndex a = model.index(model.rowOf(q.a.id), TicketListModel::Sla);
        const QModelIndex b = model.index(model.rowOf(q.b.id), TicketListModel::Sla);
        const QModelIndex c = model.index(model.rowOf(q.c.id), TicketListModel::Sla);
        QCOMPARE(model.data(a, TicketListModel::SlaStateRole).toInt(), int(SlaState::Ok));
        QVERIFY(!model.data(a, Qt::BackgroundRole).isValid());
        QCOMPARE(model.data(b, Qt::BackgroundRole).value<QColor>(), SupportText::breachBackground());
        QCOMPARE(model.data(b, TicketListModel::SlaStateRole).toInt(), int(SlaState::Breached));
        // 16:00: three quarters of A's eight hours are used.
        q.desk.setNow(wed(16));
        QCOMPARE(model.data(a, TicketListModel::SlaStateRole).toInt(), int(SlaState::Warning));
        QCOMPARE(model.data(a, Qt::BackgroundRole).value<QColor>(), SupportText::warningBackground());
        QVERIFY(SupportText::warningBackground() != SupportText::breachBackground());
        QCOMPARE(model.data(c, TicketListModel::SlaStateRole).toInt(), int(SlaState::Paused));
        QVERIFY(!model.data(c, Qt::BackgroundRole).isValid());
        // Only the SLA column is coloured.
        QVERIFY(!model.data(model.index(a.row(), TicketListModel::Subject), Qt::BackgroundRole).isValid());
    }

    void anEarlierBreachIsMarked()
    {
        Queue q;
        // B answered at 15:45, long after its 12:00 first-response deadline: the breach is recorded,
        // and its resolution clock (8 h from 11:00, due Thursday 10:00) runs on.
        q.desk.setNow(wed(15, 45));
        must(q.desk.support.reply(q.desk.owner, q.b.id, u"Refunded the second charge."_qs));
        TicketListModel model(q.desk.services(), q.desk.owner);
        waitLoaded(model);
        const int row = model.rowOf(q.b.id);
        QCOMPARE(row, 1); // after A (18:00 today)
        const QModelIndex sla = model.index(row, TicketListModel::Sla);
        QCOMPARE(model.data(sla).toString(), u"3 h 15 min left"_qs);
        QCOMPARE(model.data(sla, TicketListModel::SlaStateRole).toInt(), int(SlaState::Ok));
        QVERIFY(model.data(sla, TicketListModel::BreachedBeforeRole).toBool());
        QVERIFY(!model.data(sla, Qt::DecorationRole).value<QIcon>().isNull());
        QVERIFY(model.data(sla, Qt::ToolTipRole).toString().contains(u"breached"_qs));
        // A never breached: no mark.
        const QModelIndex a = model.index(model.rowOf(q.a.id), TicketListModel::Sla);
        QVERIFY(!model.data(a, TicketListModel::BreachedBeforeRole).toBool());
        QVERIFY(!model.data(a, Qt::DecorationRole).isValid());
    }

    void theCountdownFollowsTheClockWithoutReading()
    {
        Queue q;
        q.desk.setNow(wed(15, 45));
        TicketListModel model(q.desk.services(), q.desk.owner);
        waitLoaded(model);
        QCOMPARE(model.tickTimer()->interval(), 30 * 1000);
        QVERIFY(model.tickTimer()->isActive());
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        q.desk.setNow(wed(16, 15));
        model.tick();
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.at(0).at(0).toModelIndex(), model.index(0, TicketListModel::Sla));
        QCOMPARE(changed.at(0).at(1).toModelIndex(), model.index(2, TicketListModel::Sla));
        QVERIFY(changed.at(0).at(2).value<QList<int>>().contains(Qt::BackgroundRole));
        QCOMPARE(reset.size(), 0);
        QVERIFY(!model.isLoading());
        QCOMPARE(text(model, model.rowOf(q.a.id), TicketListModel::Sla), u"1 h 45 min left"_qs);
    }

    void reloadsWhenTicketsChange()
    {
        Queue q;
        q.desk.setNow(wed(12, 30));
        TicketListModel model(q.desk.services(), q.desk.owner);
        waitLoaded(model);
        QCOMPARE(model.rowCount(), 3);
        QSignalSpy loaded(&model, &TicketListModel::loaded);
        must(q.desk.support.setStatus(q.desk.owner, q.b.id, TicketStatus::Resolved));
        QTRY_COMPARE(model.rowCount(), 2); // open tickets only
        QCOMPARE(model.rowOf(q.b.id), -1);
        TicketFilter all;
        all.openOnly = false;
        model.setFilter(all);
        waitLoaded(model);
        QCOMPARE(model.rowCount(), 3);
        const QModelIndex b = model.index(model.rowOf(q.b.id), TicketListModel::Sla);
        QCOMPARE(model.data(b).toString(), u"missed"_qs); // resolved after its first response was due
        QVERIFY(loaded.size() >= 1);
    }

    void queues()
    {
        Queue q;
        must(q.desk.support.assign(q.desk.owner, q.a.id, Actor::ownerId()));
        TicketFilter mine;
        mine.queue = TicketQueue::Mine;
        mine.me = Actor::ownerId();
        TicketListModel model(q.desk.services(), q.desk.owner, mine);
        waitLoaded(model);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.rowAt(0)->id, q.a.id);
        TicketFilter unassigned;
        unassigned.queue = TicketQueue::Unassigned;
        model.setFilter(unassigned);
        waitLoaded(model);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.rowOf(q.a.id), -1);
    }

    void durations_data()
    {
        QTest::addColumn<qint64>("ms");
        QTest::addColumn<bool>("business");
        QTest::addColumn<bool>("up");
        QTest::addColumn<QString>("expected");
        constexpr qint64 minute = 60 * 1000;
        QTest::newRow("minutes") << 45 * minute << true << false << u"45 min"_qs;
        QTest::newRow("hours") << 3 * 60 * minute << true << false << u"3 h"_qs;
        QTest::newRow("both") << 135 * minute << true << false << u"2 h 15 min"_qs;
        QTest::newRow("round down") << 135 * minute + 59 * 1000 << true << false << u"2 h 15 min"_qs;
        QTest::newRow("round up") << 135 * minute + 1000 << true << true << u"2 h 16 min"_qs;
        QTest::newRow("under a minute") << qint64(20 * 1000) << true << false << u"< 1 min"_qs;
        QTest::newRow("business hours stay hours") << 40 * 60 * minute << true << false << u"40 h"_qs;
        QTest::newRow("calendar days") << (26 * 60 + 10) * minute << false << false << u"1 d 2 h"_qs;
        QTest::newRow("whole days") << 48 * 60 * minute << false << false << u"2 d"_qs;
    }

    void durations()
    {
        QFETCH(qint64, ms);
        QFETCH(bool, business);
        QFETCH(bool, up);
        QFETCH(QString, expected);
        QCOMPARE(SupportText::duration(ms, business, up), expected);
    }
};

QTEST_MAIN(TestTicketListModel)
#include "TestTicketListModel.moc"
