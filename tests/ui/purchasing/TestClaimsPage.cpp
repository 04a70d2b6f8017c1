#include "common/MessageBox.h"
#include "orders/OrderText.h"
#include "purchasing/ClaimListModel.h"
#include "purchasing/ClaimsPage.h"
#include "purchasing/PurchaseReceiveDialog.h"
#include "purchasing/PurchaseStepDialog.h"
#include "purchasing/PurchaseText.h"
#include "support/ModalAnswer.h"
#include "support/Must.h"
#include "support/PurchasingShop.h"
#include "support/ScreenshotTools.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QToolButton>

using namespace kontor;
using test::must;
using test::PurchasingShop;

namespace {

// A picture for looking at the UI (KONTOR_SCREENSHOTS), once pending layouts have run.
void shot(QWidget* widget, const QString& name)
{
    if (!test::screenshotsWanted())
        return;
    QTest::qWait(50);
    test::screenshot(widget, name);
}

QString money(qint64 minor)
{
    return OrderText::money(minor, u"RUB"_qs);
}

struct Fixture
{
    Fixture()
        : shop(QDate(2026, 3, 2))
    {
        tea = shop.product(u"TEA"_qs, u"Green tea"_qs);
        mug = shop.product(u"MUG"_qs, u"Mug"_qs);
        supplier = shop.supplier(u"Tea House"_qs);
        ContractTerms terms;
        terms.leadTimeDays = 5;
        terms.defect = {PenaltyKind::PerUnit, 3000};
        terms.missort = {PenaltyKind::Percent, 1000};
        terms.claimDays = 7;
        shop.contract(supplier.id, u"K-1"_qs, {{tea, 10000, u"T-01"_qs}, {mug, 20000, u"M-01"_qs}}, terms);
    }
    // A receipt through the dialog, as the warehouse makes it: one defective tea, one mis-sorted mug.
    Claim receiveWithDefects()
    {
        const PurchaseOrder po = shop.confirmed(supplier.id, {{tea, 4}, {mug, 2}});
        PurchaseReceiveDialog dialog(shop.services(), shop.owner, po.id);
        dialog.spinAt(0, PurchaseReceiveDialog::Accepted)->setValue(3);
        dialog.spinAt(0, PurchaseReceiveDialog::Defective)->setValue(1);
        dialog.spinAt(1, PurchaseReceiveDialog::Accepted)->setValue(2);
        dialog.spinAt(1, PurchaseReceiveDialog::Missorted)->setValue(1);
        if (!dialog.receive() || !dialog.receiveResult()->claim)
            qFatal("no claim: %s", qPrintable(dialog.errorText()));
        return *dialog.receiveResult()->claim;
    }
    bool shows(ClaimsPage& page, const QString& buttonName)
    {
        auto* button = page.findChild<QToolButton*>(buttonName);
        return button && button->isVisibleTo(&page);
    }
    ClaimStatus statusOf(const Id& id) { return must(shop.purchases.claim(shop.owner, id)).status; }

    PurchasingShop shop;
    Id tea;
    Id mug;
    Supplier supplier;
};

} // namespace

// A receipt with a defective unit opens a claim that the claims page shows with its lines, and
// that goes from open to sent, accepted and paid, or to rejected, by the page's actions.
class TestClaimsPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        MessageBox::setTestMode(true);
        test::useSessionLanguage();
    }
    void init()
    {
        if (!test::screenshotsWanted())
            QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    }

    void showsTheClaimOfADefectiveReceiptAndSettlesIt()
    {
        Fixture f;
        ClaimsPage page(f.shop.services(), f.shop.owner);
        page.resize(1200, 760);
        page.show();
        QTRY_VERIFY(!page.model()->isLoading());
        QCOMPARE(page.model()->rowCount(), 0);

        const Claim claim = f.receiveWithDefects();
        // 30.00 for the defective tea, 10 % of the mis-sorted mug's 200.00.
        QCOMPARE(claim.amount, 5000);
        QTRY_COMPARE(page.model()->rowCount(), 1);
        page.selectClaim(claim.id);
        QCOMPARE(page.currentClaim()->id, claim.id);
        QVERIFY(page.detailText().contains(u"Tea House"_qs));
        QVERIFY(page.detailText().contains(PurchaseText::date(QDate(2026, 3, 9)))); // the deadline
        QTableWidget* lines = page.lineTable();
        QCOMPARE(lines->rowCount(), 2);
        QCOMPARE(lines->item(0, ClaimsPage::Reason)->text(), u"Defect"_qs);
        QCOMPARE(lines->item(0, ClaimsPage::Sku)->text(), u"TEA"_qs);
        QCOMPARE(lines->item(0, ClaimsPage::Quantity)->text(), u"1"_qs);
        QCOMPARE(lines->item(0, ClaimsPage::Value)->text(), money(10000));
        QCOMPARE(lines->item(0, ClaimsPage::Penalty)->text(), money(3000));
        QVERIFY(!lines->item(0, ClaimsPage::Basis)->text().isEmpty());
        QCOMPARE(lines->item(1, ClaimsPage::Reason)->text(), u"Mis-sort"_qs);
        QCOMPARE(lines->item(1, ClaimsPage::Penalty)->text(), money(2000));
        shot(&page, u"claims-page"_qs);

        // Open: mark sent or reject; then accepted, then paid with the amount collected.
        QVERIFY(f.shows(page, u"sentActionButton"_qs));
        QVERIFY(f.shows(page, u"rejectedActionButton"_qs));
        QVERIFY(!f.shows(page, u"paidActionButton"_qs));
        page.findChild<QToolButton*>(u"sentActionButton"_qs)->click();
        QCOMPARE(f.statusOf(claim.id), ClaimStatus::Sent);
        QTRY_COMPARE(page.model()->index(0, ClaimListModel::Status).data().toString(), u"Sent"_qs);
        QVERIFY(f.shows(page, u"acceptedActionButton"_qs));
        QVERIFY(!f.shows(page, u"sentActionButton"_qs));
        QVERIFY(page.markAccepted());
        QCOMPARE(f.statusOf(claim.id), ClaimStatus::Accepted);
        QTRY_VERIFY(f.shows(page, u"paidActionButton"_qs));
        QVERIFY(!f.shows(page, u"rejectedActionButton"_qs));
        test::answerNextModal<PurchaseStepDialog>([](PurchaseStepDialog* dialog) {
            dialog->amountEdit()->setText(u"45"_qs);
            dialog->okButton()->click();
        });
        QVERIFY(page.markPaid());
        const Claim paid = must(f.shop.purchases.claim(f.shop.owner, claim.id));
        QCOMPARE(paid.status, ClaimStatus::Paid);
        QCOMPARE(paid.collected, 4500);
        QVERIFY(page.statusText().contains(money(4500)));
        QTRY_COMPARE(page.model()->index(0, ClaimListModel::Collected).data().toString(), money(4500));
        QVERIFY(!f.shows(page, u"paidActionButton"_qs));

        // A second claim is rejected, with a note.
        const Claim second = f.receiveWithDefects();
        QTRY_COMPARE(page.model()->rowCount(), 2);
        page.selectClaim(second.id);
        test::answerNextModal<PurchaseStepDialog>([](PurchaseStepDialog* dialog) {
            dialog->setNote(u"Outside the contract's claim period"_qs);
            dialog->okButton()->click();
        });
        QVERIFY(page.markRejected());
        const Claim rejected = must(f.shop.purchases.claim(f.shop.owner, second.id));
        QCOMPARE(rejected.status, ClaimStatus::Rejected);
        QVERIFY(rejected.note.contains(u"claim period"_qs));

        // Unresolved only: neither is left.
        page.unresolvedCheck()->setChecked(true);
        QTRY_VERIFY(!page.model()->isLoading());
        QTRY_COMPARE(page.model()->rowCount(), 0);
        QCOMPARE(page.footerText(), u"No claim matches the filter."_qs);
    }

    void highlightsDeadlinesPassed()
    {
        Fixture f;
        const Claim claim = f.receiveWithDefects();
        f.shop.setToday(QDate(2026, 3, 12));
        ClaimsPage page(f.shop.services(), f.shop.owner);
        QTRY_COMPARE(page.model()->rowCount(), 1);
        QVERIFY(page.model()->index(0, 0).data(ClaimListModel::OverdueRole).toBool());
        QVERIFY(page.footerText().contains(u"past the deadline"_qs));
        page.selectClaim(claim.id);
        QVERIFY(page.detailText().contains(u"passed"_qs));
        // The supplier filter narrows to its claims.
        const int index = page.supplierFilter()->findData(QVariant::fromValue(f.supplier.id));
        QVERIFY(index > 0);
        page.supplierFilter()->setCurrentIndex(index);
        QTRY_VERIFY(!page.model()->isLoading());
        QCOMPARE(page.model()->rowCount(), 1);
        // Without ManageSuppliers the actions are not offered.
        ClaimsPage viewer(f.shop.services(), Actor::withRole(Role::Warehouse));
        QVERIFY(!viewer.findChild<QToolButton*>(u"sentActionButton"_qs));
    }
};

QTEST_MAIN(TestClaimsPage)
#include "TestClaimsPage.moc"
