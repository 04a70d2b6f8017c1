#pragma once

// PurchasingWarningsDialog: what needs attention in purchasing (SupplierPerformance::warnings),
// in three lists: purchase orders overdue now (number, supplier, due date, days overdue),
// contracts expiring or expired (supplier, number, valid to, days left), and suppliers missing
// their SLA targets this month (which targets, by how much). Double-clicking a supplier in the
// last list asks the page to show its scorecard.

#include "purchasing/SupplierPerformance.h"

#include <QDate>
#include <QDialog>

class QTableWidget;

namespace kontor {

class PurchasingWarningsDialog : public QDialog
{
    Q_OBJECT

public:
    PurchasingWarningsDialog(const PurchasingWarnings& warnings, QDate today, QWidget* parent = nullptr);

    QTableWidget* overdueTable() const { return m_overdue; }
    QTableWidget* contractsTable() const { return m_contracts; }
    QTableWidget* breachTable() const { return m_breaches; }
    // "5 warnings"
    static QString countText(int count);

Q_SIGNALS:
    void supplierActivated(const kontor::Id& supplierId);

private:
    QTableWidget* m_overdue;
    QTableWidget* m_contracts;
    QTableWidget* m_breaches;
};

} // namespace kontor
