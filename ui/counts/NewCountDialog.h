#pragma once

// NewCountDialog: starts a count session. What to count (a whole warehouse, one location, a
// category, the cycle-count list from ABC classes and last counts, or chosen products), blind or
// not, and who counts. Shows as you choose how many items the session will list.

#include "security/Actor.h"
#include "stock/CountSession.h"

#include <QDialog>
#include <QFutureWatcher>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QListWidget;
class QSpinBox;
class QTimer;

namespace kontor {

class CategoryCombo;
class CountService;
class ProductSearchField;
class ProductService;
class StockService;

class NewCountDialog : public QDialog
{
    Q_OBJECT

public:
    NewCountDialog(CountService& counts, StockService& stock, ProductService& products, Actor actor,
                   QWidget* parent = nullptr);
    ~NewCountDialog() override;

    CountSessionDraft draft() const;
    void setScope(CountScope scope);
    void setLocation(const Id& locationId);
    void setCategory(const Id& categoryId);
    void addProduct(const Id& productId, const QString& text);
    void setBlind(bool blind);
    void setCounters(const QString& commaSeparated);
    // Computes the preview now instead of after the pause (for tests); returns its item count.
    int previewNow();
    QString previewText() const;

private:
    struct Preview
    {
        Result<QList<CountItem>> items;
        quint64 generation = 0;
    };

    void updateFields();
    void reloadLocations();
    void schedulePreview();
    void startPreview();
    void applyPreview(const Preview& preview);

    CountService& m_counts;
    StockService& m_stock;
    ProductService& m_products;
    Actor m_actor;
    QFormLayout* m_form;
    QLineEdit* m_name;
    QComboBox* m_scope;
    QComboBox* m_warehouse;
    QComboBox* m_location;
    CategoryCombo* m_category;
    QWidget* m_cycleBox;
    QSpinBox* m_aDays;
    QSpinBox* m_bDays;
    QSpinBox* m_cDays;
    QSpinBox* m_maxItems;
    QWidget* m_listBox;
    ProductSearchField* m_productPicker;
    QListWidget* m_productList;
    QCheckBox* m_blind;
    QLineEdit* m_counters;
    QLabel* m_preview;
    QDialogButtonBox* m_buttons;
    QTimer* m_previewTimer;
    QFutureWatcher<Preview> m_watcher;
    quint64 m_generation = 0;
    int m_previewCount = -1;
};

} // namespace kontor
