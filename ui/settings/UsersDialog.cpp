#include "UsersDialog.h"

#include "common/TableViews.h"
#include "prices/PriceText.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace kontor {

namespace {

// What a role may do, in a few words; the tooltip lists every permission.
QString roleSummary(Role role)
{
    switch (role) {
    case Role::Owner:
        return QCoreApplication::translate("kontor::UsersDialog", "Everything, settings and users included.");
    case Role::Manager:
        return QCoreApplication::translate("kontor::UsersDialog", "Everything but the settings and users.");
    case Role::Support:
        return QCoreApplication::translate("kontor::UsersDialog",
                                           "Tickets, orders, returns and customers; no purchase prices.");
    case Role::Warehouse:
        return QCoreApplication::translate("kontor::UsersDialog", "Stock, counts, shipping and returns.");
    }
    return {};
}

// "May view purchase prices and costs, edit the catalog, …": every permission of a role.
QString roleAbilities(Role role)
{
    const Permissions granted = Actor::defaultPermissions(role);
    QStringList names;
    for (int bit = 0; bit < 32; ++bit) {
        const auto p = Permission(1u << bit);
        if (granted.testFlag(p) && !Actor::permissionName(p).isEmpty())
            names.append(Actor::permissionName(p));
    }
    return QCoreApplication::translate("kontor::UsersDialog", "May %1.").arg(names.join(u", "_qs));
}

} // namespace

UsersDialog::UsersDialog(Services services, Actor actor, QWidget* parent)
    : QDialog(parent)
    , m_services(services)
    , m_actor(std::move(actor))
    , m_canEdit(m_actor.can(Permission::ManageUsers))
    , m_table(new QTableWidget(0, ColumnCount))
    , m_formBox(new QGroupBox)
    , m_name(new QLineEdit)
    , m_role(new QComboBox)
    , m_roleHint(new QLabel)
    , m_email(new QLineEdit)
    , m_error(PriceText::errorLabel(u"errorLabel"_qs))
    , m_new(new QPushButton(tr("&New user")))
    , m_save(new QPushButton(tr("&Save")))
    , m_toggleActive(new QPushButton(tr("&Deactivate")))
{
    setWindowTitle(tr("Users"));
    resize(720, 560);

    auto* intro = new QLabel(tr("The people who work in the shop. Support tickets are assigned to them, and "
                                "the role says what each of them may do. Logins and passwords come in a "
                                "later version: until then Kontor on this computer works as the owner."));
    intro->setObjectName(u"introLabel"_qs);
    intro->setWordWrap(true);

    m_table->setObjectName(u"userTable"_qs);
    m_table->setHorizontalHeaderLabels({tr("Name"), tr("Role"), tr("Email"), tr("State")});
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 10);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    QHeaderView* header = m_table->horizontalHeader();
    header->setHighlightSections(false);
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    const int charWidth = m_table->fontMetrics().averageCharWidth();
    header->resizeSection(NameColumn, charWidth * 24);
    header->setSectionResizeMode(RoleColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(EmailColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(StateColumn, QHeaderView::ResizeToContents);
    TableViews::fitTitles(m_table);

    m_name->setObjectName(u"nameEdit"_qs);
    m_name->setMaxLength(120);
    m_role->setObjectName(u"roleCombo"_qs);
    m_roleHint->setObjectName(u"roleHint"_qs);
    m_roleHint->setWordWrap(true);
    m_roleHint->setEnabled(false);
    m_email->setObjectName(u"emailEdit"_qs);
    m_email->setPlaceholderText(tr("name@example.com"));
    auto* form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Role:"), m_role);
    form->addRow(QString(), m_roleHint);
    form->addRow(tr("&Email:"), m_email);
    m_new->setObjectName(u"newUserButton"_qs);
    m_save->setObjectName(u"saveUserButton"_qs);
    m_toggleActive->setObjectName(u"activeButton"_qs);
    for (QPushButton* b : {m_new, m_save, m_toggleActive})
        b->setAutoDefault(false);
    m_save->setDefault(true);
    auto* formButtons = new QHBoxLayout;
    formButtons->addWidget(m_new);
    formButtons->addStretch(1);
    formButtons->addWidget(m_toggleActive);
    formButtons->addWidget(m_save);
    m_formBox->setObjectName(u"userForm"_qs);
    auto* formLayout = new QVBoxLayout(m_formBox);
    formLayout->addLayout(form);
    formLayout->addWidget(m_error);
    formLayout->addLayout(formButtons);
    m_formBox->setVisible(m_canEdit);

    auto* readOnlyNote = new QLabel(tr("Changing users needs the permission to manage users."));
    readOnlyNote->setObjectName(u"readOnlyNote"_qs);
    readOnlyNote->setEnabled(false);
    readOnlyNote->setWordWrap(true);
    readOnlyNote->setVisible(!m_canEdit);

    auto* close = new QDialogButtonBox(QDialogButtonBox::Close);
    close->button(QDialogButtonBox::Close)->setAutoDefault(false);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_formBox);
    layout->addWidget(readOnlyNote);
    layout->addWidget(close);

    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_table, &QTableWidget::currentCellChanged, this, &UsersDialog::showSelected);
    connect(m_new, &QPushButton::clicked, this, &UsersDialog::startNew);
    connect(m_save, &QPushButton::clicked, this, &UsersDialog::save);
    connect(m_toggleActive, &QPushButton::clicked, this, &UsersDialog::toggleActive);
    connect(m_name, &QLineEdit::textChanged, this, &UsersDialog::updateButtons);
    connect(m_role, &QComboBox::currentIndexChanged, this, [this] {
        m_roleHint->setText(m_role->currentIndex() < 0 ? QString()
                                                       : roleSummary(Role(m_role->currentData().toInt())));
    });

    reload();
    if (!m_users.isEmpty())
        select(m_users.first().id);
    else
        startNew();
}

QString UsersDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void UsersDialog::showError(const QString& text)
{
    PriceText::showError(m_error, text);
}

void UsersDialog::reload(const Id& select)
{
    auto list = m_services.users.list(m_actor, true);
    if (!list) {
        showError(list.error().message);
        return;
    }
    m_users = *list;
    const QSignalBlocker block(m_table);
    m_table->setRowCount(int(m_users.size()));
    int selectRow = -1;
    for (int row = 0; row < m_users.size(); ++row) {
        const User& u = m_users.at(row);
        m_table->setItem(row, NameColumn, new QTableWidgetItem(u.displayName()));
        m_table->setItem(row, RoleColumn, new QTableWidgetItem(UserService::roleName(u.role)));
        m_table->setItem(row, EmailColumn, new QTableWidgetItem(u.email));
        m_table->setItem(row, StateColumn, new QTableWidgetItem(u.active ? tr("Active") : tr("Inactive")));
        if (!u.active) {
            for (int column = 0; column < ColumnCount; ++column)
                m_table->item(row, column)
                    ->setForeground(palette().brush(QPalette::Disabled, QPalette::Text));
        }
        if (!select.isNull() && u.id == select)
            selectRow = row;
    }
    if (selectRow >= 0) {
        m_table->setCurrentCell(selectRow, NameColumn);
        m_table->selectRow(selectRow);
    }
    showSelected();
}

bool UsersDialog::select(const Id& userId)
{
    for (int row = 0; row < m_users.size(); ++row) {
        if (m_users.at(row).id == userId) {
            m_table->setCurrentCell(row, NameColumn);
            m_table->selectRow(row);
            showSelected();
            return true;
        }
    }
    return false;
}

void UsersDialog::fillRoles(bool owner)
{
    const QSignalBlocker block(m_role);
    m_role->clear();
    // A shop has one owner: the role is the owner's alone and cannot be given.
    const QList<Role> roles =
        owner ? QList<Role>{Role::Owner} : QList<Role>{Role::Manager, Role::Support, Role::Warehouse};
    for (Role role : roles) {
        m_role->addItem(UserService::roleName(role), int(role));
        m_role->setItemData(m_role->count() - 1, roleAbilities(role), Qt::ToolTipRole);
    }
    m_role->setEnabled(!owner);
}

void UsersDialog::showSelected()
{
    const int row = m_table->currentRow();
    if (row < 0 || row >= m_users.size()) {
        updateButtons();
        return;
    }
    const User& u = m_users.at(row);
    m_editing = u.id;
    m_formBox->setTitle(tr("User %1").arg(u.displayName()));
    fillRoles(u.role == Role::Owner);
    m_role->setCurrentIndex(std::max(0, m_role->findData(int(u.role))));
    m_roleHint->setText(roleSummary(u.role));
    m_name->setText(u.name);
    m_name->setPlaceholderText(u.role == Role::Owner ? u.displayName() : QString());
    m_email->setText(u.email);
    showError({});
    updateButtons();
}

void UsersDialog::startNew()
{
    m_editing = Id();
    {
        const QSignalBlocker block(m_table);
        m_table->clearSelection();
        m_table->setCurrentCell(-1, -1);
    }
    m_formBox->setTitle(tr("New user"));
    fillRoles(false);
    m_role->setCurrentIndex(m_role->findData(int(Role::Support)));
    m_roleHint->setText(roleSummary(Role::Support));
    m_name->clear();
    m_name->setPlaceholderText({});
    m_email->clear();
    showError({});
    m_name->setFocus();
    updateButtons();
}

void UsersDialog::updateButtons()
{
    const bool owner = m_editing == Actor::ownerId();
    m_save->setEnabled(m_canEdit && (owner || !m_name->text().trimmed().isEmpty()));
    m_toggleActive->setVisible(!m_editing.isNull());
    for (const User& u : std::as_const(m_users)) {
        if (u.id == m_editing)
            m_toggleActive->setText(u.active ? tr("&Deactivate") : tr("&Activate"));
    }
}

bool UsersDialog::save()
{
    if (!m_canEdit)
        return false;
    User user;
    for (const User& u : std::as_const(m_users)) {
        if (u.id == m_editing)
            user = u;
    }
    user.id = m_editing;
    user.name = m_name->text();
    user.role = Role(m_role->currentData().toInt());
    user.email = m_email->text();
    auto saved = m_services.users.save(m_actor, user);
    if (!saved) {
        showError(saved.error().message);
        return false;
    }
    reload(saved->id);
    return true;
}

bool UsersDialog::toggleActive()
{
    if (!m_canEdit || m_editing.isNull())
        return false;
    bool active = true;
    for (const User& u : std::as_const(m_users)) {
        if (u.id == m_editing)
            active = u.active;
    }
    auto changed = m_services.users.setActive(m_actor, m_editing, !active);
    if (!changed) {
        showError(changed.error().message);
        return false;
    }
    reload(changed->id);
    return true;
}

} // namespace kontor
