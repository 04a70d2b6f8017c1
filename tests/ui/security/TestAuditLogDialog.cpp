#include "common/MessageBox.h"
#include "security/AuditLogDialog.h"
#include "security/AuditLogModel.h"
#include "support/Must.h"
#include "support/ScreenshotTools.h"
#include "support/StockShop.h"

#include <QComboBox>
#include <QDateTime>
#include <QLineEdit>
#include <QTableView>
#include <QTableWidget>
#include <QTest>

using namespace kontor;
using test::must;
using test::StockShop;

// The audit log window: the newest entries first, searched by words, user, kind of object and
// period, more read while scrolling, and the selected entry's values before and after.
class TestAuditLogDialog : public QObject
{
    Q_OBJECT

    static QStringList column(const AuditLogDialog& d, int column)
    {
        QStringList texts;
        for (int row = 0; row < d.model()->rowCount(); ++row)
            texts.append(d.model()->index(row, column).data().toString());
        return texts;
    }

    // A price change by Anna yesterday, a refund by her today and a product the owner created 40
    // days ago.
    static void fill(StockShop& shop)
    {
        Connection& c = shop.tmp.db().connection();
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        const qint64 day = 24 * 3600 * 1000;
        const Actor anna = Actor::withRole(Role::Manager, u"Анна"_qs, Id::create());
        const Id socks = Id::create();
        must(AuditLog::record(c, Actor::owner(), now - 40 * day, u"product.create", u"product", socks,
                              u"Носки шерстяные"_qs, {}, {{u"price"_qs, 49900}, {u"sku"_qs, u"SOCK-1"_qs}}));
        must(AuditLog::record(c, anna, now - day, u"product.update", u"product", socks, u"Носки шерстяные"_qs,
                              {{u"price"_qs, 49900}, {u"sku"_qs, u"SOCK-1"_qs}},
                              {{u"price"_qs, 45900}, {u"sku"_qs, u"SOCK-1"_qs}}));
        must(AuditLog::record(c, anna, now, u"order.refund", u"sales_order", Id::create(), u"SO-00042"_qs,
                              {{u"refunded_amount"_qs, 0}}, {{u"refunded_amount"_qs, 45900}}));
    }

private Q_SLOTS:
    void initTestCase() { MessageBox::setTestMode(true); }
    void init() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void searchesAndShowsTheChange()
    {
        StockShop shop;
        fill(shop);
        AuditLogDialog d(shop.services(), Actor::owner());
        QCOMPARE(column(d, AuditLogModel::What),
                 (QStringList{u"Refund recorded"_qs, u"Product changed"_qs, u"Product created"_qs}));
        QCOMPARE(column(d, AuditLogModel::Object).value(1), u"Products: Носки шерстяные"_qs);
        QCOMPARE(column(d, AuditLogModel::Who).value(1), u"Анна"_qs);

        // The price change: the changed field first and bold, the unchanged one after it.
        d.table()->setCurrentIndex(d.model()->index(1, 0));
        QTableWidget* changes = d.changesTable();
        QCOMPARE(changes->rowCount(), 2);
        QCOMPARE(changes->item(0, AuditLogDialog::FieldColumn)->text(), u"Price"_qs);
        QVERIFY(changes->item(0, AuditLogDialog::FieldColumn)->font().bold());
        QCOMPARE(changes->item(0, AuditLogDialog::BeforeColumn)->text(), u"49900"_qs);
        QCOMPARE(changes->item(0, AuditLogDialog::AfterColumn)->text(), u"45900"_qs);
        QCOMPARE(changes->item(1, AuditLogDialog::FieldColumn)->text(), u"SKU"_qs);
        QVERIFY(!changes->item(1, AuditLogDialog::FieldColumn)->font().bold());

        // Words in any case, in the object and the values.
        d.searchEdit()->setText(u"НОСКИ"_qs);
        d.search();
        QCOMPARE(d.model()->rowCount(), 2);
        d.searchEdit()->setText(u"45900"_qs);
        d.search();
        QCOMPARE(column(d, AuditLogModel::What), (QStringList{u"Refund recorded"_qs, u"Product changed"_qs}));
        d.searchEdit()->clear();

        // A user, a kind of object, a period.
        d.userCombo()->setCurrentIndex(d.userCombo()->findData(u"Анна"_qs));
        QCOMPARE(d.model()->rowCount(), 2);
        d.entityCombo()->setCurrentIndex(d.entityCombo()->findData(u"sales_order"_qs));
        QCOMPARE(column(d, AuditLogModel::What), QStringList{u"Refund recorded"_qs});
        QCOMPARE(d.entityCombo()->currentText(), u"Orders"_qs);
        d.userCombo()->setCurrentIndex(0);
        d.entityCombo()->setCurrentIndex(0);
        d.periodCombo()->setCurrentIndex(d.periodCombo()->findData(AuditLogDialog::Last7Days));
        QCOMPARE(d.model()->rowCount(), 2);
        d.periodCombo()->setCurrentIndex(d.periodCombo()->findData(AuditLogDialog::AnyTime));
        QCOMPARE(d.model()->rowCount(), 3);
        d.resize(1000, 640);
        test::screenshot(&d, u"audit-log"_qs);
    }

    void readsMoreWhileScrolling()
    {
        StockShop shop;
        Connection& c = shop.tmp.db().connection();
        const int total = AuditLogModel::PageSize * 2 + 17;
        for (int i = 0; i < total; ++i)
            must(AuditLog::record(c, Actor::owner(), 1767225600000 + i, u"customer.create", u"customer",
                                  Id::create(), QStringLiteral("Customer %1").arg(i)));
        AuditLogDialog d(shop.services(), Actor::owner());
        QCOMPARE(d.model()->rowCount(), AuditLogModel::PageSize);
        QCOMPARE(d.model()->index(0, AuditLogModel::Object).data().toString(),
                 QStringLiteral("Customers: Customer %1").arg(total - 1));
        while (d.model()->canFetchMore({}))
            d.model()->fetchMore({});
        QCOMPARE(d.model()->rowCount(), total);
        QCOMPARE(d.model()->index(total - 1, AuditLogModel::Object).data().toString(),
                 u"Customers: Customer 0"_qs);
    }
};

QTEST_MAIN(TestAuditLogDialog)
#include "TestAuditLogDialog.moc"
