#pragma once

// ReplenishmentRuleDialog: edits the replenishment rule of one product at one sellable location:
// reorder point, target, safety stock and lead time, each empty to be computed from sales. Shows
// the figures in use now, reads numbers in the user's locale and shows the service's refusals
// under the form. Saving an all-empty rule removes it.

#include "stock/ReplenishmentService.h"
#include "stock/StockService.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace kontor {

class ReplenishmentRuleDialog : public QDialog
{
    Q_OBJECT

public:
    // `line` is the product as the page shows it (its current figures); `warehouseId` narrows the
    // locations offered (null: every warehouse).
    ReplenishmentRuleDialog(ReplenishmentService& service, StockService& stock, Actor actor,
                            const ReplenishmentLine& line, const Id& warehouseId, QWidget* parent = nullptr);

    Id locationId() const;
    // Chooses the location (for tests and callers that know it); loads its rule.
    void setLocation(const Id& locationId);
    // Saves the form; closes the dialog when the service accepted it, else shows why not.
    bool save();
    bool removeRule();
    QString errorText() const;

private:
    void loadRule();
    std::optional<ReplenishmentRule> ruleFromFields();
    void showError(const QString& message, const QString& field = {});

    ReplenishmentService& m_service;
    Actor m_actor;
    ReplenishmentLine m_line;
    QComboBox* m_location;
    QLineEdit* m_reorderPoint;
    QLineEdit* m_target;
    QLineEdit* m_safetyStock;
    QLineEdit* m_leadTime;
    QLabel* m_error;
    QPushButton* m_remove;
};

} // namespace kontor
