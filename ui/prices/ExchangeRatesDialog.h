#pragma once

// ExchangeRatesDialog: the exchange rates orders in another currency are priced at: per currency,
// the rate from a date on (the latest rate on or before an order's date applies). A rate is typed
// as the shop-currency amount one unit of the currency costs ("92,50"), with up to four decimals.
// Adding a rate for a currency and date that already has one replaces it. Read-only for those
// who may not edit prices.

#include "Services.h"
#include "catalog/PriceService.h"

#include <QDialog>

class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace kontor {

class ExchangeRatesDialog : public QDialog
{
    Q_OBJECT

public:
    enum Column
    {
        Currency,
        ValidFrom,
        Rate,
        ColumnCount
    };

    ExchangeRatesDialog(Services services, Actor actor, QWidget* parent = nullptr);

    bool isReadOnly() const { return !m_canEdit; }
    QTableWidget* table() const { return m_table; }
    QLineEdit* currencyEdit() const { return m_currencyEdit; }
    QDateEdit* dateEdit() const { return m_date; }
    QLineEdit* rateEdit() const { return m_rate; }
    QPushButton* addButton() const { return m_add; }
    QString errorText() const;

    // Adds (or replaces) the rate the form holds; false with the reason shown.
    bool addRate();

private:
    void reload();

    Services m_services;
    Actor m_actor;
    QString m_currency; // the shop's
    bool m_canEdit;
    QTableWidget* m_table;
    QLineEdit* m_currencyEdit;
    QDateEdit* m_date;
    QLineEdit* m_rate;
    QLabel* m_error;
    QPushButton* m_add;
};

} // namespace kontor
