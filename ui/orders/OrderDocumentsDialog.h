#pragma once

// OrderDocumentsDialog: choose a document (picking list, packing slip, waybill, invoice) for the
// selected orders and save it as PDF or print it (OrderPrinting does the work).

#include "Services.h"
#include "security/Actor.h"

#include <QDialog>

class QComboBox;
class QLabel;

namespace kontor {

class OrderDocumentsDialog : public QDialog
{
    Q_OBJECT

public:
    OrderDocumentsDialog(Services services, Actor actor, QList<Id> orderIds, QWidget* parent = nullptr);

    QComboBox* kindCombo() const { return m_kind; }
    // What the buttons do; return whether a document was saved or printed.
    bool savePdf();
    bool print();

private:
    Services m_services;
    Actor m_actor;
    QList<Id> m_orderIds;
    QComboBox* m_kind;
};

} // namespace kontor
