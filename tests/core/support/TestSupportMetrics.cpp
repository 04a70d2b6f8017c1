#include "support/Must.h"
#include "support/SupportMetrics.h"
#include "support/SupportMetricsData.h"

#include <QTest>

using namespace kontor;
using namespace kontor::test;

namespace {

constexpr qint64 hour = 3600 * 1000;
constexpr qint64 minute = 60 * 1000;

struct Shop
{
    StockShop shop;
    SupportMetricsData d{shop};
    SupportMetrics metrics{shop.tmp.db()};
};

const SupportMetricsRow* agentRow(const QList<SupportMetricsRow>& rows, const Id& agent)
{
    for (const SupportMetricsRow& r : rows) {
        if (r.agentId == agent)
            return &r;
    }
    return nullptr;
}

const SupportMetricsRow* channelRow(const QList<SupportMetricsRow>& rows, TicketChannel channel)
{
    for (const SupportMetricsRow& r : rows) {
        if (r.channel == channel)
            return &r;
    }
    return nullptr;
}

void compareDurations(const DurationStats& s, int count, qint64 average, qint64 median, qint64 p90)
{
    QCOMPARE(s.count, count);
    QCOMPARE(s.averageMs, average);
    QCOMPARE(s.medianMs, median);
    QCOMPARE(s.p90Ms, p90);
    QCOMPARE(s.calendarCount, 0); // every policy counts business hours
}

void compareSla(const SlaTally& s, int due, int met)
{
    QCOMPARE(s.due, due);
    QCOMPARE(s.met, met);
}

} // namespace

// The support quality figures on the hand-built data set of SupportMetricsData.h (read its comment
// for what happens to each ticket): the period is 2-15 February 2026, now is Monday 16 February
// 10:00 Moscow. Every figure below is counted by hand from that story.
class TestSupportMetrics : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void percentilesAreNearestRank_data()
    {
        QTest::addColumn<QList<qint64>>("values");
        QTest::addColumn<int>("p");
        QTest::addColumn<qint64>("expected");
        QTest::newRow("none") << QList<qint64>{} << 50 << qint64(0);
        QTest::newRow("one") << QList<qint64>{7} << 90 << qint64(7);
        // Median of 4: ceil(2) = the 2nd smallest (no averaging of the two middle values).
        QTest::newRow("median of 4") << QList<qint64>{1, 2, 3, 4} << 50 << qint64(2);
        QTest::newRow("median of 5") << QList<qint64>{1, 2, 3, 4, 5} << 50 << qint64(3);
        // p90 of 10: ceil(9) = the 9th; of 11: ceil(9.9) = the 10th; of 5: ceil(4.5) = the 5th.
        QTest::newRow("p90 of 10") << QList<qint64>{1, 2, 3, 4, 5, 6, 7, 8, 9, 10} << 90 << qint64(9);
        QTest::newRow("p90 of 11") << QList<qint64>{1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11} << 90 << qint64(10);
        QTest::newRow("p90 of 5") << QList<qint64>{1, 2, 3, 4, 5} << 90 << qint64(5);
    }
    void percentilesAreNearestRank()
    {
        QFETCH(QList<qint64>, values);
        QFETCH(int, p);
        QFETCH(qint64, expected);
        QCOMPARE(SupportMetrics::percentile(values, p), expected);
    }

    void durationStatsRoundTheAverageHalfUp()
    {
        // Unsorted in, sorted inside: 1 + 2 + 2 = 5 / 3 = 1.67 -> 2; median the 2nd = 2; p90 the 3rd = 2.
        const DurationStats s = SupportMetrics::durationStats({2, 1, 2}, 1);
        QCOMPARE(s.count, 3);
        QCOMPARE(s.averageMs, qint64(2));
        QCOMPARE(s.medianMs, qint64(2));
        QCOMPARE(s.p90Ms, qint64(2));
        QCOMPARE(s.calendarCount, 1);
        QVERIFY(SupportMetrics::durationStats({}).isEmpty());
    }

    void periodIsLocalDaysOfTheShop()
    {
        Shop s;
        // 2 February 00:00 Moscow to 16 February 00:00 Moscow (UTC+3: 21:00 UTC the day before).
        const auto p = must(s.metrics.period(s.shop.owner, QDate(2026, 2, 2), QDate(2026, 2, 15)));
        QCOMPARE(p.first, s.d.from);
        QCOMPARE(p.second, s.d.to);
        QCOMPARE(p.first, QDateTime(QDate(2026, 2, 1), QTime(21, 0), QTimeZone::utc()).toMSecsSinceEpoch());
        QCOMPARE(must(s.metrics.today(s.shop.owner)), QDate(2026, 2, 16));
    }

    void summaryOfThePeriod()
    {
        Shop s;
        const SupportSummary sum = must(s.metrics.summary(s.shop.owner, s.d.from, s.d.to, s.d.now));
        const SupportFigures& f = sum.figures;
        QCOMPARE(sum.now, s.d.now);

        // Created in the period: T1-T7, T9, T10 = 9 (T0 is January's, T8 was merged, T11 is after).
        QCOMPARE(f.created, 9);
        // Resolved in the period: T0, T1 (2 Feb), T3 (5 Feb), T2 (6 Feb), T4 (9 Feb) = 5.
        QCOMPARE(f.resolved, 5);

        // First responses in the period: T0 18 h, T1 2 h, T2 7.5 h, T3 10 h, T4 1 h, T5 2.5 h, T6 1 h,
        // T7 5 h. Sorted 1, 1, 2, 2.5, 5, 7.5, 10, 18: sum 47 h / 8 = 5 h 52 min 30 s; median the
        // ceil(4)th = 2.5 h; p90 the ceil(7.2) = 8th = 18 h.
        compareDurations(f.firstResponse, 8, 47 * hour / 8, 150 * minute, 18 * hour);
        // Resolutions: T0 18 h, T1 2 h, T3 11 h (10 h + 1 h after the reopen; the day it spent
        // resolved does not count), T2 12.5 h (the two days waiting for the customer do not count),
        // T4 4 h (the weekend waiting for a third party does not). Sorted 2, 4, 11, 12.5, 18: sum 47.5 h
        // / 5 = 9.5 h; median the ceil(2.5) = 3rd = 11 h; p90 the ceil(4.5) = 5th = 18 h.
        compareDurations(f.resolution, 5, 9 * hour + 30 * minute, 11 * hour, 18 * hour);

        // SLA. First response: met T1, T2, T4, T6, T7; missed T3 (breached 3 Feb) and T5 (5 Feb);
        // T0's breach was in January and stays there (its late reply in the period does not count
        // again); T9, T10 still run within their target -> 5 / 7 = 71.43 %.
        compareSla(f.slaOf(SlaTarget::FirstResponse), 7, 5);
        QCOMPARE(f.slaOf(SlaTarget::FirstResponse).bp(), 7143);
        // Next response: T2 (5 h) and T3 (stopped at 1 h when resolved) -> 2 / 2.
        compareSla(f.slaOf(SlaTarget::NextResponse), 2, 2);
        // Resolution: met T0, T1, T2, T3, T4; T5 breached on 6 Feb and still open -> 5 / 6 = 83.33 %.
        compareSla(f.slaOf(SlaTarget::Resolution), 6, 5);
        QCOMPARE(f.slaOf(SlaTarget::Resolution).bp(), 8333);
        // Overall 12 / 15 = 80 %.
        compareSla(f.slaTotal(), 15, 12);
        QCOMPARE(f.slaBp(), 8000);

        // FCR: T0, T1, T4 had one reply and were never reopened; T2 had two replies, T3 was reopened
        // -> 3 / 5 = 60 %.
        QCOMPARE(f.fcr, 3);
        QCOMPARE(f.fcrBp(), 6000);
        // CSAT of the tickets resolved in the period: T1 5, T3 4, T2 3 -> 2 / 3 = 66.67 %.
        QCOMPARE(f.csatAnswers, 3);
        QCOMPARE(f.csatSatisfied, 2);
        QCOMPARE(f.csatBp(), 6667);

        // Backlog at Monday 16 Feb 10:00: T10 (14 h) and T11 (30 min) under a day; T9 (2 d 22 h)
        // 1-3 days; T7 (4 d 20 h) 3-7 days; T6 (exactly 7 days, waiting for the customer) and T5
        // (10 d 17 h) 7 days and more.
        QCOMPARE(f.open, 6);
        QCOMPARE(sum.backlog.underDay, 2);
        QCOMPARE(sum.backlog.oneToThree, 1);
        QCOMPARE(sum.backlog.threeToSeven, 1);
        QCOMPARE(sum.backlog.overWeek, 2);
        QCOMPARE(sum.backlog.total(), 6);

        // Orders placed in the period: O1-O4 (O5 is a draft, O6 cancelled, O7 January's) -> 9 tickets
        // per 4 orders = 225 per 100 orders.
        QCOMPARE(sum.orders, 4);
        QCOMPARE(sum.per100Orders(), 22500);

        // Problem products: P1 Кофемолка in T1, T5 (its own product), T2 (order O1), T4 (O2), T9 (O7)
        // = 5 tickets (T0 is January's, T8 was merged); P2 Чайник in T2 (O1) and T3 = 2; P3 Фильтр in
        // T7 = 1. Units ordered in the period: P1 2 + 1 = 3 (the draft's 5 and the cancelled 10 do not
        // count), P2 1 + 3 = 4, P3 4 -> per 100 units: 166.67, 50, 25.
        QCOMPARE(sum.topProducts.size(), 3);
        const ProblemProduct& first = sum.topProducts.at(0);
        QCOMPARE(first.productId, s.d.p1);
        QCOMPARE(first.name, u"Кофемолка"_qs);
        QCOMPARE(first.sku, u"GRN-1"_qs);
        QCOMPARE(first.tickets, 5);
        QCOMPARE(first.unitsSold, Quantity::fromUnits(3));
        QCOMPARE(first.per100Units(), 16667);
        QCOMPARE(sum.topProducts.at(1).productId, s.d.p2);
        QCOMPARE(sum.topProducts.at(1).tickets, 2);
        QCOMPARE(sum.topProducts.at(1).unitsSold, Quantity::fromUnits(4));
        QCOMPARE(sum.topProducts.at(1).per100Units(), 5000);
        QCOMPARE(sum.topProducts.at(2).productId, s.d.p3);
        QCOMPARE(sum.topProducts.at(2).tickets, 1);
        QCOMPARE(sum.topProducts.at(2).per100Units(), 2500);
        // Asked for fewer: the most tickets first.
        const SupportSummary top1 = must(s.metrics.summary(s.shop.owner, s.d.from, s.d.to, s.d.now, 1));
        QCOMPARE(top1.topProducts.size(), 1);
        QCOMPARE(top1.topProducts.at(0).productId, s.d.p1);
    }

    void byAgent()
    {
        Shop s;
        const auto rows =
            must(s.metrics.breakdown(s.shop.owner, s.d.from, s.d.to, SupportGrouping::Agent, s.d.now));
        // By name, unassigned last.
        QCOMPARE(rows.size(), 3);
        QCOMPARE(rows.at(0).agentName, u"Анна"_qs);
        QCOMPARE(rows.at(1).agentName, u"Борис"_qs);
        QCOMPARE(rows.at(2).agentName, u"Unassigned"_qs);
        QVERIFY(rows.at(2).agentId.isNull());

        // Anna: created T1, T3, T7, T9; resolved T0, T1, T3; first responses T0 18 h, T1 2 h, T3 10 h,
        // T7 5 h (sorted 2, 5, 10, 18: mean 8.75 h, median the 2nd 5 h, p90 the 4th 18 h);
        // resolutions T0 18 h, T1 2 h, T3 11 h (mean 31/3 h = 10 h 20 min, median 11 h, p90 18 h);
        // SLA: FR T1, T7 met, T3 missed; NR T3 met; resolution T0, T1, T3 met -> 6 / 7 = 85.71 %;
        // FCR T0, T1 of 3 = 66.67 %; CSAT 5 and 4 -> 100 %; open T7, T9, T11.
        const SupportFigures& anna = agentRow(rows, s.d.anna)->figures;
        QCOMPARE(anna.created, 4);
        QCOMPARE(anna.resolved, 3);
        compareDurations(anna.firstResponse, 4, 8 * hour + 45 * minute, 5 * hour, 18 * hour);
        compareDurations(anna.resolution, 3, 10 * hour + 20 * minute, 11 * hour, 18 * hour);
        compareSla(anna.slaOf(SlaTarget::FirstResponse), 3, 2);
        compareSla(anna.slaOf(SlaTarget::NextResponse), 1, 1);
        compareSla(anna.slaOf(SlaTarget::Resolution), 3, 3);
        QCOMPARE(anna.slaBp(), 8571);
        QCOMPARE(anna.fcrBp(), 6667);
        QCOMPARE(anna.csatAnswers, 2);
        QCOMPARE(anna.csatBp(), 10000);
        QCOMPARE(anna.open, 3);

        // Boris: created T2, T4, T6, T10; resolved T2, T4; first responses T2 7.5 h, T4 1 h, T6 1 h
        // (mean 9.5/3 h = 3 h 10 min, median the 2nd 1 h, p90 the 3rd 7.5 h); resolutions T2 12.5 h,
        // T4 4 h (mean 8.25 h, median the 1st 4 h, p90 the 2nd 12.5 h); SLA: FR 3/3, NR 1/1,
        // resolution 2/2 = 100 %; FCR T4 of 2 = 50 %; CSAT 3 -> 0 %; open T6, T10.
        const SupportFigures& boris = agentRow(rows, s.d.boris)->figures;
        QCOMPARE(boris.created, 4);
        QCOMPARE(boris.resolved, 2);
        compareDurations(boris.firstResponse, 3, 3 * hour + 10 * minute, hour, 7 * hour + 30 * minute);
        compareDurations(boris.resolution, 2, 8 * hour + 15 * minute, 4 * hour, 12 * hour + 30 * minute);
        compareSla(boris.slaTotal(), 6, 6);
        QCOMPARE(boris.slaBp(), 10000);
        QCOMPARE(boris.fcrBp(), 5000);
        QCOMPARE(boris.csatAnswers, 1);
        QCOMPARE(boris.csatBp(), 0);
        QCOMPARE(boris.open, 2);

        // Unassigned: T5 — created, first response 2.5 h, both its targets missed, nothing resolved.
        const SupportFigures& none = rows.at(2).figures;
        QCOMPARE(none.created, 1);
        QCOMPARE(none.resolved, 0);
        compareDurations(none.firstResponse, 1, 150 * minute, 150 * minute, 150 * minute);
        QVERIFY(none.resolution.isEmpty());
        compareSla(none.slaOf(SlaTarget::FirstResponse), 1, 0);
        compareSla(none.slaOf(SlaTarget::Resolution), 1, 0);
        QCOMPARE(none.slaBp(), 0);
        QCOMPARE(none.fcrBp(), std::nullopt);
        QCOMPARE(none.csatBp(), std::nullopt);
        QCOMPARE(none.open, 1);
    }

    void byChannel()
    {
        Shop s;
        const auto rows =
            must(s.metrics.breakdown(s.shop.owner, s.d.from, s.d.to, SupportGrouping::Channel, s.d.now));
        // In the channels' order; social and marketplace had nothing.
        QCOMPARE(rows.size(), 5);
        QCOMPARE(rows.at(0).channel, TicketChannel::Email);
        QCOMPARE(rows.at(1).channel, TicketChannel::Phone);
        QCOMPARE(rows.at(2).channel, TicketChannel::Chat);
        QCOMPARE(rows.at(3).channel, TicketChannel::Messenger);
        QCOMPARE(rows.at(4).channel, TicketChannel::WebForm);

        // E-mail: created T1, T4, T10; resolved T0, T1, T4 (all first contact); first responses T0
        // 18 h, T1 2 h, T4 1 h (mean 7 h, median 2 h, p90 18 h); resolutions 18, 2, 4 h (mean 8 h,
        // median 4 h, p90 18 h); SLA: FR T1, T4 + resolution T0, T1, T4 = 5 / 5; open T10, T11.
        const SupportFigures& email = channelRow(rows, TicketChannel::Email)->figures;
        QCOMPARE(email.created, 3);
        QCOMPARE(email.resolved, 3);
        compareDurations(email.firstResponse, 3, 7 * hour, 2 * hour, 18 * hour);
        compareDurations(email.resolution, 3, 8 * hour, 4 * hour, 18 * hour);
        compareSla(email.slaTotal(), 5, 5);
        QCOMPARE(email.fcrBp(), 10000);
        QCOMPARE(email.csatAnswers, 1);
        QCOMPARE(email.open, 2);

        // Phone: T2, T6; first responses 7.5 h and 1 h (mean 4 h 15 min, median 1 h, p90 7.5 h);
        // T2 resolved in 12.5 h with two replies; SLA FR 2/2, NR 1/1, resolution 1/1; open T6.
        const SupportFigures& phone = channelRow(rows, TicketChannel::Phone)->figures;
        QCOMPARE(phone.created, 2);
        QCOMPARE(phone.resolved, 1);
        compareDurations(phone.firstResponse, 2, 4 * hour + 15 * minute, hour, 7 * hour + 30 * minute);
        compareDurations(phone.resolution, 1, 12 * hour + 30 * minute, 12 * hour + 30 * minute,
                         12 * hour + 30 * minute);
        compareSla(phone.slaTotal(), 4, 4);
        QCOMPARE(phone.fcrBp(), 0);
        QCOMPARE(phone.open, 1);

        // Chat: T3, T7; first responses 10 h and 5 h; SLA: FR T3 missed, T7 met, NR and resolution of
        // T3 met -> 3 / 4 = 75 %; T3 reopened -> FCR 0 %.
        const SupportFigures& chat = channelRow(rows, TicketChannel::Chat)->figures;
        QCOMPARE(chat.created, 2);
        compareDurations(chat.firstResponse, 2, 7 * hour + 30 * minute, 5 * hour, 10 * hour);
        compareSla(chat.slaTotal(), 4, 3);
        QCOMPARE(chat.slaBp(), 7500);
        QCOMPARE(chat.fcrBp(), 0);
        QCOMPARE(chat.open, 1);

        // Messenger: T5 with both targets missed. Web form: T9, open, nothing due yet.
        const SupportFigures& messenger = channelRow(rows, TicketChannel::Messenger)->figures;
        compareSla(messenger.slaTotal(), 2, 0);
        QCOMPARE(messenger.open, 1);
        const SupportFigures& web = channelRow(rows, TicketChannel::WebForm)->figures;
        QCOMPARE(web.created, 1);
        QCOMPARE(web.slaBp(), std::nullopt);
        QVERIFY(web.firstResponse.isEmpty());
        QCOMPARE(web.open, 1);
    }

    void byWeekAndMonth()
    {
        Shop s;
        const SupportReport report = must(s.metrics.report(
            s.shop.owner, s.d.from, s.d.to, {SupportGrouping::Week, SupportGrouping::Month}, s.d.now));
        const QList<SupportMetricsRow> weeks = report.breakdowns.value(SupportGrouping::Week);
        QCOMPARE(weeks.size(), 2);
        QCOMPARE(weeks.at(0).periodStart, QDate(2026, 2, 2));
        QCOMPARE(weeks.at(1).periodStart, QDate(2026, 2, 9));

        // Week of 2 Feb: created T1-T5; resolved T0, T1, T3, T2 (FCR T0, T1); first responses T0 18,
        // T1 2, T2 7.5, T3 10, T4 1, T5 2.5 h (sum 41 h / 6 = 6 h 50 min; sorted 1, 2, 2.5, 7.5, 10,
        // 18: median the 3rd 2.5 h, p90 the 6th 18 h); SLA: FR T1, T2, T4 met, T3, T5 missed; NR T2,
        // T3 met; resolution T0, T1, T2, T3 met, T5 missed -> 9 / 12 = 75 %.
        const SupportFigures& w1 = weeks.at(0).figures;
        QCOMPARE(w1.created, 5);
        QCOMPARE(w1.resolved, 4);
        QCOMPARE(w1.fcrBp(), 5000);
        compareDurations(w1.firstResponse, 6, 6 * hour + 50 * minute, 150 * minute, 18 * hour);
        compareSla(w1.slaOf(SlaTarget::FirstResponse), 5, 3);
        compareSla(w1.slaOf(SlaTarget::NextResponse), 2, 2);
        compareSla(w1.slaOf(SlaTarget::Resolution), 5, 4);
        QCOMPARE(w1.slaBp(), 7500);
        QCOMPARE(w1.open, std::nullopt); // the backlog is taken now, not per week

        // Week of 9 Feb: created T6, T7, T9, T10; resolved T4 (first contact, 4 h); first responses
        // T6 1 h, T7 5 h; SLA: FR T6, T7 and T4's resolution -> 3 / 3.
        const SupportFigures& w2 = weeks.at(1).figures;
        QCOMPARE(w2.created, 4);
        QCOMPARE(w2.resolved, 1);
        QCOMPARE(w2.fcrBp(), 10000);
        compareDurations(w2.firstResponse, 2, 3 * hour, hour, 5 * hour);
        compareDurations(w2.resolution, 1, 4 * hour, 4 * hour, 4 * hour);
        compareSla(w2.slaTotal(), 3, 3);

        // The month holds it all, as the summary.
        const QList<SupportMetricsRow> months = report.breakdowns.value(SupportGrouping::Month);
        QCOMPARE(months.size(), 1);
        QCOMPARE(months.at(0).periodStart, QDate(2026, 2, 1));
        QCOMPARE(months.at(0).figures.created, report.summary.figures.created);
        QCOMPARE(months.at(0).figures.slaTotal().due, 15);
        QCOMPARE(months.at(0).figures.firstResponse.p90Ms, 18 * hour);
    }

    void weeksOfAPeriodAreEveryWeekEvenEmpty()
    {
        Shop s;
        // Wednesday 21 January to Sunday 8 February: the weeks of 19 Jan, 26 Jan and 2 Feb; the
        // first has nothing at all, the second only T0's creation.
        const auto p = must(s.metrics.period(s.shop.owner, QDate(2026, 1, 21), QDate(2026, 2, 8)));
        const auto weeks =
            must(s.metrics.breakdown(s.shop.owner, p.first, p.second, SupportGrouping::Week, s.d.now));
        QCOMPARE(weeks.size(), 3);
        QCOMPARE(weeks.at(0).periodStart, QDate(2026, 1, 19));
        QCOMPARE(weeks.at(0).figures.created, 0);
        QCOMPARE(weeks.at(1).figures.created, 1);
        // T0's first response was breached on 29 January: due and missed in that week.
        compareSla(weeks.at(1).figures.slaOf(SlaTarget::FirstResponse), 1, 0);
        QCOMPARE(weeks.at(2).figures.created, 5);
    }

    void whoMayRead()
    {
        Shop s;
        const Actor warehouse = Actor::withRole(Role::Warehouse, u"Склад"_qs, Id::create());
        auto refused = s.metrics.summary(warehouse, s.d.from, s.d.to, s.d.now);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, ErrorCode::PermissionDenied);
        QVERIFY(s.metrics.summary(Actor::withRole(Role::Support, u"Анна"_qs, s.d.anna), s.d.from, s.d.to));
        Actor settingsOnly = warehouse;
        settingsOnly.permissions = Permission::ManageSettings;
        QVERIFY(s.metrics.summary(settingsOnly, s.d.from, s.d.to));
    }
};

QTEST_GUILESS_MAIN(TestSupportMetrics)
#include "TestSupportMetrics.moc"
