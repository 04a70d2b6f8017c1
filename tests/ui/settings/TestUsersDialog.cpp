#include "common/MessageBox.h"
#include "settings/UsersDialog.h"
#include "support/LongTranslator.h"
#include "support/Must.h"
#include "support/ScreenshotTools.h"
#include "support/StockShop.h"

#include <QComboBox>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>

using namespace kontor;
using test::must;
using test::StockShop;

class TestUsersDialog : public QObject
{
    Q_OBJECT

    static QStringList column(const UsersDialog& d, int column)
    {
        QStringList texts;
        for (int row = 0; row < d.table()->rowCount(); ++row)
            texts.append(d.table()->item(row, column)->text());
        return texts;
    }

private Q_SLOTS:
    void initTestCase() { MessageBox::setTestMode(true); }
    void init() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void addsEditsAndDeactivates()
    {
        StockShop shop;
        QSignalSpy changed(&shop.users, &UserService::usersChanged);
        UsersDialog d(shop.services(), shop.owner);
        QVERIFY(!d.isReadOnly());
        // The owner is there from the start, selected, and keeps the owner's role.
        QCOMPARE(column(d, UsersDialog::NameColumn), QStringList{u"Owner"_qs});
        QCOMPARE(d.users().first().id, Actor::ownerId());
        QCOMPARE(d.roleCombo()->count(), 1);
        QVERIFY(!d.roleCombo()->isEnabled());
        // No password fields: logins come later, and the dialog says so.
        QVERIFY(d.findChild<QLabel*>(u"introLabel"_qs)->text().contains(u"Logins and passwords"_qs));
        for (QLineEdit* edit : d.findChildren<QLineEdit*>())
            QCOMPARE(edit->echoMode(), QLineEdit::Normal);

        // A new support agent, through the form.
        d.newButton()->click();
        QVERIFY(!d.saveButton()->isEnabled()); // no name yet
        QCOMPARE(d.roleCombo()->count(), 3);   // manager, support, warehouse: never a second owner
        QCOMPARE(d.roleCombo()->currentData().toInt(), int(Role::Support));
        QCOMPARE(d.findChild<QLabel*>(u"roleHint"_qs)->text(),
                 u"Tickets, orders, returns and customers; no purchase prices."_qs);
        // Every permission of the role in its tooltip.
        QCOMPARE(d.roleCombo()->itemData(d.roleCombo()->currentIndex(), Qt::ToolTipRole).toString(),
                 u"May export data, manage sales orders, handle returns, manage customers, work on support "
                 "tickets."_qs);
        d.nameEdit()->setText(u"  Anna Petrova "_qs);
        d.emailEdit()->setText(u"anna@shop.example"_qs);
        d.saveButton()->click();
        QVERIFY2(d.errorText().isEmpty(), qPrintable(d.errorText()));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(column(d, UsersDialog::NameColumn), (QStringList{u"Owner"_qs, u"Anna Petrova"_qs}));
        QCOMPARE(column(d, UsersDialog::RoleColumn), (QStringList{u"Owner"_qs, u"Support"_qs}));
        QCOMPARE(column(d, UsersDialog::EmailColumn), (QStringList{QString(), u"anna@shop.example"_qs}));
        QCOMPARE(d.table()->currentRow(), 1); // the new one stays selected
        const Id anna = d.users().at(1).id;
        User stored = must(shop.users.user(shop.owner, anna));
        QCOMPARE(stored.name, u"Anna Petrova"_qs);
        QCOMPARE(stored.role, Role::Support);
        QCOMPARE(stored.email, u"anna@shop.example"_qs);
        QVERIFY(stored.active);

        // Made a manager with another address.
        d.roleCombo()->setCurrentIndex(d.roleCombo()->findData(int(Role::Manager)));
        QCOMPARE(d.findChild<QLabel*>(u"roleHint"_qs)->text(), u"Everything but the settings and users."_qs);
        d.emailEdit()->setText(u"anna.petrova@shop.example"_qs);
        QVERIFY(d.save());
        stored = must(shop.users.user(shop.owner, anna));
        QCOMPARE(stored.role, Role::Manager);
        QCOMPARE(stored.email, u"anna.petrova@shop.example"_qs);
        QCOMPARE(d.table()->item(1, UsersDialog::RoleColumn)->text(), u"Manager"_qs);

        // A second user by the same name is refused with the service's reason.
        d.startNew();
        d.nameEdit()->setText(u"anna petrova"_qs);
        QVERIFY(!d.save());
        QCOMPARE(d.errorText(), u"There is already a user called anna petrova."_qs);
        QCOMPARE(must(shop.users.list(shop.owner, true)).size(), 2);

        // Deactivated, and active again.
        QVERIFY(d.select(anna));
        QCOMPARE(d.activeButton()->text(), u"&Deactivate"_qs);
        d.activeButton()->click();
        QVERIFY(!must(shop.users.user(shop.owner, anna)).active);
        QCOMPARE(d.table()->item(d.table()->currentRow(), UsersDialog::StateColumn)->text(), u"Inactive"_qs);
        QCOMPARE(d.activeButton()->text(), u"&Activate"_qs);
        QCOMPARE(must(shop.users.list(shop.owner)).size(), 1); // only the owner is active
        QVERIFY(d.toggleActive());
        QVERIFY(must(shop.users.user(shop.owner, anna)).active);

        // The owner cannot be deactivated: the service says why.
        QVERIFY(d.select(Actor::ownerId()));
        QVERIFY(!d.toggleActive());
        QCOMPARE(d.errorText(), u"The shop owner cannot be deactivated."_qs);
        QVERIFY(must(shop.users.user(shop.owner, Actor::ownerId())).active);
        // But may be given a name.
        d.nameEdit()->setText(u"Ivan Sidorov"_qs);
        QVERIFY(d.save());
        QCOMPARE(must(shop.users.user(shop.owner, Actor::ownerId())).name, u"Ivan Sidorov"_qs);
        QCOMPARE(must(shop.users.user(shop.owner, Actor::ownerId())).role, Role::Owner);

        d.show();
        test::screenshot(&d, u"users"_qs);
    }

    void readOnlyWithoutManageUsers()
    {
        StockShop shop;
        must(shop.users.save(shop.owner, User{{}, u"Boris"_qs, Role::Warehouse, {}, true}));
        for (Role role : {Role::Manager, Role::Support}) {
            UsersDialog d(shop.services(), Actor::withRole(role));
            QVERIFY(d.isReadOnly());
            QCOMPARE(d.table()->rowCount(), 2);
            QVERIFY(d.findChild<QGroupBox*>(u"userForm"_qs)->isHidden());
            QVERIFY(!d.findChild<QLabel*>(u"readOnlyNote"_qs)->isHidden());
            QVERIFY(d.select(d.users().at(1).id));
            QVERIFY(!d.toggleActive());
            QVERIFY(!d.save());
        }
        QVERIFY(must(shop.users.list(shop.owner)).size() == 2);
    }

    void longerTextsFit()
    {
        StockShop shop;
        must(shop.users.save(shop.owner,
                             User{{}, u"Anna Petrova"_qs, Role::Support, u"anna@shop.example"_qs, true}));
        must(shop.users.save(shop.owner, User{{}, u"Boris Ivanov"_qs, Role::Warehouse, {}, false}));
        test::LongTranslator translator(
            {u"kontor::UsersDialog"_qs, u"kontor::UserService"_qs, u"kontor::Actor"_qs}, 35);
        QCoreApplication::installTranslator(&translator);
        UsersDialog d(shop.services(), shop.owner);
        d.show();
        QVERIFY(d.select(d.users().at(1).id));
        test::screenshot(&d, u"users-long"_qs);
        QCoreApplication::removeTranslator(&translator);
        QVERIFY2(d.minimumSizeHint().width() <= 900,
                 qPrintable(QString::number(d.minimumSizeHint().width())));
    }
};

QTEST_MAIN(TestUsersDialog)
#include "TestUsersDialog.moc"
