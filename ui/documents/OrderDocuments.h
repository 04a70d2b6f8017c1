#pragma once

// OrderDocuments: the printed papers of sales orders, as PDF or on a printer (any
// QPagedPaintDevice), A4: the picking list (one order, or a batch pick list of several orders
// with identical items added up and a per-order breakdown), the packing slip (no prices), the
// waybill (накладная, a simplified TORG-12: seller, buyer, goods with VAT, totals, signatures) and
// the invoice (счёт на оплату: the seller's bank details, goods, VAT, total, payment terms).
// Each document is HTML laid out by QTextDocument; the words follow the application's language
// (tr(), context kontor::OrderDocuments) and figures the locale given, money in the order's
// currency. QtGui and core only (no widgets), so the CLI, tests and worker threads can make them.

#include "catalog/Product.h"
#include "orders/Order.h"
#include "orders/ShopDetails.h"
#include "security/Actor.h"
#include "stock/StockService.h"

#include <QCoreApplication>
#include <QHash>
#include <QLocale>
#include <QPageLayout>

#include <functional>

class QPagedPaintDevice;
class QTextDocument;

namespace kontor {

class CustomerService;
class OrderService;
class ProductService;
class ShopDetailsService;

enum class OrderDocumentKind
{
    PickingList,
    PackingSlip,
    Waybill,
    Invoice
};

class OrderDocuments
{
    Q_DECLARE_TR_FUNCTIONS(kontor::OrderDocuments)

public:
    // Called after each document; returns false to stop (as ProgressRunner::Progress does).
    using Progress = std::function<bool(qint64 done, qint64 total)>;

    // Where a picker finds the goods.
    struct Place
    {
        QString warehouse; // display name
        QString code;      // the location's code (the bin)
        QString name;      // display name of the location
    };
    // What the documents need to know about a product beyond the order line.
    struct Item
    {
        QString sku;
        QString name;
        Unit unit = Unit::Piece;
        QList<KitComponent> components; // a kit's parts (per kit); empty for other products
    };
    struct Data
    {
        ShopDetails seller;
        QString shopCurrency; // for orders without a currency of their own
        QList<Order> orders;  // in the order asked for
        QHash<Id, Customer>
            buyers;              // by customer id; an order without a readable customer prints its own name
        QHash<Id, Place> places; // by location id
        QHash<Id, Item> items;   // by product id: the lines' products and kits' components
        qint64 printedAt = 0;    // UTC ms: the date of the documents
    };
    struct Sources
    {
        OrderService& orders;
        CustomerService& customers;
        StockService& stock;
        ProductService& products;
        ShopDetailsService& shop;
    };

    // One row of a picking list: one product at one location, with what each order needs of it.
    struct PickRow
    {
        Id locationId;
        Place place;
        Id productId;
        QString sku;
        QString name;
        Unit unit = Unit::Piece;
        Quantity quantity;
        struct Need
        {
            QString orderNumber;
            Quantity quantity;
            QString kitSku; // set when the product is picked as part of a kit
        };
        QList<Need> needs;
    };
    // An order line not in the pick: it waits for stock.
    struct WaitingLine
    {
        QString orderNumber;
        QString sku;
        QString name;
        Quantity quantity;
        Unit unit = Unit::Piece;
    };

    // Everything the documents show for these orders, read through the core services.
    static Result<Data> load(const Sources& sources, const Actor& actor, const QList<Id>& orderIds);

    explicit OrderDocuments(Data data, QLocale locale = QLocale());

    const Data& data() const { return m_data; }
    static QString kindName(OrderDocumentKind kind);
    // A file name to suggest for the PDF: "invoice SO-0042.pdf", "picking list 3 orders.pdf".
    QString suggestedFileName(OrderDocumentKind kind) const;

    // What to pick, by warehouse, location code (bin) and SKU; kits are picked as their parts.
    QList<PickRow> pickRows() const;
    QList<WaitingLine> waitingLines() const;

    // The HTML of each document of a kind, in print order: one picking list for all the orders
    // (a batch pick list when there are several), else one document per order.
    struct Part
    {
        QString title; // "Invoice SO-0042": the running footer
        QString html;
    };
    QList<Part> parts(OrderDocumentKind kind) const;
    QString pickingListHtml() const;
    QString packingSlipHtml(const Order& order) const;
    QString waybillHtml(const Order& order) const;
    QString invoiceHtml(const Order& order) const;

    // Paints every document of the kind onto the device, each starting on a new page, with a
    // footer (title, page x of y) on every page; returns the number of pages. When `progress`
    // asks to stop, `abort` is called while the painter is still active (QPrinter::abort) and the
    // result is a Cancelled error. The device's page layout is left as it is (A4 for writePdf).
    [[nodiscard]] Result<int> print(QPagedPaintDevice& device, OrderDocumentKind kind,
                                    const Progress& progress = {},
                                    const std::function<void()>& abort = {}) const;
    // Writes a PDF; the file appears complete or not at all.
    [[nodiscard]] Result<int> writePdf(const QString& path, OrderDocumentKind kind,
                                       const Progress& progress = {}) const;

    // The A4 page with the margins the documents are laid out for.
    static QPageLayout pageLayout();
    static constexpr const char* FontFamily = "DejaVu Sans"; // has Cyrillic and the rouble sign

private:
    QString money(const Order& order, qint64 minor) const;
    QString quantity(Quantity q) const;
    QString unitName(Unit unit) const;
    QString date(qint64 ms) const;
    QString vatRate(const std::optional<int>& bp) const;
    QString sellerBlock(bool withBank) const;
    QString buyerBlock(const Order& order) const;
    QString heading(const QString& title, const QString& subtitle = {}) const;
    QString signatures(const QStringList& roles) const;
    Unit unitOf(const Id& productId) const;
    const Customer* buyer(const Order& order) const;

    Data m_data;
    QLocale m_locale;
};

} // namespace kontor
