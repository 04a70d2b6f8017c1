#pragma once

// SupplierCard: the detail panel of the suppliers page for the selected supplier: its details and
// contact people, how the shop works with it, its contracts (number, validity, status; those
// ending within their renewal notice are highlighted) and the products it is the preferred
// supplier of. Double-clicking a contract asks the page to open it.

#include "Services.h"
#include "purchasing/SupplierService.h"

#include <QWidget>

class QLabel;
class QTextBrowser;
class QTableWidget;

namespace kontor {

class SupplierCard : public QWidget
{
    Q_OBJECT

public:
    enum ContractColumn
    {
        ContractNumber,
        ContractValidity,
        ContractStatus,
        ContractColumnCount
    };
    enum ProductColumn
    {
        ProductSku,
        ProductName,
        ProductDropship,
        ProductColumnCount
    };
    static constexpr int ProductsShown = 200;

    SupplierCard(Services services, Actor actor, QWidget* parent = nullptr);

    // Shows the supplier (a null id: nothing selected); reloads it when it is shown already.
    void showSupplier(const Id& supplierId);
    Id supplierId() const { return m_supplierId; }
    const QList<Contract>& contracts() const { return m_contracts; }
    // The contract selected in the card's table, else null.
    Id currentContractId() const;
    // Whether the row's contract is marked as ending soon or ended.
    bool isContractHighlighted(int row) const;
    QTableWidget* contractTable() const { return m_contractTable; }
    QTableWidget* productTable() const { return m_productTable; }
    QString titleText() const;
    QString detailsText() const;

Q_SIGNALS:
    void contractActivated(const kontor::Id& contractId);
    void currentContractChanged();

private:
    void load();
    void setDetails(const Supplier& s);

    Services m_services;
    Actor m_actor;
    Id m_supplierId;
    QList<Contract> m_contracts;
    QList<Id> m_highlighted;
    QLabel* m_title;
    QLabel* m_subtitle;
    QTextBrowser* m_details;
    QLabel* m_placeholder;
    QWidget* m_body;
    QLabel* m_contractsTitle;
    QTableWidget* m_contractTable;
    QLabel* m_productsTitle;
    QTableWidget* m_productTable;
};

} // namespace kontor
