#pragma once

// VatChangesDialog: the dates the VAT rates changed (20 % became 22 % from 1 January). Products
// carry today's rate; an order dated before a change is taxed at the rate before it, so the
// history lets old orders be re-priced and re-printed as they were. Adding a change needs the
// ManageSettings permission; read-only otherwise.

#include "Services.h"
#include "catalog/PriceService.h"

#include <QDialog>

class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace kontor {

class VatChangesDialog : public QDialog
{
    Q_OBJECT

public:
    enum Column
    {
        OldRate,
        NewRate,
        EffectiveFrom,
        ColumnCount
    };

    VatChangesDialog(Services services, Actor actor, QWidget* parent = nullptr);

    bool isReadOnly() const { return !m_canEdit; }
    QTableWidget* table() const { return m_table; }
    QLineEdit* oldRateEdit() const { return m_oldRate; }
    QLineEdit* newRateEdit() const { return m_newRate; }
    QDateEdit* dateEdit() const { return m_date; }
    QPushButton* addButton() const { return m_add; }
    QString errorText() const;

    // Adds the change the form holds; false with the reason shown.
    bool addChange();

private:
    void reload();

    Services m_services;
    Actor m_actor;
    bool m_canEdit;
    QTableWidget* m_table;
    QLineEdit* m_oldRate;
    QLineEdit* m_newRate;
    QDateEdit* m_date;
    QLabel* m_error;
    QPushButton* m_add;
};

} // namespace kontor
