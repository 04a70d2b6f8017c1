#pragma once

// ProductPage: the catalog area of the main window. A filter bar (search, category, archived),
// the lazy product table and the editor beside it. Keeps the editor and the table selection in
// step, asks before unsaved edits are left behind, and follows catalog changes.

#include "LabelDialog.h"
#include "catalog/ProductService.h"

#include <QWidget>

class QAction;
class QCheckBox;
class QLabel;
class QLineEdit;
class QSplitter;
class QTableView;
class QTimer;

namespace kontor {

class CategoryCombo;
class ProductEditor;
class ProductTableModel;

class ProductPage : public QWidget
{
    Q_OBJECT

public:
    static constexpr int SearchDebounceMs = 150;

    ProductPage(ProductService& service, Actor actor, QWidget* parent = nullptr);

    ProductTableModel* model() const { return m_model; }
    ProductEditor* editor() const { return m_editor; }
    QTableView* view() const { return m_view; }
    QSplitter* splitter() const { return m_splitter; }
    // "Print labels…": enabled while products are selected.
    QAction* labelsAction() const { return m_labelsAction; }
    // "Kit and stock settings…" of the product in the editor: shown only to actors who may edit the
    // catalog, and only when something listens to kitRequested.
    QAction* kitAction() const { return m_kitAction; }

    // Shows the product in the editor and selects it in the list, widening the filter if it hides it.
    void showProduct(const Id& id);
    // Starts a new product (after asking about unsaved changes), prefilled from `draft`.
    void newProduct(const Product& draft = {});
    // True when nothing unsaved is left (saved or discarded); false when the user wants to stay.
    bool confirmLeave();
    void focusSearch();
    // The selected products in list order (a page can select many), freshly loaded.
    Result<QList<Product>> selectedProducts() const;
    // Opens the label dialog for the selected products.
    void printLabels();

    // Splitter and column layout and the last label choices, to remember between sessions.
    QByteArray saveState() const;
    void restoreState(const QByteArray& state);

Q_SIGNALS:
    // The user asked for the stock movements of a product (from the table's context menu, offered
    // only when something listens).
    void stockHistoryRequested(const kontor::Id& productId);
    // The user asked for the kit components and stock policy of a product (the toolbar button or
    // the table's context menu; offered only to actors with EditCatalog).
    void kitRequested(const kontor::Id& productId);

protected:
    void connectNotify(const QMetaMethod& signal) override;

private:
    void applyFilter();
    void showRowMenu(const QPoint& pos);
    void onCurrentRowChanged(int row);
    void onModelLoaded();
    void selectRowQuietly(int row);
    void reloadEditorIfClean(const QList<Id>& ids);
    void updateActions();
    void updateCount();
    void openCategories();
    void showColumnMenu(const QPoint& pos);
    void updateStatusColumn();

    ProductService& m_service;
    Actor m_actor;
    ProductTableModel* m_model;
    QTableView* m_view;
    ProductEditor* m_editor;
    QSplitter* m_splitter;
    QLineEdit* m_search;
    QTimer* m_searchDebounce;
    CategoryCombo* m_categoryFilter;
    QCheckBox* m_showArchived;
    QLabel* m_countLabel;
    QAction* m_newAction;
    QAction* m_saveAction;
    QAction* m_labelsAction;
    QAction* m_kitAction;
    LabelSettings m_labelSettings;
    Id m_currentId;           // the stored product in the editor
    Id m_pendingSelect;       // to select once the list has loaded
    bool m_selecting = false; // the page itself moves the selection: do not load or ask
    bool m_switching = false; // the user picked another row and the editor is asked to let go
    bool m_firstLoad = true;
};

} // namespace kontor
