#pragma once

// WorkingCalendarDialog: the shop's working calendar (CalendarService). The working week, the
// working hours and the time zone they are in, saved together with one button; and the exceptions
// of a year (public holidays, and weekend days worked because of a transfer), added or removed at
// once. Contracts count lead time in its working days; support SLAs count business hours on it.
// Changing it needs ManageSettings; others only look.

#include "Services.h"
#include "settings/CalendarService.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTableWidget;
class QTimeEdit;

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

    // The working week: 1 = Monday .. 7 = Sunday.
    QCheckBox* weekdayCheck(int dayOfWeek) const { return m_weekdays.value(dayOfWeek - 1); }
    QTimeEdit* startEdit() const { return m_start; }
    // 00:00 here means the end of the day (24:00).
    QTimeEdit* endEdit() const { return m_end; }
    QCheckBox* roundTheClockCheck() const { return m_roundTheClock; }
    // Items hold the IANA id as their data.
    QComboBox* timeZoneCombo() const { return m_timeZone; }
    QPushButton* saveHoursButton() const { return m_saveHours; }
    // The working week, hours and time zone as the form shows them.
    WorkingHours formHours() const;

    // The commands behind the buttons.
    bool addDay(const CalendarDay& day);
    bool removeSelected();
    bool saveWorkingHours();

private:
    void load();
    void loadHours();
    void updateHoursState();

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
    WorkingHours m_savedHours;
    QList<QCheckBox*> m_weekdays;
    QTimeEdit* m_start;
    QTimeEdit* m_end;
    QCheckBox* m_roundTheClock;
    QComboBox* m_timeZone;
    QPushButton* m_saveHours;
    QLabel* m_hoursNote;
    QLabel* m_zoneOffset;
};

} // namespace kontor
