#include "documents/OrderDocuments.h"
#include "orders/ShopDetailsService.h"
#include "support/PdfTools.h"
#include "support/StockShop.h"
#include "support/TestData.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

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

void must(Result<void> r)
{
    if (!r)
        qFatal("%s", qPrintable(r.error().toString()));
}

Quantity units(qint64 n)
{
    return Quantity::fromUnits(n);
}

// A stand-in for the Russian translation (the real one is made after merging): a few of the
// documents' words, so the test sees that they go through tr() with the documents' context.
class RussianWords : public QTranslator
{
public:
    QString translate(const char* context, const char* source, const char* disambiguation,
                      int n) const override
    {
        Q_UNUSED(disambiguation);
        Q_UNUSED(n);
        if (QByteArrayView(context) != "kontor::OrderDocuments")
            return {};
        static const QHash<QByteArray, QString> words{
            {"Invoice No. %1 of %2", u"Счёт на оплату № %1 от %2"_qs},
            {"Waybill No. %1 of %2", u"Товарная накладная № %1 от %2"_qs},
            {"Picking list %1", u"Лист подбора %1"_qs},
            {"Packing slip %1", u"Упаковочный лист %1"_qs},
            {"INN", u"ИНН"_qs},
            {"KPP", u"КПП"_qs},
            {"Total to pay:", u"Всего к оплате:"_qs},
            {"Supplier", u"Поставщик"_qs},
        };
        return words.value(QByteArray(source));
    }
    bool isEmpty() const override { return false; }
};

// Money as pdftotext gives it back: the no-break space is a plain space.
QString plain(const QString& text)
{
    return text.simplified();
}

} // namespace

// Order documents made from real orders (products at bins, stock received, orders confirmed
// through OrderService), written to PDF and read back with pdftotext.
class TestOrderDocuments : public QObject
{
    Q_OBJECT

    struct Shop : StockShop
    {
        ShopDetailsService shop{tmp.db()};
        Id binA2, binA10, binB1;
        Id fork, plate, mug, spoon, gift;
        Id company, person;
        Order first;  // company: fork 4, plate 1, mug 2, spoon 3, delivery 300,00
        Order second; // person: mug 1, spoon 2, the gift kit 1 (two forks)

        Shop()
        {
            ShopDetails seller;
            seller.shopName = u"Ромашка"_qs;
            seller.legalName = u"ООО «Ромашка»"_qs;
            seller.taxId = u"7707083893"_qs;
            seller.taxReasonCode = u"773601001"_qs;
            seller.legalAddress = u"117997, Москва, ул. Вавилова, д. 19"_qs;
            seller.phone = u"+7 495 500-55-50"_qs;
            seller.bankName = u"ПАО Сбербанк"_qs;
            seller.bankBic = u"044525225"_qs;
            seller.bankAccount = u"40702810938000012345"_qs;
            seller.correspondentAccount = u"30101810400000000225"_qs;
            must(shop.save(owner, seller));

            // Bins named so that only a numeric sort gets them right: A-2 before A-10.
            binA10 = bin(u"A-10"_qs);
            binB1 = bin(u"B-1"_qs);
            binA2 = bin(u"A-2"_qs);
            fork = item(u"SKU-050"_qs, u"Вилка столовая"_qs, 9900, 2000);
            plate = item(u"SKU-200"_qs, u"Тарелка глубокая"_qs, 99000, 1000);
            mug = item(u"SKU-300"_qs, u"Кружка эмалированная 0,5 л"_qs, 45000, 2000);
            spoon = item(u"SKU-100"_qs, u"Ложка"_qs, 12000, 2000);
            gift = item(u"GIFT-1"_qs, u"Подарочный набор вилок"_qs, 25000, 2000);
            must(stock.setKitComponents(owner, gift, {{fork, units(2)}}));
            receive(fork, binA2, 20);
            receive(plate, binA2, 5);
            receive(mug, binA10, 10);
            receive(spoon, binB1, 10);

            Customer c;
            c.kind = CustomerKind::Company;
            c.name = u"Сидоров Пётр"_qs;
            c.legalName = u"ООО «Покупатель»"_qs;
            c.taxId = u"7736207543"_qs;
            c.taxReasonCode = u"773601001"_qs;
            c.legalAddress = u"119021, Москва, ул. Льва Толстого, д. 16"_qs;
            c.phone = u"+7 495 739-70-00"_qs;
            c.paymentTermsDays = 14;
            c.addresses = {CustomerAddress{{}, u"Склад"_qs, u"Москва, ул. Складская, д. 5"_qs, true}};
            company = must(customers.create(owner, c)).id;
            Customer p;
            p.name = u"Анна Петрова"_qs;
            p.addresses = {CustomerAddress{{}, u"Дом"_qs, u"Казань, ул. Баумана, д. 1, кв. 2"_qs, true}};
            person = must(customers.create(owner, p)).id;

            first = order(company, {{fork, 4}, {plate, 1}, {mug, 2}, {spoon, 3}}, 30000);
            second = order(person, {{mug, 1}, {spoon, 2}, {gift, 1}}, 0);
        }

        Id bin(const QString& code)
        {
            Location l;
            l.warehouseId = StockService::mainWarehouseId();
            l.code = code;
            l.kind = LocationKind::Storage;
            return must(stock.createLocation(owner, l)).id;
        }

        Id item(const QString& sku, const QString& name, qint64 price, int vatBp)
        {
            Product p = test::makeProduct(sku, name, price);
            p.vatRateBp = vatBp;
            return must(products.create(owner, p)).id;
        }

        Order order(const Id& customer, const QList<std::pair<Id, qint64>>& lines, qint64 shipping)
        {
            Order draft;
            draft.customerId = customer;
            draft.shippingCharge = shipping;
            for (const auto& [productId, n] : lines)
                draft.lines.append(must(orders.lineFor(owner, productId, units(n))));
            const Order o = must(orders.create(owner, draft));
            return must(orders.confirm(owner, o.id));
        }

        OrderDocuments documents(const QList<Id>& ids, const QLocale& locale)
        {
            const OrderDocuments::Sources sources{orders, customers, stock, products, shop};
            return OrderDocuments(must(OrderDocuments::load(sources, owner, ids)), locale);
        }
    };

    QTemporaryDir m_dir;
    QLocale m_english{QLocale::English, QLocale::UnitedStates};
    QLocale m_russian{QLocale::Russian, QLocale::Russia};

    QString write(const OrderDocuments& docs, OrderDocumentKind kind, const QString& name)
    {
        const QString path = m_dir.filePath(name);
        auto pages = docs.writePdf(path, kind);
        if (!pages)
            qFatal("%s", qPrintable(pages.error().toString()));
        // To look at the documents: KONTOR_TEST_OUTPUT=/some/folder keeps a copy of each PDF.
        const QString keep = qEnvironmentVariable("KONTOR_TEST_OUTPUT");
        if (!keep.isEmpty()) {
            QDir().mkpath(keep);
            QFile::remove(QDir(keep).filePath(name));
            QFile::copy(path, QDir(keep).filePath(name));
        }
        return path;
    }

    static QString lineWith(const QStringList& lines, const QString& needle)
    {
        for (const QString& line : lines) {
            if (line.contains(needle))
                return line;
        }
        return {};
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const test::PdfInfo tools = test::pdfInfo(u"/nonexistent.pdf"_qs);
        QVERIFY2(!tools.error.contains(u"not installed"_qs), qPrintable(tools.error));
    }

    void pickingListSortedByLocationThenSku()
    {
        Shop shop;
        const OrderDocuments docs = shop.documents({shop.first.id}, m_english);
        const QList<OrderDocuments::PickRow> rows = docs.pickRows();
        QStringList order;
        for (const auto& r : rows)
            order.append(r.place.code + u' ' + r.sku);
        QCOMPARE(order,
                 (QStringList{u"A-2 SKU-050"_qs, u"A-2 SKU-200"_qs, u"A-10 SKU-300"_qs, u"B-1 SKU-100"_qs}));

        const QString path = write(docs, OrderDocumentKind::PickingList, u"picking-en.pdf"_qs);
        const test::PdfInfo info = test::pdfInfo(path);
        QVERIFY2(info.ok, qPrintable(info.error));
        QCOMPARE(info.pages, 1);
        QVERIFY(qAbs(info.pageSize.width() - 210) < 1 && qAbs(info.pageSize.height() - 297) < 1);
        const QString text = test::pdfText(path);
        QVERIFY2(text.contains(u"Picking list " + shop.first.number), qPrintable(text));
        QVERIFY(text.contains(u"ООО «Покупатель»"_qs) || text.contains(u"Сидоров Пётр"_qs));
        // The rows in the order a picker walks: by bin, then SKU.
        const qsizetype a2fork = text.indexOf(u"SKU-050"_qs);
        const qsizetype a2plate = text.indexOf(u"SKU-200"_qs);
        const qsizetype a10 = text.indexOf(u"SKU-300"_qs);
        const qsizetype b1 = text.indexOf(u"SKU-100"_qs);
        QVERIFY2(a2fork >= 0 && a2fork < a2plate && a2plate < a10 && a10 < b1, qPrintable(text));
        const QStringList lines = test::pdfLines(path);
        const QString forkRow = lineWith(lines, u"SKU-050"_qs);
        QVERIFY2(forkRow.contains(u"A-2"_qs) && forkRow.contains(u"Вилка столовая"_qs) &&
                     forkRow.contains(u" 4 pcs"_qs),
                 qPrintable(forkRow));
        QVERIFY2(lineWith(lines, u"SKU-100"_qs).contains(u" 3 pcs"_qs), qPrintable(lines.join(u'\n')));
        QVERIFY(text.contains(u"4 line(s), 10 pcs to pick."_qs));
        QVERIFY(!text.contains(u"₽"_qs)); // no prices on a picking list
    }

    void batchPickingListAddsUpIdenticalItems()
    {
        Shop shop;
        const OrderDocuments docs = shop.documents({shop.first.id, shop.second.id}, m_english);
        const QList<OrderDocuments::PickRow> rows = docs.pickRows();
        QCOMPARE(rows.size(), 4); // the kit is picked as its forks, on the forks' row
        QCOMPARE(rows[0].sku, u"SKU-050"_qs);
        QCOMPARE(rows[0].quantity, units(6));
        QCOMPARE(rows[0].needs.size(), 2);
        QCOMPARE(rows[0].needs[1].orderNumber, shop.second.number);
        QCOMPARE(rows[0].needs[1].kitSku, u"GIFT-1"_qs);
        QCOMPARE(rows[2].sku, u"SKU-300"_qs);
        QCOMPARE(rows[2].quantity, units(3));

        const QString path = write(docs, OrderDocumentKind::PickingList, u"batch-picking-en.pdf"_qs);
        const QString text = test::pdfText(path);
        QVERIFY2(text.contains(u"Batch picking list: 2 orders"_qs), qPrintable(text));
        QVERIFY(text.contains(u"Анна Петрова"_qs));
        const QStringList lines = test::pdfLines(path);
        const QString mugRow = lineWith(lines, u"SKU-300"_qs);
        QVERIFY2(mugRow.contains(u" 3 pcs"_qs) && mugRow.contains(shop.first.number + u": 2"_qs),
                 qPrintable(mugRow));
        // The breakdown goes on under the row, one order a line.
        const QString mugRows =
            text.mid(text.indexOf(u"SKU-300"_qs), text.indexOf(u"SKU-100"_qs) - text.indexOf(u"SKU-300"_qs));
        QVERIFY2(mugRows.contains(shop.second.number + u": 1"_qs), qPrintable(mugRows));
        QVERIFY2(text.contains(shop.second.number + u": 2 (kit GIFT-1)"_qs), qPrintable(text));
        QVERIFY(text.indexOf(u"SKU-050"_qs) < text.indexOf(u"SKU-300"_qs));
        QVERIFY(text.indexOf(u"SKU-300"_qs) < text.indexOf(u"SKU-100"_qs));
    }

    void packingSlipHasNoPrices()
    {
        Shop shop;
        const OrderDocuments docs = shop.documents({shop.second.id}, m_english);
        const QString path = write(docs, OrderDocumentKind::PackingSlip, u"packing-slip-en.pdf"_qs);
        const QString text = test::pdfText(path);
        QVERIFY2(text.contains(u"Packing slip " + shop.second.number), qPrintable(text));
        QVERIFY(text.contains(u"Анна Петрова"_qs));
        QVERIFY(text.contains(u"Казань, ул. Баумана, д. 1, кв. 2"_qs));
        QVERIFY(text.contains(u"Ромашка"_qs));
        for (const QString& sku : {u"SKU-300"_qs, u"SKU-100"_qs, u"GIFT-1"_qs})
            QVERIFY2(text.contains(sku), qPrintable(sku));
        QVERIFY2(text.contains(u"Contains: 2 × Вилка столовая"_qs), qPrintable(text));
        QVERIFY(!text.contains(u"₽"_qs));
        QVERIFY(!text.contains(plain(shop.second.money(shop.second.total).toDisplayString(m_english))));
        QVERIFY2(lineWith(test::pdfLines(path), u"SKU-100"_qs).contains(u" 2 pcs"_qs), qPrintable(text));
        QVERIFY(text.contains(u"3 line(s), 4 pcs."_qs));
    }

    void waybill()
    {
        Shop shop;
        const Order& o = shop.first;
        const OrderDocuments docs = shop.documents({o.id}, m_english);
        const QString path = write(docs, OrderDocumentKind::Waybill, u"waybill-en.pdf"_qs);
        const QString text = test::pdfText(path);
        QVERIFY2(text.contains(u"Waybill No. " + o.number), qPrintable(text));
        QVERIFY(text.contains(u"ООО «Ромашка»"_qs));
        QVERIFY(text.contains(u"INN 7707083893"_qs));
        QVERIFY(text.contains(u"KPP 773601001"_qs));
        QVERIFY(text.contains(u"ООО «Покупатель»"_qs));
        QVERIFY(text.contains(u"INN 7736207543"_qs));
        QVERIFY(text.contains(u"Москва, ул. Складская, д. 5"_qs)); // the consignee: where it goes
        const QStringList lines = test::pdfLines(path);
        // Each goods row: quantity, unit, price and amounts without VAT, rate, VAT, total.
        for (const OrderLine& l : o.lines) {
            const QString row = lineWith(lines, l.name.left(12));
            QVERIFY2(!row.isEmpty(), qPrintable(l.name));
            QVERIFY2(row.contains(u' ' + l.quantity.toLocaleString(m_english) + u" "_qs) ||
                         row.contains(u"pcs " + l.quantity.toLocaleString(m_english)),
                     qPrintable(row));
            QVERIFY2(row.contains(plain(o.money(l.net).toDisplayString(m_english))), qPrintable(row));
            QVERIFY2(row.contains(plain(o.money(l.vat).toDisplayString(m_english))), qPrintable(row));
            QVERIFY2(row.contains(plain(o.money(l.total).toDisplayString(m_english))), qPrintable(row));
            QVERIFY2(row.contains(l.vatBp == 1000 ? u"10 %"_qs : u"20 %"_qs), qPrintable(row));
            QVERIFY(text.contains(l.sku));
        }
        // Totals in figures: the order's total (with delivery) and its VAT.
        QVERIFY2(text.contains(plain(o.money(o.total).toDisplayString(m_english))), qPrintable(text));
        QVERIFY2(text.contains(u"including VAT " + plain(o.money(o.vatTotal).toDisplayString(m_english))),
                 qPrintable(text));
        QVERIFY(text.contains(u"Delivery"_qs));
        QVERIFY(text.contains(u"Released by"_qs) && text.contains(u"Received by"_qs));
    }

    void invoice()
    {
        Shop shop;
        const Order& o = shop.first;
        const OrderDocuments docs = shop.documents({o.id}, m_english);
        const QString path = write(docs, OrderDocumentKind::Invoice, u"invoice-en.pdf"_qs);
        const QString text = test::pdfText(path);
        QVERIFY2(text.contains(u"Invoice No. " + o.number), qPrintable(text));
        QVERIFY(text.contains(u"ПАО Сбербанк"_qs));
        QVERIFY(text.contains(u"044525225"_qs));
        QVERIFY(text.contains(u"40702810938000012345"_qs));
        QVERIFY(text.contains(u"30101810400000000225"_qs));
        QVERIFY(text.contains(u"ООО «Ромашка»"_qs));
        QVERIFY(text.contains(u"7707083893"_qs));
        QVERIFY(text.contains(u"ООО «Покупатель»"_qs));
        QVERIFY(text.contains(u"INN 7736207543"_qs));
        for (const OrderLine& l : o.lines)
            QVERIFY(text.contains(l.sku));
        QVERIFY2(text.contains(u"Total to pay: " + plain(o.money(o.total).toDisplayString(m_english))),
                 qPrintable(text));
        QVERIFY(text.contains(u"Including VAT: " + plain(o.money(o.vatTotal).toDisplayString(m_english))));
        // The company pays within 14 days.
        QVERIFY2(text.contains(u"Payment within 14 day(s)"_qs), qPrintable(text));
        QVERIFY(text.contains(u"invoice No. " + o.number + u" in the payment reference"_qs));
    }

    void severalOrdersStartOnNewPages()
    {
        Shop shop;
        const OrderDocuments docs = shop.documents({shop.first.id, shop.second.id}, m_english);
        const QString path = write(docs, OrderDocumentKind::Invoice, u"invoices-en.pdf"_qs);
        QCOMPARE(test::pdfInfo(path).pages, 2);
        const QString text = test::pdfText(path);
        QVERIFY(text.contains(u"Invoice No. " + shop.first.number));
        QVERIFY(text.contains(u"Invoice No. " + shop.second.number));
        // A person without payment terms pays in advance.
        QVERIFY(text.contains(u"Payment in advance"_qs));
        QCOMPARE(docs.suggestedFileName(OrderDocumentKind::Invoice), u"Invoice, 2 orders.pdf"_qs);
    }

    void russian()
    {
        Shop shop;
        RussianWords words;
        QCoreApplication::installTranslator(&words);
        const QLocale before;
        QLocale::setDefault(m_russian);
        // The documents follow the application's language: its locale and its translators.
        const OrderDocuments docs = shop.documents({shop.first.id}, QLocale());
        QLocale::setDefault(before);
        const Order& o = shop.first;

        const QString invoice = test::pdfText(write(docs, OrderDocumentKind::Invoice, u"invoice-ru.pdf"_qs));
        const QString waybill = test::pdfText(write(docs, OrderDocumentKind::Waybill, u"waybill-ru.pdf"_qs));
        const QString picking =
            test::pdfText(write(docs, OrderDocumentKind::PickingList, u"picking-ru.pdf"_qs));
        const QString slip =
            test::pdfText(write(docs, OrderDocumentKind::PackingSlip, u"packing-slip-ru.pdf"_qs));
        QCoreApplication::removeTranslator(&words);

        QVERIFY2(invoice.contains(u"Счёт на оплату № " + o.number + u" от "_qs), qPrintable(invoice));
        QVERIFY(invoice.contains(u"ИНН 7707083893"_qs));
        QVERIFY(invoice.contains(u"КПП 773601001"_qs));
        const QString total = plain(o.money(o.total).toDisplayString(m_russian));
        QVERIFY2(total.contains(u','), qPrintable(total)); // a decimal comma, a space between thousands
        QVERIFY2(invoice.contains(u"Всего к оплате: " + total), qPrintable(invoice));
        QVERIFY(invoice.contains(u"₽"_qs));
        // A Russian date: the month in the genitive, as in "от 2 марта 2026".
        const QString today = m_russian.toString(
            QDateTime::fromMSecsSinceEpoch(shop.tmp.clock().nowMs()).toLocalTime().date(), u"d MMMM yyyy");
        QVERIFY2(invoice.contains(today), qPrintable(today));

        QVERIFY2(waybill.contains(u"Товарная накладная № " + o.number), qPrintable(waybill));
        QVERIFY(waybill.contains(u"Поставщик ООО «Ромашка»"_qs));
        QVERIFY(waybill.contains(total));
        for (const OrderLine& l : o.lines) {
            QVERIFY(waybill.contains(l.name));
            QVERIFY(waybill.contains(plain(o.money(l.total).toDisplayString(m_russian))));
        }

        QVERIFY2(picking.contains(u"Лист подбора " + o.number), qPrintable(picking));
        QVERIFY(picking.indexOf(u"SKU-050"_qs) < picking.indexOf(u"SKU-200"_qs));
        QVERIFY(picking.indexOf(u"SKU-200"_qs) < picking.indexOf(u"SKU-300"_qs));
        QVERIFY(picking.indexOf(u"SKU-300"_qs) < picking.indexOf(u"SKU-100"_qs));
        QVERIFY(slip.contains(u"Упаковочный лист " + o.number));
        QVERIFY(slip.contains(u"Кружка эмалированная 0,5 л"_qs));
    }

    void goodsWithoutVatPrintTheShopsNote()
    {
        Shop shop;
        ShopDetails seller = shop.shop.details(shop.owner).value();
        seller.vatNote = u"Без НДС (УСН)"_qs;
        QVERIFY(shop.shop.save(shop.owner, seller));
        const Id book = shop.item(u"BOOK-1"_qs, u"Книга"_qs, 70000, 0);
        shop.receive(book, shop.binB1, 3);
        const Order o = shop.order(shop.person, {{book, 2}}, 0);
        QCOMPARE(o.vatTotal, qint64(0));
        const OrderDocuments docs = shop.documents({o.id}, m_english);
        const QString invoice =
            test::pdfText(write(docs, OrderDocumentKind::Invoice, u"invoice-no-vat-en.pdf"_qs));
        QVERIFY2(invoice.contains(u"VAT: Без НДС (УСН)"_qs), qPrintable(invoice));
        QVERIFY(invoice.contains(u"Total to pay: " + plain(o.money(1400'00).toDisplayString(m_english))));
        const QString waybill =
            test::pdfText(write(docs, OrderDocumentKind::Waybill, u"waybill-no-vat-en.pdf"_qs));
        QVERIFY2(waybill.contains(u", Без НДС (УСН)."_qs), qPrintable(waybill));
        QVERIFY(waybill.contains(u"no VAT"_qs));
    }

    void waitingLinesAreListedApart()
    {
        Shop shop;
        const Id preorder = shop.item(u"PRE-9"_qs, u"Предзаказ"_qs, 50000, 2000);
        QVERIFY(shop.stock.setAllowBackorders(shop.owner, preorder, true));
        const Order o = shop.order(shop.person, {{shop.mug, 1}, {preorder, 2}}, 0);
        const OrderDocuments docs = shop.documents({o.id}, m_english);
        QCOMPARE(docs.pickRows().size(), 1);
        QCOMPARE(docs.waitingLines().size(), 1);
        const QString text =
            test::pdfText(write(docs, OrderDocumentKind::PickingList, u"picking-waiting-en.pdf"_qs));
        QVERIFY2(text.contains(u"Waiting for stock: not in this pick"_qs), qPrintable(text));
        QVERIFY(text.indexOf(u"SKU-300"_qs) < text.indexOf(u"PRE-9"_qs));
    }

    void longOrdersRunOverPages()
    {
        Shop shop;
        QList<std::pair<Id, qint64>> lines;
        for (int i = 0; i < 70; ++i) {
            const Id p = shop.item(
                u"LONG-%1"_qs.arg(i, 3, 10, QChar(u'0')),
                u"Товар с очень длинным названием, которое не помещается в одну строку таблицы, номер %1"_qs
                    .arg(i),
                1000 + i, 2000);
            shop.receive(p, shop.binA2, 5);
            lines.append({p, 1 + i % 3});
        }
        const Order o = shop.order(shop.company, lines, 0);
        const OrderDocuments docs = shop.documents({o.id}, m_english);
        const QString path = write(docs, OrderDocumentKind::Waybill, u"waybill-long-en.pdf"_qs);
        const test::PdfInfo info = test::pdfInfo(path);
        QVERIFY(info.pages >= 3);
        const QString text = test::pdfText(path);
        QVERIFY(text.contains(u"Page 1 of %1"_qs.arg(info.pages)));
        QVERIFY(text.contains(u"LONG-000"_qs) && text.contains(u"LONG-069"_qs));
        QVERIFY(text.contains(plain(o.money(o.total).toDisplayString(m_english))));
        // The table header repeats on every page.
        QCOMPARE(text.count(u"Amount incl. VAT"_qs), info.pages);
    }

    void emptySelectionIsRefused()
    {
        OrderDocuments docs(OrderDocuments::Data{}, m_english);
        auto pages = docs.writePdf(m_dir.filePath(u"none.pdf"_qs), OrderDocumentKind::Invoice);
        QVERIFY(!pages);
        QVERIFY(!QFile::exists(m_dir.filePath(u"none.pdf"_qs)));
    }
};

QTEST_MAIN(TestOrderDocuments)
#include "TestOrderDocuments.moc"
