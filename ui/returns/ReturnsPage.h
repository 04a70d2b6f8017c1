#pragma once

// ReturnsPage: the returns (RMA) area of the main window. A filter bar (status, period), the list
// of returns and, under it, the selected return's lines. Actions: a new return against a shipped
// order, receive the goods (stock moves by each line's decision), close the return (a refund,
// which needs the Refund permission, or an exchange, which opens a draft order), and cancel an
// open return. Buttons follow the user's permissions and the selected return's status; the
// services' refusals are shown in a message box.

#include "Services.h"
#include "orders/Order.h"
#include "security/Actor.h"

#include <QDate>
#include <QWidget>

#include <optional>

class QAction;
class QComboBox;
class QDateEdit;
class QLabel;
class QSplitter;
class QTableView;

namespace kontor {

class ReturnLineModel;
class ReturnListModel;

class ReturnsPage : public QWidget
{
    Q_OBJECT

public:
    enum class Period
    {
        Any,
        Last7Days,
        Last30Days,
        Last90Days,
        ThisYear,
        Between
    };

    ReturnsPage(Services services, Actor actor, QWidget* parent = nullptr);

    ReturnListModel* model() const { return m_model; }
    ReturnLineModel* lineModel() const { return m_lines; }
    QTableView* view() const { return m_view; }
    QTableView* lineView() const { return m_lineView; }
    QAction* newAction() const { return m_newAction; }
    QAction* receiveAction() const { return m_receiveAction; }
    QAction* closeAction() const { return m_closeAction; }
    QAction* cancelAction() const { return m_cancelAction; }
    QComboBox* statusFilter() const { return m_status; }
    QComboBox* periodFilter() const { return m_period; }
    void setPeriod(Period period, QDate from = {}, QDate to = {});
    QString footerText() const;
    QString statusText() const;
    QString detailText() const;

    // The selected return, or nullptr; selects a return once it is in the list.
    const Return* currentReturn() const;
    void selectReturn(const Id& id);

    // The commands behind the buttons. A new return for a given order is what the orders page
    // asks for; without one the user finds the order by number. Returns the opened return.
    std::optional<Return> newReturn(const Id& orderId = {});
    bool receiveCurrent();
    bool closeCurrent();
    bool cancelCurrent();

private:
    void applyFilter();
    void onLoaded();
    void updateActions();
    void updateDetail();
    void showStatus(const QString& text);
    // Whether this actor may close this return (its resolution decides the permission).
    bool mayClose(const Return& r) const;

    Services m_services;
    Actor m_actor;
    ReturnListModel* m_model;
    ReturnLineModel* m_lines;
    QTableView* m_view;
    QTableView* m_lineView;
    QSplitter* m_splitter;
    QComboBox* m_status;
    QComboBox* m_period;
    QDateEdit* m_from;
    QDateEdit* m_to;
    QLabel* m_emptyLabel;
    QLabel* m_footer;
    QLabel* m_statusLine;
    QLabel* m_detail;
    QAction* m_newAction;
    QAction* m_receiveAction;
    QAction* m_closeAction;
    QAction* m_cancelAction;
    Id m_keepSelected; // the selection across a reload of the list
};

} // namespace kontor
