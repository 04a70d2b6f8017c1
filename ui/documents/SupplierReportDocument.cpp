#include "SupplierReportDocument.h"

#include "DocumentPager.h"
#include "common/Decimal.h"
#include "common/Money.h"
#include "orders/ShopDetailsService.h"

#include <QAbstractTextDocumentLayout>
#include <QDir>
#include <QFontMetricsF>
#include <QPageLayout>
#include <QPageSize>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextDocument>

namespace kontor {

namespace {

const char* const FontFamily = "DejaVu Sans"; // has Cyrillic and the rouble sign

QString esc(const QString& text)
{
    return text.toHtmlEscaped();
}

QString escLines(const QString& text)
{
    return esc(text.trimmed()).replace(u'\n', u"<br>"_qs);
}

const QString& styleSheet()
{
    static const QString css =
        QStringLiteral("h1 { font-size: 14pt; font-weight: bold; margin-top: 0px; margin-bottom: 2px; }"
                       "h2 { font-size: 10.5pt; font-weight: bold; margin-top: 14px; margin-bottom: 4px; }"
                       "p { margin-top: 0px; margin-bottom: 0px; }"
                       ".sub { color: #444444; }"
                       ".small { font-size: 7.5pt; color: #444444; }"
                       ".label { color: #555555; }"
                       ".missed { color: #b71c1c; font-weight: bold; }"
                       ".met { color: #1b5e20; }"
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

QString th(const QString& text, const QString& width, bool number = false)
{
    return u"<th width=\""_qs + width + (number ? u"\" class=\"num\">"_qs : u"\" align=\"left\">"_qs) +
           esc(text) + u"</th>"_qs;
}

QString td(const QString& html, bool number = false)
{
    return (number ? u"<td class=\"num\">"_qs : u"<td>"_qs) + html + u"</td>"_qs;
}

const QString GridTable =
    u"<table class=\"grid\" border=\"1\" cellspacing=\"0\" cellpadding=\"3\" width=\"100%\">"_qs;

} // namespace

Result<SupplierReportDocument::Data>
SupplierReportDocument::load(SupplierPerformance& performance, ShopDetailsService& shop, const Actor& actor,
                             const Id& supplierId, QDate from, QDate to, int horizonDays, QDate printedOn)
{
    Data d;
    auto details = shop.details(actor);
    if (!details)
        return fail(details.error());
    d.shop = *details;
    auto report = performance.report(actor, supplierId, from, to, horizonDays);
    if (!report)
        return fail(report.error());
    d.report = *report;
    d.printedOn = printedOn;
    return d;
}

SupplierReportDocument::SupplierReportDocument(Data data, QLocale locale)
    : m_data(std::move(data))
    , m_locale(std::move(locale))
{}

QString SupplierReportDocument::money(qint64 minor, const QString& currency) const
{
    return minor < 0 ? QChar(0x2212) + Money(-minor, currency).toDisplayString(m_locale)
                     : Money(minor, currency).toDisplayString(m_locale);
}

QString SupplierReportDocument::percent(std::optional<int> bp) const
{
    if (!bp)
        return u"—"_qs;
    return Decimal::format(*bp, 2, m_locale.decimalPoint().front(), QChar(), true) + u"\u00A0%"_qs;
}

QString SupplierReportDocument::date(QDate day) const
{
    return day.isValid() ? m_locale.toString(day, u"d MMMM yyyy"_qs) : QString();
}

QString SupplierReportDocument::title() const
{
    const Scorecard& s = m_data.report.scorecard;
    return tr("Supplier report, %1, %2 – %3")
        .arg(m_data.report.supplier.name, m_locale.toString(s.from, u"d MMM yyyy"_qs),
             m_locale.toString(s.to, u"d MMM yyyy"_qs));
}

QString SupplierReportDocument::suggestedFileName() const
{
    const Scorecard& s = m_data.report.scorecard;
    return fileNameFor(m_data.report.supplier.name, s.from, s.to);
}

QString SupplierReportDocument::fileNameFor(const QString& supplierName, QDate from, QDate to)
{
    QString name = tr("Supplier report %1 %2–%3", "file name: supplier, first and last day")
                       .arg(supplierName, from.toString(Qt::ISODate), to.toString(Qt::ISODate));
    // Characters that some file systems refuse.
    for (QChar& c : name) {
        if (QStringView(u"/\\:*?\"<>|").contains(c))
            c = u'-';
    }
    return name + u".pdf"_qs;
}

QString SupplierReportDocument::scorecardHtml() const
{
    const Scorecard& s = m_data.report.scorecard;
    auto units = [this](Quantity q) { return q.toLocaleString(m_locale); };
    auto verdict = [](bool known, bool missed) -> QString {
        if (!known)
            return QString();
        return missed ? u"<span class=\"missed\">"_qs + esc(tr("missed")) + u"</span>"_qs
                      : u"<span class=\"met\">"_qs + esc(tr("met")) + u"</span>"_qs;
    };
    auto row = [](const QString& figure, const QString& result, const QString& basis, const QString& target,
                  const QString& verdictHtml) -> QString {
        return u"<tr>"_qs + td(esc(figure)) + td(u"<b>"_qs + esc(result) + u"</b>"_qs, true) +
               td(esc(basis)) + td(esc(target), true) + td(verdictHtml) + u"</tr>"_qs;
    };
    auto minTarget = [this](std::optional<int> bp) { return bp ? percent(bp) : QString(); };
    auto maxTarget = [this](std::optional<int> bp) {
        return bp ? tr("at most %1").arg(percent(bp)) : QString();
    };

    QString html = u"<h2>"_qs + esc(tr("Scorecard")) + u"</h2>"_qs;
    html +=
        u"<p class=\"small\">"_qs +
        esc(tr("Delivery figures judge the order lines due in the period; quality, lead time and purchases "
               "come from the deliveries received in it. Targets are those of the contract valid at the end "
               "of the period.")) +
        u"</p><br>"_qs;
    html += GridTable + u"<thead><tr>"_qs + th(tr("Figure"), u"24%"_qs) + th(tr("Result"), u"16%"_qs, true) +
            th(tr("Basis"), u"32%"_qs) + th(tr("Target"), u"16%"_qs, true) + th(tr("Status"), u"12%"_qs) +
            u"</tr></thead>"_qs;
    const QString ofUnits = tr("%1 of %2 units");
    html += row(tr("On time"), percent(s.onTimeBp), ofUnits.arg(units(s.unitsOnTime), units(s.unitsOrdered)),
                minTarget(s.targetOnTimeBp), verdict(s.targetOnTimeBp && s.onTimeBp, s.onTimeBreached()));
    html += row(tr("In full"), percent(s.inFullBp), ofUnits.arg(units(s.unitsInFull), units(s.unitsOrdered)),
                minTarget(s.targetInFullBp), verdict(s.targetInFullBp && s.inFullBp, s.inFullBreached()));
    html += row(
        tr("On time and in full (OTIF)"), percent(s.otifBp),
        (s.linesJudged == 1 ? tr("%1 of 1 order line") : tr("%1 of %n order lines", nullptr, s.linesJudged))
            .arg(s.linesOtif),
        QString(), QString());
    html += row(tr("Defects"), percent(s.defectBp),
                tr("%1 of %2 units received").arg(units(s.unitsDefective), units(s.unitsReceived)),
                maxTarget(s.maxDefectBp), verdict(s.maxDefectBp && s.defectBp, s.defectBreached()));
    html += row(tr("Mis-sorts"), percent(s.missortBp),
                tr("%1 of %2 units received").arg(units(s.unitsMissorted), units(s.unitsReceived)),
                maxTarget(s.maxMissortBp), verdict(s.maxMissortBp && s.missortBp, s.missortBreached()));
    QString promised;
    if (s.promisedLeadTime)
        promised = *s.promisedLeadTime == 1 ? tr("1 day promised")
                                            : tr("%n days promised", nullptr, *s.promisedLeadTime);
    if (s.leadTime.count > 0) {
        const double mean = std::round(s.leadTime.mean * 10.0) / 10.0;
        html +=
            row(tr("Lead time, mean / p90"),
                tr("%1 / %2 days")
                    .arg(m_locale.toString(mean, 'f', mean == std::floor(mean) ? 0 : 1),
                         m_locale.toString(s.leadTime.p90)),
                s.receipts == 1 ? tr("1 delivery, calendar days from confirmation")
                                : tr("%n deliveries, calendar days from confirmation", nullptr, s.receipts),
                promised, QString());
    } else {
        html +=
            row(tr("Lead time, mean / p90"), u"—"_qs, tr("no delivery in the period"), promised, QString());
    }
    html +=
        row(tr("Penalties accrued"), money(s.penaltiesAccrued, s.currency),
            tr("late, defect, mis-sort and shortage penalties of the lines judged"), QString(), QString());
    html += row(tr("Penalties claimed"), money(s.penaltiesClaimed, s.currency),
                tr("claims made in the period"), QString(), QString());
    html += row(tr("Penalties paid"), money(s.penaltiesCollected, s.currency),
                tr("paid on the claims made in the period"), QString(), QString());
    html += row(tr("Purchases"), money(s.spend, s.currency), tr("goods accepted in the period"), QString(),
                QString());
    return html + u"</table>"_qs;
}

QString SupplierReportDocument::claimsHtml() const
{
    const QList<Claim>& claims = m_data.report.openClaims;
    // A heading right after a table loses its top margin in QTextDocument: a blank line instead.
    QString html = u"<br><h2>"_qs + esc(tr("Open claims")) + u"</h2>"_qs;
    if (claims.isEmpty())
        return html + u"<p>"_qs + esc(tr("No open claims.")) + u"</p>"_qs;
    html += GridTable + u"<thead><tr>"_qs + th(tr("Claim"), u"18%"_qs) + th(tr("Purchase order"), u"18%"_qs) +
            th(tr("Status"), u"16%"_qs) + th(tr("Amount"), u"24%"_qs, true) + th(tr("Answer by"), u"24%"_qs) +
            u"</tr></thead>"_qs;
    qint64 total = 0;
    bool oneCurrency = true;
    for (const Claim& c : claims) {
        total += c.amount;
        oneCurrency = oneCurrency && c.currency == claims.first().currency;
        html += u"<tr>"_qs + td(esc(c.number)) + td(esc(c.poNumber)) +
                td(esc(PurchasingKinds::claimStatusName(c.status))) +
                td(esc(money(c.amount, c.currency)), true) +
                td(esc(c.deadlineOn.isValid() ? date(c.deadlineOn) : tr("no deadline"))) + u"</tr>"_qs;
    }
    if (oneCurrency && claims.size() > 1)
        html += u"<tr>"_qs + td(u"<b>"_qs + esc(tr("Total")) + u"</b>"_qs) + td({}) + td({}) +
                td(u"<b>"_qs + esc(money(total, claims.first().currency)) + u"</b>"_qs, true) + td({}) +
                u"</tr>"_qs;
    return html + u"</table>"_qs;
}

QString SupplierReportDocument::forecastHtml() const
{
    const SupplierReport& r = m_data.report;
    QString html =
        u"<br><h2>"_qs +
        esc(r.horizonDays == 1 ? tr("Demand forecast for the next day")
                               : tr("Demand forecast for the next %n days", nullptr, r.horizonDays)) +
        u"</h2>"_qs;
    html +=
        u"<p class=\"small\">"_qs +
        esc(tr("Sold per day: average daily sales over the last %n days. Forecast: sold per day × the days "
               "ahead, whole pieces rounded up. On order: units on open purchase orders not yet received.",
               nullptr, r.demandDays)) +
        u"</p><br>"_qs;
    if (r.forecast.isEmpty())
        return html + u"<p>"_qs + esc(tr("No products of this supplier.")) + u"</p>"_qs;
    html += GridTable + u"<thead><tr>"_qs + th(tr("SKU"), u"15%"_qs) + th(tr("Supplier SKU"), u"15%"_qs) +
            th(tr("Name"), u"34%"_qs) + th(tr("Sold per day"), u"12%"_qs, true) +
            th(tr("Forecast"), u"12%"_qs, true) + th(tr("On order"), u"12%"_qs, true) + u"</tr></thead>"_qs;
    for (const ForecastLine& f : r.forecast) {
        html += u"<tr>"_qs + td(esc(f.sku)) + td(esc(f.supplierSku)) + td(esc(f.name)) +
                td(esc(m_locale.toString(f.dailyDemand, 'f', 2)), true) +
                td(esc(f.forecast.toLocaleString(m_locale)), true) +
                td(esc(f.onOrder.toLocaleString(m_locale)), true) + u"</tr>"_qs;
    }
    return html + u"</table>"_qs;
}

QString SupplierReportDocument::html() const
{
    const SupplierReport& r = m_data.report;
    const Supplier& sup = r.supplier;
    const ShopDetails& shop = m_data.shop;
    const Scorecard& s = r.scorecard;

    QString html = u"<h1>"_qs + esc(tr("Supplier performance report")) + u"</h1>"_qs;
    html += u"<p class=\"sub\">"_qs +
            esc(tr("Period %1 – %2 · prepared %3").arg(date(s.from), date(s.to), date(m_data.printedOn))) +
            u"</p><hr>"_qs;

    const QString shopBlock = joinFields(
        {u"<b>"_qs + esc(shop.sellerName()) + u"</b>"_qs,
         joinFields({field(tr("INN"), shop.taxId), field(tr("KPP"), shop.taxReasonCode)}, u", "_qs),
         escLines(shop.legalAddress),
         joinFields({field(tr("Phone:"), shop.phone), field(tr("Email:"), shop.email)}, u", "_qs)});
    const QString supplierBlock =
        joinFields({u"<b>"_qs + esc(sup.legalName.isEmpty() ? sup.name : sup.legalName) + u"</b>"_qs,
                    sup.legalName.isEmpty() || sup.legalName == sup.name ? QString() : esc(sup.name),
                    joinFields({field(tr("INN"), sup.taxId), field(tr("KPP"), sup.taxReasonCode)}, u", "_qs),
                    escLines(sup.legalAddress),
                    joinFields({field(tr("Phone:"), sup.phone), field(tr("Email:"), sup.email)}, u", "_qs)});
    html += u"<table width=\"100%\" cellspacing=\"0\" cellpadding=\"2\"><tr>"_qs +
            u"<td width=\"50%\" valign=\"top\"><span class=\"label\">"_qs + esc(tr("Buyer")) +
            u"</span><br>"_qs + shopBlock +
            u"</td><td width=\"50%\" valign=\"top\"><span class=\"label\">"_qs + esc(tr("Supplier")) +
            u"</span><br>"_qs + supplierBlock + u"</td></tr></table>"_qs;

    html += scorecardHtml();
    html += claimsHtml();
    html += forecastHtml();
    return html;
}

Result<int> SupplierReportDocument::print(QPagedPaintDevice& device, const Progress& progress) const
{
    QPainter painter;
    if (!painter.begin(&device))
        return fail(ErrorCode::Io, tr("Cannot start printing the supplier report."));
    const QRectF area(0, 0, device.width(), device.height());
    QFont footerFont(QString::fromLatin1(FontFamily));
    footerFont.setPointSizeF(7.5);
    const QFontMetricsF footerMetrics(footerFont, &device);
    const qreal footerHeight = footerMetrics.height() * 2.2;
    QFont bodyFont(QString::fromLatin1(FontFamily));
    bodyFont.setPointSizeF(9);

    QTextDocument doc;
    doc.documentLayout()->setPaintDevice(&device);
    doc.setDefaultFont(bodyFont);
    doc.setDefaultStyleSheet(styleSheet());
    doc.setDocumentMargin(0);
    doc.setHtml(html());
    doc.setTextWidth(area.width());
    const DocumentPager pager(doc, area.height() - footerHeight);
    const int count = pager.pageCount();
    const QString footer = title() + u" · "_qs + m_data.shop.sellerName();
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
        painter.drawText(line, int(Qt::AlignLeft | Qt::AlignBottom), footer);
        painter.drawText(line, int(Qt::AlignRight | Qt::AlignBottom),
                         tr("Page %1 of %2").arg(p + 1).arg(count));
        if (progress && !progress(p + 1, count)) {
            painter.end();
            return fail(ErrorCode::Cancelled, tr("Printing was cancelled."));
        }
    }
    if (!painter.end())
        return fail(ErrorCode::Io, tr("Cannot finish printing the supplier report."));
    return count;
}

Result<int> SupplierReportDocument::writePdf(const QString& path, const Progress& progress) const
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
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
                                         QMarginsF(18, 12, 12, 12), QPageLayout::Millimeter));
        writer.setTitle(title());
        pages = print(writer, progress);
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
