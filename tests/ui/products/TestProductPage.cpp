#include "catalog/ProductService.h"
#include "common/MessageBox.h"
#include "products/CategoryCombo.h"
#include "products/ProductEditor.h"
#include "products/ProductPage.h"
#include "products/ProductTableModel.h"
#include "support/TempDatabase.h"
#include "support/TestData.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QToolButton>

using namespace kontor;
using test::makeProduct;

namespace {

template <typename T>
T* child(QWidget* parent, const QString& name)
{
    T* widget = parent->findChild<T*>(name);
    if (!widget)
        qFatal("no widget %s", qPrintable(name));
    return widget;
}

// Types text key by key; QTest::keyClicks only knows Latin-1.
void type(QWidget* widget, const QString& text)
{
    for (QChar c : text)
        QTest::sendKeyEvent(QTest::Click, widget, Qt::Key_unknown, QString(c), Qt::NoModifier);
}

// Replaces the text of a line edit the way a user would.
void retype(QLineEdit* edit, const QString& text)
{
    edit->setFocus();
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Backspace);
    type(edit, text);
}

// One page over a fresh database with a few products, shown offscreen.
struct Fixture
{
    explicit Fixture(Actor actor = Actor::owner())
        : service(t.db())
    {
        for (const auto& [sku, name] : {std::pair{u"APL"_qs, u"Apple"_qs}, std::pair{u"BAN"_qs, u"Banana"_qs},
                                        std::pair{u"CHR"_qs, u"Cherry"_qs}}) {
            auto created = service.create(Actor::owner(), makeProduct(sku, name));
            if (!created)
                qFatal("%s", qPrintable(created.error().toString()));
            ids.append(created->id);
        }
        page = std::make_unique<ProductPage>(service, std::move(actor));
        page->resize(1200, 800);
        page->show();
        page->activateWindow(); // window shortcuts (Ctrl+N, Ctrl+S) need an active window
        if (!QTest::qWaitForWindowActive(page.get()))
            qWarning("the page window did not become active");
        QTRY_VERIFY(!page->model()->isLoading());
    }
    ProductEditor* editor() { return page->editor(); }
    ProductTableModel* model() { return page->model(); }
    template <typename T>
    T* w(const QString& name)
    {
        return child<T>(page.get(), name);
    }
    void select(const Id& id)
    {
        const int row = model()->rowOf(id);
        QVERIFY(row >= 0);
        page->view()->selectRow(row);
    }

    test::TempDatabase t;
    ProductService service;
    QList<Id> ids; // Apple, Banana, Cherry
    std::unique_ptr<ProductPage> page;
};

} // namespace

class TestProductPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { MessageBox::setTestMode(true); }
    void init() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void searchFiltersRows()
    {
        Fixture f;
        QCOMPARE(f.model()->rowCount(), 3);
        auto* search = f.w<QLineEdit>(u"searchEdit"_qs);
        QCOMPARE(search->placeholderText(), u"Search by name, SKU or barcode"_qs);
        type(search, u"ban"_qs);
        // Typing waits for a pause before it reloads.
        QCOMPARE(f.model()->rowCount(), 3);
        QTRY_COMPARE(f.model()->rowCount(), 1);
        QCOMPARE(f.model()->index(0, ProductTableModel::Name).data().toString(), u"Banana"_qs);
        QCOMPARE(f.w<QLabel>(u"countLabel"_qs)->text(), u"1 product"_qs);
        search->clear();
        QTRY_COMPARE(f.model()->rowCount(), 3);
        QCOMPARE(f.w<QLabel>(u"countLabel"_qs)->text(), u"3 products"_qs);
    }

    void categoryFilterShowsSubcategories()
    {
        Fixture f;
        auto fruit = f.service.createCategory(Actor::owner(), u"Fruit"_qs);
        auto berries = f.service.createCategory(Actor::owner(), u"Berries"_qs, fruit->id);
        Product cherry = *f.service.product(Actor::owner(), f.ids[2]);
        cherry.categoryId = berries->id;
        QVERIFY(f.service.update(Actor::owner(), cherry));
        auto* combo = f.w<CategoryCombo>(u"categoryFilter"_qs);
        // "All categories", then the tree indented.
        QCOMPARE(combo->count(), 3);
        QCOMPARE(combo->itemText(0), u"All categories"_qs);
        QCOMPARE(combo->itemText(1), u"Fruit"_qs);
        QVERIFY(combo->itemText(2).endsWith(u"Berries"_qs));
        QVERIFY(combo->itemText(2).size() > u"Berries"_qs.size());
        combo->setCurrentIndex(1);
        QTRY_COMPARE(f.model()->rowCount(), 1);
        QCOMPARE(f.model()->idAt(0), f.ids[2]);
    }

    void createsAProductThroughTheEditor()
    {
        QLocale::setDefault(QLocale(QLocale::Russian, QLocale::Russia));
        Fixture f;
        QTest::mouseClick(f.w<QToolButton>(u"newProductButton"_qs), Qt::LeftButton);
        QVERIFY(f.editor()->hasProduct());
        QVERIFY(f.editor()->isNew());
        auto* save = f.w<QPushButton>(u"saveButton"_qs);
        QVERIFY(!save->isEnabled()); // nothing typed yet

        type(f.w<QLineEdit>(u"skuEdit"_qs), u"ЁЛ-001"_qs);
        type(f.w<QLineEdit>(u"nameEdit"_qs), u"Ёлочная игрушка «Шар»"_qs);
        type(f.w<QPlainTextEdit>(u"descriptionEdit"_qs), u"Стекло, 8 см"_qs);
        // Russian typing: space groups, comma decimals.
        type(f.w<QLineEdit>(u"priceEdit"_qs), u"1 234,50"_qs);
        type(f.w<QLineEdit>(u"costEdit"_qs), u"600"_qs);
        type(f.w<QLineEdit>(u"salePriceEdit"_qs), u"999,90"_qs);
        f.w<QComboBox>(u"vatCombo"_qs)->setCurrentIndex(5); // 20 %
        type(f.w<QLineEdit>(u"weightEdit"_qs), u"0,25"_qs);
        f.w<QComboBox>(u"unitCombo"_qs)->setCurrentIndex(0);
        type(f.w<QLineEdit>(u"barcodeEdit"_qs), u"4006381333931"_qs);
        QTest::mouseClick(f.w<QPushButton>(u"addBarcodeButton"_qs), Qt::LeftButton);
        QCOMPARE(f.w<QListWidget>(u"barcodeList"_qs)->count(), 1);
        QVERIFY(save->isEnabled());

        // Ctrl+S saves.
        QTest::keySequence(f.page.get(), QKeySequence::Save);
        QVERIFY2(!f.editor()->isDirty(), qPrintable(f.w<QLabel>(u"serviceError"_qs)->text()));
        QVERIFY(!f.editor()->isNew());

        auto stored = f.service.productBySku(Actor::owner(), u"ЁЛ-001"_qs);
        QVERIFY(stored && *stored);
        const Product& p = **stored;
        QCOMPARE(p.name, u"Ёлочная игрушка «Шар»"_qs);
        QCOMPARE(p.description, u"Стекло, 8 см"_qs);
        QCOMPARE(p.listPrice.minorUnits(), 123450);
        QCOMPARE(p.cost->minorUnits(), 60000);
        QCOMPARE(p.salePrice->minorUnits(), 99990);
        QCOMPARE(p.vatRateBp, std::optional<int>(2000));
        QCOMPARE(p.weightGrams, std::optional<qint64>(250));
        QCOMPARE(p.barcodes.size(), 1);
        QCOMPARE(p.barcodes[0].code, u"4006381333931"_qs);

        // It shows up in the list and gets selected.
        QTRY_VERIFY(f.model()->rowOf(p.id) >= 0);
        QCOMPARE(f.model()->rowCount(), 4);
        QTRY_COMPARE(f.page->view()->currentIndex().row(), f.model()->rowOf(p.id));
        const int row = f.model()->rowOf(p.id);
        QCOMPARE(f.model()->index(row, ProductTableModel::Price).data().toString(),
                 Money(123450, u"RUB"_qs).toDisplayString(QLocale()));
        // The editor now shows the stored values in the user's format.
        QCOMPARE(f.w<QLineEdit>(u"priceEdit"_qs)->text(), u"1\u00A0234,50"_qs);
        QCOMPARE(f.w<QLineEdit>(u"weightEdit"_qs)->text(), u"0,250"_qs);
    }

    void badPriceShowsInlineErrorAndDisablesSave()
    {
        Fixture f;
        f.select(f.ids[0]);
        QCOMPARE(f.editor()->productId(), f.ids[0]);
        auto* price = f.w<QLineEdit>(u"priceEdit"_qs);
        auto* error = f.w<QLabel>(u"priceError"_qs);
        auto* save = f.w<QPushButton>(u"saveButton"_qs);
        QVERIFY(error->isHidden());

        retype(price, u"12.3x"_qs);
        QVERIFY(!error->isHidden());
        QCOMPARE(error->text(), Money::parse(u"12.3x", u"RUB"_qs).error().message);
        QVERIFY(!save->isEnabled());
        QVERIFY(!f.editor()->save());

        retype(price, u"-5"_qs);
        QCOMPARE(error->text(), u"The price cannot be negative."_qs);
        QVERIFY(!save->isEnabled());

        retype(price, u"12.30"_qs);
        QVERIFY(error->isHidden());
        QVERIFY(save->isEnabled());
        QTest::mouseClick(save, Qt::LeftButton);
        QCOMPARE(f.service.product(Actor::owner(), f.ids[0])->listPrice.minorUnits(), 1230);

        // A name cleared by the user is required again.
        retype(f.w<QLineEdit>(u"nameEdit"_qs), QString());
        QCOMPARE(f.w<QLabel>(u"nameError"_qs)->text(), u"The name is required."_qs);
        QVERIFY(!save->isEnabled());
    }

    void badBarcodeIsRefusedWithTheMessage()
    {
        Fixture f;
        f.select(f.ids[1]);
        auto* input = f.w<QLineEdit>(u"barcodeEdit"_qs);
        auto* list = f.w<QListWidget>(u"barcodeList"_qs);
        auto* error = f.w<QLabel>(u"barcodeError"_qs);

        type(input, u"4006381333932"_qs); // check digit should be 1
        QTest::mouseClick(f.w<QPushButton>(u"addBarcodeButton"_qs), Qt::LeftButton);
        QCOMPARE(list->count(), 0);
        QVERIFY(!error->isHidden());
        QCOMPARE(error->text(), Barcodes::validate(u"4006381333932"_qs, false).error().message);
        QVERIFY(error->text().contains(u"expected 1"_qs));
        QVERIFY(!f.editor()->isDirty());

        // The same code, marked as the shop's own, is accepted.
        f.w<QCheckBox>(u"barcodeInternalCheck"_qs)->setChecked(true);
        QTest::mouseClick(f.w<QPushButton>(u"addBarcodeButton"_qs), Qt::LeftButton);
        QCOMPARE(list->count(), 1);
        QVERIFY(error->isHidden());
        QVERIFY(f.editor()->save());
        QCOMPARE(f.service.product(Actor::owner(), f.ids[1])->barcodes.front().kind, BarcodeKind::Internal);
    }

    void serviceRefusalIsShownWithTheField()
    {
        Fixture f;
        f.select(f.ids[0]);
        retype(f.w<QLineEdit>(u"skuEdit"_qs), u"ban"_qs); // Banana's SKU, in another case
        QVERIFY(!f.editor()->save());
        const QString shown = f.w<QLabel>(u"serviceError"_qs)->text();
        QVERIFY2(shown.startsWith(u"SKU: "_qs), qPrintable(shown));
        QVERIFY2(shown.contains(u"Banana"_qs), qPrintable(shown));
        QVERIFY(f.editor()->isDirty());
    }

    void archiveHidesUnlessShowArchived()
    {
        Fixture f;
        f.select(f.ids[0]);
        auto* archive = f.w<QPushButton>(u"archiveButton"_qs);
        QCOMPARE(archive->text(), u"Archive"_qs);
        QTest::mouseClick(archive, Qt::LeftButton);
        QTRY_COMPARE(f.model()->rowOf(f.ids[0]), -1);
        QCOMPARE(f.model()->rowCount(), 2);
        // The editor keeps the product so it can be restored.
        QCOMPARE(f.editor()->productId(), f.ids[0]);
        QCOMPARE(archive->text(), u"Restore"_qs);

        f.w<QCheckBox>(u"showArchivedCheck"_qs)->setChecked(true);
        QTRY_VERIFY(f.model()->rowOf(f.ids[0]) >= 0);
        const int row = f.model()->rowOf(f.ids[0]);
        QCOMPARE(f.model()->index(row, ProductTableModel::Status).data().toString(), u"Archived"_qs);
        QTRY_COMPARE(f.page->view()->currentIndex().row(), row);

        QTest::mouseClick(archive, Qt::LeftButton);
        QTRY_COMPARE(
            f.model()->index(f.model()->rowOf(f.ids[0]), ProductTableModel::Status).data().toString(),
            u"Active"_qs);
        QVERIFY(!f.service.product(Actor::owner(), f.ids[0])->archived);
    }

    void asksBeforeLeavingUnsavedChanges()
    {
        Fixture f;
        f.select(f.ids[0]);
        retype(f.w<QLineEdit>(u"nameEdit"_qs), u"Green apple"_qs);
        QVERIFY(f.editor()->isDirty());

        // Cancel: stay on Apple with the edit.
        const int before = MessageBox::count();
        MessageBox::setNextAnswer(QMessageBox::Cancel);
        f.select(f.ids[1]);
        QCOMPARE(MessageBox::count(), before + 1);
        QCOMPARE(f.editor()->productId(), f.ids[0]);
        QVERIFY(f.editor()->isDirty());
        QTRY_COMPARE(f.page->view()->currentIndex().row(), f.model()->rowOf(f.ids[0]));

        // Save: the edit is stored, then Banana is shown.
        MessageBox::setNextAnswer(QMessageBox::Save);
        f.select(f.ids[1]);
        QCOMPARE(f.editor()->productId(), f.ids[1]);
        QCOMPARE(f.service.product(Actor::owner(), f.ids[0])->name, u"Green apple"_qs);
        // The list agrees with the editor, also after the reload the save caused.
        QCOMPARE(f.page->view()->currentIndex().row(), f.model()->rowOf(f.ids[1]));
        QTRY_VERIFY(!f.model()->isLoading());
        QCOMPARE(f.page->view()->currentIndex().row(), f.model()->rowOf(f.ids[1]));

        // Discard: the edit is dropped.
        retype(f.w<QLineEdit>(u"nameEdit"_qs), u"Plantain"_qs);
        MessageBox::setNextAnswer(QMessageBox::Discard);
        QTRY_VERIFY(f.model()->rowOf(f.ids[2]) >= 0);
        f.select(f.ids[2]);
        QCOMPARE(f.editor()->productId(), f.ids[2]);
        QCOMPARE(f.service.product(Actor::owner(), f.ids[1])->name, u"Banana"_qs);
    }

    void deletesOnlyWithoutHistory()
    {
        Fixture f;
        f.select(f.ids[2]);
        auto* del = f.w<QPushButton>(u"deleteButton"_qs);
        QVERIFY(del->isEnabled());
        MessageBox::setNextAnswer(QMessageBox::No);
        QTest::mouseClick(del, Qt::LeftButton);
        QVERIFY(f.service.product(Actor::owner(), f.ids[2]));

        MessageBox::setNextAnswer(QMessageBox::Yes);
        QTest::mouseClick(del, Qt::LeftButton);
        QVERIFY(!f.service.product(Actor::owner(), f.ids[2]));
        QVERIFY(!f.editor()->hasProduct());
        QTRY_COMPARE(f.model()->rowCount(), 2);

        // A product with a variant has history: only archiving is offered.
        Product variant = makeProduct(u"APL-RED"_qs, u"Apple, red"_qs);
        variant.parentId = f.ids[0];
        QVERIFY(f.service.create(Actor::owner(), variant));
        QTRY_VERIFY(f.model()->rowCount() == 3);
        f.select(f.ids[0]);
        QVERIFY(!del->isEnabled());
        QCOMPARE(f.w<QListWidget>(u"variantList"_qs)->count(), 1);
    }

    void addsAVariantOfTheShownProduct()
    {
        Fixture f;
        auto fruit = f.service.createCategory(Actor::owner(), u"Fruit"_qs);
        Product apple = *f.service.product(Actor::owner(), f.ids[0]);
        apple.categoryId = fruit->id;
        QVERIFY(f.service.update(Actor::owner(), apple));
        f.select(f.ids[0]);
        auto* addVariant = f.w<QPushButton>(u"addVariantButton"_qs);
        QVERIFY(addVariant->isVisible());
        QTest::mouseClick(addVariant, Qt::LeftButton);
        QVERIFY(f.editor()->isNew());
        QCOMPARE(f.w<QLineEdit>(u"parentPicker"_qs)->text(), u"APL — Apple"_qs);
        QCOMPARE(f.w<CategoryCombo>(u"categoryCombo"_qs)->currentCategoryId(), fruit->id);
        auto* attributes = f.w<QTableWidget>(u"attributesTable"_qs);
        QVERIFY(attributes->isVisible());

        type(f.w<QLineEdit>(u"skuEdit"_qs), u"APL-G"_qs);
        type(f.w<QLineEdit>(u"nameEdit"_qs), u"Apple, green"_qs);
        QTest::mouseClick(f.w<QPushButton>(u"addAttributeButton"_qs), Qt::LeftButton);
        attributes->item(0, 0)->setText(u"Colour"_qs);
        attributes->item(0, 1)->setText(u"Green"_qs);
        QVERIFY2(f.editor()->save(), qPrintable(f.w<QLabel>(u"serviceError"_qs)->text()));

        auto variants = f.service.variants(Actor::owner(), f.ids[0]);
        QCOMPARE(variants->size(), 1);
        QCOMPARE(variants->front().sku, u"APL-G"_qs);
        QCOMPARE(variants->front().categoryId, fruit->id);
        QCOMPARE(variants->front().attributes.size(), 1);
        QCOMPARE(variants->front().attributes.front(), (std::pair{u"Colour"_qs, u"Green"_qs}));
    }

    void costIsHiddenFromThoseWhoMayNotSeeIt()
    {
        Fixture f(Actor::withRole(Role::Support, u"Support"_qs));
        f.select(f.ids[0]);
        QVERIFY(f.w<QLineEdit>(u"costEdit"_qs)->isHidden() || !f.w<QLineEdit>(u"costEdit"_qs)->isVisible());
        QCOMPARE(f.model()->index(f.model()->rowOf(f.ids[0]), ProductTableModel::Cost).data().toString(),
                 u"—"_qs);
        // Support may not edit the catalog: the form is read-only.
        QVERIFY(f.w<QLineEdit>(u"nameEdit"_qs)->isReadOnly());
        QVERIFY(!f.w<QToolButton>(u"newProductButton"_qs)->isEnabled());
    }
};

QTEST_MAIN(TestProductPage)
#include "TestProductPage.moc"
