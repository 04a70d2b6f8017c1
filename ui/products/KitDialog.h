#pragma once

// KitDialog: "Kit and stock settings" of one product. Whether orders may take more than is
// available (backorders), and the components that make the product a kit (a bundle that has no
// stock of its own and ships its components), each with its quantity per kit and its available
// stock, and how many whole kits those make. Save hands both to StockService; its refusals (the
// product already has stock of its own, a component is a kit) are shown in the dialog, which stays
// open. Removing every component makes the product a normal one again.

#include "Services.h"
#include "common/Quantity.h"
#include "security/Actor.h"
#include "stock/StockService.h"

#include <QDialog>

#include <optional>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QPushButton;
class QTableWidget;

namespace kontor {

class ProductSearchField;

class KitDialog : public QDialog
{
    Q_OBJECT

public:
    enum Column
    {
        Sku,
        Name,
        PerKit, // editable: the quantity of the component in one kit
        Unit,
        Available,
        ColumnCount
    };

    KitDialog(Services services, Actor actor, const Id& productId, QWidget* parent = nullptr);

    Id productId() const { return m_productId; }
    QTableWidget* table() const { return m_table; }
    QCheckBox* backorderCheck() const { return m_backorders; }
    QPushButton* saveButton() const;

    // Adds a component with one unit per kit, as if the user had picked it; false (with the reason
    // shown) when it cannot be part of this kit.
    bool addComponent(const Id& componentId);
    // Sets the quantity per kit of a row as typed text, as if the user had typed it.
    void setQuantityText(int row, const QString& text);
    void removeRow(int row);
    // The components as the form holds them; nullopt while a quantity is not valid.
    std::optional<QList<KitComponent>> components() const;
    // Whole kits the components make now; nullopt without components or with an invalid quantity.
    std::optional<qint64> availableKits() const;
    // The "Available as kits" line as shown.
    QString availableText() const;
    // The service's refusal or a picking problem shown in the dialog, if any.
    QString errorText() const;

    // Saves; closes only when the service accepted everything.
    void accept() override;

private:
    struct Row
    {
        Id id;
        QString sku;
        QString unitCode;
        Quantity available;
    };

    void load();
    void appendRow(const Row& row, const QString& name, Quantity perKit);
    void refreshAvailability();
    void revalidate();
    void showError(const QString& text);
    // Reads the quantity of a row; the problem, if any, goes into `problem`.
    std::optional<Quantity> quantityAt(int row, QString* problem = nullptr) const;

    Services m_services;
    Actor m_actor;
    Id m_productId;
    QLabel* m_title;
    QCheckBox* m_backorders;
    QTableWidget* m_table;
    ProductSearchField* m_picker;
    QPushButton* m_remove;
    QLabel* m_hint;
    QLabel* m_availableLine;
    QLabel* m_error;
    QDialogButtonBox* m_buttons;
    QList<Row> m_rows; // parallel to the table's rows
    QList<KitComponent> m_savedComponents;
    bool m_savedBackorders = false;
    bool m_filling = false;
    bool m_errorFromQuantities = false; // the error line shows quantity problems, not a refusal
};

} // namespace kontor
