#pragma once

// WarehouseDialog: creates a warehouse, the shop's own or a marketplace's (FBO), with its standard
// locations (StockService::createWarehouse). Shows the service's refusal (a code in use) and stays
// open.

#include "Services.h"
#include "security/Actor.h"
#include "stock/Stock.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QRadioButton;

namespace kontor {

class WarehouseDialog : public QDialog
{
    Q_OBJECT

public:
    WarehouseDialog(Services services, Actor actor, QWidget* parent = nullptr);

    // The warehouse created by OK.
    const Warehouse& created() const { return m_created; }
    QString errorText() const;
    void accept() override;

private:
    void validate();

    Services m_services;
    Actor m_actor;
    QLineEdit* m_code;
    QLineEdit* m_name;
    QRadioButton* m_own;
    QRadioButton* m_marketplace;
    QLabel* m_kindHint;
    QLabel* m_error;
    QDialogButtonBox* m_buttons;
    Warehouse m_created;
};

} // namespace kontor
