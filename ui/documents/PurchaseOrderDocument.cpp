#include "PurchaseOrderDocument.h"

#include "DocumentPager.h"
#include "OrderDocuments.h"
#include "catalog/Product.h"
#include "common/Decimal.h"
#include "common/Money.h"
#include "orders/ShopDetailsService.h"
#include "purchasing/PurchaseOrderService.h"
#include "purchasing/SupplierService.h"
#include "stock/StockService.h"

#include <QAbstractTextDocumentLayout>
#include <QDir>
#include <QFontMetricsF>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextDocument>

namespace kontor {

namespace {

QString esc(const QString& text)
{
    return text.toHtmlEscaped();
}

QString escLines(const QString& text)
{
    return esc(text.trimmed()).replace(u'\n', u"<br>"_qs);
}

// The look of the order documents (QTextDocument's subset of CSS), so the papers match.
const QString& styleSheet()
{
    static const QString css =
        QStringLiteral("h1 { font-size: 13pt; font-weight: bold; margin-top: 0px; margin-bottom: 2px; }"
                       "p { margin-top: 0px; margin-bottom: 0px; }"
                       "p.after { margin-top: 6px; }"
                       ".sub { color: #444444; }"
                       ".small { font-size: 7.5pt; color: #444444; }"
                       ".label { color: #555555; }"
                       "table.grid { border-collapse: collapse; border-style: solid; border-color: #000000; }"
                       "table.grid th { background-color: #e6e6e6; font-weight: bold; font-size: 8pt; }"
                       "table.grid td { font-size: 8.5pt; }"
                       "td.num { text-align: right; white-space: nowrap; }"
                       "th.num { text-align: right; }"
                       "td.nw { white-space: nowrap; }");
    return css;
}

QString field(const QString& label, const QString& value)
{
    if (value.trimmed().isEmpty())
        return {};
    return u"<span class=\"label\">"_qs + esc(label) + u"</span> "_qs + escLines(value);
}

QString joinFields(const QStringList& parts, const QString& separator = u"<br>"_qs)
{
    QStringList kept;
    for (const QString& p : parts) {
        if (!p.isEmpty())
            kept.append(p);
    }
    return kept.join(separator);
}

} // namespace

Result<PurchaseOrderDocument::Data> PurchaseOrderDocument::load(const Sources& s, const Actor& actor,
                                                                const Id& poId)
{
    Data d;
    auto buyer = s.shop.details(actor);
    if (!buyer)
        return fail(buyer.error());
    d.buyer = *buyer;
    auto po = s.purchases.purchaseOrder(actor, poId);
    if (!po)
        return fail(po.error());
    d.po = *po;
    auto supplier = s.suppliers.supplier(actor, d.po.supplierId);
    if (!supplier)
        return fail(supplier.error());
    d.supplier = *supplier;
    if (!d.po.contractId.isNull()) {
        auto contract = s.suppliers.contract(actor, d.po.contractId);
        if (contract)
            d.terms = contract->terms;
        else if (contract.error().code != ErrorCode::PermissionDenied)
            return fail(contract.error());
    }
    const Id locationId = d.po.locationId.isNull() ? StockService::mainLocationId() : d.po.locationId;
    auto locations = s.stock.locations(actor, true);
    if (!locations)
        return fail(locations.error());
    auto warehouses = s.stock.warehouses(actor, true);
    if (!warehouses)
        return fail(warehouses.error());
    for (const Location& l : std::as_const(*locations)) {
        if (l.id != locationId)
            continue;
        d.location = StockService::displayName(l);
        d.mainWarehouse = l.warehouseId == StockService::mainWarehouseId();
        for (const Warehouse& w : std::as_const(*warehouses)) {
            if (w.id == l.warehouseId)
                d.warehouse = StockService::displayName(w);
        }
    }
    d.printedOn = s.purchases.today();
    return d;
}

PurchaseOrderDocument::PurchaseOrderDocument(Data data, QLocale locale)
    : m_data(std::move(data))
    , m_locale(std::move(locale))
{}

QString PurchaseOrderDocument::title() const
{
    return m_data.po.kind == PoKind::Dropship ? tr("Dropship order %1").arg(m_data.po.number)
                                              : tr("Purchase order %1").arg(m_data.po.number);
}

QString PurchaseOrderDocument::suggestedFileName() const
{
    QString name = title();
    for (QChar& c : name) {
        if (QStringView(u"/\\:*?\"<>|").contains(c))
            c = u'-';
    }
    return name + u".pdf"_qs;
}

QString PurchaseOrderDocument::money(qint64 minor) const
{
    return Money(minor, m_data.po.currency).toDisplayString(m_locale);
}

QString PurchaseOrderDocument::quantity(Quantity q, const QString& unit) const
{
    const auto known = Units::fromText(unit);
    return q.toLocaleString(m_locale) + u"\u00A0"_qs + (known ? Units::displayName(*known) : unit);
}

QString PurchaseOrderDocument::date(QDate day) const
{
    return day.isValid() ? m_locale.toString(day, u"d MMMM yyyy") : QString();
}

QString PurchaseOrderDocument::buyerBlock() const
{
    const ShopDetails& s = m_data.buyer;
    QStringList lines{u"<b>"_qs + esc(s.sellerName()) + u"</b>"_qs};
    lines.append(joinFields({field(tr("INN"), s.taxId), field(tr("KPP"), s.taxReasonCode)}, u", "_qs));
    lines.append(escLines(s.legalAddress));
    lines.append(joinFields({field(tr("Phone:"), s.phone), field(tr("Email:"), s.email)}, u", "_qs));
    return joinFields(lines);
}

QString PurchaseOrderDocument::supplierBlock() const
{
    const Supplier& s = m_data.supplier;
    QStringList lines{u"<b>"_qs + esc(s.legalName.isEmpty() ? s.name : s.legalName) + u"</b>"_qs};
    lines.append(joinFields({field(tr("INN"), s.taxId), field(tr("KPP"), s.taxReasonCode)}, u", "_qs));
    lines.append(escLines(s.legalAddress));
    lines.append(joinFields({field(tr("Phone:"), s.phone), field(tr("Email:"), s.email)}, u", "_qs));
    return joinFields(lines);
}

QString PurchaseOrderDocument::html() const
{
    const PurchaseOrder& po = m_data.po;
    const bool dropship = po.kind == PoKind::Dropship;
    QString html = u"<h1>"_qs +
                   esc(dropship ? tr("Dropship order No. %1 of %2").arg(po.number, date(po.orderedOn))
                                : tr("Purchase order No. %1 of %2").arg(po.number, date(po.orderedOn))) +
                   u"</h1>"_qs;
    if (!po.contractNumber.isEmpty())
        html +=
            u"<p class=\"sub\">"_qs + esc(tr("Under contract No. %1").arg(po.contractNumber)) + u"</p>"_qs;
    html += u"<hr>"_qs;

    auto partyRow = [](const QString& label, const QString& body) -> QString {
        return u"<tr><td width=\"18%\" valign=\"top\" class=\"label\">"_qs + esc(label) +
               u"</td><td width=\"82%\" valign=\"top\">"_qs + body + u"</td></tr>"_qs;
    };
    QString deliverTo;
    if (dropship) {
        deliverTo = u"<b>"_qs + escLines(po.shipTo) + u"</b><br><span class=\"small\">"_qs +
                    esc(tr("Ship straight to our customer, in a parcel without your prices.")) +
                    u"</span>"_qs;
    } else {
        deliverTo =
            u"<b>"_qs + esc(m_data.buyer.sellerName()) + u"</b><br>"_qs +
            esc(tr("Warehouse: %1")
                    .arg(m_data.location.isEmpty() ? m_data.warehouse
                                                   : tr("%1, %2").arg(m_data.warehouse, m_data.location)));
        // Warehouses have no address of their own yet: the main one is at the shop's address.
        if (m_data.mainWarehouse && !m_data.buyer.legalAddress.isEmpty())
            deliverTo += u"<br>"_qs + escLines(m_data.buyer.legalAddress);
    }
    html += u"<table width=\"100%\" cellspacing=\"0\" cellpadding=\"2\">"_qs +
            partyRow(tr("Buyer"), buyerBlock()) + partyRow(tr("Supplier"), supplierBlock()) +
            partyRow(dropship ? tr("Ship to") : tr("Deliver to"), deliverTo) + u"</table><br>"_qs;

    html += u"<table class=\"grid\" border=\"1\" cellspacing=\"0\" cellpadding=\"3\" width=\"100%\">"
            "<thead><tr>"_qs +
            u"<th width=\"5%\" class=\"num\">"_qs + esc(tr("No.")) + u"</th>"_qs +
            u"<th width=\"15%\" align=\"left\">"_qs + esc(tr("Your SKU")) + u"</th>"_qs +
            u"<th width=\"38%\" align=\"left\">"_qs + esc(tr("Goods")) + u"</th>"_qs +
            u"<th width=\"12%\" class=\"num\">"_qs + esc(tr("Qty")) + u"</th>"_qs +
            u"<th width=\"14%\" class=\"num\">"_qs + esc(tr("Price")) + u"</th>"_qs +
            u"<th width=\"16%\" class=\"num\">"_qs + esc(tr("Amount")) + u"</th>"_qs + u"</tr></thead>"_qs;
    int number = 0;
    for (const PoLine& l : po.lines) {
        html += u"<tr><td class=\"num\">"_qs + QString::number(++number) + u"</td><td>"_qs +
                esc(l.supplierSku) + u"</td><td>"_qs + esc(l.name) + u"<br><span class=\"small\">"_qs +
                esc(tr("our SKU %1").arg(l.sku)) + u"</span></td><td class=\"num\">"_qs +
                esc(quantity(l.quantity, l.unit)) + u"</td><td class=\"num\">"_qs + esc(money(l.unitPrice)) +
                u"</td><td class=\"num\">"_qs + esc(money(l.value())) + u"</td></tr>"_qs;
    }
    html += u"</table>"_qs;

    auto totalRow = [](const QString& label, const QString& value, bool bold = false) -> QString {
        const QString open = bold ? u"<b>"_qs : QString();
        const QString close = bold ? u"</b>"_qs : QString();
        return u"<tr><td width=\"70%\" align=\"right\">"_qs + open + esc(label) + close +
               u"</td><td width=\"30%\" class=\"num\">"_qs + open + esc(value) + close + u"</td></tr>"_qs;
    };
    html += u"<table width=\"100%\" cellspacing=\"0\" cellpadding=\"2\">"_qs;
    if (po.discountBp > 0) {
        html += totalRow(tr("Subtotal:"), money(po.subtotal()));
        html += totalRow(
            tr("Volume discount %1:")
                .arg(Decimal::format(po.discountBp, 2, m_locale.decimalPoint().front(), QChar(), true) +
                     u"\u00A0%"_qs),
            u"−"_qs + money(po.discount()));
    }
    html += totalRow(tr("Total:"), money(po.total()), true);
    html += u"</table>"_qs;
    html += u"<p class=\"after\">"_qs +
            esc((po.lines.size() == 1 ? tr("1 line, total %1.")
                                      : tr("%n lines, total %1.", nullptr, int(po.lines.size())))
                    .arg(money(po.total()))) +
            u"</p>"_qs;

    // When: the due date once it is known, else the lead time the contract promises.
    QString when;
    if (po.dueOn.isValid()) {
        when = tr("Delivery due by %1.").arg(date(po.dueOn));
    } else if (m_data.terms && m_data.terms->leadTimeDays > 0) {
        const ContractTerms& t = *m_data.terms;
        const int n = t.leadTimeDays;
        const QString days = n == 1 ? (t.businessDays ? tr("1 business day") : tr("1 calendar day"))
                                    : (t.businessDays ? tr("%n business days", nullptr, n)
                                                      : tr("%n calendar days", nullptr, n));
        when = t.startEvent == StartEvent::Prepayment
                   ? tr("Delivery within %1 of our prepayment, as the contract says.").arg(days)
                   : tr("Delivery within %1 of your confirmation, as the contract says.").arg(days);
    }
    QStringList closing;
    if (!when.isEmpty())
        closing.append(esc(when));
    closing.append(
        esc(tr("Please confirm this order and quote No. %1 on your waybill and invoice.").arg(po.number)));
    if (!po.note.trimmed().isEmpty())
        closing.append(field(tr("Note:"), po.note));
    html += u"<p><br>"_qs + closing.join(u"<br>"_qs) + u"</p>"_qs;

    html += u"<br><table width=\"100%\" cellspacing=\"0\" cellpadding=\"2\"><tr><td width=\"50%\" "
            "style=\"padding-top: 14px;\">"_qs +
            esc(tr("Ordered by")) + u" ______________ / ____________________ /<br><span class=\"small\">"_qs +
            esc(tr("signature")) + u"&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;"_qs +
            esc(tr("full name")) + u"</span></td><td width=\"50%\"></td></tr></table>"_qs;
    html +=
        u"<p class=\"small\"><br>"_qs + esc(tr("Printed on %1.").arg(date(m_data.printedOn))) + u"</p>"_qs;
    return html;
}

Result<int> PurchaseOrderDocument::print(QPagedPaintDevice& device) const
{
    QPainter painter;
    if (!painter.begin(&device))
        return fail(ErrorCode::Io, tr("Cannot start printing %1.").arg(title()));
    const QRectF area(0, 0, device.width(), device.height());
    QFont footerFont(QString::fromLatin1(OrderDocuments::FontFamily));
    footerFont.setPointSizeF(7.5);
    const QFontMetricsF footerMetrics(footerFont, &device);
    const qreal footerHeight = footerMetrics.height() * 2.2;
    const QSizeF body(area.width(), area.height() - footerHeight);
    QFont bodyFont(QString::fromLatin1(OrderDocuments::FontFamily));
    bodyFont.setPointSizeF(9);

    QTextDocument doc;
    doc.documentLayout()->setPaintDevice(&device);
    doc.setDefaultFont(bodyFont);
    doc.setDefaultStyleSheet(styleSheet());
    doc.setDocumentMargin(0);
    doc.setHtml(html());
    doc.setTextWidth(body.width());
    const DocumentPager pager(doc, body.height());
    const int count = pager.pageCount();
    for (int p = 0; p < count; ++p) {
        if (p > 0 && !device.newPage()) {
            painter.end();
            return fail(ErrorCode::Io, tr("Cannot start page %1.").arg(p + 1));
        }
        pager.paintPage(painter, p);
        painter.setFont(footerFont);
        painter.setPen(QPen(QColor(0x99, 0x99, 0x99), 0));
        const qreal top = area.bottom() - footerHeight * 0.6;
        painter.drawLine(QPointF(0, top), QPointF(area.width(), top));
        painter.setPen(QColor(0x55, 0x55, 0x55));
        const QRectF line(0, top, area.width(), area.bottom() - top);
        painter.drawText(line, int(Qt::AlignLeft | Qt::AlignBottom),
                         title() + u" · "_qs + m_data.buyer.sellerName());
        painter.drawText(line, int(Qt::AlignRight | Qt::AlignBottom),
                         tr("Page %1 of %2").arg(p + 1).arg(count));
    }
    if (!painter.end())
        return fail(ErrorCode::Io, tr("Cannot finish printing %1.").arg(title()));
    return count;
}

Result<int> PurchaseOrderDocument::writePdf(const QString& path) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(ErrorCode::Io,
                    tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    Result<int> pages = 0;
    {
        QPdfWriter writer(&file);
        writer.setCreator(u"Kontor"_qs);
        writer.setResolution(300);
        writer.setPageLayout(OrderDocuments::pageLayout());
        writer.setTitle(title());
        pages = print(writer);
    }
    if (!pages) {
        file.cancelWriting();
        return pages;
    }
    if (!file.commit())
        return fail(ErrorCode::Io,
                    tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    return pages;
}

} // namespace kontor
