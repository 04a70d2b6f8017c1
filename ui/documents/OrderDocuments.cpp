#include "OrderDocuments.h"

#include "DocumentPager.h"
#include "catalog/ProductService.h"
#include "common/Decimal.h"
#include "orders/CustomerService.h"
#include "orders/OrderService.h"
#include "orders/ShopDetailsService.h"

#include <QAbstractTextDocumentLayout>
#include <QCollator>
#include <QDateTime>
#include <QDir>
#include <QFontMetricsF>
#include <QPageLayout>
#include <QPageSize>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QSet>
#include <QTextDocument>

#include <algorithm>

namespace kontor {

namespace {

QString esc(const QString& text)
{
    return text.toHtmlEscaped();
}

// Text that may hold line breaks (addresses), escaped for HTML.
QString escLines(const QString& text)
{
    return esc(text.trimmed()).replace(u'\n', u"<br>"_qs);
}

// The style of every document: QTextDocument's subset of CSS.
const QString& styleSheet()
{
    static const QString css =
        QStringLiteral("h1 { font-size: 13pt; font-weight: bold; margin-top: 0px; margin-bottom: 2px; }"
                       "p { margin-top: 0px; margin-bottom: 0px; }"
                       "p.after { margin-top: 5px; }"
                       ".sub { color: #444444; }"
                       ".small { font-size: 7.5pt; color: #444444; }"
                       ".label { color: #555555; }"
                       ".total { font-weight: bold; }"
                       "table.grid { border-collapse: collapse; border-style: solid; border-color: #000000; }"
                       "table.grid th { background-color: #e6e6e6; font-weight: bold; font-size: 8pt; }"
                       "table.grid td { font-size: 8.5pt; }"
                       "table.dense th { font-size: 7.5pt; }"
                       "table.dense td { font-size: 8pt; }"
                       "td.num { text-align: right; white-space: nowrap; }"
                       "th.num { text-align: right; }"
                       "td.nw { white-space: nowrap; }"
                       "td.heading { background-color: #f2f2f2; font-weight: bold; }"
                       "table.grid td.box { font-size: 13pt; text-align: center; }");
    return css;
}

// One line of a label and its value, or nothing when the value is empty.
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

const QString BoxChar = QString(QChar(0x2610)); // ☐: a box for the picker's or packer's tick

} // namespace

// ---- loading ----------------------------------------------------------------------------------------

Result<OrderDocuments::Data> OrderDocuments::load(const Sources& s, const Actor& actor,
                                                  const QList<Id>& orderIds)
{
    Data d;
    auto seller = s.shop.details(actor);
    if (!seller)
        return fail(seller.error());
    d.seller = *seller;
    d.shopCurrency = s.products.currency();
    for (const Id& id : orderIds) {
        auto o = s.orders.order(actor, id);
        if (!o)
            return fail(o.error());
        d.orders.append(*o);
        if (o->customerId.isNull() || d.buyers.contains(o->customerId))
            continue;
        auto c = s.customers.customer(actor, o->customerId);
        if (c)
            d.buyers.insert(c->id, *c);
        else if (c.error().code != ErrorCode::NotFound && c.error().code != ErrorCode::PermissionDenied)
            return fail(c.error());
    }

    auto warehouses = s.stock.warehouses(actor, true);
    if (!warehouses)
        return fail(warehouses.error());
    QHash<Id, QString> warehouseNames;
    for (const Warehouse& w : *warehouses)
        warehouseNames.insert(w.id, StockService::displayName(w));
    auto locations = s.stock.locations(actor, true);
    if (!locations)
        return fail(locations.error());
    for (const Location& l : *locations)
        d.places.insert(l.id,
                        Place{warehouseNames.value(l.warehouseId), l.code, StockService::displayName(l)});

    auto addItem = [&](const Id& productId, const QString& sku, const QString& name) -> Result<Item*> {
        auto found = d.items.find(productId);
        if (found != d.items.end())
            return &*found;
        Item item{sku, name, Unit::Piece, {}};
        auto p = s.products.product(actor, productId);
        if (p) {
            item.sku = p->sku;
            item.name = p->name;
            item.unit = p->unit;
        } else if (p.error().code != ErrorCode::NotFound) {
            return fail(p.error());
        }
        return &*d.items.insert(productId, item);
    };
    for (const Order& o : std::as_const(d.orders)) {
        for (const OrderLine& l : o.lines) {
            if (d.items.contains(l.productId))
                continue;
            auto item = addItem(l.productId, l.sku, l.name);
            if (!item)
                return fail(item.error());
            // The line keeps the name it was sold under.
            (*item)->sku = l.sku;
            (*item)->name = l.name;
            auto parts = s.stock.kitComponents(actor, l.productId);
            if (!parts)
                return fail(parts.error());
            (*item)->components = *parts;
            for (const KitComponent& part : *parts) {
                if (auto added = addItem(part.componentId, QString(), QString()); !added)
                    return fail(added.error());
            }
        }
    }
    d.printedAt = s.products.database().clock().nowMs();
    return d;
}

// ---- formatting -------------------------------------------------------------------------------------

OrderDocuments::OrderDocuments(Data data, QLocale locale)
    : m_data(std::move(data))
    , m_locale(std::move(locale))
{}

QString OrderDocuments::kindName(OrderDocumentKind kind)
{
    switch (kind) {
    case OrderDocumentKind::PickingList:
        return tr("Picking list");
    case OrderDocumentKind::PackingSlip:
        return tr("Packing slip");
    case OrderDocumentKind::Waybill:
        return tr("Waybill");
    case OrderDocumentKind::Invoice:
        return tr("Invoice");
    }
    return {};
}

QString OrderDocuments::suggestedFileName(OrderDocumentKind kind) const
{
    QString name =
        m_data.orders.size() == 1
            ? tr("%1 %2", "file name: document kind, order number")
                  .arg(kindName(kind), m_data.orders.first().number)
            : tr("%1, %n orders", "file name: document kind, number of orders", int(m_data.orders.size()))
                  .arg(kindName(kind));
    // Characters that some file systems refuse.
    for (QChar& c : name) {
        if (QStringView(u"/\\:*?\"<>|").contains(c))
            c = u'-';
    }
    return name + u".pdf"_qs;
}

QString OrderDocuments::money(const Order& order, qint64 minor) const
{
    const QString currency = order.currency.isEmpty() ? m_data.shopCurrency : order.currency;
    return Money(minor, currency).toDisplayString(m_locale);
}

QString OrderDocuments::quantity(Quantity q) const
{
    return q.toLocaleString(m_locale);
}

QString OrderDocuments::unitName(Unit unit) const
{
    return Units::displayName(unit);
}

QString OrderDocuments::date(qint64 ms) const
{
    return m_locale.toString(QDateTime::fromMSecsSinceEpoch(ms).toLocalTime().date(), u"d MMMM yyyy");
}

QString OrderDocuments::vatRate(const std::optional<int>& bp) const
{
    if (!bp || *bp <= 0)
        return tr("no VAT");
    return Decimal::format(*bp, 2, m_locale.decimalPoint().front(), QChar(), true) + u"\u00A0%"_qs;
}

Unit OrderDocuments::unitOf(const Id& productId) const
{
    return m_data.items.value(productId).unit;
}

const Customer* OrderDocuments::buyer(const Order& order) const
{
    auto it = m_data.buyers.constFind(order.customerId);
    return it == m_data.buyers.constEnd() ? nullptr : &*it;
}

QString OrderDocuments::heading(const QString& title, const QString& subtitle) const
{
    QString html = u"<h1>"_qs + esc(title) + u"</h1>"_qs;
    if (!subtitle.isEmpty())
        html += u"<p class=\"sub\">"_qs + subtitle + u"</p>"_qs;
    return html + u"<hr>"_qs;
}

QString OrderDocuments::sellerBlock(bool withBank) const
{
    const ShopDetails& s = m_data.seller;
    QStringList lines{u"<b>"_qs + esc(s.sellerName()) + u"</b>"_qs};
    QStringList codes;
    if (!s.taxId.isEmpty())
        codes.append(field(tr("INN"), s.taxId));
    if (!s.taxReasonCode.isEmpty())
        codes.append(field(tr("KPP"), s.taxReasonCode));
    if (!s.ogrn.isEmpty())
        codes.append(field(s.ogrn.size() == 15 ? tr("OGRNIP") : tr("OGRN"), s.ogrn));
    lines.append(codes.join(u", "_qs));
    lines.append(escLines(s.legalAddress));
    lines.append(joinFields({field(tr("Phone:"), s.phone), field(tr("Email:"), s.email)}, u", "_qs));
    if (withBank && s.hasBankDetails()) {
        lines.append(joinFields({field(tr("Account"), s.bankAccount), field(tr("at"), s.bankName)}, u" "_qs));
        lines.append(joinFields(
            {field(tr("BIC"), s.bankBic), field(tr("corr. account"), s.correspondentAccount)}, u", "_qs));
    }
    return joinFields(lines);
}

QString OrderDocuments::buyerBlock(const Order& order) const
{
    const Customer* c = buyer(order);
    if (!c)
        return u"<b>"_qs + esc(order.customerName) + u"</b>"_qs;
    const bool company = c->kind == CustomerKind::Company;
    QStringList lines{u"<b>"_qs + esc(company && !c->legalName.isEmpty() ? c->legalName : c->name) +
                      u"</b>"_qs};
    lines.append(joinFields({field(tr("INN"), c->taxId), field(tr("KPP"), c->taxReasonCode)}, u", "_qs));
    lines.append(escLines(company && !c->legalAddress.isEmpty() ? c->legalAddress : c->defaultAddress()));
    lines.append(joinFields({field(tr("Phone:"), c->phone), field(tr("Email:"), c->email)}, u", "_qs));
    return joinFields(lines);
}

QString OrderDocuments::signatures(const QStringList& roles) const
{
    // Two signature blocks a row: role, then a line to sign on, then "signature / name" under it.
    QString html = u"<br><table width=\"100%\" cellspacing=\"0\" cellpadding=\"2\">"_qs;
    for (qsizetype i = 0; i < roles.size(); i += 2) {
        html += u"<tr>"_qs;
        for (qsizetype j = i; j < i + 2; ++j) {
            if (j >= roles.size()) {
                html += u"<td width=\"50%\"></td>"_qs;
                continue;
            }
            html += u"<td width=\"50%\" style=\"padding-top: 14px;\">"_qs + esc(roles[j]) +
                    u" ______________ / ____________________ /<br><span class=\"small\">"_qs +
                    esc(tr("signature")) +
                    u"&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;"_qs +
                    esc(tr("full name")) + u"</span></td>"_qs;
        }
        html += u"</tr>"_qs;
    }
    return html + u"</table>"_qs;
}

// ---- picking -----------------------------------------------------------------------------------------

QList<OrderDocuments::PickRow> OrderDocuments::pickRows() const
{
    QList<PickRow> rows;
    QHash<std::pair<Id, Id>, qsizetype> index; // (location, product) -> row
    auto add = [&](const Order& o, const Id& locationId, const Id& productId, const QString& sku,
                   const QString& name, Quantity q, const QString& kitSku) {
        const auto key = std::make_pair(locationId, productId);
        auto it = index.constFind(key);
        qsizetype at = 0;
        if (it == index.constEnd()) {
            at = rows.size();
            index.insert(key, at);
            PickRow row;
            row.locationId = locationId;
            row.place = m_data.places.value(locationId);
            row.productId = productId;
            row.sku = sku;
            row.name = name;
            row.unit = unitOf(productId);
            rows.append(row);
        } else {
            at = *it;
        }
        PickRow& row = rows[at];
        row.quantity = row.quantity + q;
        for (PickRow::Need& need : row.needs) {
            if (need.orderNumber == o.number && need.kitSku == kitSku) {
                need.quantity = need.quantity + q;
                return;
            }
        }
        row.needs.append(PickRow::Need{o.number, q, kitSku});
    };
    for (const Order& o : m_data.orders) {
        for (const OrderLine& l : o.lines) {
            const Quantity q = std::max(l.reserved, l.picked);
            if (q.milli() <= 0)
                continue;
            const Item item = m_data.items.value(l.productId);
            if (item.components.isEmpty()) {
                add(o, l.locationId, l.productId, l.sku, l.name, q, {});
                continue;
            }
            // A kit is picked as its parts (it has no stock of its own) and put together when packed.
            for (const KitComponent& part : item.components) {
                const Item component = m_data.items.value(part.componentId);
                add(o, l.locationId, part.componentId, component.sku, component.name,
                    Quantity::fromMilli(
                        Decimal::mulDivRound(q.milli(), part.quantity.milli(), Quantity::One)),
                    l.sku);
            }
        }
    }
    QCollator collator(m_locale);
    collator.setNumericMode(true);
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    std::stable_sort(rows.begin(), rows.end(), [&collator](const PickRow& a, const PickRow& b) {
        if (int c = collator.compare(a.place.warehouse, b.place.warehouse); c != 0)
            return c < 0;
        if (int c = collator.compare(a.place.code, b.place.code); c != 0)
            return c < 0;
        return collator.compare(a.sku, b.sku) < 0;
    });
    return rows;
}

QList<OrderDocuments::WaitingLine> OrderDocuments::waitingLines() const
{
    QList<WaitingLine> waiting;
    for (const Order& o : m_data.orders) {
        if (o.isFbo())
            continue; // the marketplace ships it: nothing of it is picked here
        for (const OrderLine& l : o.lines) {
            const Quantity open = l.quantity - l.shipped;
            if (l.reserved.milli() > 0 || l.picked.milli() > 0 || open.milli() <= 0)
                continue;
            waiting.append(WaitingLine{o.number, l.sku, l.name, open, unitOf(l.productId)});
        }
    }
    return waiting;
}

QString OrderDocuments::pickingListHtml() const
{
    const bool batch = m_data.orders.size() > 1;
    QString html;
    if (batch) {
        html += heading(tr("Batch picking list: %n orders", nullptr, int(m_data.orders.size())),
                        esc(tr("Printed %1").arg(date(m_data.printedAt))));
        html += u"<table class=\"grid\" border=\"1\" cellspacing=\"0\" cellpadding=\"3\" width=\"100%\">"
                "<thead><tr>"_qs +
                u"<th width=\"18%\" align=\"left\">"_qs + esc(tr("Order")) + u"</th>"_qs +
                u"<th width=\"40%\" align=\"left\">"_qs + esc(tr("Customer")) + u"</th>"_qs +
                u"<th width=\"20%\" align=\"left\">"_qs + esc(tr("Ordered")) + u"</th>"_qs +
                u"<th width=\"22%\" align=\"left\">"_qs + esc(tr("Ship by")) + u"</th>"_qs +
                u"</tr></thead>"_qs;
        for (const Order& o : m_data.orders) {
            html += u"<tr><td><b>"_qs + esc(o.number) + u"</b></td><td>"_qs + esc(o.customerName) +
                    u"</td><td>"_qs + esc(date(o.orderedAt)) + u"</td><td>"_qs +
                    (o.shipBy ? esc(date(*o.shipBy)) : QString()) + u"</td></tr>"_qs;
        }
        html += u"</table><br>"_qs;
    } else if (!m_data.orders.isEmpty()) {
        const Order& o = m_data.orders.first();
        QStringList sub{esc(tr("Order %1 of %2").arg(o.number, date(o.orderedAt))), esc(o.customerName)};
        if (o.shipBy)
            sub.append(esc(tr("Ship by %1").arg(date(*o.shipBy))));
        html += heading(tr("Picking list %1").arg(o.number), sub.join(u" · "_qs));
    }

    const QList<PickRow> rows = pickRows();
    QSet<QString> warehouses;
    for (const PickRow& r : rows)
        warehouses.insert(r.place.warehouse);
    const bool headings = warehouses.size() > 1;
    html += u"<table class=\"grid\" border=\"1\" cellspacing=\"0\" cellpadding=\"3\" width=\"100%\">"
            "<thead><tr>"_qs +
            u"<th width=\"5%\"></th>"_qs + u"<th width=\"13%\" align=\"left\">"_qs + esc(tr("Location")) +
            u"</th>"_qs + u"<th width=\"14%\" align=\"left\">"_qs + esc(tr("SKU")) + u"</th>"_qs +
            u"<th width=\"32%\" align=\"left\">"_qs + esc(tr("Name")) + u"</th>"_qs +
            u"<th width=\"7%\" class=\"num\">"_qs + esc(tr("Qty")) + u"</th>"_qs +
            u"<th width=\"6%\" align=\"left\">"_qs + esc(tr("Unit")) + u"</th>"_qs +
            u"<th width=\"23%\" align=\"left\">"_qs + esc(batch ? tr("Orders") : tr("Note")) + u"</th>"_qs +
            u"</tr></thead>"_qs;
    QString currentWarehouse;
    bool first = true;
    for (const PickRow& r : rows) {
        if (headings && (first || r.place.warehouse != currentWarehouse)) {
            currentWarehouse = r.place.warehouse;
            html += u"<tr><td colspan=\"7\" class=\"heading\">"_qs + esc(currentWarehouse) + u"</td></tr>"_qs;
        }
        first = false;
        QStringList notes;
        for (const PickRow::Need& n : r.needs) {
            QString note = batch ? tr("%1: %2").arg(n.orderNumber, quantity(n.quantity)) : QString();
            if (!n.kitSku.isEmpty())
                note += (note.isEmpty() ? QString() : u" "_qs) + tr("(kit %1)").arg(n.kitSku);
            if (!note.isEmpty())
                notes.append(esc(note));
        }
        // The bin's code is what a picker reads on the shelf; a name of its own goes under it.
        QString location = u"<b>"_qs + esc(r.place.code.isEmpty() ? r.place.name : r.place.code) + u"</b>"_qs;
        if (!r.place.code.isEmpty() && r.place.name != r.place.code)
            location += u"<br><span class=\"small\">"_qs + esc(r.place.name) + u"</span>"_qs;
        html += u"<tr><td class=\"box\">"_qs + BoxChar + u"</td><td>"_qs + location + u"</td><td>"_qs +
                esc(r.sku) + u"</td><td>"_qs + esc(r.name) + u"</td><td class=\"num\"><b>"_qs +
                esc(quantity(r.quantity)) + u"</b></td><td class=\"nw\">"_qs + esc(unitName(r.unit)) +
                u"</td><td>"_qs + notes.join(u"<br>"_qs) + u"</td></tr>"_qs;
    }
    if (rows.isEmpty()) {
        html += u"<tr><td colspan=\"7\">"_qs +
                esc(tr("Nothing to pick: no stock is reserved for these orders.")) + u"</td></tr>"_qs;
    }
    html += u"</table>"_qs;

    Quantity pieces;
    bool allPieces = true;
    for (const PickRow& r : rows) {
        pieces = pieces + r.quantity;
        allPieces = allPieces && r.unit == Unit::Piece;
    }
    if (!rows.isEmpty()) {
        html +=
            u"<p class=\"after\">"_qs +
            esc(allPieces ? tr("%n line(s), %1 pcs to pick.", nullptr, int(rows.size())).arg(quantity(pieces))
                          : tr("%n line(s) to pick.", nullptr, int(rows.size()))) +
            u"</p>"_qs;
    }

    const QList<WaitingLine> waiting = waitingLines();
    if (!waiting.isEmpty()) {
        html += u"<p><br><b>"_qs + esc(tr("Waiting for stock: not in this pick")) + u"</b></p>"_qs;
        html += u"<table class=\"grid\" border=\"1\" cellspacing=\"0\" cellpadding=\"3\" width=\"100%\">"_qs;
        for (const WaitingLine& w : waiting) {
            html += u"<tr><td width=\"18%\">"_qs + esc(w.orderNumber) + u"</td><td width=\"17%\">"_qs +
                    esc(w.sku) + u"</td><td width=\"45%\">"_qs + esc(w.name) +
                    u"</td><td width=\"12%\" class=\"num\">"_qs + esc(quantity(w.quantity)) +
                    u"</td><td width=\"8%\">"_qs + esc(unitName(w.unit)) + u"</td></tr>"_qs;
        }
        html += u"</table>"_qs;
    }
    html += signatures({tr("Picked by"), tr("Checked by")});
    return html;
}

// ---- packing slip ------------------------------------------------------------------------------------

QString OrderDocuments::packingSlipHtml(const Order& o) const
{
    QStringList sub{esc(tr("Order %1 of %2").arg(o.number, date(o.orderedAt)))};
    if (!o.externalRef.isEmpty())
        sub.append(esc(tr("Your reference: %1").arg(o.externalRef)));
    QString html = heading(tr("Packing slip %1").arg(o.number), sub.join(u" · "_qs));

    const Customer* c = buyer(o);
    QStringList to{u"<b>"_qs + esc(o.customerName) + u"</b>"_qs, escLines(o.shipTo)};
    if (c)
        to.append(joinFields({field(tr("Phone:"), c->phone), field(tr("Email:"), c->email)}, u", "_qs));
    QStringList from{
        u"<b>"_qs +
            esc(m_data.seller.shopName.isEmpty() ? m_data.seller.sellerName() : m_data.seller.shopName) +
            u"</b>"_qs,
        joinFields({field(tr("Phone:"), m_data.seller.phone), field(tr("Email:"), m_data.seller.email)},
                   u", "_qs)};
    QStringList shipping;
    if (!o.shippingService.isEmpty())
        shipping.append(field(tr("Service:"), o.shippingService));
    if (!o.trackingNumber.isEmpty())
        shipping.append(field(tr("Tracking number:"), o.trackingNumber));
    html += u"<table width=\"100%\" cellspacing=\"0\" cellpadding=\"2\"><tr>"
            "<td width=\"50%\" valign=\"top\"><span class=\"label\">"_qs +
            esc(tr("Ship to")) + u"</span><br>"_qs + joinFields(to) +
            u"</td><td width=\"50%\" valign=\"top\"><span class=\"label\">"_qs + esc(tr("From")) +
            u"</span><br>"_qs + joinFields(from + shipping) + u"</td></tr></table><br>"_qs;

    html += u"<table class=\"grid\" border=\"1\" cellspacing=\"0\" cellpadding=\"3\" width=\"100%\">"
            "<thead><tr>"_qs +
            u"<th width=\"5%\" class=\"num\">"_qs + esc(tr("No.")) + u"</th>"_qs +
            u"<th width=\"17%\" align=\"left\">"_qs + esc(tr("SKU")) + u"</th>"_qs +
            u"<th width=\"52%\" align=\"left\">"_qs + esc(tr("Name")) + u"</th>"_qs +
            u"<th width=\"8%\" class=\"num\">"_qs + esc(tr("Qty")) + u"</th>"_qs +
            u"<th width=\"7%\" align=\"left\">"_qs + esc(tr("Unit")) + u"</th>"_qs +
            u"<th width=\"11%\">"_qs + esc(tr("Packed")) + u"</th>"_qs + u"</tr></thead>"_qs;
    int number = 0;
    Quantity pieces;
    bool allPieces = true;
    for (const OrderLine& l : o.lines) {
        const Item item = m_data.items.value(l.productId);
        QString name = esc(l.name);
        if (!item.components.isEmpty()) {
            QStringList parts;
            for (const KitComponent& part : item.components) {
                const Item component = m_data.items.value(part.componentId);
                parts.append(esc(tr("%1 × %2").arg(quantity(part.quantity), component.name)));
            }
            name += u"<br><span class=\"small\">"_qs + esc(tr("Contains:")) + u" "_qs + parts.join(u", "_qs) +
                    u"</span>"_qs;
        }
        pieces = pieces + l.quantity;
        allPieces = allPieces && item.unit == Unit::Piece;
        html += u"<tr><td class=\"num\">"_qs + QString::number(++number) + u"</td><td>"_qs + esc(l.sku) +
                u"</td><td>"_qs + name + u"</td><td class=\"num\"><b>"_qs + esc(quantity(l.quantity)) +
                u"</b></td><td class=\"nw\">"_qs + esc(unitName(item.unit)) + u"</td><td class=\"box\">"_qs +
                BoxChar + u"</td></tr>"_qs;
    }
    html += u"</table>"_qs;
    html += u"<p class=\"after\">"_qs +
            esc(allPieces ? tr("%n line(s), %1 pcs.", nullptr, int(o.lines.size())).arg(quantity(pieces))
                          : tr("%n line(s).", nullptr, int(o.lines.size()))) +
            u"</p>"_qs;
    html += u"<p><br>"_qs + esc(tr("Thank you for your order! Questions about it: quote %1.").arg(o.number)) +
            u"</p>"_qs;
    html += signatures({tr("Packed by")});
    return html;
}

// ---- waybill -------------------------------------------------------------------------------------------

QString OrderDocuments::waybillHtml(const Order& o) const
{
    QString html = heading(tr("Waybill No. %1 of %2").arg(o.number, date(m_data.printedAt)));
    auto partyRow = [](const QString& label, const QString& body) -> QString {
        return u"<tr><td width=\"18%\" valign=\"top\" class=\"label\">"_qs + esc(label) +
               u"</td><td width=\"82%\" valign=\"top\">"_qs + body + u"</td></tr>"_qs;
    };
    html += u"<table width=\"100%\" cellspacing=\"0\" cellpadding=\"2\">"_qs;
    html += partyRow(tr("Supplier"), sellerBlock(true));
    const QString consignee = u"<b>"_qs + esc(o.customerName) + u"</b>"_qs +
                              (o.shipTo.trimmed().isEmpty() ? QString() : u", "_qs + escLines(o.shipTo));
    html += partyRow(tr("Consignee"), consignee);
    html += partyRow(tr("Payer"), buyerBlock(o));
    html += partyRow(tr("Basis"), esc(tr("Order %1 of %2").arg(o.number, date(o.orderedAt))));
    html += u"</table><br>"_qs;

    html += u"<table class=\"grid dense\" border=\"1\" cellspacing=\"0\" cellpadding=\"3\" width=\"100%\">"
            "<thead><tr>"_qs +
            u"<th width=\"4%\" class=\"num\">"_qs + esc(tr("No.")) + u"</th>"_qs +
            u"<th width=\"30%\" align=\"left\">"_qs + esc(tr("Goods")) + u"</th>"_qs +
            u"<th width=\"6%\" align=\"left\">"_qs + esc(tr("Unit")) + u"</th>"_qs +
            u"<th width=\"6%\" class=\"num\">"_qs + esc(tr("Qty")) + u"</th>"_qs +
            u"<th width=\"11%\" class=\"num\">"_qs + esc(tr("Price excl. VAT")) + u"</th>"_qs +
            u"<th width=\"12%\" class=\"num\">"_qs + esc(tr("Amount excl. VAT")) + u"</th>"_qs +
            u"<th width=\"6%\" class=\"num\">"_qs + esc(tr("VAT rate")) + u"</th>"_qs +
            u"<th width=\"11%\" class=\"num\">"_qs + esc(tr("VAT")) + u"</th>"_qs +
            u"<th width=\"14%\" class=\"num\">"_qs + esc(tr("Amount incl. VAT")) + u"</th>"_qs +
            u"</tr></thead>"_qs;
    int number = 0;
    qint64 net = 0;
    qint64 vat = 0;
    qint64 total = 0;
    Quantity units;
    bool oneUnit = true;
    std::optional<Unit> unit;
    for (const OrderLine& l : o.lines) {
        const Unit u = unitOf(l.productId);
        oneUnit = oneUnit && (!unit || *unit == u);
        unit = u;
        units = units + l.quantity;
        const qint64 price =
            l.quantity.milli() > 0 ? Decimal::mulDivRound(l.net, Quantity::One, l.quantity.milli()) : 0;
        net += l.net;
        vat += l.vat;
        total += l.total;
        html += u"<tr><td class=\"num\">"_qs + QString::number(++number) + u"</td><td>"_qs + esc(l.name) +
                u"<br><span class=\"small\">"_qs + esc(l.sku) + u"</span></td><td class=\"nw\">"_qs +
                esc(unitName(u)) + u"</td><td class=\"num\">"_qs + esc(quantity(l.quantity)) +
                u"</td><td class=\"num\">"_qs + esc(money(o, price)) + u"</td><td class=\"num\">"_qs +
                esc(money(o, l.net)) + u"</td><td class=\"num\">"_qs + esc(vatRate(l.vatBp)) +
                u"</td><td class=\"num\">"_qs +
                esc(l.vatBp && *l.vatBp > 0 ? money(o, l.vat) : tr("no VAT")) +
                u"</td><td class=\"num\">"_qs + esc(money(o, l.total)) + u"</td></tr>"_qs;
    }
    if (o.shippingCharge != 0) {
        // OrderMath charges no VAT on delivery: it is printed as the order has it.
        net += o.shippingCharge;
        total += o.shippingCharge;
        html += u"<tr><td class=\"num\">"_qs + QString::number(++number) + u"</td><td>"_qs +
                esc(tr("Delivery")) + u"</td><td class=\"nw\">"_qs + esc(tr("service")) +
                u"</td><td class=\"num\">1</td><td class=\"num\">"_qs + esc(money(o, o.shippingCharge)) +
                u"</td><td class=\"num\">"_qs + esc(money(o, o.shippingCharge)) +
                u"</td><td class=\"num\">"_qs + esc(tr("no VAT")) + u"</td><td class=\"num\">"_qs +
                esc(tr("no VAT")) + u"</td><td class=\"num\">"_qs + esc(money(o, o.shippingCharge)) +
                u"</td></tr>"_qs;
    }
    html += u"<tr><td></td><td colspan=\"2\" class=\"total\">"_qs + esc(tr("Total")) +
            u"</td><td class=\"num total\">"_qs + (oneUnit ? esc(quantity(units)) : QString()) +
            u"</td><td></td><td class=\"num total\">"_qs + esc(money(o, net)) +
            u"</td><td></td><td class=\"num total\">"_qs + esc(money(o, vat)) +
            u"</td><td class=\"num total\">"_qs + esc(money(o, total)) + u"</td></tr>"_qs;
    html += u"</table>"_qs;

    QString sum = tr("Total: %n item(s) for %1", nullptr, int(o.lines.size())).arg(money(o, total));
    sum += vat > 0 ? tr(", including VAT %1.").arg(money(o, vat))
                   : (m_data.seller.vatNote.isEmpty() ? tr(", no VAT.")
                                                      : u", "_qs + m_data.seller.vatNote + u'.');
    html += u"<p><br><b>"_qs + esc(sum) + u"</b></p>"_qs;
    html += signatures({tr("Released by"), tr("Received by")});
    html += u"<p><br>"_qs +
            esc(tr("Received under power of attorney No. ________ of ____________, issued to")) +
            u" ______________________________</p>"_qs;
    return html;
}

// ---- invoice -------------------------------------------------------------------------------------------

QString OrderDocuments::invoiceHtml(const Order& o) const
{
    const ShopDetails& s = m_data.seller;
    QString html;
    // The bank transfer form first, as Russian invoices have it: what a bank clerk types in.
    if (s.hasBankDetails()) {
        auto cell = [](const QString& text, const QString& width, int rows = 1) -> QString {
            return u"<td width=\""_qs + width + u"\" valign=\"top\""_qs +
                   (rows > 1 ? u" rowspan=\""_qs + QString::number(rows) + u"\""_qs : QString()) + u">"_qs +
                   text + u"</td>"_qs;
        };
        const QString small = u"<br><span class=\"small\">"_qs;
        html +=
            u"<table class=\"grid\" border=\"1\" cellspacing=\"0\" cellpadding=\"3\" width=\"100%\"><tr>"_qs +
            cell(esc(s.bankName) + small + esc(tr("Recipient's bank")) + u"</span>"_qs, u"55%"_qs, 2) +
            cell(esc(tr("BIC")), u"14%"_qs) + cell(esc(s.bankBic), u"31%"_qs) + u"</tr><tr>"_qs +
            cell(esc(tr("Corr. account")), u"14%"_qs) + cell(esc(s.correspondentAccount), u"31%"_qs) +
            u"</tr><tr>"_qs +
            cell(joinFields({field(tr("INN"), s.taxId), field(tr("KPP"), s.taxReasonCode)},
                            u"&nbsp;&nbsp; "_qs) +
                     u"<br>"_qs + esc(s.sellerName()) + small + esc(tr("Recipient")) + u"</span>"_qs,
                 u"55%"_qs) +
            cell(esc(tr("Account")), u"14%"_qs) + cell(esc(s.bankAccount), u"31%"_qs) +
            u"</tr></table><br>"_qs;
    }
    html += heading(tr("Invoice No. %1 of %2").arg(o.number, date(m_data.printedAt)));
    auto partyRow = [](const QString& label, const QString& body) -> QString {
        return u"<tr><td width=\"18%\" valign=\"top\" class=\"label\">"_qs + esc(label) +
               u"</td><td width=\"82%\" valign=\"top\">"_qs + body + u"</td></tr>"_qs;
    };
    html += u"<table width=\"100%\" cellspacing=\"0\" cellpadding=\"2\">"_qs +
            partyRow(tr("Supplier"), sellerBlock(false)) + partyRow(tr("Buyer"), buyerBlock(o)) +
            partyRow(tr("Basis"), esc(tr("Order %1 of %2").arg(o.number, date(o.orderedAt)))) +
            u"</table><br>"_qs;

    const bool gross = o.pricesIncludeVat;
    html += u"<table class=\"grid\" border=\"1\" cellspacing=\"0\" cellpadding=\"3\" width=\"100%\">"
            "<thead><tr>"_qs +
            u"<th width=\"5%\" class=\"num\">"_qs + esc(tr("No.")) + u"</th>"_qs +
            u"<th width=\"43%\" align=\"left\">"_qs + esc(tr("Goods")) + u"</th>"_qs +
            u"<th width=\"7%\" class=\"num\">"_qs + esc(tr("Qty")) + u"</th>"_qs +
            u"<th width=\"7%\" align=\"left\">"_qs + esc(tr("Unit")) + u"</th>"_qs +
            u"<th width=\"9%\" class=\"num\">"_qs + esc(tr("VAT rate")) + u"</th>"_qs +
            u"<th width=\"14%\" class=\"num\">"_qs + esc(tr("Price")) + u"</th>"_qs +
            u"<th width=\"15%\" class=\"num\">"_qs + esc(tr("Amount")) + u"</th>"_qs + u"</tr></thead>"_qs;
    int number = 0;
    qint64 amounts = 0;
    qint64 vat = 0;
    for (const OrderLine& l : o.lines) {
        // Prices as the shop sets them (with or without VAT), after discounts.
        const qint64 amount = gross ? l.total : l.net;
        const qint64 price =
            l.quantity.milli() > 0 ? Decimal::mulDivRound(amount, Quantity::One, l.quantity.milli()) : 0;
        amounts += amount;
        vat += l.vat;
        html += u"<tr><td class=\"num\">"_qs + QString::number(++number) + u"</td><td>"_qs + esc(l.name) +
                u"<br><span class=\"small\">"_qs + esc(l.sku) + u"</span></td><td class=\"num\">"_qs +
                esc(quantity(l.quantity)) + u"</td><td class=\"nw\">"_qs +
                esc(unitName(unitOf(l.productId))) + u"</td><td class=\"num\">"_qs + esc(vatRate(l.vatBp)) +
                u"</td><td class=\"num\">"_qs + esc(money(o, price)) + u"</td><td class=\"num\">"_qs +
                esc(money(o, amount)) + u"</td></tr>"_qs;
    }
    if (o.shippingCharge != 0) {
        amounts += o.shippingCharge;
        html += u"<tr><td class=\"num\">"_qs + QString::number(++number) + u"</td><td>"_qs +
                esc(tr("Delivery")) + u"</td><td class=\"num\">1</td><td class=\"nw\">"_qs +
                esc(tr("service")) + u"</td><td class=\"num\">"_qs + esc(tr("no VAT")) +
                u"</td><td class=\"num\">"_qs + esc(money(o, o.shippingCharge)) +
                u"</td><td class=\"num\">"_qs + esc(money(o, o.shippingCharge)) + u"</td></tr>"_qs;
    }
    html += u"</table>"_qs;

    // Totals, right-aligned under the amounts.
    auto totalRow = [](const QString& label, const QString& value, bool bold = false) -> QString {
        const QString open = bold ? u"<b>"_qs : QString();
        const QString close = bold ? u"</b>"_qs : QString();
        return u"<tr><td width=\"70%\" align=\"right\">"_qs + open + esc(label) + close +
               u"</td><td width=\"30%\" class=\"num\">"_qs + open + esc(value) + close + u"</td></tr>"_qs;
    };
    const QString vatText = vat > 0 ? money(o, vat) : (s.vatNote.isEmpty() ? tr("no VAT") : s.vatNote);
    html += u"<table width=\"100%\" cellspacing=\"0\" cellpadding=\"2\">"_qs;
    html += totalRow(tr("Total:"), money(o, amounts));
    html += totalRow(gross && vat > 0 ? tr("Including VAT:") : tr("VAT:"), vatText);
    html += totalRow(tr("Total to pay:"), money(o, o.total), true);
    html += u"</table>"_qs;
    html += u"<p class=\"after\">"_qs +
            esc(tr("%n item(s), total %1.", nullptr, int(o.lines.size())).arg(money(o, o.total))) +
            u"</p>"_qs;

    // Payment terms: the customer's deferral, else payment before shipping.
    const Customer* c = buyer(o);
    const int days = c ? c->paymentTermsDays : 0;
    QString terms;
    if (days > 0) {
        const qint64 due = m_data.printedAt + qint64(days) * 24 * 3600 * 1000;
        terms = tr("Payment within %n day(s), by %1.", nullptr, days).arg(date(due));
    } else {
        terms = tr("Payment in advance: the goods ship once the invoice is paid.");
    }
    terms += u' ' + tr("Please quote invoice No. %1 in the payment reference.").arg(o.number);
    const qint64 due = o.total - o.paidAmount + o.refundedAmount;
    if (o.paidAmount > 0 && due > 0)
        terms += u' ' + tr("Already paid: %1; left to pay: %2.").arg(money(o, o.paidAmount), money(o, due));
    html += u"<p><br>"_qs + esc(terms) + u"</p>"_qs;
    html += signatures({tr("Director"), tr("Accountant")});
    return html;
}

// ---- printing -------------------------------------------------------------------------------------------

QList<OrderDocuments::Part> OrderDocuments::parts(OrderDocumentKind kind) const
{
    QList<Part> parts;
    if (m_data.orders.isEmpty())
        return parts;
    if (kind == OrderDocumentKind::PickingList) {
        const QString title = m_data.orders.size() == 1
                                  ? tr("Picking list %1").arg(m_data.orders.first().number)
                                  : tr("Batch picking list: %n orders", nullptr, int(m_data.orders.size()));
        parts.append(Part{title, pickingListHtml()});
        return parts;
    }
    for (const Order& o : m_data.orders) {
        switch (kind) {
        case OrderDocumentKind::PackingSlip:
            parts.append(Part{tr("Packing slip %1").arg(o.number), packingSlipHtml(o)});
            break;
        case OrderDocumentKind::Waybill:
            parts.append(Part{tr("Waybill %1").arg(o.number), waybillHtml(o)});
            break;
        case OrderDocumentKind::Invoice:
            parts.append(Part{tr("Invoice %1").arg(o.number), invoiceHtml(o)});
            break;
        case OrderDocumentKind::PickingList:
            break;
        }
    }
    return parts;
}

QPageLayout OrderDocuments::pageLayout()
{
    return QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(18, 12, 12, 12),
                       QPageLayout::Millimeter);
}

Result<int> OrderDocuments::print(QPagedPaintDevice& device, OrderDocumentKind kind, const Progress& progress,
                                  const std::function<void()>& abort) const
{
    const QList<Part> all = parts(kind);
    if (all.isEmpty())
        return fail(ErrorCode::Invalid, tr("There are no orders to print."));
    QPainter painter;
    if (!painter.begin(&device))
        return fail(ErrorCode::Io, tr("Cannot start printing the %1.").arg(kindName(kind).toLower()));

    // The painter starts at the printable area's corner; the footer takes the bottom of it.
    const QRectF area(0, 0, device.width(), device.height());
    QFont footerFont(QString::fromLatin1(FontFamily));
    footerFont.setPointSizeF(7.5);
    const QFontMetricsF footerMetrics(footerFont, &device);
    const qreal footerHeight = footerMetrics.height() * 2.2;
    const QSizeF body(area.width(), area.height() - footerHeight);
    QFont bodyFont(QString::fromLatin1(FontFamily));
    bodyFont.setPointSizeF(9);

    int pages = 0;
    for (qsizetype i = 0; i < all.size(); ++i) {
        QTextDocument doc;
        doc.documentLayout()->setPaintDevice(&device);
        doc.setDefaultFont(bodyFont);
        doc.setDefaultStyleSheet(styleSheet());
        doc.setDocumentMargin(0);
        doc.setHtml(all[i].html);
        doc.setTextWidth(body.width());
        const DocumentPager pager(doc, body.height());
        const int count = pager.pageCount();
        for (int p = 0; p < count; ++p) {
            if (pages > 0 && !device.newPage()) {
                painter.end();
                return fail(ErrorCode::Io, tr("Cannot start page %1.").arg(pages + 1));
            }
            pager.paintPage(painter, p);

            painter.setFont(footerFont);
            painter.setPen(QPen(QColor(0x99, 0x99, 0x99), 0));
            const qreal top = area.bottom() - footerHeight * 0.6;
            painter.drawLine(QPointF(0, top), QPointF(area.width(), top));
            painter.setPen(QColor(0x55, 0x55, 0x55));
            const QRectF line(0, top, area.width(), area.bottom() - top);
            painter.drawText(line, int(Qt::AlignLeft | Qt::AlignBottom),
                             all[i].title + u" · "_qs + m_data.seller.sellerName());
            painter.drawText(line, int(Qt::AlignRight | Qt::AlignBottom),
                             tr("Page %1 of %2").arg(p + 1).arg(count));
            ++pages;
        }
        if (progress && !progress(i + 1, all.size())) {
            if (abort)
                abort();
            painter.end();
            return fail(ErrorCode::Cancelled, tr("Printing was cancelled."));
        }
    }
    if (!painter.end())
        return fail(ErrorCode::Io, tr("Cannot finish printing the %1.").arg(kindName(kind).toLower()));
    return pages;
}

Result<int> OrderDocuments::writePdf(const QString& path, OrderDocumentKind kind,
                                     const Progress& progress) const
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
        writer.setPageLayout(pageLayout());
        const QList<Part> all = parts(kind);
        writer.setTitle(all.size() == 1 ? all.first().title : kindName(kind));
        pages = print(writer, kind, progress);
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
