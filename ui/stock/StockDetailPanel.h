#pragma once

// StockDetailPanel: what the stock page shows about the selected row's product: its stock at every
// location (on hand, reserved, available) and its last movements, with the way to its full history
// and, for goods waiting in transit, to mark them arrived. Follows stock changes of that product.

#include "Services.h"
#include "StockLocations.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTableWidget;

namespace kontor {

class StockDetailPanel : public QWidget
{
    Q_OBJECT

public:
    static constexpr int RecentMovements = 20;

    StockDetailPanel(Services services, Actor actor, QWidget* parent = nullptr);

    // Shows the product; the location is the selected row's (highlighted, and offers "Mark arrived"
    // when it is an in-transit location). A null product clears the panel.
    void showProduct(const Id& productId, const Id& locationId = {});
    Id productId() const { return m_productId; }
    void refresh();

    QTableWidget* balancesTable() const { return m_balances; }
    QTableWidget* movementsTable() const { return m_movements; }

Q_SIGNALS:
    void historyRequested(const kontor::Id& productId);
    void arrivalRequested(const kontor::Id& productId, const kontor::Id& transitLocationId);

private:
    void clear();

    Services m_services;
    Actor m_actor;
    Id m_productId;
    Id m_locationId;
    QLabel* m_title;
    QLabel* m_summary;
    QLabel* m_empty;
    QWidget* m_content;
    QTableWidget* m_balances;
    QTableWidget* m_movements;
    QLabel* m_error;
    QPushButton* m_history;
    QPushButton* m_arrived;
};

} // namespace kontor
