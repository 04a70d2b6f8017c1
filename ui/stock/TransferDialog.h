#pragma once

// TransferDialog: moves stock from one location to another (StockService::transfer). Between two
// warehouses the goods may be on the road: "goods arrive later" posts only the dispatch into the
// destination warehouse's in-transit location, and the arrival is marked later (ArrivalDialog).

#include "PostingDialog.h"

class QCheckBox;

namespace kontor {

class LocationCombo;

class TransferDialog : public PostingDialog
{
    Q_OBJECT

public:
    TransferDialog(Services services, Actor actor, QWidget* parent = nullptr);

    void setFrom(const Id& locationId);
    void setTo(const Id& locationId);
    LocationCombo* fromCombo() const { return m_from; }
    LocationCombo* toCombo() const { return m_to; }
    // Offered only between warehouses whose destination has an in-transit location.
    QCheckBox* inTransitCheck() const { return m_inTransit; }

protected:
    bool validateFields() override;
    Result<Id> post() override;
    void productChanged() override;

private:
    void updateRoute();
    void updateHint();
    // The destination warehouse's in-transit location, when the goods travel between warehouses.
    Id transitLocation() const;

    LocationCombo* m_from;
    QLabel* m_fromHint;
    LocationCombo* m_to;
    QLabel* m_toError;
    QCheckBox* m_inTransit;
    QLabel* m_routeHint;
    QLineEdit* m_quantity;
    QLabel* m_quantityError;
};

} // namespace kontor
