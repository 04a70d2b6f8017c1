#include "common/MessageBox.h"
#include "support/CannedResponsesDialog.h"
#include "support/LongTranslator.h"
#include "support/Must.h"
#include "support/ScreenshotTools.h"
#include "support/StockShop.h"

#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace kontor;
using test::must;
using test::StockShop;

class TestCannedResponsesDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { MessageBox::setTestMode(true); }
    void init() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void writesAResponseWithPlaceholders()
    {
        StockShop shop;
        QSignalSpy changed(&shop.support, &SupportService::cannedResponsesChanged);
        CannedResponsesDialog d(shop.services(), shop.owner);
        QCOMPARE(d.list()->count(), 0);
        QVERIFY(!d.saveButton()->isEnabled());
        QVERIFY(d.removeButton()->isHidden());

        // Every placeholder the service fills is offered, as a link.
        const QString help = d.placeholderLabel()->text();
        for (const QString& name :
             {u"customer_name"_qs, u"customer_first_name"_qs, u"ticket_number"_qs, u"order_number"_qs,
              u"tracking_number"_qs, u"agent_name"_qs, u"product_name"_qs})
            QVERIFY2(help.contains(u"<a href=\"%1\">{%1}</a>"_qs.arg(name)), qPrintable(name));

        d.titleEdit()->setText(u"Where is my order"_qs);
        d.bodyEdit()->setPlainText(u"Hello "_qs);
        d.bodyEdit()->moveCursor(QTextCursor::End);
        Q_EMIT d.placeholderLabel()->linkActivated(u"customer_first_name"_qs); // a click on the link
        d.bodyEdit()->insertPlainText(u", your order "_qs);
        Q_EMIT d.placeholderLabel()->linkActivated(u"order_number"_qs);
        d.bodyEdit()->insertPlainText(u" left us today."_qs);
        QCOMPARE(d.bodyEdit()->toPlainText(),
                 u"Hello {customer_first_name}, your order {order_number} left us today."_qs);
        QVERIFY(d.saveButton()->isEnabled());
        d.saveButton()->click();
        QVERIFY2(d.errorText().isEmpty(), qPrintable(d.errorText()));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(d.list()->count(), 1);
        QCOMPARE(d.list()->currentRow(), 0);
        QCOMPARE(d.list()->item(0)->text(), u"Where is my order"_qs);
        auto saved = must(shop.support.cannedResponses(shop.owner));
        QCOMPARE(saved.size(), 1);
        QCOMPARE(saved.first().title, u"Where is my order"_qs);
        QCOMPARE(saved.first().body,
                 u"Hello {customer_first_name}, your order {order_number} left us today."_qs);

        // The inserted names are the ones a ticket fills.
        NewTicket n;
        n.subject = u"Parcel"_qs;
        n.contactName = u"Ivan Petrov"_qs;
        const Ticket t = must(shop.support.create(shop.owner, n));
        QCOMPARE(must(shop.support.fillPlaceholders(shop.owner, t.id, saved.first().body)),
                 u"Hello Ivan, your order  left us today."_qs);

        // Edited in place.
        d.titleEdit()->setText(u"Order shipped"_qs);
        QVERIFY(d.save());
        saved = must(shop.support.cannedResponses(shop.owner));
        QCOMPARE(saved.size(), 1);
        QCOMPARE(saved.first().title, u"Order shipped"_qs);

        // A second one; the list is by title.
        d.newButton()->click();
        QVERIFY(d.titleEdit()->text().isEmpty());
        d.titleEdit()->setText(u"Apology"_qs);
        d.bodyEdit()->setPlainText(u"We are sorry, {customer_name}."_qs);
        QVERIFY(d.save());
        QCOMPARE(d.list()->count(), 2);
        QCOMPARE(d.list()->item(0)->text(), u"Apology"_qs);
        QCOMPARE(d.list()->currentRow(), 0);
        d.show();
        test::screenshot(&d, u"canned-responses"_qs);

        // Removed only when the user says yes.
        QVERIFY(!d.removeSelected()); // test mode answers the default: No
        QCOMPARE(must(shop.support.cannedResponses(shop.owner)).size(), 2);
        MessageBox::setNextAnswer(QMessageBox::Yes);
        d.removeButton()->click();
        QCOMPARE(d.list()->count(), 1);
        QCOMPARE(d.titleEdit()->text(), u"Order shipped"_qs); // the next one is shown
        saved = must(shop.support.cannedResponses(shop.owner));
        QCOMPARE(saved.size(), 1);
        QCOMPARE(saved.first().title, u"Order shipped"_qs);
    }

    void refusalsAreShown()
    {
        StockShop shop;
        // Support agents write responses too.
        CannedResponsesDialog agent(shop.services(), Actor::withRole(Role::Support, u"Anna"_qs));
        agent.titleEdit()->setText(u"Thanks"_qs);
        agent.bodyEdit()->setPlainText(u"   "_qs);
        QVERIFY(!agent.saveButton()->isEnabled());
        QVERIFY(!agent.save());
        QCOMPARE(agent.errorText(), u"The response needs its text."_qs);
        agent.bodyEdit()->setPlainText(u"Thank you, {customer_name}!"_qs);
        QVERIFY(agent.save());
        QCOMPARE(must(shop.support.cannedResponses(shop.owner)).size(), 1);

        // The warehouse does not work on tickets.
        CannedResponsesDialog warehouse(shop.services(), Actor::withRole(Role::Warehouse));
        QCOMPARE(warehouse.list()->count(), 0);
        QCOMPARE(warehouse.errorText(), u"This user may not work on support tickets."_qs);
        QVERIFY(!warehouse.titleEdit()->isEnabled());
        QVERIFY(!warehouse.newButton()->isEnabled());
    }

    void longerTextsFit()
    {
        StockShop shop;
        must(shop.support.saveCannedResponse(
            shop.owner, {{}, u"Where is my order"_qs, u"Hello {customer_first_name}"_qs}));
        test::LongTranslator translator({u"kontor::CannedResponsesDialog"_qs}, 35);
        QCoreApplication::installTranslator(&translator);
        CannedResponsesDialog d(shop.services(), shop.owner);
        d.show();
        test::screenshot(&d, u"canned-responses-long"_qs);
        QCoreApplication::removeTranslator(&translator);
        QVERIFY2(d.minimumSizeHint().width() <= 1000,
                 qPrintable(QString::number(d.minimumSizeHint().width())));
    }
};

QTEST_MAIN(TestCannedResponsesDialog)
#include "TestCannedResponsesDialog.moc"
