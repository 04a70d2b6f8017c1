#include "common/Money.h"
#include "purchasing/ScorecardLineModel.h"
#include "purchasing/ScorecardTableModel.h"
#include "purchasing/ScorecardText.h"
#include "support/Must.h"
#include "support/ScorecardData.h"

#include <QAbstractItemModelTester>
#include <QColor>
#include <QSignalSpy>
#include <QTest>

using namespace kontor;
using test::must;
using test::ScorecardData;
using test::StockShop;

// The scorecard table and the drill-down on the known data set of ScorecardData.h (figures by
// hand there), read straight from the models.
class TestScorecardModels : public QObject
{
    Q_OBJECT

    static QString rub(qint64 minor) { return Money(minor, u"RUB"_qs).toDisplayString(); }
    static QString pct(int bp) { return ScorecardText::percent(bp); }

    static QList<ScorecardTableModel::Row> rows(StockShop& shop, QDate from, QDate to)
    {
        QList<ScorecardTableModel::Row> list;
        for (const Scorecard& card : must(shop.performance.scorecards(shop.owner, from, to)))
            list.append({card, {}, {}});
        return list;
    }

private Q_SLOTS:
    void init() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void percentages()
    {
        QCOMPARE(ScorecardText::percent(6364), u"63.64\u00A0%"_qs);
        QCOMPARE(ScorecardText::percent(9500), u"95\u00A0%"_qs);
        QCOMPARE(ScorecardText::percent(2050), u"20.5\u00A0%"_qs);
        QCOMPARE(ScorecardText::percent(std::nullopt), u"—"_qs);
        QCOMPARE(ScorecardText::target(9500, false), u"Target 95\u00A0%"_qs);
        QCOMPARE(ScorecardText::target(200, true), u"Target at most 2\u00A0%"_qs);
        QCOMPARE(ScorecardText::days(31.0 / 3.0), u"10.3"_qs);
        QCOMPARE(ScorecardText::days(11.0), u"11"_qs);
        ContractTerms t;
        t.leadTimeDays = 5;
        t.businessDays = true;
        t.startEvent = StartEvent::Prepayment;
        t.lateBpPerDay = 50;
        t.lateCapBp = 1000;
        t.capBasis = CapBasis::Order;
        QCOMPARE(ScorecardText::leadTimeClause(t), u"5 business days from prepayment"_qs);
        QCOMPARE(ScorecardText::lateClause(t),
                 u"0.5\u00A0% of the late value per day, cap 10\u00A0% of the order"_qs);
        t.leadTimeDays = 1;
        t.businessDays = false;
        t.startEvent = StartEvent::Confirmation;
        QCOMPARE(ScorecardText::leadTimeClause(t), u"1 calendar day from confirmation"_qs);
    }

    void scorecardTable()
    {
        StockShop shop;
        const ScorecardData d(shop);
        ScorecardTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setRows(rows(shop, QDate(2026, 3, 1), QDate(2026, 3, 31)));
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.columnCount(), int(ScorecardTableModel::ColumnCount));
        // Sorted by name: "Кружки и Ко" before "Носки оптом".
        const int row = model.rowOf(d.supplier);
        QCOMPARE(row, 1);
        auto text = [&](int r, int column) { return model.index(r, column).data().toString(); };
        QCOMPARE(text(row, ScorecardTableModel::Supplier), u"Носки оптом"_qs);
        QCOMPARE(text(row, ScorecardTableModel::LinesJudged), u"5"_qs);
        QCOMPARE(text(row, ScorecardTableModel::OnTime), pct(6364));      // 35 of 55
        QCOMPARE(text(row, ScorecardTableModel::InFull), pct(7818));      // 43 of 55
        QCOMPARE(text(row, ScorecardTableModel::Otif), pct(2000));        // 1 of 5
        QCOMPARE(text(row, ScorecardTableModel::Defects), pct(435));      // 2 of 46
        QCOMPARE(text(row, ScorecardTableModel::Missorts), pct(217));     // 1 of 46
        QCOMPARE(text(row, ScorecardTableModel::LeadTimeMean), u"11"_qs); // (8 + 10 + 10 + 16) / 4
        QCOMPARE(text(row, ScorecardTableModel::LeadTimeP90), u"16"_qs);
        QCOMPARE(text(row, ScorecardTableModel::LeadTimePromised), u"10"_qs);
        QCOMPARE(text(row, ScorecardTableModel::PenaltiesAccrued), rub(39000));
        QCOMPARE(text(row, ScorecardTableModel::PenaltiesClaimed), rub(26000));
        QCOMPARE(text(row, ScorecardTableModel::PenaltiesCollected), rub(20000));
        QCOMPARE(text(row, ScorecardTableModel::Spend), rub(590000));
        QCOMPARE(model.breachingCount(), 1);

        // Every missed target is red, with the target and the units in the tooltip.
        for (int column : {ScorecardTableModel::OnTime, ScorecardTableModel::InFull,
                           ScorecardTableModel::Defects, ScorecardTableModel::Missorts}) {
            const QModelIndex i = model.index(row, column);
            QVERIFY(i.data(ScorecardTableModel::BreachRole).toBool());
            QCOMPARE(i.data(Qt::ForegroundRole).value<QColor>(), QColor(0xC6, 0x28, 0x28));
        }
        QVERIFY(!model.index(row, ScorecardTableModel::Otif).data(ScorecardTableModel::BreachRole).toBool());
        const QString onTimeTip =
            model.index(row, ScorecardTableModel::OnTime).data(Qt::ToolTipRole).toString();
        QVERIFY2(onTimeTip.startsWith(ScorecardText::target(9500, false)), qPrintable(onTimeTip));
        QVERIFY(onTimeTip.contains(u"35 of 55 units on time"_qs));
        const QString defectTip =
            model.index(row, ScorecardTableModel::Defects).data(Qt::ToolTipRole).toString();
        QVERIFY(defectTip.startsWith(ScorecardText::target(200, true)));
        QVERIFY(defectTip.contains(u"2 of 46 units received were defective"_qs));

        // The other supplier has no targets: nothing is red.
        const int other = model.rowOf(d.other);
        QCOMPARE(text(other, ScorecardTableModel::OnTime), pct(10000));
        QVERIFY(!model.index(other, ScorecardTableModel::OnTime).data(Qt::ForegroundRole).isValid());
        QVERIFY(model.index(other, ScorecardTableModel::OnTime)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .startsWith(u"No target in the contract"_qs));
        QCOMPARE(text(other, ScorecardTableModel::Spend), rub(280000));

        // A refresh with the same suppliers changes in place; another set resets.
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        QSignalSpy changes(&model, &QAbstractItemModel::dataChanged);
        model.setRows(rows(shop, QDate(2026, 3, 1), QDate(2026, 3, 31)));
        QCOMPARE(resets.size(), 0);
        QCOMPARE(changes.size(), 1);
        model.setRows(rows(shop, QDate(2026, 2, 1), QDate(2026, 2, 28)));
        QCOMPARE(resets.size(), 1);
        QCOMPARE(model.rowCount(), 1); // February: only the punctual delivery
        QCOMPARE(text(0, ScorecardTableModel::OnTime), pct(10000));
        model.clear();
        QCOMPARE(model.rowCount(), 0);
    }

    void drillDown()
    {
        StockShop shop;
        const ScorecardData d(shop);
        ScorecardLineModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setLines(must(
            shop.performance.judgedLines(shop.owner, d.supplier, QDate(2026, 3, 1), QDate(2026, 3, 31))));
        QCOMPARE(model.rowCount(), 5);
        auto text = [&](int r, int column) { return model.index(r, column).data().toString(); };
        // By due date: PO1 (12 Mar), PO2 socks and mugs (15 Mar), PO3 (16 Mar), PO4 (27 Mar).
        QCOMPARE(text(0, ScorecardLineModel::PoNumber), d.po1.number);
        QCOMPARE(text(1, ScorecardLineModel::PoNumber), d.po2.number);
        QCOMPARE(text(3, ScorecardLineModel::PoNumber), d.po3.number);
        QCOMPARE(text(4, ScorecardLineModel::PoNumber), d.po4.number);
        const int socks2 = 1; // in the PO's order
        const int mugs2 = 2;
        QCOMPARE(text(socks2, ScorecardLineModel::Sku), u"SOCK"_qs);
        QCOMPARE(text(socks2, ScorecardLineModel::Name), u"Носки шерстяные"_qs);
        QCOMPARE(text(socks2, ScorecardLineModel::Contract), u"K-7"_qs);
        QCOMPARE(text(socks2, ScorecardLineModel::StartOn), ScorecardText::date(QDate(2026, 3, 5)));
        QCOMPARE(text(socks2, ScorecardLineModel::DueOn), ScorecardText::date(QDate(2026, 3, 15)));
        QCOMPARE(text(socks2, ScorecardLineModel::Ordered), u"10"_qs);
        QCOMPARE(text(socks2, ScorecardLineModel::OnTime), u"0"_qs);
        QCOMPARE(text(socks2, ScorecardLineModel::InFull), u"10"_qs);
        QCOMPARE(text(socks2, ScorecardLineModel::Otif), u"No"_qs);
        QCOMPARE(text(socks2, ScorecardLineModel::DaysLate), u"6"_qs);
        QCOMPARE(text(socks2, ScorecardLineModel::Value), rub(100000));
        QCOMPARE(text(socks2, ScorecardLineModel::LatePenalty), rub(5000) + u", cap reached"_qs);
        const QString lateTip =
            model.index(socks2, ScorecardLineModel::LatePenalty).data(Qt::ToolTipRole).toString();
        QVERIFY2(lateTip.contains(rub(100000) + u" × 1\u00A0% × 6 = "_qs + rub(6000)), qPrintable(lateTip));
        QVERIFY2(
            lateTip.contains(u"capped at 5\u00A0% of the line's "_qs + rub(100000) + u" = "_qs + rub(5000)),
            qPrintable(lateTip));
        QVERIFY(text(socks2, ScorecardLineModel::Clauses).contains(u"10 calendar days from confirmation"_qs));
        QVERIFY(text(socks2, ScorecardLineModel::Clauses).contains(u"cap 5\u00A0% of the line"_qs));

        QCOMPARE(text(mugs2, ScorecardLineModel::OnTime),
                 u"10"_qs); // defective units are the ordered product
        QCOMPARE(text(mugs2, ScorecardLineModel::InFull), u"8"_qs);
        QCOMPARE(text(mugs2, ScorecardLineModel::DefectPenalty), rub(20000));
        QCOMPARE(text(mugs2, ScorecardLineModel::LatePenalty), QString());

        // PO3: closed short; the missing units accrued until the close.
        QCOMPARE(text(3, ScorecardLineModel::OnTime), u"15"_qs);
        QCOMPARE(text(3, ScorecardLineModel::DaysLate), u"4"_qs);
        QCOMPARE(text(3, ScorecardLineModel::LatePenalty), rub(2000));
        QCOMPARE(text(3, ScorecardLineModel::MissortPenalty), rub(1000));
        QCOMPARE(text(3, ScorecardLineModel::ShortagePenalty), rub(5000));
        QVERIFY(model.index(3, ScorecardLineModel::LatePenalty)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains(u"5 missing, 4 days late: "_qs + rub(50000) + u" × 1\u00A0% × 4 = "_qs +
                              rub(2000)));
        QVERIFY(model.explanation(3).contains(u"never delivered (closed short)"_qs));

        // PO4: nothing came; 4 days late by today.
        QCOMPARE(text(4, ScorecardLineModel::InFull), u"0"_qs);
        QCOMPARE(text(4, ScorecardLineModel::LatePenalty), rub(6000));

        // The scorecard's delivery figures are the sums of these rows.
        const ScorecardLineModel::Totals t = model.totals();
        const Scorecard card =
            must(shop.performance.scorecard(shop.owner, d.supplier, QDate(2026, 3, 1), QDate(2026, 3, 31)));
        QCOMPARE(t.lines, card.linesJudged);
        QCOMPARE(t.ordered, card.unitsOrdered);
        QCOMPARE(t.onTime, card.unitsOnTime);
        QCOMPARE(t.inFull, card.unitsInFull);
        QCOMPARE(t.linesOtif, card.linesOtif);
        QCOMPARE(t.penalties, card.penaltiesAccrued);
        QCOMPARE(t.currency, u"RUB"_qs);
        QCOMPARE(SupplierSla::ratioBp(t.onTime.milli(), t.ordered.milli()), card.onTimeBp);
    }
};

QTEST_MAIN(TestScorecardModels)
#include "TestScorecardModels.moc"
