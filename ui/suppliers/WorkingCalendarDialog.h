#pragma once

// WorkingCalendarDialog: the shop's working-day calendar for a year. The working week is Monday to
// Friday; the dialog lists the exceptions (public holidays, and weekend days worked because of a
// transfer) and adds or removes them at once through SupplierService. Contracts that count lead
// time in business days use it. Changing it needs ManageSettings; others only look.

#include "Services.h"
#include "settings/CalendarService.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace kontor {

class WorkingCalendarDialog : public QDialog
{
    Q_OBJECT

public:
    enum Column
    {
        DateColumn,
        WeekdayColumn,
        KindColumn,
        NameColumn,
        ColumnCount
    };

    WorkingCalendarDialog(Services services, Actor actor, QWidget* parent = nullptr);

    bool isReadOnly() const { return !m_canEdit; }
    int year() const;
    void setYear(int year);
    QTableWidget* table() const { return m_table; }
    QDateEdit* dateEdit() const { return m_date; }
    QComboBox* kindCombo() const { return m_kind; }
    QLineEdit* nameEdit() const { return m_name; }
    QPushButton* addButton() const { return m_add; }
    QPushButton* removeButton() const { return m_remove; }
    QString summaryText() const;
    QString errorText() const;

    // The commands behind the buttons.
    bool addDay(const CalendarDay& day);
    bool removeSelected();

private:
    void load();

    Services m_services;
    Actor m_actor;
    bool m_canEdit;
    QList<CalendarDay> m_days;
    QSpinBox* m_year;
    QTableWidget* m_table;
    QDateEdit* m_date;
    QComboBox* m_kind;
    QLineEdit* m_name;
    QPushButton* m_add;
    QPushButton* m_remove;
    QLabel* m_addLabel;
    QLabel* m_summary;
    QLabel* m_error;
};

} // namespace kontor
