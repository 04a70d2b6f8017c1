#include "OrderPrinting.h"

#include "common/MessageBox.h"
#include "common/ProgressRunner.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QPrintDialog>
#include <QPrinter>

namespace kontor::OrderPrinting {

namespace {

QString tr(const char* text, const char* disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("kontor::OrderPrinting", text, disambiguation, n);
}

} // namespace

std::optional<OrderDocuments> documents(QWidget* parent, const Services& services, ShopDetailsService& shop,
                                        const Actor& actor, const QList<Id>& orderIds)
{
    if (orderIds.isEmpty()) {
        MessageBox::information(parent, tr("Nothing to print"), tr("Select the orders to print first."));
        return std::nullopt;
    }
    const OrderDocuments::Sources sources{services.orders, services.customers, services.stock,
                                          services.products, shop};
    auto data = OrderDocuments::load(sources, actor, orderIds);
    if (!data) {
        MessageBox::critical(parent, tr("Cannot print"), data.error().toString());
        return std::nullopt;
    }
    return OrderDocuments(std::move(*data));
}

QString savePdf(QWidget* parent, const Services& services, ShopDetailsService& shop, const Actor& actor,
                OrderDocumentKind kind, const QList<Id>& orderIds)
{
    auto docs = documents(parent, services, shop, actor, orderIds);
    if (!docs)
        return {};
    const QString suggested = QDir::home().filePath(docs->suggestedFileName(kind));
    QString path = QFileDialog::getSaveFileName(
        parent, tr("Save %1 as PDF").arg(OrderDocuments::kindName(kind).toLower()), suggested,
        tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return {};
    if (QFileInfo(path).suffix().isEmpty())
        path += u".pdf"_qs;
    const OrderDocuments& doc = *docs;
    ProgressRunner runner(parent, tr("Saving %1…").arg(OrderDocuments::kindName(kind).toLower()));
    const auto result = runner.run<int>([&doc, &path, kind](const ProgressRunner::Progress& progress) {
        return doc.writePdf(path, kind, progress);
    });
    if (!result) {
        if (result.error().code != ErrorCode::Cancelled)
            MessageBox::critical(parent, tr("Not saved"), result.error().toString());
        return {};
    }
    return path;
}

bool savePdf(QWidget* parent, const Services& services, ShopDetailsService& shop, const Actor& actor,
             OrderDocumentKind kind, const QList<Id>& orderIds, const QString& path)
{
    auto docs = documents(parent, services, shop, actor, orderIds);
    if (!docs)
        return false;
    const OrderDocuments& doc = *docs;
    ProgressRunner runner(parent, tr("Saving %1…").arg(OrderDocuments::kindName(kind).toLower()));
    const auto result = runner.run<int>([&doc, &path, kind](const ProgressRunner::Progress& progress) {
        return doc.writePdf(path, kind, progress);
    });
    if (!result) {
        if (result.error().code != ErrorCode::Cancelled)
            MessageBox::critical(parent, tr("Not saved"), result.error().toString());
        return false;
    }
    return true;
}

bool print(QWidget* parent, const Services& services, ShopDetailsService& shop, const Actor& actor,
           OrderDocumentKind kind, const QList<Id>& orderIds, QPrinter& printer)
{
    auto docs = documents(parent, services, shop, actor, orderIds);
    if (!docs)
        return false;
    const OrderDocuments& doc = *docs;
    ProgressRunner runner(parent, tr("Printing %1…").arg(OrderDocuments::kindName(kind).toLower()));
    const auto result = runner.run<int>([&doc, &printer, kind](const ProgressRunner::Progress& progress) {
        return doc.print(printer, kind, progress, [&printer] { printer.abort(); });
    });
    if (!result) {
        if (result.error().code != ErrorCode::Cancelled)
            MessageBox::critical(parent, tr("Not printed"), result.error().toString());
        return false;
    }
    return true;
}

bool print(QWidget* parent, const Services& services, ShopDetailsService& shop, const Actor& actor,
           OrderDocumentKind kind, const QList<Id>& orderIds)
{
    if (orderIds.isEmpty()) {
        MessageBox::information(parent, tr("Nothing to print"), tr("Select the orders to print first."));
        return false;
    }
    QPrinter printer(QPrinter::HighResolution);
    printer.setDocName(OrderDocuments::kindName(kind));
    printer.setPageLayout(OrderDocuments::pageLayout());
    QPrintDialog dialog(&printer, parent);
    dialog.setOption(QAbstractPrintDialog::PrintPageRange, false);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    return print(parent, services, shop, actor, kind, orderIds, printer);
}

} // namespace kontor::OrderPrinting
