#pragma once

// PriceListsDialog: the B2B price lists. On the left the lists (new, archived ones greyed), on the
// right the selected list's name and its volume tiers: a product (typed as a SKU or picked by a
// search for its SKU or name), the minimum quantity from which the tier applies and the price in
// the shop currency. Save hands the whole list to PriceService::savePriceList and shows its
// refusal. Read-only for those who may not edit prices.

#include "Services.h"
#include "catalog/PriceService.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTableWidget;

namespace kontor {

class ProductSearchField;

class PriceListsDialog : public QDialog
{
    Q_OBJECT

public:
    enum TierColumn
    {
        TierProduct,
        TierMinQuantity,
        TierPrice,
        TierColumnCount
    };

    PriceListsDialog(Services services, Actor actor, QWidget* parent = nullptr);

    bool isReadOnly() const { return !m_canEdit; }
    QListWidget* listWidget() const { return m_lists; }
    QLineEdit* nameEdit() const { return m_name; }
    QTableWidget* tiersTable() const { return m_tiers; }
    ProductSearchField* productField() const { return m_productField; }
    QPushButton* saveButton() const { return m_save; }
    QPushButton* archiveButton() const { return m_archive; }
    QString errorText() const;
    // The list shown on the right (null for a new one not saved yet).
    Id currentListId() const { return m_current.id; }

    // Shows the list; false when it is not listed.
    bool select(const Id& listId);
    // Clears the right side for a new list.
    void startNew();
    // Appends a tier row: the product as typed (a SKU, or resolved later by a search), the minimum
    // quantity and the price as the user would type them.
    void addTier(const QString& product, const QString& minQuantity, const QString& price);
    void removeCurrentTier();
    // Reads the tiers, saves the list; false with the reason shown.
    bool save();
    // Archives the shown list, or restores it when archived (saved at once).
    bool toggleArchived();

private:
    void reload(const Id& select = {});
    void showList(const PriceList& list);
    void onListChanged();
    void addTierRow(const Id& productId, const QString& productText, const QString& minQuantity,
                    const QString& price);
    // The product a typed cell stands for: its stored id, an exact SKU, or a single search match.
    Result<Id> resolveProduct(int row);
    std::optional<PriceList> listFromFields();
    void updateButtons();

    Services m_services;
    Actor m_actor;
    QString m_currency;
    bool m_canEdit;
    QList<PriceList> m_all; // parallel to the list widget's rows
    PriceList m_current;
    QListWidget* m_lists;
    QLineEdit* m_name;
    QTableWidget* m_tiers;
    ProductSearchField* m_productField;
    QLabel* m_error;
    QPushButton* m_new;
    QPushButton* m_archive;
    QPushButton* m_removeTier;
    QPushButton* m_save;
};

} // namespace kontor
