#pragma once

// OrdersPage: the orders area of the main window. A filter bar (number, customer or tracking
// number; status, or every open order; channel; dates; paid or unpaid; overdue to ship), the lazy
// table of orders with the selected order's details below it. Above the list: new order, mark
// several orders shipped at once, carriers. Beside the selected order's title: every transition its
// status allows and the user may make (confirm, start picking, mark packed, ship…, delivered, not
// collected…, refused…, back to draft, cancel…), record a payment, open (edit a draft), and for a
// user who manages purchases, order the dropshipped lines from their suppliers (a dropship PO per
// supplier, sent at once; the details then list those POs, with their PDF to save). Core's
// refusals are shown with their message. Other areas may add actions on the selected orders
// (documents, picking lists) with addOrderAction().

#include "OrderListModel.h"
#include "Services.h"

#include <QMap>
#include <QWidget>

class QAction;
class QCheckBox;
class QComboBox;
class QDateEdit;
class QHBoxLayout;
class QLabel;
class QLineEdit;
class QMenu;
class QSplitter;
class QTableView;
class QTimer;

namespace kontor {

class OrderDetailPanel;

class OrdersPage : public QWidget
{
    Q_OBJECT

public:
    static constexpr int SearchDebounceMs = 200;
    // More selected orders than this are not shipped in one go.
    static constexpr int MaxBulkOrders = 500;

    OrdersPage(Services services, Actor actor, QWidget* parent = nullptr);

    OrderListModel* model() const { return m_model; }
    QTableView* view() const { return m_view; }
    OrderDetailPanel* detail() const { return m_detail; }

    // ---- actions (hidden when the user may not use them) ----
    QAction* newAction() const { return m_new; }
    QAction* openAction() const { return m_open; }
    // The action that moves the current order to `to` (Confirmed, Draft, Picking, Packed, Shipped,
    // Delivered, NotCollected, Refused, Cancelled); visible while the order allows it and the user
    // may make it.
    QAction* transitionAction(OrderStatus to) const { return m_transitions.value(to); }
    QAction* paymentAction() const { return m_payment; }
    QAction* bulkShipAction() const { return m_bulkShip; }
    QAction* carriersAction() const { return m_carriers; }
    // Documents of the selected orders (PDF or print), scan-to-verify packing of an order being
    // picked, and a return for a shipped order.
    QAction* documentsAction() const { return m_documents; }
    QAction* packAction() const { return m_pack; }
    QAction* newReturnAction() const { return m_newReturn; }
    QAction* shippingDetailsAction() const { return m_shippingDetails; }
    // Dropship (ManagePurchases): shown for an order with dropshipped lines that is not cancelled,
    // enabled once it is confirmed while some of those lines are on no dropship PO yet.
    QAction* orderFromSupplierAction() const { return m_orderFromSupplier; }
    // Saves the dropship PO selected in the details as a PDF, as the purchase orders page does.
    QAction* dropshipPdfAction() const { return m_dropshipPdf; }

    // Adds an action on the selected orders to the action bar and the table's menu, enabled while
    // orders are selected (e.g. "Print picking list…" from the documents area). The page owns it
    // from then on; read selectedOrderIds() when it is triggered.
    void addOrderAction(QAction* action);

    // ---- filter bar ----
    QLineEdit* searchEdit() const { return m_search; }
    QComboBox* statusFilter() const { return m_status; }
    QComboBox* channelFilter() const { return m_channel; }
    QComboBox* paidFilter() const { return m_paid; }
    QCheckBox* overdueCheck() const { return m_overdue; }
    QCheckBox* fromCheck() const { return m_fromCheck; }
    QDateEdit* fromDate() const { return m_from; }
    QCheckBox* toCheck() const { return m_toCheck; }
    QDateEdit* toDate() const { return m_to; }
    // The filter the bar describes now.
    OrderFilter currentFilter() const;

    // ---- the selected orders ----
    // The order in the details (it stays there if a change takes it out of the list).
    Id currentOrderId() const { return m_currentId; }
    // The selected rows' orders, in list order.
    QList<Id> selectedOrderIds() const;
    // Shows the order in the details and selects its row if the list shows it.
    void showOrder(const Id& orderId);

    // ---- what the actions do; dialogs return QDialog's result, commands whether they succeeded ----
    int newOrder();
    int openOrder();
    bool transition(OrderStatus to);
    int ship();
    int bulkShip();
    int recordPayment();
    int showCarriers();
    int showDocuments();
    int packWithScanner();
    int newReturn();
    int editShippingDetails();
    // PurchaseOrderService::createDropship for the current order; its refusal is shown.
    bool orderFromSupplier();
    // Asks where to save when `path` is empty; returns the path written, empty when not written.
    QString saveDropshipPdf(const QString& path = {});

    // Splitter, columns and filter choices, to remember between sessions.
    QByteArray saveState() const;
    void restoreState(const QByteArray& state);

Q_SIGNALS:
    void currentOrderChanged(const kontor::Id& orderId);
    void selectedOrdersChanged();

private:
    void buildActions();
    void applyFilter();
    void onCurrentRowChanged(const QModelIndex& current);
    void onSelectionChanged();
    void setCurrent(const Id& orderId);
    void selectQuietly(int row);
    void updateActions();
    void updateCount();
    void showContextMenu(const QPoint& pos);
    void fillMenu(QMenu* menu);
    void showError(const Order& order, const Error& error);
    // The current order, freshly read; nullopt (with the reason shown) when it cannot be.
    std::optional<Order> currentOrder();

    Services m_services;
    Actor m_actor;
    OrderListModel* m_model;
    QTableView* m_view;
    OrderDetailPanel* m_detail;
    QSplitter* m_splitter;
    QLineEdit* m_search;
    QTimer* m_searchDebounce;
    QComboBox* m_status;
    QComboBox* m_channel;
    QComboBox* m_paid;
    QCheckBox* m_overdue;
    QCheckBox* m_fromCheck;
    QDateEdit* m_from;
    QCheckBox* m_toCheck;
    QDateEdit* m_to;
    QLabel* m_count;
    QHBoxLayout* m_actionBar;
    int m_extraActionIndex = 0;
    QAction* m_new;
    QAction* m_open;
    QMap<OrderStatus, QAction*> m_transitions;
    QList<OrderStatus> m_transitionOrder;
    QAction* m_payment;
    QAction* m_bulkShip;
    QAction* m_carriers;
    QAction* m_documents;
    QAction* m_pack;
    QAction* m_newReturn;
    QAction* m_shippingDetails;
    QAction* m_orderFromSupplier;
    QAction* m_dropshipPdf;
    QList<QAction*> m_extraActions;
    Id m_currentId;
    int m_rowBeforeReset = -1;
    bool m_selecting = false;
};

} // namespace kontor
