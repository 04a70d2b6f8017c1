#pragma once

// LocationEditDialog: adds a location to a warehouse (storage, packing, quarantine, in transit; a
// marketplace warehouse holds only FBO locations) or renames one and changes its priority (lower
// ships first). The kind of an existing location is fixed. Shows the service's refusal and stays
// open.

#include "Services.h"
#include "security/Actor.h"
#include "stock/Stock.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace kontor {

class LocationEditDialog : public QDialog
{
    Q_OBJECT

public:
    // A new location in the warehouse.
    LocationEditDialog(Services services, Actor actor, const Warehouse& warehouse, QWidget* parent = nullptr);
    // Edits an existing location.
    LocationEditDialog(Services services, Actor actor, const Location& location, QWidget* parent = nullptr);

    const Location& location() const { return m_location; }
    QString errorText() const;
    void accept() override;

private:
    void build(const Warehouse* warehouse);
    void validate();

    Services m_services;
    Actor m_actor;
    Location m_location;
    bool m_new;
    QLineEdit* m_code = nullptr;
    QLineEdit* m_name = nullptr;
    QComboBox* m_kind = nullptr;
    QSpinBox* m_priority = nullptr;
    QLabel* m_error = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};

} // namespace kontor
