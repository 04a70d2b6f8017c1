#include "AppSettings.h"
#include "MainWindow.h"
#include "common/MessageBox.h"
#include "customers/CustomerDialog.h"
#include "support/Must.h"
#include "support/NotificationButton.h"
#include "support/SupportDesk.h"
#include "support/SupportPage.h"
#include "support/TicketListModel.h"
#include "support/TicketView.h"

#include <QFrame>
#include <QHeaderView>
#include <QListWidget>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace kontor;
using test::must;
using test::SupportDesk;

namespace {

qint64 wed(int h, int min = 0)
{
    return SupportDesk::at(2026, 1, 14, h, min);
}

QStringList navigationTitles(MainWindow& window)
{
    auto* navigation = window.findChild<QListWidget*>(u"navigation"_qs);
    QStringList titles;
    for (int row = 0; row < navigation->count(); ++row)
        titles.append(navigation->item(row)->text());
    return titles;
}

struct Desk : SupportDesk
{
    QTemporaryDir dir;
    AppSettings settings{dir.filePath(u"settings.ini"_qs)};
};

} // namespace

class TestSupportNotifications : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { MessageBox::setTestMode(true); }
    void init() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void supportPageAfterReturnsForThoseWhoHandleTickets()
    {
        Desk desk;
        MainWindow owner(desk.services(), desk.owner, desk.settings);
        const QStringList titles = navigationTitles(owner);
        QCOMPARE(titles.indexOf(u"Support"_qs), titles.indexOf(u"Returns"_qs) + 1);
        QVERIFY(owner.supportPage());
        QVERIFY(owner.notificationButton());
        QVERIFY(owner.statusBar()->isAncestorOf(owner.notificationButton()));
        owner.showPage(u"support"_qs);
        QCOMPARE(owner.findChild<QStackedWidget*>()->currentWidget(),
                 static_cast<QWidget*>(owner.supportPage()));
        QVERIFY(owner.sweepTimer());
        QCOMPARE(owner.sweepTimer()->interval(), 60 * 1000);
        QVERIFY(owner.sweepTimer()->isActive());

        MainWindow agent(desk.services(), Actor::withRole(Role::Support, u"Agent"_qs), desk.settings);
        QVERIFY(agent.supportPage());
        QVERIFY(agent.notificationButton());

        // The warehouse does not handle tickets: no page, no bell, no sweeping.
        MainWindow warehouse(desk.services(), Actor::withRole(Role::Warehouse), desk.settings);
        QVERIFY(!navigationTitles(warehouse).contains(u"Support"_qs));
        QVERIFY(!warehouse.supportPage());
        QVERIFY(!warehouse.notificationButton());
        QVERIFY(!warehouse.sweepTimer());
        QVERIFY(!warehouse.findChild<NotificationButton*>());
        warehouse.sweepSupport(); // nothing to do, nothing to complain about
    }

    void sweepingRecordsBreachesAndTheBellOpensTheTicket()
    {
        Desk desk;
        // Urgent: the first response is due an hour after 10:00.
        const Ticket t = desk.open(u"Charged twice"_qs, wed(10), TicketPriority::Urgent);
        MainWindow window(desk.services(), desk.owner, desk.settings);
        window.show();
        NotificationButton* bell = window.notificationButton();
        QTRY_COMPARE(bell->unreadCount(), 0);
        QCOMPARE(bell->text(), QString());

        desk.setNow(wed(11, 30));
        window.sweepSupport();
        // The breach at 11:00, and the escalation it brings (already urgent: no step up), to the
        // owner, as nobody is assigned.
        QCOMPARE(bell->unreadCount(), 2);
        QCOMPARE(bell->text(), u"2"_qs);
        QVERIFY(must(desk.support.events(desk.owner, t.id)).size() >= 2);
        bell->showList();
        QVERIFY(bell->popup()->isVisible());
        QCOMPARE(bell->list()->count(), 2);
        QStringList texts;
        for (int row = 0; row < bell->list()->count(); ++row)
            texts.append(bell->list()->item(row)->text().section(u'\n', 0, 1));
        QVERIFY(texts.contains(t.number + u": SLA breached (first response)\nCharged twice"_qs));
        QVERIFY(texts.contains(t.number + u" escalated\nCharged twice"_qs));

        window.showPage(u"products"_qs);
        const int breach = texts.indexOf(t.number + u": SLA breached (first response)\nCharged twice"_qs);
        bell->activate(breach);
        QVERIFY(!bell->popup()->isVisible());
        QCOMPARE(window.currentPageKey(), u"support"_qs);
        QCOMPARE(window.supportPage()->currentTicketId(), t.id);
        QCOMPARE(window.supportPage()->ticketView()->ticketId(), t.id);
        QCOMPARE(bell->unreadCount(), 1);
        QCOMPARE(must(desk.support.notifications(desk.owner)).size(), 1);
        QCOMPARE(must(desk.support.notifications(desk.owner)).at(0).kind, u"escalated"_qs);

        bell->showList();
        bell->markAllRead();
        QCOMPARE(bell->unreadCount(), 0);
        QCOMPARE(must(desk.support.unreadCount(desk.owner)), 0);
        QCOMPARE(bell->list()->count(), 1); // "Nothing new."
        QCOMPARE(bell->list()->item(0)->flags(), Qt::NoItemFlags);

        // An assignment from someone else rings the bell at once.
        const User boris = desk.agent(u"Boris"_qs);
        const Actor borisActor = Actor::withRole(Role::Support, u"Boris"_qs, boris.id);
        const Ticket other = desk.open(u"Gloves"_qs, wed(11, 40));
        must(desk.support.assign(borisActor, other.id, Actor::ownerId()));
        QCOMPARE(bell->unreadCount(), 1);
        bell->showList();
        QCOMPARE(bell->list()->item(0)->text().section(u'\n', 0, 0), other.number + u" assigned to you"_qs);
    }

    void customerCardListsTheirTickets()
    {
        Desk desk;
        const Ticket open = desk.open(u"Parcel"_qs, wed(10), TicketPriority::Normal, true);
        const Ticket done = desk.open(u"Invoice"_qs, wed(10, 30), TicketPriority::Normal, true);
        desk.open(u"Not Anna's"_qs, wed(11));
        must(desk.support.setStatus(desk.owner, done.id, TicketStatus::Resolved));
        CustomerDialog card(desk.services(), desk.owner, desk.anna.id);
        QVERIFY(card.tabs()->isTabVisible(CustomerDialog::TicketsTab));
        QCOMPARE(card.tabs()->tabText(CustomerDialog::TicketsTab), u"T&ickets"_qs);
        QVERIFY(card.ticketsModel());
        QTRY_VERIFY(!card.ticketsModel()->isLoading());
        QCOMPARE(card.ticketsModel()->rowCount(), 2); // open and resolved, only hers
        QVERIFY(card.ticketsModel()->rowOf(open.id) >= 0);
        QVERIFY(card.ticketsModel()->rowOf(done.id) >= 0);
        QVERIFY(card.ticketsView()->horizontalHeader()->isSectionHidden(TicketListModel::Requester));

        // Those who do not handle tickets do not see them; a new customer has none.
        CustomerDialog warehouse(desk.services(), Actor::withRole(Role::Warehouse), desk.anna.id);
        QVERIFY(!warehouse.tabs()->isTabVisible(CustomerDialog::TicketsTab));
        QVERIFY(!warehouse.ticketsModel());
        CustomerDialog fresh(desk.services(), desk.owner);
        QVERIFY(!fresh.tabs()->isTabVisible(CustomerDialog::TicketsTab));
    }
};

QTEST_MAIN(TestSupportNotifications)
#include "TestSupportNotifications.moc"
