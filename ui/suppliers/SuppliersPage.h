#pragma once

// SuppliersPage: the suppliers area of the main window. A filter bar (text over name, legal name,
// INN, email and phone; archived too), the table of suppliers with the contract valid today and
// their open purchase orders, and beside it the selected supplier's card (details, contacts,
// contracts, products). A line above the table names the contracts ending soon. Actions: a new
// supplier, edit, archive or unarchive, a new contract, open a contract, and the working-day
// calendar. Those who may not manage suppliers only look.

#include "Services.h"
#include "security/Actor.h"

#include <QWidget>

class QAction;
class QCheckBox;
class QLabel;
class QLineEdit;
class QSplitter;
class QTableView;
class QTimer;

namespace kontor {

class SupplierCard;
class SupplierListModel;

class SuppliersPage : public QWidget
{
    Q_OBJECT

public:
    static constexpr int SearchDebounceMs = 150;

    SuppliersPage(Services services, Actor actor, QWidget* parent = nullptr);

    SupplierListModel* model() const { return m_model; }
    QTableView* view() const { return m_view; }
    SupplierCard* card() const { return m_card; }
    QLineEdit* searchEdit() const { return m_search; }
    QCheckBox* archivedCheck() const { return m_showArchived; }
    QAction* newAction() const { return m_newAction; }
    QAction* editAction() const { return m_editAction; }
    QAction* archiveAction() const { return m_archiveAction; }
    QAction* newContractAction() const { return m_newContractAction; }
    QAction* openContractAction() const { return m_openContractAction; }
    QAction* calendarAction() const { return m_calendarAction; }
    QString footerText() const;
    QString statusText() const;
    QString remindersText() const;

    Id currentSupplierId() const;
    void selectSupplier(const Id& id);

    // The commands behind the buttons; the dialogs return QDialog's result.
    int newSupplier();
    int editCurrent();
    void toggleArchived();
    int newContract();
    // The contract selected in the card, else the one valid today, else the newest.
    int openCurrentContract();
    int openContract(const Id& contractId);
    int showCalendar();

private:
    void applyFilter();
    void onLoaded();
    void updateActions();
    void updateReminders();

    Services m_services;
    Actor m_actor;
    SupplierListModel* m_model;
    QTableView* m_view;
    SupplierCard* m_card;
    QSplitter* m_splitter;
    QLineEdit* m_search;
    QTimer* m_searchDebounce;
    QCheckBox* m_showArchived;
    QLabel* m_reminders;
    QLabel* m_emptyLabel;
    QLabel* m_footer;
    QLabel* m_status;
    QAction* m_newAction;
    QAction* m_editAction;
    QAction* m_archiveAction;
    QAction* m_newContractAction;
    QAction* m_openContractAction;
    QAction* m_calendarAction;
    Id m_keepSelected; // the selection across a reload of the list
};

} // namespace kontor
