#pragma once

// StockPage: the stock area of the main window. Actions (receive, adjust, transfer, movements,
// locations) for those allowed to use them, a filter bar (text, location or warehouse, category,
// negative only, zero rows, and checks other areas add), the table of stock rows with a footer of
// totals, and the selected product's stock by location and latest movements below it. Dialogs
// start from the selected row's product and location.

#include "Services.h"
#include "StockTableModel.h"

#include <QPointer>
#include <QWidget>

class QAction;
class QCheckBox;
class QHBoxLayout;
class QLabel;
class QLineEdit;
class QSplitter;
class QTableView;
class QTimer;

namespace kontor {

class CategoryCombo;
class LocationCombo;
class MovementsDialog;
class StockDetailPanel;

class StockPage : public QWidget
{
    Q_OBJECT

public:
    static constexpr int SearchDebounceMs = 150;

    StockPage(Services services, Actor actor, QWidget* parent = nullptr);

    StockTableModel* model() const { return m_model; }
    QTableView* view() const { return m_view; }
    StockDetailPanel* detail() const { return m_detail; }
    QAction* receiveAction() const { return m_receive; }
    QAction* adjustAction() const { return m_adjust; }
    QAction* transferAction() const { return m_transfer; }
    QAction* arrivalAction() const { return m_arrival; }
    QAction* movementsAction() const { return m_movements; }
    QAction* locationsAction() const { return m_locations; }

    // Adds a check box to the filter bar; while it is checked only rows of the products in the set
    // are shown (the set is computed on the worker thread with each load).
    QCheckBox* addProductFilter(const QString& text, const QString& toolTip,
                                StockTableModel::ProductSet products);

    // Selects the row of this product at this location (once loaded, if it is still loading).
    void selectRow(const Id& productId, const Id& locationId);
    // The selected row's product and location (null when none).
    Id currentProductId() const { return m_currentProduct; }
    Id currentLocationId() const { return m_currentLocation; }

    // The dialogs, started from the selected row; they return QDialog's result.
    int receive();
    int adjust();
    int transfer();
    // Goods of the selected row, waiting in an in-transit location, arrived.
    int markArrived();
    int showLocations();
    // The movements window (not modal), for one product or all.
    MovementsDialog* showMovements(const Id& productId = {});

    // Splitter and column layout, to remember between sessions.
    QByteArray saveState() const;
    void restoreState(const QByteArray& state);

private:
    void applyFilter();
    void onLoaded();
    void onCurrentRowChanged(const QModelIndex& current);
    void updateFooter();
    void updateActions();
    void showContextMenu(const QPoint& pos);
    void selectQuietly(int row);
    // After a posting, show the row it changed.
    void afterPosting(int result, const Id& productId, const Id& locationId);

    Services m_services;
    Actor m_actor;
    StockTableModel* m_model;
    QTableView* m_view;
    StockDetailPanel* m_detail;
    QSplitter* m_splitter;
    QLineEdit* m_search;
    QTimer* m_searchDebounce;
    LocationCombo* m_locationFilter;
    CategoryCombo* m_categoryFilter;
    QCheckBox* m_negativeOnly;
    QCheckBox* m_showZero;
    QHBoxLayout* m_filterBar;
    int m_extraFilterIndex = 0; // where added checks go in the filter bar
    QList<std::pair<QCheckBox*, StockTableModel::ProductSet>> m_productFilters;
    QLabel* m_footer;
    QAction* m_receive;
    QAction* m_adjust;
    QAction* m_transfer;
    QAction* m_arrival;
    QAction* m_movements;
    QAction* m_locations;
    QPointer<MovementsDialog> m_movementsDialog;
    Id m_currentProduct;
    Id m_currentLocation;
    bool m_selecting = false;
    bool m_firstLoad = true;
};

} // namespace kontor
