#pragma once

// ReceiveDialog: goods arrive at a location (StockService::receive), with their purchase cost per
// unit for those who may see costs, which feeds the moving-average cost.

#include "PostingDialog.h"

namespace kontor {

class LocationCombo;

class ReceiveDialog : public PostingDialog
{
    Q_OBJECT

public:
    ReceiveDialog(Services services, Actor actor, QWidget* parent = nullptr);

    void setLocation(const Id& locationId);
    LocationCombo* locationCombo() const { return m_location; }

protected:
    bool validateFields() override;
    Result<Id> post() override;
    void productChanged() override;

private:
    void updateHint();

    LocationCombo* m_location;
    QLabel* m_hint;
    QLineEdit* m_quantity;
    QLabel* m_quantityError;
    QLineEdit* m_cost = nullptr;
    QLabel* m_costError = nullptr;
    QString m_currency;
};

} // namespace kontor
