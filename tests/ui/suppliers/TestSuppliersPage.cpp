#include "AppSettings.h"
#include "MainWindow.h"
#include "common/MessageBox.h"
#include "settings/WorkingCalendarDialog.h"
#include "suppliers/ContractDialog.h"
#include "suppliers/SupplierCard.h"
#include "suppliers/SupplierDialog.h"
#include "suppliers/SupplierListModel.h"
#include "suppliers/SuppliersPage.h"
#include "support/LongTranslator.h"
#include "support/ModalAnswer.h"
#include "support/Must.h"
#include "support/ScreenshotTools.h"
#include "support/StockShop.h"

#include <QAction>
#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <QToolButton>
#include <QTranslator>

using namespace kontor;
using test::must;
using test::StockShop;

namespace {

Supplier named(const QString& name)
{
    Supplier s;
    s.name = name;
    return s;
}

// A shop on 1 March 2026 with two suppliers: one whose contract ends on 20 March, one without.
struct Fixture
{
    Fixture()
    {
        shop.tmp.clock().setMs(
            QDateTime(QDate(2026, 3, 1), QTime(12, 0), QTimeZone::utc()).toMSecsSinceEpoch());
        Supplier t = named(u"Textile Wholesale"_qs);
        t.legalName = u"LLC \"Textile Wholesale\""_qs;
        t.taxId = u"7701234567"_qs;
        t.email = u"opt@textile.ru"_qs;
        t.models = SupplierModel::OwnStock | SupplierModel::Dropship;
        t.contacts = {SupplierContact{{}, u"Irina Smirnova"_qs, u"sales"_qs, {}, u"+7 900 111-22-33"_qs}};
        textile = must(shop.suppliers.create(shop.owner, t)).id;
        shoes = must(shop.suppliers.create(shop.owner, named(u"Shoes Centre"_qs))).id;
        Contract k;
        k.supplierId = textile;
        k.number = u"T-2025"_qs;
        k.validFrom = QDate(2025, 3, 21);
        k.validTo = QDate(2026, 3, 20);
        oldContract = must(shop.suppliers.createContract(shop.owner, k)).id;
        must(shop.suppliers.activateContract(shop.owner, oldContract));
        k.number = u"T-2026"_qs;
        k.validFrom = QDate(2026, 3, 21);
        k.validTo = {};
        must(shop.suppliers.createContract(shop.owner, k)); // the draft of the next one
        const Id boots = shop.product(u"BOOT-1"_qs, u"Winter boots"_qs);
        must(shop.suppliers.setProductSupplier(shop.owner, {boots, textile, true}));
    }

    StockShop shop;
    Id textile;
    Id shoes;
    Id oldContract;
};

} // namespace

class TestSuppliersPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { MessageBox::setTestMode(true); }
    void init()
    {
        if (test::screenshotsWanted())
            test::useSessionLanguage();
        else
            QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    }

    void listCardAndReminders()
    {
        Fixture f;
        SuppliersPage page(f.shop.services(), f.shop.owner);
        page.resize(1120, 700);
        page.show();
        QCOMPARE(page.model()->rowCount(), 2);
        QCOMPARE(page.footerText(), u"2 suppliers"_qs);
        QVERIFY(page.remindersText().contains(u"T-2025 with Textile Wholesale ends in 19 days"_qs));
        QVERIFY(!page.editAction()->isEnabled()); // nothing selected
        QVERIFY(!page.card()->findChild<QLabel*>(u"cardPlaceholder"_qs)->isHidden());

        page.selectSupplier(f.textile);
        QCOMPARE(page.currentSupplierId(), f.textile);
        SupplierCard* card = page.card();
        QCOMPARE(card->supplierId(), f.textile);
        QCOMPARE(card->titleText(), u"Textile Wholesale"_qs);
        QVERIFY(card->detailsText().contains(u"7701234567"_qs));
        QVERIFY(card->detailsText().contains(u"Irina Smirnova"_qs));
        QCOMPARE(card->contractTable()->rowCount(), 2);
        QCOMPARE(card->contractTable()->item(0, SupplierCard::ContractNumber)->text(),
                 u"T-2026"_qs); // newest
        QCOMPARE(card->contractTable()->item(0, SupplierCard::ContractStatus)->text(), u"Draft"_qs);
        QVERIFY(!card->isContractHighlighted(0));
        QVERIFY(card->isContractHighlighted(1)); // ends within its renewal notice
        QCOMPARE(card->contractTable()->item(1, SupplierCard::ContractStatus)->text(),
                 u"Active · ends in 19 days"_qs);
        QCOMPARE(card->productTable()->rowCount(), 1);
        QCOMPARE(card->productTable()->item(0, SupplierCard::ProductSku)->text(), u"BOOT-1"_qs);
        QCOMPARE(card->productTable()->item(0, SupplierCard::ProductDropship)->text(), u"yes"_qs);
        QVERIFY(page.openContractAction()->isEnabled());
        QVERIFY(page.newContractAction()->isEnabled());
        QTest::qWait(1); // the card's layout settles
        QVERIFY(card->findChild<QWidget*>(u"cardDetails"_qs)->height() >= 4 * card->fontMetrics().height());
        test::screenshot(&page, u"suppliers-page"_qs);

        // Open contract: without a selection in the card, the one valid today.
        ContractDialog* opened = nullptr;
        QString number;
        test::answerNextModal<ContractDialog>([&](ContractDialog* d) {
            opened = d;
            number = d->contract().number;
        });
        page.openCurrentContract();
        QVERIFY(opened);
        QCOMPARE(number, u"T-2025"_qs);
        // With a contract selected in the card, that one.
        card->contractTable()->selectRow(0);
        test::answerNextModal<ContractDialog>([&](ContractDialog* d) { number = d->contract().number; });
        page.openContractAction()->trigger();
        QCOMPARE(number, u"T-2026"_qs);

        // Activating the next contract renews: the reminder goes.
        test::answerNextModal<ContractDialog>([&](ContractDialog* d) {
            MessageBox::setNextAnswer(QMessageBox::Yes);
            d->activate();
        });
        page.openContractAction()->trigger();
        QVERIFY(page.remindersText().isEmpty());
        QCOMPARE(card->contractTable()->item(0, SupplierCard::ContractStatus)->text(), u"Active"_qs);
        QVERIFY(!card->isContractHighlighted(1));

        // The filter.
        page.searchEdit()->setText(u"7701234567"_qs);
        QTRY_COMPARE(page.model()->rowCount(), 1);
        page.searchEdit()->setText(u"nothing like it"_qs);
        QTRY_COMPARE(page.footerText(), u"No supplier matches the filter."_qs);
        page.searchEdit()->clear();
        QTRY_COMPARE(page.model()->rowCount(), 2);
    }

    void newSupplierContractArchiveAndCalendar()
    {
        Fixture f;
        SuppliersPage page(f.shop.services(), f.shop.owner);
        test::answerNextModal<SupplierDialog>([](SupplierDialog* d) {
            d->findChild<QLineEdit*>(u"nameEdit"_qs)->setText(u"Fabric Mill"_qs);
            d->accept();
        });
        QCOMPARE(page.newSupplier(), int(QDialog::Accepted));
        QCOMPARE(page.model()->rowCount(), 3);
        const Id mill = page.currentSupplierId();
        QCOMPARE(must(f.shop.suppliers.supplier(f.shop.owner, mill)).name, u"Fabric Mill"_qs);
        QCOMPARE(page.statusText(), u"Fabric Mill saved."_qs);
        QVERIFY(page.card()->contractTable()->rowCount() == 0);
        QVERIFY(!page.openContractAction()->isEnabled());

        test::answerNextModal<ContractDialog>([](ContractDialog* d) {
            d->findChild<QLineEdit*>(u"numberEdit"_qs)->setText(u"FM-1"_qs);
            d->accept();
        });
        QCOMPARE(page.newContract(), int(QDialog::Accepted));
        QCOMPARE(must(f.shop.suppliers.contracts(f.shop.owner, mill)).value(0).number, u"FM-1"_qs);
        QCOMPARE(page.card()->contractTable()->rowCount(), 1);
        QVERIFY(page.openContractAction()->isEnabled());

        // Edit through the table's Enter.
        test::answerNextModal<SupplierDialog>([](SupplierDialog* d) {
            d->findChild<QLineEdit*>(u"phoneEdit"_qs)->setText(u"+7 812 000-00-00"_qs);
            d->accept();
        });
        page.editAction()->trigger();
        QCOMPARE(must(f.shop.suppliers.supplier(f.shop.owner, mill)).phone, u"+7 812 000-00-00"_qs);

        page.toggleArchived();
        QCOMPARE(page.model()->rowCount(), 2);
        QVERIFY(page.statusText().contains(u"archived"_qs));
        page.archivedCheck()->setChecked(true);
        QCOMPARE(page.model()->rowCount(), 3);
        page.selectSupplier(mill);
        QCOMPARE(page.archiveAction()->text(), u"Un&archive"_qs);
        QVERIFY(!page.newContractAction()->isEnabled()); // not for an archived supplier
        page.toggleArchived();
        QVERIFY(!must(f.shop.suppliers.supplier(f.shop.owner, mill)).archived);

        bool calendarShown = false;
        test::answerNextModal<WorkingCalendarDialog>(
            [&](WorkingCalendarDialog* d) { calendarShown = !d->isReadOnly(); });
        page.calendarAction()->trigger();
        QVERIFY(calendarShown);
    }

    void actionsFollowThePermissions()
    {
        Fixture f;
        SuppliersPage owner(f.shop.services(), f.shop.owner);
        for (const char* name : {"newSupplierButton", "editSupplierButton", "archiveSupplierButton",
                                 "newContractButton", "openContractButton", "calendarButton"})
            QVERIFY2(owner.findChild<QToolButton*>(QString::fromLatin1(name)), name);

        // Seeing purchase prices lets one read suppliers and contracts, not change them.
        Actor viewer = Actor::withRole(Role::Support);
        viewer.permissions |= Permission::ViewCosts;
        SuppliersPage page(f.shop.services(), viewer);
        QVERIFY(!page.findChild<QToolButton*>(u"newSupplierButton"_qs));
        QVERIFY(!page.findChild<QToolButton*>(u"archiveSupplierButton"_qs));
        QVERIFY(!page.findChild<QToolButton*>(u"newContractButton"_qs));
        QVERIFY(page.findChild<QToolButton*>(u"openContractButton"_qs));
        QVERIFY(!page.newAction()->isVisible());
        QCOMPARE(page.newSupplier(), int(QDialog::Rejected));
        page.selectSupplier(f.textile);
        QCOMPARE(page.newContract(), int(QDialog::Rejected));
        QCOMPARE(page.card()->contractTable()->rowCount(), 2);
        bool readOnly = false;
        test::answerNextModal<ContractDialog>([&](ContractDialog* d) { readOnly = d->isReadOnly(); });
        page.openCurrentContract();
        QVERIFY(readOnly);
        test::answerNextModal<WorkingCalendarDialog>(
            [&](WorkingCalendarDialog* d) { readOnly = d->isReadOnly(); });
        page.showCalendar();
        QVERIFY(readOnly);
    }

    void fitsTheMainWindowInRussian()
    {
        Fixture f;
        QTemporaryDir dir;
        AppSettings settings(dir.filePath(u"settings.ini"_qs));
        // Kontor's Russian for what is translated already, longer English for the suppliers' strings
        // (they are translated after merging).
        QTranslator russian;
        QVERIFY(russian.load(u":/i18n/kontor_ru.qm"_qs));
        QCoreApplication::installTranslator(&russian);
        test::LongTranslator longer({u"kontor::Supplier"_qs, u"kontor::Contract"_qs,
                                     u"kontor::WorkingCalendar"_qs, u"kontor::PurchasingKinds"_qs},
                                    50);
        QCoreApplication::installTranslator(&longer);
        QLocale::setDefault(QLocale(QLocale::Russian, QLocale::Russia));
        {
            MainWindow window(f.shop.services(), f.shop.owner, settings);
            window.showPage(u"suppliers"_qs);
            window.resize(1280, 800);
            window.show();
            QVERIFY2(window.minimumSizeHint().width() <= 1280,
                     qPrintable(QString::number(window.minimumSizeHint().width())));
            window.suppliersPage()->selectSupplier(f.textile);
            QTest::qWait(1);
            test::screenshot(&window, u"suppliers-window-long"_qs);
        }
        QCoreApplication::removeTranslator(&longer);
        QCoreApplication::removeTranslator(&russian);
    }
};

QTEST_MAIN(TestSuppliersPage)
#include "TestSuppliersPage.moc"
