#include "CountSheet.h"

#include "catalog/ProductService.h"
#include "stock/CountService.h"
#include "stock/StockService.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFileInfo>
#include <QFontMetricsF>
#include <QLocale>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>

namespace kontor {

namespace {

constexpr int Dpi = 300;

qreal mm(qreal millimetres)
{
    return millimetres * Dpi / 25.4;
}

struct Column
{
    QString title;
    qreal share; // of the table width
    Qt::Alignment align = Qt::AlignLeft;
    bool box = false; // an empty box to write in
};

// One printed row: a location heading or an item.
struct Entry
{
    bool heading = false;
    QString text;
    const CountItem* item = nullptr;
    int number = 0; // 1-based item number
};

QString formatTime(qint64 ms)
{
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(ms).toLocalTime(), QLocale::ShortFormat);
}

} // namespace

Result<CountSheet::Data> CountSheet::load(CountService& counts, StockService& stock, ProductService& products,
                                          const Actor& actor, const Id& sessionId)
{
    Data data;
    auto session = counts.session(actor, sessionId);
    if (!session)
        return fail(session.error());
    data.session = *session;
    auto items = counts.items(actor, sessionId);
    if (!items)
        return fail(items.error());
    data.items = *items;
    auto locations = counts.sessionLocations(actor, sessionId);
    if (!locations)
        return fail(locations.error());
    for (const Location& l : *locations) {
        data.locations.append(StockService::displayName(l));
        data.locationNames.insert(l.id, StockService::displayName(l));
    }
    // Items at a location no longer in scope (archived since) still get their heading.
    for (const CountItem& item : data.items) {
        if (!data.locationNames.contains(item.locationId)) {
            if (auto l = stock.location(actor, item.locationId))
                data.locationNames.insert(l->id, StockService::displayName(*l));
        }
    }
    if (auto warehouses = stock.warehouses(actor, true)) {
        for (const Warehouse& w : *warehouses) {
            if (w.id == data.session.warehouseId)
                data.where = StockService::displayName(w);
        }
    }
    if (!data.session.locationId.isNull())
        data.where = data.locationNames.value(data.session.locationId, data.where);
    if (data.session.scope == CountScope::Category) {
        if (auto categories = products.categories(actor))
            data.where = ProductService::categoryPath(*categories, data.session.categoryId, u" › ") +
                         u" · "_qs + data.where;
    }
    data.printedAt = counts.database().clock().nowMs();
    data.printedBy = actor.name;
    return data;
}

Result<int> CountSheet::writePdf(const Data& data, const QString& path,
                                 const std::function<bool(int, int)>& progress)
{
    const CountSession& s = data.session;
    const bool showExpected = !s.blind;

    // ---- what goes on the pages ----
    QList<Entry> entries;
    Id currentLocation;
    int number = 0;
    for (const CountItem& item : data.items) {
        if (entries.isEmpty() || item.locationId != currentLocation) {
            currentLocation = item.locationId;
            entries.append(Entry{true, data.locationNames.value(item.locationId), nullptr, 0});
        }
        entries.append(Entry{false, {}, &item, ++number});
    }

    QList<Column> columns{{tr("No."), 0.05, Qt::AlignRight},
                          {tr("SKU"), 0.14},
                          {tr("Name"), showExpected ? 0.30 : 0.40},
                          {tr("Barcode"), 0.17}};
    if (showExpected)
        columns.append({tr("Expected"), 0.10, Qt::AlignRight});
    columns.append({tr("Counted"), 0.11, Qt::AlignRight, true});
    columns.append({tr("Notes"), 0.13});

    QPdfWriter writer(path);
    writer.setResolution(Dpi);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageMargins(QMarginsF(0, 0, 0, 0));
    writer.setTitle(tr("Count sheet %1").arg(s.number));
    writer.setCreator(QCoreApplication::applicationName());

    QPainter painter;
    if (!painter.begin(&writer))
        return fail(ErrorCode::Io, tr("Cannot write the count sheet to %1.").arg(QFileInfo(path).fileName()));

    const QRectF page(mm(15), mm(14), writer.width() - mm(30), writer.height() - mm(28));
    QFont body = painter.font();
    body.setPointSizeF(9.5);
    QFont small = body;
    small.setPointSizeF(8.5);
    QFont bold = body;
    bold.setBold(true);
    QFont title = body;
    title.setPointSizeF(16);
    title.setBold(true);
    const QFontMetricsF bodyMetrics(body, &writer);
    const qreal rowHeight = bodyMetrics.height() * 2.0; // room to write a number by hand
    const qreal headingHeight = bodyMetrics.height() * 1.8;
    const qreal footerHeight = bodyMetrics.height() * 3.0;

    // ---- the first page's header, measured once ----
    QStringList headerLines;
    headerLines.append(tr("Scope: %1").arg(CountKinds::scopeName(s.scope)) +
                       (data.where.isEmpty() ? QString() : u" · "_qs + data.where));
    if (!data.locations.isEmpty())
        headerLines.append(tr("Locations: %1").arg(data.locations.join(u", "_qs)));
    headerLines.append(
        tr("Counters: %1").arg(s.counters.isEmpty() ? QStringLiteral("—") : s.counters.join(u", "_qs)));
    headerLines.append(tr("Started: %1 by %2 · Printed: %3")
                           .arg(formatTime(s.createdAt), s.createdBy, formatTime(data.printedAt)));
    if (s.blind)
        headerLines.append(tr("Blind count: the expected quantities are not printed."));
    const qreal titleHeight = QFontMetricsF(title, &writer).height() * 1.4;
    const qreal firstHeader = titleHeight + headerLines.size() * bodyMetrics.height() * 1.25 + mm(4);
    const qreal laterHeader = bodyMetrics.height() * 1.6;
    const qreal tableHeader = bodyMetrics.height() * 1.8;

    // ---- pagination: where each page starts in `entries` ----
    QList<int> pageStarts{0};
    {
        qreal y = page.top() + firstHeader + tableHeader;
        const qreal bottom = page.bottom() - footerHeight;
        for (int i = 0; i < entries.size(); ++i) {
            const qreal h = entries[i].heading ? headingHeight : rowHeight;
            // A heading never ends a page: it moves with its first item.
            const qreal need = entries[i].heading ? h + rowHeight : h;
            if (y + need > bottom) {
                pageStarts.append(i);
                y = page.top() + laterHeader + tableHeader;
                if (!entries[i].heading)
                    y += headingHeight; // the location goes on, and says so
            }
            y += h;
        }
    }
    const int pages = int(pageStarts.size());

    QFont headerFont = small;
    headerFont.setBold(true);
    auto drawTableHeader = [&](qreal y) {
        painter.setFont(headerFont);
        painter.fillRect(QRectF(page.left(), y, page.width(), tableHeader), QColor(0xEE, 0xEE, 0xEE));
        qreal x = page.left();
        for (const Column& c : columns) {
            const qreal w = c.share * page.width();
            painter.drawText(QRectF(x + mm(1.2), y, w - mm(2.4), tableHeader),
                             int(c.align | Qt::AlignVCenter), c.title);
            x += w;
        }
        painter.setPen(QPen(Qt::black, mm(0.3)));
        painter.drawLine(QPointF(page.left(), y + tableHeader), QPointF(page.right(), y + tableHeader));
        return y + tableHeader;
    };

    for (int p = 0; p < pages; ++p) {
        if (progress && !progress(p, pages)) {
            painter.end();
            return fail(ErrorCode::Cancelled, tr("Printing was cancelled."));
        }
        if (p > 0)
            writer.newPage();
        qreal y = page.top();
        painter.setPen(Qt::black);
        if (p == 0) {
            painter.setFont(title);
            painter.drawText(
                QRectF(page.left(), y, page.width(), titleHeight), int(Qt::AlignLeft | Qt::AlignTop),
                tr("Count sheet %1").arg(s.number) + (s.name.isEmpty() ? QString() : u" · "_qs + s.name));
            y += titleHeight;
            painter.setFont(body);
            for (const QString& line : headerLines) {
                painter.drawText(QRectF(page.left(), y, page.width(), bodyMetrics.height() * 1.25),
                                 int(Qt::AlignLeft | Qt::AlignVCenter), line);
                y += bodyMetrics.height() * 1.25;
            }
            y += mm(4);
        } else {
            painter.setFont(small);
            painter.drawText(QRectF(page.left(), y, page.width(), laterHeader),
                             int(Qt::AlignLeft | Qt::AlignTop),
                             tr("Count sheet %1 (continued)").arg(s.number));
            y += laterHeader;
        }
        y = drawTableHeader(y);

        const int end = p + 1 < pages ? pageStarts[p + 1] : int(entries.size());
        for (int i = pageStarts[p]; i < end; ++i) {
            const Entry& e = entries[i];
            const bool continued = i == pageStarts[p] && p > 0 && !e.heading;
            if (e.heading || continued) {
                const QString location = e.heading ? e.text : data.locationNames.value(e.item->locationId);
                painter.setFont(bold);
                painter.setPen(Qt::black);
                painter.drawText(QRectF(page.left() + mm(1.2), y, page.width(), headingHeight),
                                 int(Qt::AlignLeft | Qt::AlignBottom),
                                 continued ? tr("Location: %1 (continued)").arg(location)
                                           : tr("Location: %1").arg(location));
                y += headingHeight;
                painter.setPen(QPen(Qt::black, mm(0.2)));
                painter.drawLine(QPointF(page.left(), y), QPointF(page.right(), y));
                if (e.heading)
                    continue;
            }
            const CountItem& item = *e.item;
            QStringList cells{QLocale().toString(e.number), item.sku, item.name, item.barcode};
            if (showExpected)
                cells.append(item.expected ? item.expected->toLocaleString() : QString());
            cells.append(QString()); // counted: written by hand
            cells.append(QString()); // notes
            painter.setFont(body);
            painter.setPen(Qt::black);
            qreal x = page.left();
            for (int c = 0; c < columns.size(); ++c) {
                const qreal w = columns[c].share * page.width();
                const QRectF cell(x + mm(1.2), y, w - mm(2.4), rowHeight);
                if (columns[c].box) {
                    // A box to write in.
                    painter.setPen(QPen(QColor(0x80, 0x80, 0x80), mm(0.2)));
                    painter.drawRect(QRectF(x + mm(1), y + rowHeight * 0.15, w - mm(2), rowHeight * 0.7));
                    painter.setPen(Qt::black);
                } else {
                    const QString text = bodyMetrics.elidedText(cells[c], Qt::ElideRight, cell.width());
                    painter.drawText(cell, int(columns[c].align | Qt::AlignVCenter), text);
                }
                x += w;
            }
            y += rowHeight;
            painter.setPen(QPen(QColor(0xC8, 0xC8, 0xC8), mm(0.15)));
            painter.drawLine(QPointF(page.left(), y), QPointF(page.right(), y));
        }
        if (entries.isEmpty() && p == 0) {
            painter.setFont(body);
            painter.drawText(QRectF(page.left(), y + mm(3), page.width(), rowHeight), int(Qt::AlignLeft),
                             tr("This count lists no items: write down what you find."));
        }

        // ---- footer: who counted, and the page number ----
        painter.setFont(small);
        painter.setPen(Qt::black);
        const qreal footerTop = page.bottom() - footerHeight * 0.55;
        painter.drawText(
            QRectF(page.left(), footerTop, page.width() * 0.7, footerHeight * 0.55),
            int(Qt::AlignLeft | Qt::AlignBottom),
            tr("Counted by: ______________________   Signature: ______________   Date: __________"));
        painter.drawText(QRectF(page.left(), footerTop, page.width(), footerHeight * 0.55),
                         int(Qt::AlignRight | Qt::AlignBottom), tr("Page %1 of %2").arg(p + 1).arg(pages));
    }
    if (progress)
        progress(pages, pages);
    if (!painter.end())
        return fail(ErrorCode::Io, tr("Cannot write the count sheet to %1.").arg(QFileInfo(path).fileName()));
    return pages;
}

Result<int> CountSheet::write(CountService& counts, StockService& stock, ProductService& products,
                              const Actor& actor, const Id& sessionId, const QString& path)
{
    auto data = load(counts, stock, products, actor, sessionId);
    if (!data)
        return fail(data.error());
    return writePdf(*data, path);
}

} // namespace kontor
