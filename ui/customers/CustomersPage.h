#pragma once

// CustomersPage: the customers area of the main window. A filter bar (text over name, email,
// phone and tax id; people or companies; archived too), the table of customers with their order
// figures, and the actions: a new customer, the customer card (double-click or Enter), archive and
// unarchive. Those who may not manage customers only look: the card opens read-only and the other
// actions are not there.

#include "Services.h"
#include "security/Actor.h"

#include <QWidget>

class QAction;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;
class QTimer;

namespace kontor {

class CustomerListModel;

class CustomersPage : public QWidget
{
    Q_OBJECT

public:
    static constexpr int SearchDebounceMs = 150;

    CustomersPage(Services services, Actor actor, QWidget* parent = nullptr);

    CustomerListModel* model() const { return m_model; }
    QTableView* view() const { return m_view; }
    QLineEdit* searchEdit() const { return m_search; }
    QComboBox* kindFilter() const { return m_kind; }
    QCheckBox* archivedCheck() const { return m_showArchived; }
    QAction* newAction() const { return m_newAction; }
    QAction* openAction() const { return m_openAction; }
    QAction* archiveAction() const { return m_archiveAction; }
    // "12 customers" under the table, and the outcome of the last command beside it.
    QString footerText() const;
    QString statusText() const;

    // The selected customer (null when none); selects a customer once it is in the list.
    Id currentCustomerId() const;
    void selectCustomer(const Id& id);

    // The commands behind the buttons; the dialogs return QDialog's result.
    int newCustomer();
    int openCustomer(const Id& id);
    int openCurrent();
    void toggleArchived();

private:
    void applyFilter();
    void onLoaded();
    void updateActions();

    Services m_services;
    Actor m_actor;
    CustomerListModel* m_model;
    QTableView* m_view;
    QLineEdit* m_search;
    QTimer* m_searchDebounce;
    QComboBox* m_kind;
    QCheckBox* m_showArchived;
    QLabel* m_emptyLabel;
    QLabel* m_footer;
    QLabel* m_status;
    QAction* m_newAction;
    QAction* m_openAction;
    QAction* m_archiveAction;
    Id m_keepSelected; // the selection across a reload of the list
};

} // namespace kontor
