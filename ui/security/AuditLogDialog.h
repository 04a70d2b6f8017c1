#pragma once

// AuditLogDialog: who changed what and when (File > Audit log…), for the owner or anyone granted
// ViewAuditLog. Words search the action, the object and the values; the user, the kind of object
// and the period narrow it down. The selected entry's values before and after are listed field by
// field, changed ones first. Read-only: the log itself cannot be changed.

#include "Services.h"
#include "security/Actor.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;
class QTableWidget;
class QTimer;

namespace kontor {

class AuditLogModel;

class AuditLogDialog : public QDialog
{
    Q_OBJECT

public:
    enum Period
    {
        AnyTime,
        Today,
        Last7Days,
        Last30Days,
        Last365Days
    };
    enum ChangeColumn
    {
        FieldColumn,
        BeforeColumn,
        AfterColumn
    };

    AuditLogDialog(Services services, Actor actor, QWidget* parent = nullptr);

    QLineEdit* searchEdit() const { return m_search; }
    QComboBox* userCombo() const { return m_user; }
    QComboBox* entityCombo() const { return m_entity; }
    QComboBox* periodCombo() const { return m_period; }
    QTableView* table() const { return m_table; }
    QTableWidget* changesTable() const { return m_changes; }
    AuditLogModel* model() const { return m_model; }
    // Applies the filters now (otherwise shortly after typing stops).
    void search();

private:
    void showEntry();

    Services m_services;
    Actor m_actor;
    AuditLogModel* m_model;
    QLineEdit* m_search;
    QComboBox* m_user;
    QComboBox* m_entity;
    QComboBox* m_period;
    QTableView* m_table;
    QLabel* m_status;
    QTableWidget* m_changes;
    QTimer* m_typing;
};

} // namespace kontor
