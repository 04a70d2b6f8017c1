#include "support/LongTranslator.h"
#include "support/Must.h"
#include "support/ProblemProductsModel.h"
#include "support/ScreenshotTools.h"
#include "support/ShippedOrders.h"
#include "support/SupportMetricsCharts.h"
#include "support/SupportMetricsData.h"
#include "support/SupportMetricsPage.h"
#include "support/SupportMetricsTableModel.h"
#include "support/SupportMetricsText.h"

#include <QAbstractItemModelTester>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QComboBox>
#include <QDateEdit>
#include <QLineSeries>
#include <QRandomGenerator>
#include <QTableView>
#include <QTest>
#include <QTranslator>

using namespace kontor;
using namespace kontor::test;
using Tile = SupportMetricsPage::Tile;

namespace {

void waitLoaded(SupportMetricsPage& page)
{
    QTRY_VERIFY_WITH_TIMEOUT(!page.isLoading(), 30000);
}

QLineSeries* lineSeries(QChart* chart, const QString& name)
{
    const QList<QAbstractSeries*> all = chart->series();
    for (QAbstractSeries* s : all) {
        if (s->name() == name)
            return qobject_cast<QLineSeries*>(s);
    }
    return nullptr;
}

// The cell of the row named `name` as the view shows it (sorted or not).
QString cell(QTableView* view, const QString& name, int column)
{
    const QAbstractItemModel* m = view->model();
    for (int r = 0; r < m->rowCount(); ++r) {
        if (m->index(r, SupportMetricsTableModel::Name).data().toString() == name)
            return m->index(r, column).data().toString();
    }
    return u"(no row %1)"_qs.arg(name);
}

// Nine weeks of a small shop's support (5 January - 27 February 2026), made through SupportService
// with the manual clock, for looking at the page: three agents, most tickets answered within the
// day, some waiting for the customer, a few reopened or late.
void buildSeveralWeeks(StockShop& shop)
{
    const Actor& owner = shop.owner;
    WorkingHours hours;
    hours.timeZoneId = "Europe/Moscow";
    must(shop.calendar.setWorkingHours(owner, hours));
    const auto at = [](QDate day, int minutes) {
        return QDateTime(day, QTime(0, 0).addSecs(minutes * 60), QTimeZone("Europe/Moscow"))
            .toMSecsSinceEpoch();
    };
    const auto setNow = [&](qint64 ms) { shop.tmp.clock().setMs(ms); };
    setNow(at(QDate(2026, 1, 2), 9 * 60));
    QList<Id> agents;
    for (const QString& name : {u"Анна Смирнова"_qs, u"Борис Кузнецов"_qs, u"Екатерина Волкова"_qs}) {
        User u;
        u.name = name;
        u.role = Role::Support;
        agents.append(must(shop.users.save(owner, u)).id);
    }
    QList<Id> products;
    for (const auto& [sku, name] :
         {std::pair{u"GRN-1"_qs, u"Кофемолка ручная"_qs},
          std::pair{u"KTL-2"_qs, u"Чайник электрический 1,7 л"_qs},
          std::pair{u"FLT-3"_qs, u"Фильтр для воды"_qs}, std::pair{u"MUG-4"_qs, u"Кружка термо 450 мл"_qs},
          std::pair{u"SCL-5"_qs, u"Весы кухонные"_qs}}) {
        products.append(shop.product(sku, name));
        shop.receive(products.last(), StockService::mainLocationId(), 1000);
    }
    const Customer customer = makeCustomer(shop, u"Ирина Петрова"_qs);
    QRandomGenerator random(20260227);
    // Orders: a few a day.
    QList<Id> orders;
    for (QDate day(2026, 1, 5); day <= QDate(2026, 2, 27); day = day.addDays(1)) {
        for (int n = random.bounded(2, 6); n > 0; --n) {
            const qint64 when = at(day, random.bounded(8 * 60, 22 * 60));
            setNow(when);
            Order draft;
            draft.orderedAt = when;
            draft.customerId = customer.id;
            draft.lines.append(
                must(shop.orders.lineFor(owner, products.at(random.bounded(int(products.size()))),
                                         Quantity::fromUnits(random.bounded(1, 4)))));
            const Order o = must(shop.orders.create(owner, draft));
            must(shop.orders.confirm(owner, o.id));
            orders.append(o.id);
        }
    }
    const QList<TicketChannel> channels{TicketChannel::Email,     TicketChannel::Email,
                                        TicketChannel::Chat,      TicketChannel::Phone,
                                        TicketChannel::Messenger, TicketChannel::Marketplace};
    for (QDate day(2026, 1, 5); day <= QDate(2026, 2, 27); day = day.addDays(1)) {
        // More on weekdays, growing towards February.
        const int count = (day.dayOfWeek() > 5 ? 1 : 3) + random.bounded(0, day.month() == 2 ? 4 : 3);
        for (int n = 0; n < count; ++n) {
            qint64 t = at(day, random.bounded(8 * 60, 21 * 60));
            setNow(t);
            NewTicket nt;
            nt.subject = u"Вопрос"_qs;
            nt.channel = channels.at(random.bounded(int(channels.size())));
            nt.contactName = u"Покупатель"_qs;
            nt.priority = random.bounded(10) == 0 ? TicketPriority::High : TicketPriority::Normal;
            nt.assigneeId = random.bounded(8) == 0 ? Id() : agents.at(random.bounded(int(agents.size())));
            if (random.bounded(3) == 0)
                nt.productId = products.at(random.bounded(int(products.size())));
            else if (random.bounded(2) == 0)
                nt.orderId = orders.at(random.bounded(int(orders.size())));
            nt.body = u"Здравствуйте!"_qs;
            const Id id = must(shop.support.create(owner, nt)).id;
            const qint64 end = at(QDate(2026, 2, 27), 17 * 60);
            const auto step = [&](int minMinutes, int maxMinutes) {
                t += qint64(random.bounded(minMinutes, maxMinutes)) * 60'000;
                setNow(std::min(t, end));
                return t < end;
            };
            // First reply: mostly within hours, sometimes the next day.
            if (!step(10, random.bounded(6) == 0 ? 30 * 60 : 6 * 60))
                continue;
            const bool waits = random.bounded(4) == 0;
            must(shop.support.reply(owner, id, u"Ответ"_qs, {},
                                    waits ? std::optional(TicketStatus::WaitingCustomer) : std::nullopt));
            if (waits) {
                if (!step(60, 48 * 60))
                    continue;
                must(shop.support.addCustomerMessage(owner, id, u"Уточнение"_qs, {}, t));
                if (!step(20, 8 * 60))
                    continue;
                must(shop.support.reply(owner, id, u"Ответ"_qs));
            }
            if (!step(30, random.bounded(5) == 0 ? 4 * 24 * 60 : 10 * 60))
                continue;
            must(shop.support.setStatus(owner, id, TicketStatus::Resolved));
            if (random.bounded(10) < 6 && step(60, 24 * 60))
                must(shop.support.recordCsat(
                    owner, id, random.bounded(10) < 8 ? random.bounded(4, 6) : random.bounded(1, 4)));
            if (random.bounded(12) == 0 && step(60, 48 * 60)) {
                must(shop.support.addCustomerMessage(owner, id, u"Опять не работает"_qs, {}, t));
                if (step(30, 6 * 60))
                    must(shop.support.reply(owner, id, u"Ответ"_qs, {}, TicketStatus::Resolved));
            }
        }
    }
    setNow(at(QDate(2026, 2, 27), 17 * 60));
}

// The heights of a line's points, and that they stand a week apart.
QList<qreal> weekly(const QLineSeries* series)
{
    QList<qreal> ys;
    const QList<QPointF> points = series->points();
    for (qsizetype i = 0; i < points.size(); ++i) {
        ys.append(points[i].y());
        if (i > 0 && points[i].x() - points[i - 1].x() != 7 * 24 * 3600 * 1000.0)
            return {-1};
    }
    return ys;
}

// Charts lay themselves out when the event loop runs.
void picture(QWidget* widget, const QString& name)
{
    if (!screenshotsWanted())
        return;
    QTest::qWait(200);
    screenshot(widget, name);
}

QStringList names(QTableView* view)
{
    QStringList list;
    for (int r = 0; r < view->model()->rowCount(); ++r)
        list.append(view->model()->index(r, 0).data().toString());
    return list;
}

} // namespace

// The support quality page on the data set of SupportMetricsData.h (its figures counted by hand in
// TestSupportMetrics): the tiles, the table switched between agents, channels, weeks and months,
// the charts and the problem products.
class TestSupportMetricsPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        if (screenshotsWanted())
            useSessionLanguage();
        else
            QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    }

    void periods()
    {
        using P = SupportMetricsPage::Period;
        const QDate today(2026, 2, 16);
        QCOMPARE(SupportMetricsPage::periodRange(P::ThisMonth, today),
                 std::make_pair(QDate(2026, 2, 1), today));
        QCOMPARE(SupportMetricsPage::periodRange(P::Last30Days, today),
                 std::make_pair(QDate(2026, 1, 18), today));
        QCOMPARE(SupportMetricsPage::periodRange(P::ThisQuarter, QDate(2026, 5, 15)),
                 std::make_pair(QDate(2026, 4, 1), QDate(2026, 5, 15)));
        QCOMPARE(SupportMetricsPage::periodRange(P::ThisYear, today),
                 std::make_pair(QDate(2026, 1, 1), today));
    }

    void durations()
    {
        using SupportMetricsText::duration;
        QCOMPARE(duration(0), u"0 min"_qs);
        QCOMPARE(duration(20'000), u"< 1 min"_qs);
        QCOMPARE(duration(45 * 60'000), u"45 min"_qs);
        QCOMPARE(duration(8 * 3'600'000), u"8 h"_qs);
        QCOMPARE(duration(3 * 3'600'000 + 20 * 60'000), u"3 h 20 min"_qs);
        QCOMPARE(duration(21'150'000), u"5 h 53 min"_qs); // 5 h 52 min 30 s, half-up
        QCOMPARE(SupportMetricsText::percent(7143), u"71.4\u00A0%"_qs);
        QCOMPARE(SupportMetricsText::percent(std::nullopt), u"—"_qs);
        QCOMPARE(SupportMetricsText::per100(16667), u"166.7"_qs);
    }

    void tilesTableChartsAndProducts()
    {
        StockShop shop;
        const SupportMetricsData d(shop);
        SupportMetricsPage page(shop.services(), shop.owner);
        QAbstractItemModelTester tester(page.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester productsTester(page.productsModel(),
                                                QAbstractItemModelTester::FailureReportingMode::QtTest);
        page.resize(1300, 900);
        page.show();
        waitLoaded(page);
        // This month so far: 1-16 February, with T11 of this morning -> 10 tickets, 250 per 100 orders.
        QCOMPARE(page.periodFrom(), QDate(2026, 2, 1));
        QCOMPARE(page.periodTo(), QDate(2026, 2, 16));
        QCOMPARE(page.tileValue(Tile::Tickets), u"10"_qs);
        QCOMPARE(page.tileDetail(Tile::Tickets), u"5 resolved\n250 per 100 orders"_qs);
        // Its weeks are named by their days in the month: Sunday 1 February alone, Monday 16 alone.
        page.setGrouping(SupportGrouping::Week);
        QCOMPARE(names(page.view()), (QStringList{u"1 Feb 2026"_qs, u"2 Feb – 8 Feb 2026"_qs,
                                                  u"9 Feb – 15 Feb 2026"_qs, u"16 Feb 2026"_qs}));
        page.setGrouping(SupportGrouping::Agent);

        // The fortnight of the data set.
        page.setPeriod(SupportMetricsPage::Period::Custom, QDate(2026, 2, 2), QDate(2026, 2, 15));
        waitLoaded(page);
        QVERIFY(page.findChild<QDateEdit*>(u"fromDate"_qs)->isVisible());
        QCOMPARE(page.tileValue(Tile::Tickets), u"9"_qs);
        QCOMPARE(page.tileDetail(Tile::Tickets), u"5 resolved\n225 per 100 orders"_qs);
        // First responses 1, 1, 2, 2.5, 5, 7.5, 10, 18 h: mean 5 h 52 min 30 s.
        QCOMPARE(page.tileValue(Tile::FirstResponse), u"5 h 53 min"_qs);
        QCOMPARE(page.tileDetail(Tile::FirstResponse), u"median 2 h 30 min\np90 18 h"_qs);
        QCOMPARE(page.tileValue(Tile::Resolution), u"9 h 30 min"_qs);
        QCOMPARE(page.tileDetail(Tile::Resolution), u"median 11 h\np90 18 h"_qs);
        QCOMPARE(page.tileValue(Tile::Sla), u"80\u00A0%"_qs);
        QCOMPARE(page.tileDetail(Tile::Sla), u"12 of 15 targets met"_qs);
        QCOMPARE(page.tileValue(Tile::Fcr), u"60\u00A0%"_qs);
        QCOMPARE(page.tileDetail(Tile::Fcr), u"3 of 5 resolved"_qs);
        QCOMPARE(page.tileValue(Tile::Csat), u"66.7\u00A0%"_qs);
        QCOMPARE(page.tileDetail(Tile::Csat), u"3 answers"_qs);
        QCOMPARE(page.tileValue(Tile::Backlog), u"6"_qs);
        QCOMPARE(page.tileDetail(Tile::Backlog), u"2 older than 7 days"_qs);
        QVERIFY(page.clockNote().startsWith(u"Times are in business hours of the shop calendar"_qs));

        // By agent (the first choice): Anna, Boris, unassigned.
        QTableView* view = page.view();
        QCOMPARE(page.grouping(), SupportGrouping::Agent);
        QCOMPARE(view->model()->headerData(0, Qt::Horizontal).toString(), u"Agent"_qs);
        QCOMPARE(names(view), (QStringList{u"Анна"_qs, u"Борис"_qs, u"Unassigned"_qs}));
        QCOMPARE(cell(view, u"Анна"_qs, SupportMetricsTableModel::Created), u"4"_qs);
        QCOMPARE(cell(view, u"Анна"_qs, SupportMetricsTableModel::FirstResponseAverage), u"8 h 45 min"_qs);
        QCOMPARE(cell(view, u"Анна"_qs, SupportMetricsTableModel::FirstResponseP90), u"18 h"_qs);
        QCOMPARE(cell(view, u"Анна"_qs, SupportMetricsTableModel::ResolutionAverage), u"10 h 20 min"_qs);
        QCOMPARE(cell(view, u"Анна"_qs, SupportMetricsTableModel::Sla), u"85.7\u00A0%"_qs);
        QCOMPARE(cell(view, u"Анна"_qs, SupportMetricsTableModel::Fcr), u"66.7\u00A0%"_qs);
        QCOMPARE(cell(view, u"Анна"_qs, SupportMetricsTableModel::Csat), u"100\u00A0%"_qs);
        QCOMPARE(cell(view, u"Анна"_qs, SupportMetricsTableModel::Open), u"3"_qs);
        QCOMPARE(cell(view, u"Борис"_qs, SupportMetricsTableModel::FirstResponseAverage), u"3 h 10 min"_qs);
        QCOMPARE(cell(view, u"Борис"_qs, SupportMetricsTableModel::ResolutionP90), u"12 h 30 min"_qs);
        QCOMPARE(cell(view, u"Unassigned"_qs, SupportMetricsTableModel::Sla), u"0\u00A0%"_qs);
        QCOMPARE(cell(view, u"Unassigned"_qs, SupportMetricsTableModel::ResolutionAverage), u"—"_qs);
        // The SLA figure's tooltip counts the targets.
        const QModelIndex annaSla = view->model()->index(0, SupportMetricsTableModel::Sla);
        QCOMPARE(annaSla.data(Qt::ToolTipRole).toString().section(u'\n', 0, 0), u"6 of 7 targets met"_qs);
        QVERIFY(!view->isColumnHidden(SupportMetricsTableModel::Open));

        // By channel.
        page.setGrouping(SupportGrouping::Channel);
        QCOMPARE(view->model()->headerData(0, Qt::Horizontal).toString(), u"Channel"_qs);
        QCOMPARE(view->model()->rowCount(), 5);
        QCOMPARE(cell(view, SupportKinds::channelName(TicketChannel::Chat), SupportMetricsTableModel::Sla),
                 u"75\u00A0%"_qs);
        QCOMPARE(
            cell(view, SupportKinds::channelName(TicketChannel::Email), SupportMetricsTableModel::Created),
            u"3"_qs);
        QCOMPARE(cell(view, SupportKinds::channelName(TicketChannel::WebForm), SupportMetricsTableModel::Sla),
                 u"—"_qs);

        // By week: two weeks, no backlog column (it is taken now, not per week).
        page.setGrouping(SupportGrouping::Week);
        QCOMPARE(view->model()->headerData(0, Qt::Horizontal).toString(), u"Week"_qs);
        QCOMPARE(names(view), (QStringList{u"2 Feb – 8 Feb 2026"_qs, u"9 Feb – 15 Feb 2026"_qs}));
        QCOMPARE(cell(view, u"2 Feb – 8 Feb 2026"_qs, SupportMetricsTableModel::Created), u"5"_qs);
        QCOMPARE(cell(view, u"2 Feb – 8 Feb 2026"_qs, SupportMetricsTableModel::Sla), u"75\u00A0%"_qs);
        QCOMPARE(cell(view, u"9 Feb – 15 Feb 2026"_qs, SupportMetricsTableModel::Sla), u"100\u00A0%"_qs);
        QVERIFY(view->isColumnHidden(SupportMetricsTableModel::Open));
        page.setGrouping(SupportGrouping::Month);
        QCOMPARE(names(view), QStringList{u"February 2026"_qs});
        QCOMPARE(page.groupingCombo()->currentText(), u"By month"_qs);

        // Charts: created and resolved per week (2 series of 2 points), SLA per week (1 series, 2
        // points), the backlog in 4 bars.
        SupportMetricsCharts* charts = page.charts();
        QCOMPARE(charts->volumeChart()->series().size(), 2);
        QLineSeries* created = lineSeries(charts->volumeChart(), u"Created"_qs);
        QLineSeries* resolved = lineSeries(charts->volumeChart(), u"Resolved"_qs);
        QVERIFY(created && resolved);
        QCOMPARE(weekly(created), (QList<qreal>{5, 4}));
        QCOMPARE(weekly(resolved), (QList<qreal>{4, 1}));
        // The first week's point on its Monday, 2 February.
        QCOMPARE(QDateTime::fromMSecsSinceEpoch(qint64(created->at(0).x())).date(), QDate(2026, 2, 2));
        QCOMPARE(charts->slaChart()->series().size(), 1);
        QLineSeries* sla = lineSeries(charts->slaChart(), u"Targets met"_qs);
        QVERIFY(sla);
        QCOMPARE(weekly(sla), (QList<qreal>{75, 100}));
        QCOMPARE(charts->backlogChart()->series().size(), 1);
        auto* bars = qobject_cast<QBarSeries*>(charts->backlogChart()->series().at(0));
        QVERIFY(bars);
        QCOMPARE(bars->barSets().size(), 1);
        const QBarSet* set = bars->barSets().at(0);
        QCOMPARE(set->count(), 4);
        QCOMPARE((QList<qreal>{set->at(0), set->at(1), set->at(2), set->at(3)}), (QList<qreal>{2, 1, 1, 2}));

        // Problem products: Кофемолка 5 tickets per 3 sold, Чайник 2 per 4, Фильтр 1 per 4.
        const QAbstractItemModel* products = page.productsView()->model();
        QCOMPARE(products->rowCount(), 3);
        QCOMPARE(products->index(0, ProblemProductsModel::Product).data().toString(), u"Кофемолка"_qs);
        QCOMPARE(products->index(0, ProblemProductsModel::Tickets).data().toInt(), 5);
        QCOMPARE(products->index(0, ProblemProductsModel::UnitsSold).data().toString(), u"3"_qs);
        QCOMPARE(products->index(0, ProblemProductsModel::Per100Units).data().toString(), u"166.7"_qs);
        QCOMPARE(products->index(2, ProblemProductsModel::Product).data().toString(), u"Фильтр"_qs);
        QCOMPARE(products->index(2, ProblemProductsModel::Per100Units).data().toString(), u"25"_qs);

        page.setGrouping(SupportGrouping::Agent);
        picture(&page, u"support-metrics-page"_qs);
    }

    // Only when pictures are asked for (KONTOR_SCREENSHOTS): the page over nine weeks of tickets.
    void screenshotOfSeveralWeeks()
    {
        if (!screenshotsWanted())
            QSKIP("no screenshots asked for");
        StockShop shop;
        buildSeveralWeeks(shop);
        SupportMetricsPage page(shop.services(), shop.owner);
        page.resize(1360, 860);
        page.show();
        page.setPeriod(SupportMetricsPage::Period::ThisQuarter);
        waitLoaded(page);
        QVERIFY(page.report().summary.figures.created > 100);
        picture(&page, u"support-metrics-quarter"_qs);
        page.setGrouping(SupportGrouping::Week);
        picture(&page, u"support-metrics-quarter-weeks"_qs);
        page.resize(1000, 700);
        picture(&page, u"support-metrics-quarter-small"_qs);

        // In Russian, with this page's strings (not translated yet) half as long again.
        QTranslator russian;
        QVERIFY(russian.load(u":/i18n/kontor_ru.qm"_qs));
        QCoreApplication::installTranslator(&russian);
        LongTranslator longer({u"kontor::SupportMetrics"_qs, u"kontor::ProblemProductsModel"_qs}, 50);
        QCoreApplication::installTranslator(&longer);
        QLocale::setDefault(QLocale(QLocale::Russian, QLocale::Russia));
        {
            SupportMetricsPage ru(shop.services(), shop.owner);
            ru.resize(1280, 800);
            ru.show();
            ru.setPeriod(SupportMetricsPage::Period::ThisQuarter);
            waitLoaded(ru);
            picture(&ru, u"support-metrics-quarter-long"_qs);
            ru.resize(1000, 700);
            picture(&ru, u"support-metrics-quarter-long-small"_qs);
        }
        QCoreApplication::removeTranslator(&longer);
        QCoreApplication::removeTranslator(&russian);
    }

    void recomputesWhenTicketsChange()
    {
        StockShop shop;
        const SupportMetricsData d(shop);
        SupportMetricsPage page(shop.services(), shop.owner);
        page.resize(1200, 800);
        page.show();
        waitLoaded(page);
        page.setPeriod(SupportMetricsPage::Period::Custom, QDate(2026, 2, 2), QDate(2026, 2, 15));
        waitLoaded(page);
        QCOMPARE(page.tileValue(Tile::Backlog), u"6"_qs);
        // T10 (Sunday evening, Boris) is answered and resolved now: one open ticket less.
        must(shop.support.reply(shop.owner, d.tickets.at(10).id, u"Да, доставляем."_qs, {},
                                TicketStatus::Resolved));
        QTRY_COMPARE_WITH_TIMEOUT(page.tileValue(Tile::Backlog), u"5"_qs, 10000);
        waitLoaded(page);
        QCOMPARE(page.tileDetail(Tile::Backlog), u"2 older than 7 days"_qs);
    }
};

QTEST_MAIN(TestSupportMetricsPage)
#include "TestSupportMetricsPage.moc"
