#pragma once

// OrderPrinting: saving and printing order documents (picking list, packing slip, waybill,
// invoice) for one or more orders from the GUI: reads what they need through the core services,
// asks for a file (QFileDialog) or a printer (QPrintDialog), renders off the GUI thread with
// progress and Cancel (ProgressRunner), and shows what went wrong. The orders page calls these.

#include "Services.h"
#include "documents/OrderDocuments.h"

#include <QList>
#include <QString>

class QPrinter;
class QWidget;

namespace kontor {

class ShopDetailsService;

namespace OrderPrinting {

// Asks where to save and writes the documents of `kind` for the orders (several orders: one PDF,
// a batch picking list or one document per order, each on new pages). Returns the path saved,
// or an empty string when the user cancelled or it failed (the failure was shown).
QString savePdf(QWidget* parent, const Services& services, ShopDetailsService& shop, const Actor& actor,
                OrderDocumentKind kind, const QList<Id>& orderIds);
// The same to a given path, without asking; returns false after showing the failure.
bool savePdf(QWidget* parent, const Services& services, ShopDetailsService& shop, const Actor& actor,
             OrderDocumentKind kind, const QList<Id>& orderIds, const QString& path);

// Asks for a printer (A4) and prints. Returns true when printed; false when cancelled or failed.
bool print(QWidget* parent, const Services& services, ShopDetailsService& shop, const Actor& actor,
           OrderDocumentKind kind, const QList<Id>& orderIds);
// Prints on a printer set up by the caller, without asking.
bool print(QWidget* parent, const Services& services, ShopDetailsService& shop, const Actor& actor,
           OrderDocumentKind kind, const QList<Id>& orderIds, QPrinter& printer);

// What the documents show, read through the services (an error message was shown when nullopt).
std::optional<OrderDocuments> documents(QWidget* parent, const Services& services, ShopDetailsService& shop,
                                        const Actor& actor, const QList<Id>& orderIds);

} // namespace OrderPrinting
} // namespace kontor
