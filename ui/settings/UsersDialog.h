#pragma once

// UsersDialog: the people who work in this shop (UserService): name, role, email and whether they
// are still active. Support tickets are assigned to them. Add, edit, deactivate and activate again;
// the owner cannot be deactivated (the service refuses, the dialog shows why). Logins and passwords
// come later: until then Kontor on this computer acts as the owner, and the dialog says so.
// Changing users needs ManageUsers; others only look.

#include "Services.h"
#include "security/UserService.h"

#include <QDialog>

class QComboBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace kontor {

class UsersDialog : public QDialog
{
    Q_OBJECT

public:
    enum Column
    {
        NameColumn,
        RoleColumn,
        EmailColumn,
        StateColumn,
        ColumnCount
    };

    UsersDialog(Services services, Actor actor, QWidget* parent = nullptr);

    bool isReadOnly() const { return !m_canEdit; }
    QTableWidget* table() const { return m_table; }
    QLineEdit* nameEdit() const { return m_name; }
    // Items hold the Role as an int.
    QComboBox* roleCombo() const { return m_role; }
    QLineEdit* emailEdit() const { return m_email; }
    QPushButton* newButton() const { return m_new; }
    QPushButton* saveButton() const { return m_save; }
    QPushButton* activeButton() const { return m_toggleActive; }
    QString errorText() const;
    // The users as listed, parallel to the table's rows.
    const QList<User>& users() const { return m_users; }

    // Selects the user's row (the form shows them); false when not listed.
    bool select(const Id& userId);
    // Clears the form for a new user.
    void startNew();
    // Saves the form (a new user or the selected one); false with the reason shown.
    bool save();
    // Deactivates the selected user, or activates them again.
    bool toggleActive();

private:
    void reload(const Id& select = {});
    void showSelected();
    void fillRoles(bool owner);
    void updateButtons();
    void showError(const QString& text);

    Services m_services;
    Actor m_actor;
    bool m_canEdit;
    QList<User> m_users;
    Id m_editing; // null: the form makes a new user
    QTableWidget* m_table;
    QGroupBox* m_formBox;
    QLineEdit* m_name;
    QComboBox* m_role;
    QLabel* m_roleHint;
    QLineEdit* m_email;
    QLabel* m_error;
    QPushButton* m_new;
    QPushButton* m_save;
    QPushButton* m_toggleActive;
};

} // namespace kontor
