#pragma once

// CarriersDialog: the shop's carriers (Russian Post, CDEK, ...), each with the link of its tracking
// page where "{tracking}" stands for the number. Add, rename, change the link, archive (an archived
// carrier is no longer offered when shipping, and old orders keep it) and restore. The service's
// refusals (a name taken, a link without {tracking}) are shown in the dialog.

#include "orders/OrderService.h"

#include <QDialog>

class QCheckBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace kontor {

class CarriersDialog : public QDialog
{
    Q_OBJECT

public:
    enum Column
    {
        Name,
        OnTime, // share delivered by the promised date, last OnTimeDays days
        TrackingUrl,
        State,
        ColumnCount
    };

    static constexpr int OnTimeDays = 90;

    CarriersDialog(OrderService& orders, Actor actor, QWidget* parent = nullptr);

    QTableWidget* table() const { return m_table; }
    QLineEdit* nameEdit() const { return m_name; }
    QLineEdit* urlEdit() const { return m_url; }
    QPushButton* saveButton() const { return m_save; }
    QPushButton* archiveButton() const { return m_archive; }
    QCheckBox* showArchivedCheck() const { return m_showArchived; }
    QString errorText() const;

    // Selects the carrier's row (the form shows it); false when it is not listed.
    bool select(const Id& carrierId);
    // Clears the form for a new carrier.
    void startNew();
    // Saves the form (a new carrier or the selected one); false with the reason shown.
    bool save();
    // Archives the selected carrier, or restores it when it is archived.
    bool toggleArchived();

private:
    void reload(const Id& select = {});
    void showSelected();
    void showError(const QString& text);
    void updateButtons();

    OrderService& m_orders;
    Actor m_actor;
    QList<Carrier> m_carriers; // parallel to the table's rows
    Id m_editing;              // null: the form makes a new carrier
    QTableWidget* m_table;
    QCheckBox* m_showArchived;
    QGroupBox* m_formBox;
    QLineEdit* m_name;
    QLineEdit* m_url;
    QLabel* m_error;
    QPushButton* m_new;
    QPushButton* m_save;
    QPushButton* m_archive;
};

} // namespace kontor
