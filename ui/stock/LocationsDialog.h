#pragma once

// LocationsDialog: the warehouses and their locations as a tree (kind, code, priority, archived).
// Creates warehouses and locations, edits a location's name, code and priority, and archives or
// restores locations (the service refuses while a location holds stock; the message is shown).

#include "Services.h"
#include "security/Actor.h"

#include <QDialog>

class QCheckBox;
class QPushButton;
class QTreeWidget;

namespace kontor {

class LocationsDialog : public QDialog
{
    Q_OBJECT

public:
    LocationsDialog(Services services, Actor actor, QWidget* parent = nullptr);

    QTreeWidget* tree() const { return m_tree; }
    // Selects the row of a warehouse or location; false when it is not shown.
    bool select(const Id& id);
    // The actions behind the buttons (each opens its dialog or asks first).
    void newWarehouse();
    void addLocation();
    void editLocation();
    void toggleArchived();

private:
    void reload();
    void updateButtons();
    Id currentId() const;
    bool currentIsWarehouse() const;

    Services m_services;
    Actor m_actor;
    QTreeWidget* m_tree;
    QCheckBox* m_showArchived;
    QPushButton* m_newWarehouse;
    QPushButton* m_addLocation;
    QPushButton* m_edit;
    QPushButton* m_archive;
};

} // namespace kontor
