#pragma once

// ArrivalDialog: goods waiting in a warehouse's in-transit location have arrived; moves them into
// a location of that warehouse (a transfer with the reason "arrival"). Offers the whole quantity in
// transit; a part can arrive first.

#include "PostingDialog.h"

namespace kontor {

class LocationCombo;

class ArrivalDialog : public PostingDialog
{
    Q_OBJECT

public:
    ArrivalDialog(Services services, Actor actor, const Id& productId, const Id& transitLocationId,
                  QWidget* parent = nullptr);

    LocationCombo* toCombo() const { return m_to; }
    QLineEdit* quantityEdit() const { return m_quantity; }

protected:
    bool validateFields() override;
    Result<Id> post() override;

private:
    Id m_transit;
    QLabel* m_from;
    LocationCombo* m_to;
    QLineEdit* m_quantity;
    QLabel* m_quantityError;
};

} // namespace kontor
