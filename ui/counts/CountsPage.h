#pragma once

// CountsPage: the inventory counts area of the main window. The list of count sessions with their
// status and progress; starts a new count, opens the counting screen, the review (and posting),
// prints the count sheet and cancels a count. Owns the CountService it works through.

#include "common/Id.h"
#include "security/Actor.h"

#include <QWidget>

class QAction;
class QCheckBox;
class QLabel;
class QTableView;

namespace kontor {

class CountService;
class CountSessionTableModel;
class ProductService;
class StockService;
struct CountSession;

class CountsPage : public QWidget
{
    Q_OBJECT

public:
    CountsPage(ProductService& products, StockService& stock, Actor actor, QWidget* parent = nullptr);

    CountService& counts() { return *m_counts; }
    CountSessionTableModel* model() const { return m_model; }
    QTableView* view() const { return m_view; }
    QString statusText() const;

    // The selected session, or nullptr.
    const CountSession* currentSession() const;
    void selectSession(const Id& id);

    // The commands behind the buttons.
    void newCount();
    void openCounting();
    void openReview();
    void printCountSheet();
    // Writes the selected session's count sheet to `path` (the file dialog's choice); true on success.
    bool printCountSheet(const QString& path);
    void cancelCount();

private:
    void updateActions();
    void showStatus(const QString& text);

    ProductService& m_products;
    StockService& m_stock;
    Actor m_actor;
    CountService* m_counts;
    CountSessionTableModel* m_model;
    QTableView* m_view;
    QCheckBox* m_showFinished;
    QLabel* m_emptyLabel;
    QLabel* m_status;
    QAction* m_newAction;
    QAction* m_countAction;
    QAction* m_reviewAction;
    QAction* m_printAction;
    QAction* m_cancelAction;
    Id m_keepSelected; // the selection across a reload of the list
};

} // namespace kontor
