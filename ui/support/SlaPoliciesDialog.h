#pragma once

// SlaPoliciesDialog: the shop's SLA policies (SupportService) and the reopen period. The list shows
// every policy in the order they are tried, with what it applies to and its targets; the form below
// edits one: name, criteria (priority, channel, customer tag; each may be "any"), the three targets
// in hours and minutes (each optional), business hours or round the clock, whether waiting also
// pauses the first response, the amber share, and escalation (never, when due soon, when overdue;
// raise the priority, reassign). A ticket gets the most specific active policy that matches it, then
// the one higher in the list; the order changes with Move up / Move down or the position number.
// Changing policies and the reopen period needs ManageSettings; others see them read-only.

#include "Services.h"
#include "security/Actor.h"
#include "support/Support.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;
class QSpinBox;
class QTableWidget;

namespace kontor {

class SlaPoliciesDialog : public QDialog
{
    Q_OBJECT

public:
    enum Column
    {
        PositionColumn,
        NameColumn,
        CriteriaColumn,
        FirstResponseColumn,
        NextResponseColumn,
        ResolutionColumn,
        ClockColumn,
        ColumnCount
    };

    SlaPoliciesDialog(Services services, Actor actor, QWidget* parent = nullptr);

    bool isReadOnly() const { return !m_canEdit; }
    QTableWidget* table() const { return m_table; }
    // The policies as listed (by position), parallel to the table's rows.
    const QList<SlaPolicy>& policies() const { return m_policies; }

    QLineEdit* nameEdit() const { return m_name; }
    QSpinBox* positionSpin() const { return m_position; }
    // Criteria: the first item of each is "any" (data -1), then the values as ints.
    QComboBox* priorityCombo() const { return m_priority; }
    QComboBox* channelCombo() const { return m_channel; }
    QLineEdit* customerTagEdit() const { return m_customerTag; }
    QCheckBox* targetCheck(SlaTarget target) const { return m_targets[int(target)].check; }
    QSpinBox* hoursSpin(SlaTarget target) const { return m_targets[int(target)].hours; }
    QSpinBox* minutesSpin(SlaTarget target) const { return m_targets[int(target)].minutes; }
    QRadioButton* businessHoursRadio() const { return m_businessHours; }
    QRadioButton* roundTheClockRadio() const { return m_roundTheClock; }
    QCheckBox* pauseFirstResponseCheck() const { return m_pauseFirst; }
    QSpinBox* warnShareSpin() const { return m_warnShare; }
    // Items hold SlaPolicy::Escalate as an int.
    QComboBox* escalateCombo() const { return m_escalate; }
    QCheckBox* raisePriorityCheck() const { return m_raisePriority; }
    // Items hold the user's Id; the first (empty) keeps the assignee.
    QComboBox* escalateToCombo() const { return m_escalateTo; }
    QCheckBox* activeCheck() const { return m_active; }
    QPushButton* newButton() const { return m_new; }
    QPushButton* saveButton() const { return m_save; }
    QPushButton* moveUpButton() const { return m_moveUp; }
    QPushButton* moveDownButton() const { return m_moveDown; }
    QSpinBox* reopenDaysSpin() const { return m_reopenDays; }
    QPushButton* saveReopenButton() const { return m_saveReopen; }
    QString errorText() const;

    // The policy as the form shows it (the selected one with the form's values, or a new one).
    SlaPolicy formPolicy() const;
    // Selects the policy's row (the form shows it); false when it is not listed.
    bool select(const Id& policyId);
    // Clears the form for a new policy, placed last.
    void startNew();
    // Saves the form; false with the reason shown.
    bool save();
    // Moves the selected policy one place up (-1) or down (+1) in the order and numbers every
    // policy 10, 20, 30, ...; false when it cannot move.
    bool move(int delta);
    bool saveReopenDays();

    // "8 h", "1 h 30 min", "45 min"; "—" without a target.
    static QString durationText(std::optional<int> minutes);
    // "Priority: Urgent · Channel: Phone", "Any ticket".
    static QString criteriaText(const SlaPolicy& policy);

private:
    struct TargetRow
    {
        QCheckBox* check = nullptr;
        QSpinBox* hours = nullptr;
        QSpinBox* minutes = nullptr;
    };

    void reload(const Id& select = {});
    void loadUsers(const Id& keep);
    void showSelected();
    void showPolicy(const SlaPolicy& policy);
    void updateState();
    void showError(const QString& text);

    Services m_services;
    Actor m_actor;
    bool m_canEdit;
    QList<SlaPolicy> m_policies;
    Id m_editing; // null: the form makes a new policy
    QTableWidget* m_table;
    QGroupBox* m_formBox;
    QLineEdit* m_name;
    QSpinBox* m_position;
    QComboBox* m_priority;
    QComboBox* m_channel;
    QLineEdit* m_customerTag;
    TargetRow m_targets[3];
    QRadioButton* m_businessHours;
    QRadioButton* m_roundTheClock;
    QCheckBox* m_pauseFirst;
    QSpinBox* m_warnShare;
    QComboBox* m_escalate;
    QCheckBox* m_raisePriority;
    QComboBox* m_escalateTo;
    QCheckBox* m_active;
    QPushButton* m_new;
    QPushButton* m_save;
    QPushButton* m_moveUp;
    QPushButton* m_moveDown;
    QSpinBox* m_reopenDays;
    QPushButton* m_saveReopen;
    int m_savedReopenDays = 0;
    QLabel* m_error;
};

} // namespace kontor
