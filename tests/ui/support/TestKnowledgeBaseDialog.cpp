#include "common/MessageBox.h"
#include "support/KnowledgeBaseDialog.h"
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

namespace {

QStringList titles(const KnowledgeBaseDialog& d)
{
    QStringList texts;
    for (int row = 0; row < d.list()->count(); ++row)
        texts.append(d.list()->item(row)->text());
    texts.sort();
    return texts;
}

struct Articles
{
    StockShop shop;
    KbArticle delivery;
    KbArticle returns;
    KbArticle payment;

    Articles()
    {
        delivery = must(shop.support.saveArticle(
            shop.owner,
            {{}, u"Delivery times"_qs, u"We ship within two working days."_qs, {u"delivery"_qs}, 0}));
        returns = must(shop.support.saveArticle(
            shop.owner,
            {{}, u"Returns"_qs, u"Goods come back within 14 days."_qs, {u"returns"_qs, u"refund"_qs}, 0}));
        payment = must(shop.support.saveArticle(
            shop.owner, {{}, u"Paying by card"_qs, u"Visa, Mastercard, Mir."_qs, {}, 0}));
    }
};

} // namespace

class TestKnowledgeBaseDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { MessageBox::setTestMode(true); }
    void init() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void searchesAsYouType()
    {
        Articles f;
        KnowledgeBaseDialog d(f.shop.services(), f.shop.owner);
        QCOMPARE(titles(d), (QStringList{u"Delivery times"_qs, u"Paying by card"_qs, u"Returns"_qs}));
        QCOMPARE(d.findChild<QLabel*>(u"foundLabel"_qs)->text(), u"3 articles"_qs);
        QCOMPARE(d.list()->currentRow(), 0); // the first is shown
        QVERIFY(!d.titleEdit()->text().isEmpty());

        // By tag, by a word of the text, by part of the title.
        QTest::keyClicks(d.searchEdit(), u"refund"_qs);
        QCOMPARE(titles(d), QStringList{u"Returns"_qs});
        QCOMPARE(d.findChild<QLabel*>(u"foundLabel"_qs)->text(), u"1 found"_qs);
        QCOMPARE(d.titleEdit()->text(), u"Returns"_qs); // the article found is shown
        QCOMPARE(d.tagsEdit()->text(), u"returns, refund"_qs);
        QCOMPARE(d.bodyEdit()->toPlainText(), u"Goods come back within 14 days."_qs);
        d.searchEdit()->setText(u"ship"_qs);
        QCOMPARE(titles(d), QStringList{u"Delivery times"_qs});
        d.searchEdit()->setText(u"card"_qs);
        QCOMPARE(titles(d), QStringList{u"Paying by card"_qs});
        d.searchEdit()->setText(u"pa"_qs); // shorter than a trigram: still any part
        QCOMPARE(titles(d), QStringList{u"Paying by card"_qs});
        d.searchEdit()->setText(u"warranty"_qs);
        QCOMPARE(d.list()->count(), 0);
        QCOMPARE(d.findChild<QLabel*>(u"foundLabel"_qs)->text(), u"0 found"_qs);
        d.searchEdit()->clear();
        QCOMPARE(d.list()->count(), 3);
        d.show();
        test::screenshot(&d, u"help-articles"_qs);
    }

    void editsAndRemoves()
    {
        Articles f;
        QSignalSpy changed(&f.shop.support, &SupportService::articlesChanged);
        // An agent keeps the articles.
        KnowledgeBaseDialog d(f.shop.services(), Actor::withRole(Role::Support, u"Anna"_qs));
        d.searchEdit()->setText(u"refund"_qs);
        QVERIFY(d.select(f.returns.id));
        d.titleEdit()->setText(u"Returns and exchanges"_qs);
        d.tagsEdit()->setText(u"returns, refund, , exchange "_qs);
        d.bodyEdit()->setPlainText(u"Goods come back or are exchanged within 14 days."_qs);
        d.saveButton()->click();
        QVERIFY2(d.errorText().isEmpty(), qPrintable(d.errorText()));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(titles(d), QStringList{u"Returns and exchanges"_qs});
        KbArticle stored = must(f.shop.support.articles(f.shop.owner, u"exchanged"_qs)).value(0);
        QCOMPARE(stored.id, f.returns.id);
        QCOMPARE(stored.title, u"Returns and exchanges"_qs);
        QCOMPARE(stored.tags, (QStringList{u"returns"_qs, u"refund"_qs, u"exchange"_qs}));
        QCOMPARE(stored.body, u"Goods come back or are exchanged within 14 days."_qs);

        // A new article the search would not find: the search is cleared so it shows.
        d.newButton()->click();
        QVERIFY(d.titleEdit()->text().isEmpty());
        QVERIFY(d.removeButton()->isHidden());
        d.titleEdit()->setText(u"Gift wrapping"_qs);
        QVERIFY(!d.saveButton()->isEnabled()); // no text yet
        d.bodyEdit()->setPlainText(u"Ask for it in the order comment."_qs);
        d.tagsEdit()->setText(u"gift"_qs);
        QVERIFY(d.save());
        QVERIFY(d.searchEdit()->text().isEmpty());
        QCOMPARE(d.list()->count(), 4);
        QCOMPARE(d.list()->currentItem()->text(), u"Gift wrapping"_qs);
        QCOMPARE(must(f.shop.support.articles(f.shop.owner, u"gift"_qs)).size(), 1);

        // Refused without a title.
        d.titleEdit()->setText(u" "_qs);
        QVERIFY(!d.save());
        QCOMPARE(d.errorText(), u"The article needs a title."_qs);

        // Removed after a yes.
        QVERIFY(d.select(f.payment.id));
        MessageBox::setNextAnswer(QMessageBox::Yes);
        d.removeButton()->click();
        QCOMPARE(titles(d),
                 (QStringList{u"Delivery times"_qs, u"Gift wrapping"_qs, u"Returns and exchanges"_qs}));
        QCOMPARE(must(f.shop.support.articles(f.shop.owner)).size(), 3);
        QVERIFY(must(f.shop.support.articles(f.shop.owner, u"card"_qs)).isEmpty());
    }

    void warehouseIsRefused()
    {
        Articles f;
        KnowledgeBaseDialog d(f.shop.services(), Actor::withRole(Role::Warehouse));
        QCOMPARE(d.list()->count(), 0);
        QCOMPARE(d.errorText(), u"This user may not work on support tickets."_qs);
        QVERIFY(!d.searchEdit()->isEnabled());
        QVERIFY(!d.saveButton()->isEnabled());
    }

    void longerTextsFit()
    {
        Articles f;
        test::LongTranslator translator({u"kontor::KnowledgeBaseDialog"_qs}, 35);
        QCoreApplication::installTranslator(&translator);
        KnowledgeBaseDialog d(f.shop.services(), f.shop.owner);
        d.show();
        test::screenshot(&d, u"help-articles-long"_qs);
        QCoreApplication::removeTranslator(&translator);
        QVERIFY2(d.minimumSizeHint().width() <= 1000,
                 qPrintable(QString::number(d.minimumSizeHint().width())));
    }
};

QTEST_MAIN(TestKnowledgeBaseDialog)
#include "TestKnowledgeBaseDialog.moc"
