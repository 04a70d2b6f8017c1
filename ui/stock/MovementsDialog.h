#pragma once

// MovementsDialog: the stock ledger with filters (product, location, kind, dates), newest first and
// paged as it scrolls; reverses a selected document after asking. Opened with a product it is
// that product's stock history.

#include "Services.h"
#include "security/Actor.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QPushButton;
class QTableView;

namespace kontor {

class LocationCombo;
class MovementListModel;
class ProductSearchField;

class MovementsDialog : public QDialog
{
    Q_OBJECT

public:
    MovementsDialog(Services services, Actor actor, QWidget* parent = nullptr);

    // Shows only this product's movements (null: every product).
    void setProduct(const Id& productId);
    void setLocation(const Id& locationId);

    MovementListModel* model() const { return m_model; }
    QTableView* view() const { return m_view; }
    QPushButton* reverseButton() const { return m_reverse; }
    // Asks, then reverses the document of the selected row; false when refused or not confirmed.
    bool reverseSelected();

private:
    void applyFilter();
    void updateActions();
    void updateCount();
    void fitColumns();

    Services m_services;
    Actor m_actor;
    MovementListModel* m_model;
    QTableView* m_view;
    ProductSearchField* m_product;
    Id m_productId;
    LocationCombo* m_location;
    QComboBox* m_kind;
    QCheckBox* m_fromCheck;
    QDateEdit* m_from;
    QCheckBox* m_toCheck;
    QDateEdit* m_to;
    QLabel* m_count;
    QPushButton* m_reverse;
    Id m_keepSelected; // the movement to select again after a reload
    bool m_columnsFitted = false;
};

} // namespace kontor
