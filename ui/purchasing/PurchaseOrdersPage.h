#pragma once

// PurchaseOrdersPage: the purchase-order area of the main window. A filter bar (PO number or
// supplier, status, supplier, open only, overdue only), the list of POs (overdue ones highlighted)
// and the selected PO's details below it. Above the list: a new PO. Beside the selected PO's
// title, only what its status allows (PurchaseOrderService::allowedTransitions) and the user may
// do: edit the draft, send, confirm (with the date), record a prepayment, receive goods (with
// MoveStock: a warehouse worker receives), close or close short, cancel, back to draft, claim
// lateness from the SLA evaluation (with ManageSuppliers), and print the PO as a PDF to send to
// the supplier. A dropship PO sent or confirmed is marked shipped by the supplier (tracking number
// and date) instead of received. Core's refusals are shown with their message.

#include "Services.h"
#include "purchasing/Purchasing.h"
#include "security/Actor.h"

#include <QWidget>

class QAction;
class QCheckBox;
class QComboBox;
class QHBoxLayout;
class QLabel;
class QLineEdit;
class QSplitter;
class QTableView;
class QTimer;

namespace kontor {

class PurchaseOrderDetailPanel;
class PurchaseOrderListModel;

class PurchaseOrdersPage : public QWidget
{
    Q_OBJECT

public:
    static constexpr int SearchDebounceMs = 200;

    PurchaseOrdersPage(Services services, Actor actor, QWidget* parent = nullptr);

    PurchaseOrderListModel* model() const { return m_model; }
    QTableView* view() const { return m_view; }
    PurchaseOrderDetailPanel* detail() const { return m_detail; }

    // ---- actions (visible only while the PO's status and the user's permissions allow them) ----
    QAction* newAction() const { return m_new; }
    QAction* editAction() const { return m_edit; }
    QAction* sendAction() const { return m_send; }
    QAction* confirmAction() const { return m_confirm; }
    QAction* prepaymentAction() const { return m_prepayment; }
    QAction* receiveAction() const { return m_receive; }
    QAction* closeAction() const { return m_close; }
    QAction* closeShortAction() const { return m_closeShort; }
    QAction* cancelAction() const { return m_cancel; }
    QAction* backToDraftAction() const { return m_backToDraft; }
    QAction* claimLatenessAction() const { return m_claimLateness; }
    QAction* printAction() const { return m_print; }
    QAction* supplierShippedAction() const { return m_supplierShipped; }

    // ---- filter bar ----
    QLineEdit* searchEdit() const { return m_search; }
    QComboBox* statusFilter() const { return m_status; }
    QComboBox* supplierFilter() const { return m_supplier; }
    QCheckBox* openOnlyCheck() const { return m_openOnly; }
    QCheckBox* overdueOnlyCheck() const { return m_overdueOnly; }
    PoFilter currentFilter() const;

    // ---- the selected PO ----
    Id currentPoId() const { return m_currentId; }
    // Shows the PO in the details and selects its row once the list shows it.
    void showPurchaseOrder(const Id& poId);
    QString statusText() const;
    QString countText() const;

    // ---- what the actions do; dialogs return QDialog's result, commands whether they succeeded ----
    int newPurchaseOrder();
    int editDraft();
    bool send();
    bool confirm();
    bool recordPrepayment();
    int receive();
    bool close();
    bool cancel();
    bool backToDraft();
    bool claimLateness();
    // Asks for the tracking number and the day (today by default), then
    // PurchaseOrderService::markSupplierShipped.
    bool markSupplierShipped();
    // Asks where to save when `path` is empty; returns the path written, empty when not written.
    QString printPdf(const QString& path = {});

Q_SIGNALS:
    void currentPoChanged(const kontor::Id& poId);

private:
    void buildActions();
    void applyFilter();
    void reloadSuppliers();
    void onLoaded();
    void setCurrent(const Id& poId);
    void updateActions();
    void showStatus(const QString& text);
    void showError(const QString& title, const Error& error);
    // The current PO, freshly read; nullopt (with the reason shown) when it cannot be.
    std::optional<PurchaseOrder> currentPo();

    Services m_services;
    Actor m_actor;
    PurchaseOrderListModel* m_model;
    QTableView* m_view;
    PurchaseOrderDetailPanel* m_detail;
    QSplitter* m_splitter;
    QLineEdit* m_search;
    QTimer* m_searchDebounce;
    QComboBox* m_status;
    QComboBox* m_supplier;
    QCheckBox* m_openOnly;
    QCheckBox* m_overdueOnly;
    QLabel* m_count;
    QLabel* m_emptyLabel;
    QLabel* m_statusLine;
    QHBoxLayout* m_actionBar;
    QAction* m_new;
    QAction* m_edit;
    QAction* m_send;
    QAction* m_confirm;
    QAction* m_prepayment;
    QAction* m_receive;
    QAction* m_close;
    QAction* m_closeShort;
    QAction* m_cancel;
    QAction* m_backToDraft;
    QAction* m_claimLateness;
    QAction* m_print;
    QAction* m_supplierShipped;
    Id m_currentId;
    Id m_keepSelected; // selected once the list has it
    bool m_selecting = false;
};

} // namespace kontor
