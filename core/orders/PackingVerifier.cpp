#include "PackingVerifier.h"

#include "catalog/ProductService.h"
#include "stock/ScanLookup.h"

namespace kontor {

namespace {

QString serialKey(const ScanCode& code)
{
    return code.gtin + u'\x1D' + code.serial;
}

} // namespace

PackingVerifier::PackingVerifier(QList<PackingLine> lines, Resolver resolve)
    : m_lines(std::move(lines))
    , m_resolve(std::move(resolve))
{
    for (qsizetype i = 0; i < m_lines.size(); ++i)
        m_lineOf.insert(m_lines[i].productId, int(i));
}

QList<PackingLine> PackingVerifier::expectedLines(const Order& order, const QHash<Id, Unit>& units)
{
    QList<PackingLine> lines;
    QHash<Id, int> index;
    for (const OrderLine& l : order.lines) {
        const Quantity want = l.picked.milli() > 0 ? l.picked : l.reserved;
        if (want.milli() <= 0)
            continue;
        // The same product on two lines (a gift, a second price) is one pile in the parcel.
        auto it = index.constFind(l.productId);
        if (it != index.constEnd()) {
            lines[*it].expected = lines[*it].expected + want;
            continue;
        }
        index.insert(l.productId, int(lines.size()));
        lines.append(
            PackingLine{l.productId, l.sku, l.name, units.value(l.productId, Unit::Piece), want, {}});
    }
    return lines;
}

Result<PackingVerifier> PackingVerifier::forOrder(ProductService& products, const Actor& actor,
                                                  const Order& order)
{
    QHash<Id, Unit> units;
    for (const OrderLine& l : order.lines) {
        if (units.contains(l.productId))
            continue;
        auto p = products.product(actor, l.productId);
        if (!p)
            return fail(p.error());
        units.insert(l.productId, p->unit);
    }
    return PackingVerifier(expectedLines(order, units), [&products, actor](const ScanCode& code) {
        return ScanLookup::findProduct(products, actor, code);
    });
}

PackingScan PackingVerifier::refuse(PackingScanStatus status, const ScanCode& code, int line,
                                    QString message) const
{
    PackingScan s;
    s.status = status;
    s.code = code;
    s.line = line;
    s.message = std::move(message);
    return s;
}

Result<PackingScan> PackingVerifier::scan(QStringView input)
{
    auto parsed = ScanCodes::parse(input);
    if (!parsed) {
        ScanCode raw;
        raw.raw = input.trimmed().toString();
        return refuse(PackingScanStatus::Unreadable, raw, -1, parsed.error().message);
    }
    const ScanCode& code = *parsed;
    auto product = m_resolve(code);
    if (!product)
        return fail(product.error());
    if (!product->has_value())
        return refuse(PackingScanStatus::UnknownCode, code, -1,
                      tr("Unknown code %1: no product has it. Put the item aside.").arg(code.lookup));
    const Product& p = **product;
    const auto it = m_lineOf.constFind(p.id);
    if (it == m_lineOf.constEnd())
        return refuse(PackingScanStatus::WrongItem, code, -1,
                      tr("Wrong item: %1 %2 is not in this parcel.").arg(p.sku, p.name));
    const int index = *it;
    const PackingLine& line = m_lines[index];
    // The same unit again says more than "too many", so it is checked first.
    const bool marked = code.kind == ScanKind::MarkingCode;
    if (marked && m_serials.contains(serialKey(code)))
        return refuse(PackingScanStatus::RepeatedSerial, code, index,
                      tr("This unit was scanned already: marking code %1 is in the parcel. Scan the next "
                         "unit.")
                          .arg(code.serial));
    if (line.isComplete())
        return refuse(PackingScanStatus::TooMany, code, index,
                      tr("Too many: %1 %2 is packed in full already (%3).")
                          .arg(line.sku, line.name, line.expected.toLocaleString()));
    const Quantity left = line.expected - line.scanned;
    const Quantity step = line.unit == Unit::Piece ? Quantity::fromUnits(1) : left;
    if (step > left)
        return refuse(PackingScanStatus::TooMany, code, index,
                      tr("Too many: only %1 more of %2 %3 go into this parcel.")
                          .arg(left.toLocaleString(), line.sku, line.name));
    PackingLine& changed = m_lines[index];
    changed.scanned = changed.scanned + step;
    if (marked)
        m_serials.insert(serialKey(code));
    PackingScan s;
    s.status = PackingScanStatus::Accepted;
    s.code = code;
    s.line = index;
    s.counted = step;
    s.message = tr("%1 %2: %3 of %4.")
                    .arg(changed.sku, changed.name, changed.scanned.toLocaleString(),
                         changed.expected.toLocaleString());
    m_history.append(s);
    return s;
}

std::optional<PackingScan> PackingVerifier::undo()
{
    if (m_history.isEmpty())
        return std::nullopt;
    PackingScan last = m_history.takeLast();
    PackingLine& line = m_lines[last.line];
    line.scanned = line.scanned - last.counted;
    if (last.code.kind == ScanKind::MarkingCode)
        m_serials.remove(serialKey(last.code));
    return last;
}

bool PackingVerifier::isComplete() const
{
    return !m_lines.isEmpty() &&
           std::all_of(m_lines.cbegin(), m_lines.cend(), [](const PackingLine& l) { return l.isComplete(); });
}

Quantity PackingVerifier::expectedTotal() const
{
    Quantity sum;
    for (const PackingLine& l : m_lines)
        sum = sum + l.expected;
    return sum;
}

Quantity PackingVerifier::scannedTotal() const
{
    Quantity sum;
    for (const PackingLine& l : m_lines)
        sum = sum + l.scanned;
    return sum;
}

} // namespace kontor
