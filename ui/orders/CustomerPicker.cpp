#include "CustomerPicker.h"

#include "QuickCustomerDialog.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QStandardItemModel>
#include <QTimer>
#include <QToolButton>

namespace kontor {

namespace {
constexpr int DebounceMs = 150;
constexpr int RowRole = Qt::UserRole + 1;

QString describe(const CustomerListRow& c)
{
    QStringList parts{c.name};
    if (!c.phone.isEmpty())
        parts.append(c.phone);
    if (!c.email.isEmpty())
        parts.append(c.email);
    return parts.join(u" · "_qs);
}
} // namespace

CustomerPicker::CustomerPicker(CustomerService& customers, Actor actor, QWidget* parent)
    : QWidget(parent)
    , m_customers(customers)
    , m_actor(std::move(actor))
    , m_edit(new QLineEdit)
    , m_new(new QToolButton)
    , m_completer(new QCompleter(this))
    , m_model(new QStandardItemModel(this))
    , m_debounce(new QTimer(this))
{
    m_edit->setObjectName(u"customerEdit"_qs);
    m_edit->setPlaceholderText(tr("Find a customer by name, phone or email"));
    m_edit->setClearButtonEnabled(true);
    m_new->setObjectName(u"newCustomerButton"_qs);
    m_new->setText(tr("New customer…"));
    m_new->setToolTip(tr("Add a customer with a name, phone and email"));
    m_new->setVisible(m_actor.can(Permission::ManageCustomers));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_edit, 1);
    layout->addWidget(m_new);
    setFocusProxy(m_edit);

    m_completer->setModel(m_model);
    m_completer->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    m_completer->setMaxVisibleItems(12);
    m_completer->setWidget(m_edit);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(DebounceMs);

    connect(m_debounce, &QTimer::timeout, this, &CustomerPicker::searchNow);
    connect(m_edit, &QLineEdit::textEdited, this, [this](const QString& text) {
        if (!m_customerId.isNull() && text != m_chosenText) {
            m_customerId = Id();
            Q_EMIT customerChosen(Id(), QString());
        }
        m_debounce->start();
    });
    connect(m_completer, qOverload<const QModelIndex&>(&QCompleter::activated), this,
            [this](const QModelIndex& index) { choose(index.data(RowRole).toInt()); });
    connect(m_edit, &QLineEdit::returnPressed, this, [this] {
        if (m_debounce->isActive())
            searchNow();
        const QModelIndex highlighted = m_completer->popup()->currentIndex();
        if (m_completer->popup()->isVisible() && highlighted.isValid())
            choose(highlighted.data(RowRole).toInt());
        else if (m_customerId.isNull())
            choose(0);
    });
    connect(m_new, &QToolButton::clicked, this, &CustomerPicker::createCustomer);
}

void CustomerPicker::setCustomer(const Id& id, const QString& name)
{
    m_customerId = id;
    m_chosenText = name;
    m_edit->setText(name);
}

void CustomerPicker::setReadOnly(bool readOnly)
{
    m_edit->setReadOnly(readOnly);
    m_edit->setClearButtonEnabled(!readOnly);
    m_new->setVisible(!readOnly && m_actor.can(Permission::ManageCustomers));
}

void CustomerPicker::searchNow()
{
    m_debounce->stop();
    m_model->clear();
    m_matches.clear();
    const QString text = m_edit->text().trimmed();
    if (text.isEmpty()) {
        m_completer->popup()->hide();
        return;
    }
    CustomerFilter filter;
    filter.text = text;
    filter.limit = MaxResults;
    auto found = m_customers.list(m_actor, filter);
    if (!found)
        return;
    m_matches = *found;
    for (int i = 0; i < m_matches.size(); ++i) {
        auto* item = new QStandardItem(describe(m_matches[i]));
        item->setData(i, RowRole);
        item->setEditable(false);
        m_model->appendRow(item);
    }
    if (m_matches.isEmpty())
        m_completer->popup()->hide();
    else if (m_edit->hasFocus())
        m_completer->complete();
}

void CustomerPicker::choose(int row)
{
    if (row < 0 || row >= m_matches.size())
        return;
    const CustomerListRow chosen = m_matches.at(row);
    m_debounce->stop();
    m_completer->popup()->hide();
    m_matches.clear();
    // Not inside the completer's own signal.
    QTimer::singleShot(0, m_model, [this] {
        if (m_matches.isEmpty())
            m_model->clear();
    });
    setCustomer(chosen.id, chosen.name);
    Q_EMIT customerChosen(chosen.id, chosen.name);
}

bool CustomerPicker::createCustomer()
{
    if (!m_actor.can(Permission::ManageCustomers))
        return false;
    QuickCustomerDialog dialog(m_customers, m_actor, this);
    // What was typed into the search is most likely the new customer's name.
    if (m_customerId.isNull())
        dialog.setName(m_edit->text().trimmed());
    if (dialog.exec() != QDialog::Accepted || dialog.customerId().isNull())
        return false;
    setCustomer(dialog.customerId(), dialog.customerName());
    Q_EMIT customerChosen(dialog.customerId(), dialog.customerName());
    return true;
}

} // namespace kontor
