#include "common/MessageBox.h"
#include "orders/OrderPrinting.h"
#include "orders/ShopDetailsService.h"
#include "support/PdfTools.h"
#include "support/StockShop.h"
#include "support/TestData.h"

#include <QPrinter>
#include <QTemporaryDir>
#include <QTest>

using namespace kontor;
using test::StockShop;

namespace {

template <typename T>
T must(Result<T> r)
{
    if (!r)
        qFatal("%s", qPrintable(r.error().toString()));
    return std::move(*r);
}

struct Shop : StockShop
{
    ShopDetailsService shop{tmp.db()};
    Id mug;

    Shop()
    {
        ShopDetails d;
        d.legalName = u"ИП Иванов Иван Иванович"_qs;
        d.taxId = u"500100732259"_qs;
        must(shop.save(owner, d));
        mug = product(u"MUG-1"_qs, u"Кружка"_qs);
        receive(mug, StockService::mainLocationId(), 10);
    }

    Id order(qint64 mugs)
    {
        Order draft;
        draft.customerName = u"Анна Петрова"_qs;
        draft.lines = {must(orders.lineFor(owner, mug, Quantity::fromUnits(mugs)))};
        return must(orders.confirm(owner, must(orders.create(owner, draft)).id)).id;
    }
};

} // namespace

class TestOrderPrinting : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { MessageBox::setTestMode(true); }

    void savesEveryKindForSeveralOrders()
    {
        Shop s;
        const QList<Id> ids{s.order(1), s.order(2)};
        QTemporaryDir dir;
        const QList<std::pair<OrderDocumentKind, int>> kinds{{OrderDocumentKind::PickingList, 1},
                                                             {OrderDocumentKind::PackingSlip, 2},
                                                             {OrderDocumentKind::Waybill, 2},
                                                             {OrderDocumentKind::Invoice, 2}};
        for (const auto& [kind, pages] : kinds) {
            const QString path = dir.filePath(u"doc%1.pdf"_qs.arg(int(kind)));
            QVERIFY(OrderPrinting::savePdf(nullptr, s.services(), s.shop, s.owner, kind, ids, path));
            QCOMPARE(test::pdfInfo(path).pages, pages);
            const QString text = test::pdfText(path);
            QVERIFY2(text.contains(u"SO-00001"_qs) && text.contains(u"SO-00002"_qs), qPrintable(text));
            QVERIFY(text.contains(u"MUG-1"_qs));
        }
        QVERIFY(test::pdfText(dir.filePath(u"doc3.pdf"_qs)).contains(u"ИП Иванов Иван Иванович"_qs));
    }

    void printsOnAPrinter()
    {
        Shop s;
        QTemporaryDir dir;
        QPrinter printer(QPrinter::HighResolution);
        printer.setOutputFormat(QPrinter::PdfFormat);
        printer.setOutputFileName(dir.filePath(u"printed.pdf"_qs));
        printer.setPageLayout(OrderDocuments::pageLayout());
        QVERIFY(OrderPrinting::print(nullptr, s.services(), s.shop, s.owner, OrderDocumentKind::Invoice,
                                     {s.order(3)}, printer));
        const QString text = test::pdfText(dir.filePath(u"printed.pdf"_qs));
        QVERIFY2(text.contains(u"Invoice No. SO-00001"_qs), qPrintable(text));
        QVERIFY(text.contains(u"500100732259"_qs));
    }

    void aMissingOrderIsReported()
    {
        Shop s;
        QTemporaryDir dir;
        const int shown = MessageBox::count();
        QVERIFY(!OrderPrinting::savePdf(nullptr, s.services(), s.shop, s.owner, OrderDocumentKind::Invoice,
                                        {Id::create()}, dir.filePath(u"x.pdf"_qs)));
        QCOMPARE(MessageBox::count(), shown + 1);
        QVERIFY(!QFile::exists(dir.filePath(u"x.pdf"_qs)));
        QVERIFY(!OrderPrinting::savePdf(nullptr, s.services(), s.shop, s.owner, OrderDocumentKind::Invoice,
                                        {}, dir.filePath(u"y.pdf"_qs)));
        QCOMPARE(MessageBox::count(), shown + 2);
    }
};

QTEST_MAIN(TestOrderPrinting)
#include "TestOrderPrinting.moc"
