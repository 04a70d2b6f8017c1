#include "AppSettings.h"
#include "WelcomeDialog.h"
#include "catalog/ProductService.h"
#include "support/TempDatabase.h"

#include <QCommandLinkButton>
#include <QTemporaryDir>
#include <QTest>

using namespace kontor;

class TestWelcomeDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void showsOnlyOnAFirstStartWithAnEmptyShop()
    {
        test::TempDatabase t;
        ProductService service(t.db());
        QTemporaryDir dir;
        AppSettings settings(dir.filePath(u"s.ini"_qs));
        QVERIFY(WelcomeDialog::shouldShow(service, Actor::owner(), settings));

        settings.setWelcomeShown(true);
        QVERIFY(!WelcomeDialog::shouldShow(service, Actor::owner(), settings));

        // A shop that already has products (even only archived ones) is not new.
        settings.setWelcomeShown(false);
        Product p;
        p.sku = u"A"_qs;
        p.name = u"A"_qs;
        auto created = service.create(Actor::owner(), p);
        QVERIFY(created);
        QVERIFY(service.setArchived(Actor::owner(), created->id, true));
        QVERIFY(!WelcomeDialog::shouldShow(service, Actor::owner(), settings));
    }

    void returnsTheChoice()
    {
        WelcomeDialog dialog;
        auto* empty = dialog.findChild<QCommandLinkButton*>(u"emptyShopButton"_qs);
        QVERIFY(empty);
        QVERIFY(dialog.findChild<QCommandLinkButton*>(u"demoDataButton"_qs));
        empty->click();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(dialog.choice(), WelcomeDialog::Choice::EmptyShop);

        WelcomeDialog demo;
        demo.findChild<QCommandLinkButton*>(u"demoDataButton"_qs)->click();
        QCOMPARE(demo.choice(), WelcomeDialog::Choice::DemoData);
    }
};

QTEST_MAIN(TestWelcomeDialog)
#include "TestWelcomeDialog.moc"
