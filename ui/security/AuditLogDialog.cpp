#include "AuditLogDialog.h"

#include "AuditLogModel.h"
#include "AuditText.h"
#include "common/TableViews.h"

#include <QComboBox>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QSplitter>
#include <QTableView>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace kontor {

AuditLogDialog::AuditLogDialog(Services services, Actor actor, QWidget* parent)
    : QDialog(parent)
    , m_services(services)
    , m_actor(std::move(actor))
    , m_model(new AuditLogModel(services.audit, m_actor, this))
    , m_search(new QLineEdit)
    , m_user(new QComboBox)
    , m_entity(new QComboBox)
    , m_period(new QComboBox)
    , m_table(new QTableView)
    , m_status(new QLabel)
    , m_changes(new QTableWidget(0, 3))
    , m_typing(new QTimer(this))
{
    setWindowTitle(tr("Audit log"));
    m_search->setPlaceholderText(tr("Search: product, order number, value, user action…"));
    m_search->setClearButtonEnabled(true);

    m_user->addItem(tr("All users"), QString());
    if (auto names = services.audit.userNames(m_actor)) {
        for (const QString& name : *names)
            m_user->addItem(name, name);
    }
    m_entity->addItem(tr("Everything"), QString());
    if (auto kinds = services.audit.entities(m_actor)) {
        QList<std::pair<QString, QString>> named;
        for (const QString& code : *kinds)
            named.append({AuditText::entityName(code), code});
        std::sort(named.begin(), named.end(), [](const auto& a, const auto& b) {
            return QString::localeAwareCompare(a.first, b.first) < 0;
        });
        for (const auto& [name, code] : named)
            m_entity->addItem(name, code);
    }
    m_period->addItem(tr("Any time"), AnyTime);
    m_period->addItem(tr("Today"), Today);
    m_period->addItem(tr("Last 7 days"), Last7Days);
    m_period->addItem(tr("Last 30 days"), Last30Days);
    m_period->addItem(tr("Last 365 days"), Last365Days);

    auto* filters = new QHBoxLayout;
    filters->addWidget(m_search, 3);
    filters->addWidget(m_user, 1);
    filters->addWidget(m_entity, 1);
    filters->addWidget(m_period, 1);

    m_table->setModel(m_model);
    TableViews::setUp(m_table, QAbstractItemView::SingleSelection, AuditLogModel::Object);
    TableViews::setColumnWidths(
        m_table, {{AuditLogModel::When, 22}, {AuditLogModel::Who, 18}, {AuditLogModel::What, 30}});
    TableViews::fitTitles(m_table);

    m_changes->setHorizontalHeaderLabels({tr("Field"), tr("Before"), tr("After")});
    m_changes->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_changes->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_changes->verticalHeader()->hide();
    m_changes->setWordWrap(true);
    m_changes->horizontalHeader()->setSectionResizeMode(FieldColumn, QHeaderView::ResizeToContents);
    m_changes->horizontalHeader()->setSectionResizeMode(BeforeColumn, QHeaderView::Stretch);
    m_changes->horizontalHeader()->setSectionResizeMode(AfterColumn, QHeaderView::Stretch);

    auto* splitter = new QSplitter(Qt::Vertical);
    splitter->addWidget(m_table);
    splitter->addWidget(m_changes);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* bottom = new QHBoxLayout;
    bottom->addWidget(m_status, 1);
    bottom->addWidget(buttons);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(splitter, 1);
    layout->addLayout(bottom);
    resize(1000, 640);

    m_typing->setSingleShot(true);
    m_typing->setInterval(300);
    connect(m_typing, &QTimer::timeout, this, &AuditLogDialog::search);
    connect(m_search, &QLineEdit::textChanged, m_typing, qOverload<>(&QTimer::start));
    for (QComboBox* combo : {m_user, m_entity, m_period})
        connect(combo, &QComboBox::currentIndexChanged, this, &AuditLogDialog::search);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &AuditLogDialog::showEntry);
    connect(m_model, &QAbstractItemModel::rowsInserted, this,
            [this] { m_status->setText(tr("%n entries shown", nullptr, m_model->rowCount())); });
    search();
}

void AuditLogDialog::search()
{
    m_typing->stop();
    AuditFilter filter;
    filter.text = m_search->text();
    filter.userName = m_user->currentData().toString();
    filter.entity = m_entity->currentData().toString();
    const QDate today = QDate::currentDate();
    switch (Period(m_period->currentData().toInt())) {
    case AnyTime:
        break;
    case Today:
        filter.fromMs = today.startOfDay().toMSecsSinceEpoch();
        break;
    case Last7Days:
        filter.fromMs = today.addDays(-6).startOfDay().toMSecsSinceEpoch();
        break;
    case Last30Days:
        filter.fromMs = today.addDays(-29).startOfDay().toMSecsSinceEpoch();
        break;
    case Last365Days:
        filter.fromMs = today.addDays(-364).startOfDay().toMSecsSinceEpoch();
        break;
    }
    m_model->setFilter(filter);
    if (!m_model->errorText().isEmpty())
        m_status->setText(m_model->errorText());
    else if (m_model->rowCount() == 0)
        m_status->setText(tr("Nothing in the audit log matches."));
    else
        m_status->setText(tr("%n entries shown", nullptr, m_model->rowCount()));
    if (m_model->rowCount() > 0)
        m_table->setCurrentIndex(m_model->index(0, 0));
    else
        showEntry();
}

void AuditLogDialog::showEntry()
{
    m_changes->setRowCount(0);
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid())
        return;
    const AuditEntry& e = m_model->entry(current.row());
    // Every field of either side; the changed ones first, each group in the order written.
    QStringList keys = e.before.keys();
    for (const QString& key : e.after.keys()) {
        if (!keys.contains(key))
            keys.append(key);
    }
    std::stable_sort(keys.begin(), keys.end(), [&](const QString& a, const QString& b) {
        return (e.before.value(a) != e.after.value(a)) > (e.before.value(b) != e.after.value(b));
    });
    for (const QString& key : keys) {
        const int row = m_changes->rowCount();
        m_changes->insertRow(row);
        const bool changed = e.before.value(key) != e.after.value(key);
        auto* field = new QTableWidgetItem(AuditText::fieldName(key));
        field->setToolTip(key);
        QFont font = field->font();
        font.setBold(changed && !e.before.isEmpty());
        field->setFont(font);
        m_changes->setItem(row, FieldColumn, field);
        m_changes->setItem(
            row, BeforeColumn,
            new QTableWidgetItem(e.before.contains(key) ? AuditText::value(e.before.value(key)) : QString()));
        m_changes->setItem(
            row, AfterColumn,
            new QTableWidgetItem(e.after.contains(key) ? AuditText::value(e.after.value(key)) : QString()));
    }
}

} // namespace kontor
