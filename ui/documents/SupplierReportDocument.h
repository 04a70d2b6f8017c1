#pragma once

// SupplierReportDocument: the supplier performance report the shop shares with a supplier
// (SupplierPerformance::report), as a PDF or on any QPagedPaintDevice, A4: the shop and the
// supplier, the period, the scorecard figures against the contract's targets with the units
// behind each rate, the open claims (number, PO, status, amount, deadline), and the demand
// forecast for the supplier's products (SKU, supplier SKU, name, average daily sales, forecast for
// the horizon, on order). HTML laid out by QTextDocument; words through tr() (context
// kontor::SupplierReportDocument), figures in the locale given. QtGui and core only (no widgets),
// so worker threads and the CLI can make it.

#include "orders/ShopDetails.h"
#include "purchasing/SupplierPerformance.h"

#include <QCoreApplication>
#include <QLocale>

#include <functional>

class QPagedPaintDevice;

namespace kontor {

class ShopDetailsService;

class SupplierReportDocument
{
    Q_DECLARE_TR_FUNCTIONS(kontor::SupplierReportDocument)

public:
    // Called after each page; returns false to stop (as ProgressRunner::Progress does).
    using Progress = std::function<bool(qint64 done, qint64 total)>;

    struct Data
    {
        ShopDetails shop;
        SupplierReport report;
        QDate printedOn;
    };

    // Everything the report shows, read through the core services. `printedOn` is the date on
    // the report (the shop's today).
    static Result<Data> load(SupplierPerformance& performance, ShopDetailsService& shop, const Actor& actor,
                             const Id& supplierId, QDate from, QDate to, int horizonDays, QDate printedOn);

    explicit SupplierReportDocument(Data data, QLocale locale = QLocale());

    const Data& data() const { return m_data; }
    // "Supplier report, Носки оптом, 1 Mar 2026 – 31 Mar 2026": the PDF's title and the footer.
    QString title() const;
    // A file name to suggest: "Supplier report Носки оптом 2026-03-01–2026-03-31.pdf".
    QString suggestedFileName() const;
    static QString fileNameFor(const QString& supplierName, QDate from, QDate to);
    QString html() const;

    // Paints the report with a footer (title, page x of y) on every page; returns the pages.
    [[nodiscard]] Result<int> print(QPagedPaintDevice& device, const Progress& progress = {}) const;
    // Writes a PDF; the file appears complete or not at all.
    [[nodiscard]] Result<int> writePdf(const QString& path, const Progress& progress = {}) const;

private:
    QString money(qint64 minor, const QString& currency) const;
    QString percent(std::optional<int> bp) const;
    QString date(QDate day) const;
    QString scorecardHtml() const;
    QString claimsHtml() const;
    QString forecastHtml() const;

    Data m_data;
    QLocale m_locale;
};

} // namespace kontor
