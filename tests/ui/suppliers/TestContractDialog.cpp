#include "common/MessageBox.h"
#include "products/ProductSearchField.h"
#include "suppliers/ContractDialog.h"
#include "support/LongTranslator.h"
#include "support/ModalAnswer.h"
#include "support/Must.h"
#include "support/ScreenshotTools.h"
#include "support/StockShop.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace kontor;
using test::must;
using test::StockShop;

namespace {

template <typename T>
T* child(QWidget* parent, const QString& name)
{
    T* widget = parent->findChild<T*>(name);
    if (!widget)
        qFatal("no widget %s", qPrintable(name));
    return widget;
}

QLineEdit* edit(QWidget* parent, const QString& name)
{
    return child<QLineEdit>(parent, name);
}

void setCell(QTableWidget* table, int row, int column, const QString& text)
{
    if (!table->item(row, column))
        table->setItem(row, column, new QTableWidgetItem);
    table->item(row, column)->setText(text);
}

struct Fixture
{
    Fixture()
    {
        tea = shop.product(u"TEA-1"_qs, u"Green tea"_qs);
        mug = shop.product(u"MUG-2"_qs, u"Mug"_qs);
        Supplier s;
        s.name = u"China Trade"_qs;
        s.currency = u"CNY"_qs;
        supplier = must(shop.suppliers.create(shop.owner, s)).id;
    }
    // A stored draft with a number, a price and a discount.
    Contract draft(const QString& number, QDate from, QDate to = {})
    {
        Contract k;
        k.supplierId = supplier;
        k.number = number;
        k.validFrom = from;
        k.validTo = to;
        k.terms.leadTimeDays = 10;
        k.prices = {ContractPrice{tea, {}, {}, u"CN-1"_qs, 1250, {}, {}}};
        k.discounts = {VolumeDiscount{1000000, 300}};
        return must(shop.suppliers.createContract(shop.owner, k));
    }

    StockShop shop;
    Id tea;
    Id mug;
    Id supplier;
};

} // namespace

class TestContractDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { MessageBox::setTestMode(true); }
    void init() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void fieldsRoundTripThroughTheService()
    {
        Fixture f;
        ContractDialog d(f.shop.services(), f.shop.owner, f.supplier);
        QVERIFY(d.isNew());
        QCOMPARE(child<QDateEdit>(&d, u"validFromEdit"_qs)->date(), QDate(2026, 1, 1)); // today by the clock
        QCOMPARE(edit(&d, u"currencyEdit"_qs)->text(), u"CNY"_qs);                      // the supplier's
        QCOMPARE(child<QLabel>(&d, u"statusLabel"_qs)->text(), u"Draft"_qs);
        QVERIFY(!d.activateButton()->isHidden());
        QVERIFY(d.terminateButton()->isHidden());
        QVERIFY(d.lockedNote()->isHidden());

        // General.
        edit(&d, u"numberEdit"_qs)->setText(u"2026/01"_qs);
        child<QDateEdit>(&d, u"signedOnEdit"_qs)->setDate(QDate(2025, 12, 20));
        child<QDateEdit>(&d, u"validToEdit"_qs)->setDate(QDate(2026, 12, 31));
        child<QSpinBox>(&d, u"renewalNoticeSpin"_qs)->setValue(45);
        edit(&d, u"deliveryScheduleEdit"_qs)->setText(u"Tuesdays and Fridays"_qs);
        edit(&d, u"minOrderValueEdit"_qs)->setText(u"50,000.00"_qs);
        edit(&d, u"prepaymentEdit"_qs)->setText(u"30"_qs);
        child<QSpinBox>(&d, u"deferralSpin"_qs)->setValue(14);
        child<QCheckBox>(&d, u"exclusiveCheck"_qs)->setChecked(true);
        edit(&d, u"regionEdit"_qs)->setText(u"Moscow"_qs);
        child<QPlainTextEdit>(&d, u"notesEdit"_qs)->setPlainText(u"Signed at the fair"_qs);
        // Terms.
        child<QSpinBox>(&d, u"leadTimeSpin"_qs)->setValue(14);
        child<QComboBox>(&d, u"dayKindCombo"_qs)->setCurrentIndex(1);
        auto* start = child<QComboBox>(&d, u"startEventCombo"_qs);
        start->setCurrentIndex(start->findData(int(StartEvent::Prepayment)));
        edit(&d, u"targetOnTimeEdit"_qs)->setText(u"95"_qs);
        edit(&d, u"targetInFullEdit"_qs)->setText(u"98.5 %"_qs);
        edit(&d, u"maxDefectEdit"_qs)->setText(u"1"_qs);
        edit(&d, u"maxMissortEdit"_qs)->setText(u"0.5"_qs);
        edit(&d, u"latePerDayEdit"_qs)->setText(u"0.1"_qs);
        edit(&d, u"lateCapEdit"_qs)->setText(u"10"_qs);
        auto* basis = child<QComboBox>(&d, u"capBasisCombo"_qs);
        basis->setCurrentIndex(basis->findData(int(CapBasis::Order)));
        auto* defect = child<QComboBox>(&d, u"defectKindCombo"_qs);
        defect->setCurrentIndex(defect->findData(int(PenaltyKind::PerUnit)));
        edit(&d, u"defectValueEdit"_qs)->setText(u"50"_qs);
        auto* missort = child<QComboBox>(&d, u"missortKindCombo"_qs);
        missort->setCurrentIndex(missort->findData(int(PenaltyKind::Percent)));
        edit(&d, u"missortValueEdit"_qs)->setText(u"3"_qs);
        edit(&d, u"shortageEdit"_qs)->setText(u"5"_qs);
        child<QSpinBox>(&d, u"claimDaysSpin"_qs)->setValue(10);
        child<QPlainTextEdit>(&d, u"returnProcedureEdit"_qs)->setPlainText(u"At the supplier's cost"_qs);
        // Prices: one product through the catalog search, one added directly.
        d.productSearch()->setText(u"MUG-2"_qs);
        d.productSearch()->searchNow();
        QTest::keyClick(d.productSearch(), Qt::Key_Return);
        QCOMPARE(d.priceTable()->rowCount(), 1);
        QCOMPARE(d.priceTable()->item(0, ContractDialog::PriceSku)->text(), u"MUG-2"_qs);
        QCOMPARE(d.priceTable()->item(0, ContractDialog::PriceName)->text(), u"Mug"_qs);
        setCell(d.priceTable(), 0, ContractDialog::PricePrice, u"9.90"_qs);
        d.addPrice(f.tea, u"TEA-1"_qs, u"Green tea"_qs);
        d.addPrice(f.tea, u"TEA-1"_qs, u"Green tea"_qs); // already there: no second row
        QCOMPARE(d.priceTable()->rowCount(), 2);
        setCell(d.priceTable(), 1, ContractDialog::PriceSupplierSku, u"CN-TEA"_qs);
        setCell(d.priceTable(), 1, ContractDialog::PricePrice, u"12.50"_qs);
        setCell(d.priceTable(), 1, ContractDialog::PriceMinQuantity, u"10"_qs);
        setCell(d.priceTable(), 1, ContractDialog::PricePackSize, u"5"_qs);
        // Volume discounts, one left empty.
        child<QPushButton>(&d, u"addDiscountButton"_qs)->click();
        setCell(d.discountTable(), 0, ContractDialog::DiscountMinValue, u"100,000"_qs);
        setCell(d.discountTable(), 0, ContractDialog::DiscountPercent, u"3"_qs);
        child<QPushButton>(&d, u"addDiscountButton"_qs)->click();

        QVERIFY2(d.save(), qPrintable(d.errorText()));
        QVERIFY(!d.isNew());
        const Contract k = must(f.shop.suppliers.contract(f.shop.owner, d.contract().id));
        QCOMPARE(k.number, u"2026/01"_qs);
        QCOMPARE(k.status, ContractStatus::Draft);
        QCOMPARE(k.signedOn, QDate(2025, 12, 20));
        QCOMPARE(k.validFrom, QDate(2026, 1, 1));
        QCOMPARE(k.validTo, QDate(2026, 12, 31));
        QCOMPARE(k.renewalNoticeDays, 45);
        QCOMPARE(k.currency, u"CNY"_qs);
        QCOMPARE(k.deliverySchedule, u"Tuesdays and Fridays"_qs);
        QCOMPARE(k.minOrderValue, qint64(5000000));
        QCOMPARE(k.prepaymentBp, 3000);
        QCOMPARE(k.deferralDays, 14);
        QVERIFY(k.exclusive);
        QCOMPARE(k.region, u"Moscow"_qs);
        QCOMPARE(k.notes, u"Signed at the fair"_qs);
        ContractTerms terms;
        terms.leadTimeDays = 14;
        terms.businessDays = true;
        terms.startEvent = StartEvent::Prepayment;
        terms.lateBpPerDay = 10;
        terms.lateCapBp = 1000;
        terms.capBasis = CapBasis::Order;
        terms.defect = {PenaltyKind::PerUnit, 5000};
        terms.missort = {PenaltyKind::Percent, 300};
        terms.shortageBp = 500;
        terms.claimDays = 10;
        QCOMPARE(k.terms, terms);
        QCOMPARE(k.targetOnTimeBp, std::optional<int>(9500));
        QCOMPARE(k.targetInFullBp, std::optional<int>(9850));
        QCOMPARE(k.maxDefectBp, std::optional<int>(100));
        QCOMPARE(k.maxMissortBp, std::optional<int>(50));
        QCOMPARE(k.returnProcedure, u"At the supplier's cost"_qs);
        QCOMPARE(k.prices.size(), 2);
        const ContractPrice* teaPrice = k.priceOf(f.tea);
        QVERIFY(teaPrice);
        QCOMPARE(teaPrice->supplierSku, u"CN-TEA"_qs);
        QCOMPARE(teaPrice->price, qint64(1250));
        QCOMPARE(teaPrice->minQuantity, Quantity::fromUnits(10));
        QCOMPARE(teaPrice->packSize, Quantity::fromUnits(5));
        QCOMPARE(k.priceOf(f.mug)->price, qint64(990));
        QCOMPARE(k.discounts.size(), 1);
        QCOMPARE(k.discounts[0].minValue, qint64(10000000));
        QCOMPARE(k.discounts[0].discountBp, 300);

        // Opened again, the fields show what was stored.
        ContractDialog again(f.shop.services(), f.shop.owner, f.supplier, k.id);
        QCOMPARE(edit(&again, u"prepaymentEdit"_qs)->text(), u"30"_qs);
        QCOMPARE(edit(&again, u"targetInFullEdit"_qs)->text(), u"98.5"_qs);
        QCOMPARE(edit(&again, u"minOrderValueEdit"_qs)->text(), u"50,000.00"_qs);
        QCOMPARE(edit(&again, u"defectValueEdit"_qs)->text(), u"50.00"_qs);
        QCOMPARE(edit(&again, u"missortValueEdit"_qs)->text(), u"3"_qs);
        QCOMPARE(child<QDateEdit>(&again, u"validToEdit"_qs)->date(), QDate(2026, 12, 31));
        QCOMPARE(again.priceTable()->item(1, ContractDialog::PricePrice)->text(), u"12.50"_qs);
        QCOMPARE(again.priceTable()->item(1, ContractDialog::PriceMinQuantity)->text(), u"10"_qs);
        QCOMPARE(again.discountTable()->item(0, ContractDialog::DiscountPercent)->text(), u"3"_qs);
        // Saved unchanged, nothing changes.
        QVERIFY(again.save());
        const Contract same = must(f.shop.suppliers.contract(f.shop.owner, k.id));
        QCOMPARE(same.terms, k.terms);
        QCOMPARE(same.prices, k.prices);
        QCOMPARE(same.discounts, k.discounts);
        QCOMPARE(same.minOrderValue, k.minOrderValue);
        QCOMPARE(same.prepaymentBp, k.prepaymentBp);
        QCOMPARE(same.targetInFullBp, k.targetInFullBp);
        QCOMPARE(same.signedOn, k.signedOn);
        QCOMPARE(same.validTo, k.validTo);
        QCOMPARE(same.region, k.region);
    }

    void unreadableFieldsAndRefusalsAreShownAtTheirField()
    {
        Fixture f;
        ContractDialog d(f.shop.services(), f.shop.owner, f.supplier);
        d.show();
        d.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&d));
        edit(&d, u"numberEdit"_qs)->setText(u"N-1"_qs);
        edit(&d, u"prepaymentEdit"_qs)->setText(u"thirty"_qs);
        d.tabs()->setCurrentIndex(ContractDialog::FilesTab);
        QVERIFY(!d.save());
        QVERIFY(d.errorText().contains(u"Prepayment"_qs));
        QCOMPARE(d.tabs()->currentIndex(), int(ContractDialog::GeneralTab));
        QTRY_COMPARE(QApplication::focusWidget(), edit(&d, u"prepaymentEdit"_qs));
        edit(&d, u"prepaymentEdit"_qs)->setText(u"120"_qs);
        QVERIFY(!d.save());
        QVERIFY(d.errorText().contains(u"0 to 100"_qs));

        edit(&d, u"prepaymentEdit"_qs)->clear();
        d.addPrice(f.tea, u"TEA-1"_qs, u"Green tea"_qs);
        QVERIFY(!d.save()); // no price typed
        QVERIFY(d.errorText().contains(u"TEA-1"_qs));
        QCOMPARE(d.tabs()->currentIndex(), int(ContractDialog::PricesTab));
        setCell(d.priceTable(), 0, ContractDialog::PricePrice, u"12.50"_qs);
        setCell(d.priceTable(), 0, ContractDialog::PricePackSize, u"-2"_qs);
        QVERIFY(!d.save());
        QVERIFY(d.errorText().contains(u"pack size"_qs));
        QCOMPARE(d.priceTable()->currentColumn(), int(ContractDialog::PricePackSize));
        setCell(d.priceTable(), 0, ContractDialog::PricePackSize, {});

        // The service's own refusal: the end before the start.
        child<QDateEdit>(&d, u"validToEdit"_qs)->setDate(QDate(2025, 6, 30));
        d.tabs()->setCurrentIndex(ContractDialog::TermsTab);
        QVERIFY(!d.save());
        QVERIFY(d.isNew());
        QCOMPARE(d.tabs()->currentIndex(), int(ContractDialog::GeneralTab));
        QTRY_COMPARE(QApplication::focusWidget(), child<QDateEdit>(&d, u"validToEdit"_qs));
        child<QDateEdit>(&d, u"validToEdit"_qs)->setDate(QDate(2000, 1, 1)); // back to "no end"
        edit(&d, u"numberEdit"_qs)->clear();
        QVERIFY(!d.save());
        QTRY_COMPARE(QApplication::focusWidget(), edit(&d, u"numberEdit"_qs));
        edit(&d, u"numberEdit"_qs)->setText(u"N-1"_qs);
        QVERIFY(d.save());
        QVERIFY(d.errorText().isEmpty());
        QVERIFY(!must(f.shop.suppliers.contract(f.shop.owner, d.contract().id)).validTo.isValid());
    }

    void activationLocksTheTerms()
    {
        Fixture f;
        const Contract k = f.draft(u"A-1"_qs, QDate(2026, 1, 1), QDate(2026, 6, 30));
        ContractDialog d(f.shop.services(), f.shop.owner, f.supplier, k.id);
        QVERIFY(!d.termsLocked());
        QVERIFY(!edit(&d, u"numberEdit"_qs)->isReadOnly());
        child<QPlainTextEdit>(&d, u"notesEdit"_qs)->setPlainText(u"typed before activating"_qs);

        MessageBox::setNextAnswer(QMessageBox::No);
        QVERIFY(!d.activate()); // the user changed their mind
        QCOMPARE(must(f.shop.suppliers.contract(f.shop.owner, k.id)).status, ContractStatus::Draft);
        MessageBox::setNextAnswer(QMessageBox::Yes);
        QVERIFY2(d.activate(), qPrintable(d.errorText()));
        const Contract active = must(f.shop.suppliers.contract(f.shop.owner, k.id));
        QCOMPARE(active.status, ContractStatus::Active);
        QCOMPARE(active.notes, u"typed before activating"_qs); // saved on the way
        QVERIFY(d.termsLocked());
        QVERIFY(!d.lockedNote()->isHidden());
        QVERIFY(d.lockedNote()->text().contains(u"new contract"_qs));
        QVERIFY(child<QLabel>(&d, u"statusLabel"_qs)->text().startsWith(u"Active"_qs));
        for (const char* name : {"numberEdit", "currencyEdit", "minOrderValueEdit", "prepaymentEdit",
                                 "targetOnTimeEdit", "latePerDayEdit", "lateCapEdit", "shortageEdit"})
            QVERIFY2(edit(&d, QString::fromLatin1(name))->isReadOnly(), name);
        QVERIFY(child<QSpinBox>(&d, u"leadTimeSpin"_qs)->isReadOnly());
        QVERIFY(child<QDateEdit>(&d, u"validFromEdit"_qs)->isReadOnly());
        QVERIFY(!child<QComboBox>(&d, u"capBasisCombo"_qs)->isEnabled());
        QVERIFY(!child<QComboBox>(&d, u"defectKindCombo"_qs)->isEnabled());
        QCOMPARE(d.priceTable()->editTriggers(), QAbstractItemView::NoEditTriggers);
        QCOMPARE(d.discountTable()->editTriggers(), QAbstractItemView::NoEditTriggers);
        QVERIFY(d.productSearch()->isHidden());
        QVERIFY(child<QPushButton>(&d, u"addDiscountButton"_qs)->isHidden());
        // Still editable: the end, the renewal notice, deliveries, the return procedure, notes.
        QVERIFY(!child<QDateEdit>(&d, u"validToEdit"_qs)->isReadOnly());
        QVERIFY(!child<QSpinBox>(&d, u"renewalNoticeSpin"_qs)->isReadOnly());
        QVERIFY(!edit(&d, u"deliveryScheduleEdit"_qs)->isReadOnly());
        QVERIFY(!child<QPlainTextEdit>(&d, u"returnProcedureEdit"_qs)->isReadOnly());
        QVERIFY(!child<QPlainTextEdit>(&d, u"notesEdit"_qs)->isReadOnly());
        QVERIFY(d.activateButton()->isHidden());
        QVERIFY(!d.terminateButton()->isHidden());

        // A locked field is never read back, even if it were changed; the end is.
        setCell(d.priceTable(), 0, ContractDialog::PricePrice, u"1.00"_qs);
        child<QDateEdit>(&d, u"validToEdit"_qs)->setDate(QDate(2026, 9, 30));
        edit(&d, u"deliveryScheduleEdit"_qs)->setText(u"Mondays"_qs);
        QVERIFY2(d.save(), qPrintable(d.errorText()));
        const Contract extended = must(f.shop.suppliers.contract(f.shop.owner, k.id));
        QCOMPARE(extended.validTo, QDate(2026, 9, 30));
        QCOMPARE(extended.deliverySchedule, u"Mondays"_qs);
        QCOMPARE(extended.prices.value(0).price, qint64(1250));

        // A second contract overlapping it cannot be activated: the refusal names the first.
        const Contract b = f.draft(u"B-1"_qs, QDate(2026, 9, 1));
        ContractDialog second(f.shop.services(), f.shop.owner, f.supplier, b.id);
        MessageBox::setNextAnswer(QMessageBox::Yes);
        QVERIFY(!second.activate());
        QVERIFY(second.errorText().contains(u"A-1"_qs));
        QVERIFY(!second.termsLocked());

        // Terminate: the dialog asks for the last day.
        test::answerNextModal<QDialog>([](QDialog* ask) {
            child<QDateEdit>(ask, u"lastDayEdit"_qs)->setDate(QDate(2026, 8, 31));
            ask->accept();
        });
        QVERIFY(d.terminate());
        QCOMPARE(d.contract().status, ContractStatus::Terminated);
        QCOMPARE(d.contract().validTo, QDate(2026, 8, 31));
        QVERIFY(d.lockedNote()->text().contains(u"terminated"_qs));
        QVERIFY(child<QDateEdit>(&d, u"validToEdit"_qs)->isReadOnly());
        QVERIFY(!child<QPlainTextEdit>(&d, u"notesEdit"_qs)->isReadOnly());
        QVERIFY(d.terminateButton()->isHidden());
        MessageBox::setNextAnswer(QMessageBox::Yes);
        QVERIFY(second.activate()); // no overlap any more
    }

    void filesAttachSaveAndRemove()
    {
        Fixture f;
        QTemporaryDir dir;
        const QString scanPath = dir.filePath(u"Contract A-1.pdf"_qs);
        QFile scan(scanPath);
        QVERIFY(scan.open(QIODevice::WriteOnly));
        const QByteArray content = QByteArray("%PDF-1.4 signed\n").repeated(200);
        scan.write(content);
        scan.close();

        ContractDialog d(f.shop.services(), f.shop.owner, f.supplier);
        edit(&d, u"numberEdit"_qs)->setText(u"A-1"_qs);
        // A new contract is saved as a draft before the file is attached to it.
        QVERIFY2(d.addFile(scanPath), qPrintable(d.errorText()));
        QVERIFY(!d.isNew());
        QCOMPARE(d.fileTable()->rowCount(), 1);
        QCOMPARE(d.fileTable()->item(0, ContractDialog::FileName)->text(), u"Contract A-1.pdf"_qs);
        QCOMPARE(d.fileTable()->item(0, ContractDialog::FileSize)->text(), u"3 KB"_qs);
        QCOMPARE(must(f.shop.suppliers.contract(f.shop.owner, d.contract().id)).files.size(), 1);

        const QString copyPath = dir.filePath(u"copy.pdf"_qs);
        QVERIFY(d.saveFileCopy(0, copyPath));
        QFile copy(copyPath);
        QVERIFY(copy.open(QIODevice::ReadOnly));
        QCOMPARE(copy.readAll(), content);

        // Too big: refused before it is read.
        const QString bigPath = dir.filePath(u"big.tif"_qs);
        QFile big(bigPath);
        QVERIFY(big.open(QIODevice::WriteOnly));
        QVERIFY(big.resize(SupplierService::MaxFileBytes + 1));
        big.close();
        QVERIFY(!d.addFile(bigPath));
        QVERIFY(d.errorText().contains(u"big.tif"_qs));
        QVERIFY(d.errorText().contains(u"20 MB"_qs));
        QCOMPARE(d.tabs()->currentIndex(), int(ContractDialog::FilesTab));
        QVERIFY(!d.addFile(dir.filePath(u"missing.pdf"_qs)));

        MessageBox::setNextAnswer(QMessageBox::No);
        QVERIFY(!d.removeFile(0));
        MessageBox::setNextAnswer(QMessageBox::Yes);
        QVERIFY(d.removeFile(0));
        QCOMPARE(d.fileTable()->rowCount(), 0);
        QVERIFY(must(f.shop.suppliers.contract(f.shop.owner, d.contract().id)).files.isEmpty());
    }

    void readOnlyForThoseWhoOnlySeeCosts()
    {
        Fixture f;
        const Contract k = f.draft(u"A-1"_qs, QDate(2026, 1, 1));
        must(f.shop.suppliers.addFile(f.shop.owner, k.id, u"a.pdf"_qs, "data"));
        Actor viewer = Actor::withRole(Role::Support);
        viewer.permissions |= Permission::ViewCosts;
        ContractDialog d(f.shop.services(), viewer, f.supplier, k.id);
        QVERIFY(d.isReadOnly());
        QVERIFY(edit(&d, u"numberEdit"_qs)->isReadOnly());
        QVERIFY(child<QPlainTextEdit>(&d, u"notesEdit"_qs)->isReadOnly());
        QVERIFY(d.saveButton()->isHidden());
        QVERIFY(d.activateButton()->isHidden());
        QVERIFY(child<QPushButton>(&d, u"addFileButton"_qs)->isHidden());
        QVERIFY(!child<QPushButton>(&d, u"saveFileButton"_qs)->isHidden()); // a copy may be saved
        QVERIFY(!d.save());
        QCOMPARE(d.fileTable()->rowCount(), 1);
    }

    void tabsFitAndScreenshots()
    {
        Fixture f;
        Contract k = f.draft(u"2026/01"_qs, QDate(2026, 1, 1), QDate(2026, 1, 20));
        k.terms.lateBpPerDay = 10;
        k.terms.lateCapBp = 1000;
        k.terms.defect = {PenaltyKind::PerUnit, 5000};
        k.deliverySchedule = u"Tuesdays and Fridays"_qs;
        k.prices.append(
            ContractPrice{f.mug, {}, {}, u"CN-2"_qs, 990, Quantity::fromUnits(12), Quantity::fromUnits(6)});
        must(f.shop.suppliers.updateContract(f.shop.owner, k));
        must(f.shop.suppliers.activateContract(f.shop.owner, k.id));
        must(f.shop.suppliers.addFile(f.shop.owner, k.id, u"Contract 2026-01 signed.pdf"_qs, "data"));
        const QStringList names = {u"general"_qs, u"terms"_qs, u"prices"_qs, u"discounts"_qs, u"files"_qs};
        for (bool longer : {false, true}) {
            // Russian strings run longer: the dialog must still fit a laptop screen.
            test::LongTranslator translator({u"kontor::Contract"_qs, u"kontor::Supplier"_qs}, 50);
            if (longer)
                QCoreApplication::installTranslator(&translator);
            ContractDialog d(f.shop.services(), f.shop.owner, f.supplier, k.id);
            d.show();
            const QSize minimum = d.minimumSizeHint();
            for (int tab = 0; tab < d.tabs()->count(); ++tab) {
                d.tabs()->setCurrentIndex(tab);
                QTest::qWait(1);
                test::screenshot(&d, u"contract-"_qs + names.at(tab) + (longer ? u"-long"_qs : QString()));
            }
            if (longer)
                QCoreApplication::removeTranslator(&translator);
            QVERIFY2(minimum.width() <= 1100 && minimum.height() <= 760,
                     qPrintable(u"%1 x %2"_qs.arg(minimum.width()).arg(minimum.height())));
        }
        ContractDialog draft(f.shop.services(), f.shop.owner, f.supplier);
        draft.show();
        draft.tabs()->setCurrentIndex(ContractDialog::TermsTab);
        QTest::qWait(1);
        test::screenshot(&draft, u"contract-new-terms"_qs);
    }
};

QTEST_MAIN(TestContractDialog)
#include "TestContractDialog.moc"
