#pragma once

// SalesRatesDialog: the return and buyout figures of DOMAIN.md for a period of shipment — return
// rate per product (and per reason), buyout rate per product, channel and customer — read from
// ReturnService::returnRates and OrderService::buyoutRates.

#include "Services.h"
#include "security/Actor.h"

#include <QDialog>

class QComboBox;
class QTableWidget;

namespace kontor {

class SalesRatesDialog : public QDialog
{
    Q_OBJECT

public:
    SalesRatesDialog(Services services, Actor actor, QWidget* parent = nullptr);

    QComboBox* periodCombo() const { return m_period; }
    QComboBox* viewCombo() const { return m_view; }
    QTableWidget* table() const { return m_table; }
    // Reads the figures for the chosen period and view.
    void refresh();

private:
    Services m_services;
    Actor m_actor;
    QComboBox* m_period;
    QComboBox* m_view;
    QTableWidget* m_table;
};

} // namespace kontor
