#pragma once

// CbrRatesDialog: downloads the Bank of Russia's official rates for a day and saves the ones the
// user ticks as exchange rates from that day (the currencies already in use and USD, EUR and CNY
// are ticked at first). The download runs in the background and can be cancelled; nothing is saved
// until the user says so.

#include "Services.h"
#include "catalog/CbrRates.h"
#include "security/Actor.h"

#include <QDialog>

class QDateEdit;
class QLabel;
class QPushButton;
class QTableWidget;

namespace kontor {

class CbrRatesDialog : public QDialog
{
    Q_OBJECT

public:
    enum Column
    {
        Currency,
        Rate,
        ColumnCount
    };

    CbrRatesDialog(Services services, Actor actor, QDate day, QWidget* parent = nullptr);

    void setBaseUrl(const QUrl& url) { m_client->setBaseUrl(url); }
    QDateEdit* dateEdit() const { return m_date; }
    QPushButton* downloadButton() const { return m_download; }
    QPushButton* saveButton() const { return m_save; }
    QTableWidget* table() const { return m_table; }
    QString statusText() const;
    // Saves the ticked rates; false with the reason shown.
    bool save();

Q_SIGNALS:
    void downloaded();

private:
    void download();
    void showResult();

    Services m_services;
    Actor m_actor;
    CbrRatesClient* m_client;
    QDateEdit* m_date;
    QPushButton* m_download;
    QLabel* m_status;
    QTableWidget* m_table;
    QPushButton* m_save;
    QList<ExchangeRate> m_rates;
    bool m_busy = false;
};

} // namespace kontor
