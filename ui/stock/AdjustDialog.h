#pragma once

// AdjustDialog: corrects stock at one location for a reason (StockService::adjust). Damage, loss
// and write-offs take stock out and found goods bring it in, so the direction follows the reason;
// only a correction may go either way. Shows what the location holds now and will hold after.

#include "PostingDialog.h"

class QComboBox;
class QRadioButton;

namespace kontor {

class LocationCombo;

class AdjustDialog : public PostingDialog
{
    Q_OBJECT

public:
    AdjustDialog(Services services, Actor actor, QWidget* parent = nullptr);

    void setLocation(const Id& locationId);
    LocationCombo* locationCombo() const { return m_location; }
    // A reason code from MovementReasons (damage, loss, found, write_off, correction).
    void setReason(QStringView reasonCode);
    QString reason() const;
    // Only for a correction; other reasons decide the direction themselves.
    void setAdding(bool adding);
    bool isAdding() const;

protected:
    bool validateFields() override;
    Result<Id> post() override;
    void productChanged() override;

private:
    void onReasonChanged();
    void updateHint();
    // The signed change the form describes, if its quantity is valid.
    std::optional<Quantity> delta();

    LocationCombo* m_location;
    QComboBox* m_reason;
    QRadioButton* m_remove;
    QRadioButton* m_add;
    QLineEdit* m_quantity;
    QLabel* m_quantityError;
    QLabel* m_hint;
};

} // namespace kontor
