#pragma once

// ClaimsPage: the supplier-claims area of the main window. A filter bar (status, supplier,
// unresolved only), the list of claims (deadlines passed without a settlement highlighted) and,
// under it, the selected claim's facts and lines (reason, product, quantity, value, penalty and
// how it was computed). Actions follow the claim's status (PurchaseOrderService::setClaimStatus):
// mark sent, accepted by the supplier, paid (with the amount collected), rejected (with a note).
// Needs ManageSuppliers; core's refusals are shown with their message.

#include "Services.h"
#include "purchasing/Purchasing.h"
#include "security/Actor.h"

#include <QWidget>

class QAction;
class QCheckBox;
class QComboBox;
class QLabel;
class QSplitter;
class QTableView;
class QTableWidget;

namespace kontor {

class ClaimListModel;

class ClaimsPage : public QWidget
{
    Q_OBJECT

public:
    enum LineColumn
    {
        Reason,
        Sku,
        Product,
        Quantity,
        Value,
        Penalty,
        Basis,
        LineColumnCount
    };

    ClaimsPage(Services services, Actor actor, QWidget* parent = nullptr);

    ClaimListModel* model() const { return m_model; }
    QTableView* view() const { return m_view; }
    QTableWidget* lineTable() const { return m_lines; }
    QComboBox* statusFilter() const { return m_status; }
    QComboBox* supplierFilter() const { return m_supplier; }
    QCheckBox* unresolvedCheck() const { return m_unresolved; }
    QAction* sentAction() const { return m_sent; }
    QAction* acceptedAction() const { return m_accepted; }
    QAction* paidAction() const { return m_paid; }
    QAction* rejectedAction() const { return m_rejected; }
    ClaimFilter currentFilter() const;
    QString detailText() const;
    QString statusText() const;
    QString footerText() const;

    // The selected claim, or nullptr; selects a claim once it is in the list.
    const Claim* currentClaim() const;
    void selectClaim(const Id& id);

    // The commands behind the buttons.
    bool markSent();
    bool markAccepted();
    bool markPaid();
    bool markRejected();

private:
    void applyFilter();
    void reloadSuppliers();
    void onLoaded();
    void updateActions();
    void updateDetail();
    void showStatus(const QString& text);
    bool setStatus(ClaimStatus status, qint64 collected, const QString& note);

    Services m_services;
    Actor m_actor;
    ClaimListModel* m_model;
    QTableView* m_view;
    QTableWidget* m_lines;
    QSplitter* m_splitter;
    QComboBox* m_status;
    QComboBox* m_supplier;
    QCheckBox* m_unresolved;
    QLabel* m_emptyLabel;
    QLabel* m_footer;
    QLabel* m_statusLine;
    QLabel* m_title;
    QLabel* m_detail;
    QAction* m_sent;
    QAction* m_accepted;
    QAction* m_paid;
    QAction* m_rejected;
    Id m_keepSelected;
};

} // namespace kontor
