#pragma once

// PurchaseOrderDocument: the purchase order as sent to the supplier, as PDF or on a printer (any
// QPagedPaintDevice), A4: the buyer (the shop's details) and the supplier, number and date, the
// lines with the supplier's SKU, quantity, price and value, the volume discount and total, the due
// date or the lead time, where to deliver (the warehouse of the receiving location), and the
// note. A dropship PO is headed "Dropship order" and gives the customer's address to ship to
// instead. HTML laid out by QTextDocument like the order documents; the words follow the
// application's language (context kontor::PurchaseOrderDocument), figures the locale given.

#include "orders/ShopDetails.h"
#include "purchasing/Purchasing.h"
#include "security/Actor.h"

#include <QCoreApplication>
#include <QLocale>

#include <optional>

class QPagedPaintDevice;

namespace kontor {

class PurchaseOrderService;
class ShopDetailsService;
class StockService;
class SupplierService;

class PurchaseOrderDocument
{
    Q_DECLARE_TR_FUNCTIONS(kontor::PurchaseOrderDocument)

public:
    struct Data
    {
        ShopDetails buyer;
        PurchaseOrder po;
        Supplier supplier;
        std::optional<ContractTerms> terms; // of the PO's contract, when it has one and it may be read
        QString warehouse;                  // where the goods are delivered
        QString location;
        bool mainWarehouse = false;
        QDate printedOn;
    };
    struct Sources
    {
        PurchaseOrderService& purchases;
        SupplierService& suppliers;
        StockService& stock;
        ShopDetailsService& shop;
    };

    static Result<Data> load(const Sources& sources, const Actor& actor, const Id& poId);

    explicit PurchaseOrderDocument(Data data, QLocale locale = QLocale());

    const Data& data() const { return m_data; }
    // "Purchase order PO-0042" or "Dropship order PO-0042".
    QString title() const;
    // "purchase order PO-0042.pdf".
    QString suggestedFileName() const;
    QString html() const;

    // Paints the document (a footer with the title and page x of y on every page); returns the
    // number of pages.
    [[nodiscard]] Result<int> print(QPagedPaintDevice& device) const;
    // Writes a PDF; the file appears complete or not at all.
    [[nodiscard]] Result<int> writePdf(const QString& path) const;

private:
    QString money(qint64 minor) const;
    QString quantity(Quantity q, const QString& unit) const;
    QString date(QDate day) const;
    QString buyerBlock() const;
    QString supplierBlock() const;

    Data m_data;
    QLocale m_locale;
};

} // namespace kontor
