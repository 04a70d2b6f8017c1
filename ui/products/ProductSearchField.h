#pragma once

// ProductSearchField: a line edit that shows a popup of matching products as the user types
// (ProductService::search, best matches first). Enter or a click on a match chooses it. Used as the
// window's global search and as the product picker in the editor ("Variant of").

#include "catalog/ProductService.h"

#include <QLineEdit>

class QCompleter;
class QStandardItemModel;
class QTimer;

namespace kontor {

class ProductSearchField : public QLineEdit
{
    Q_OBJECT

public:
    static constexpr int MaxResults = 20;

    ProductSearchField(ProductService& service, Actor actor, QWidget* parent = nullptr);

    // "SKU — Name": how a chosen product is shown in the field.
    static QString displayText(const QString& sku, const QString& name);
    // Runs the search now instead of after the typing pause (for tests).
    void searchNow();
    // The current matches as shown in the popup.
    QList<ProductListEntry> matches() const { return m_matches; }
    // Clear the field after a product was chosen (the global search) or show the choice (a picker).
    void setClearOnChoose(bool clear) { m_clearOnChoose = clear; }

Q_SIGNALS:
    void productChosen(const kontor::ProductListEntry& entry);

private:
    void choose(int row);

    ProductService& m_service;
    Actor m_actor;
    QCompleter* m_completer;
    QStandardItemModel* m_model;
    QTimer* m_debounce;
    QList<ProductListEntry> m_matches;
    bool m_clearOnChoose = false;
    quint64 m_generation = 0;
};

} // namespace kontor
