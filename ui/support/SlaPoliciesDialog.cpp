#include "SlaPoliciesDialog.h"

#include "prices/PriceText.h"
#include "security/UserService.h"
#include "support/SupportService.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace kontor {

namespace {

constexpr int PositionStep = 10;

// A new policy starts with the standard policy's targets: a working day to answer, a week to solve.
constexpr int DefaultFirstResponse = 8 * 60;
constexpr int DefaultResolution = 40 * 60;

} // namespace

QString SlaPoliciesDialog::durationText(std::optional<int> minutes)
{
    if (!minutes)
        return tr("—");
    const int h = *minutes / 60;
    const int m = *minutes % 60;
    if (h == 0)
        return tr("%1 min").arg(m);
    if (m == 0)
        return tr("%1 h").arg(h);
    return tr("%1 h %2 min").arg(h).arg(m);
}

QString SlaPoliciesDialog::criteriaText(const SlaPolicy& policy)
{
    QStringList parts;
    if (policy.priority)
        parts.append(tr("Priority: %1").arg(SupportKinds::priorityName(*policy.priority)));
    if (policy.channel)
        parts.append(tr("Channel: %1").arg(SupportKinds::channelName(*policy.channel)));
    if (!policy.customerGroup.isEmpty())
        parts.append(tr("Customer tag: %1").arg(policy.customerGroup));
    return parts.isEmpty() ? tr("Any ticket") : parts.join(u" · "_qs);
}

SlaPoliciesDialog::SlaPoliciesDialog(Services services, Actor actor, QWidget* parent)
    : QDialog(parent)
    , m_services(services)
    , m_actor(std::move(actor))
    , m_canEdit(m_actor.can(Permission::ManageSettings))
    , m_table(new QTableWidget(0, ColumnCount))
    , m_formBox(new QGroupBox)
    , m_name(new QLineEdit)
    , m_position(new QSpinBox)
    , m_priority(new QComboBox)
    , m_channel(new QComboBox)
    , m_customerTag(new QLineEdit)
    , m_businessHours(new QRadioButton(tr("&Business hours")))
    , m_roundTheClock(new QRadioButton(tr("Round the c&lock")))
    , m_pauseFirst(new QCheckBox(tr("&Waiting for the customer also pauses the first response")))
    , m_warnShare(new QSpinBox)
    , m_escalate(new QComboBox)
    , m_raisePriority(new QCheckBox(tr("Raise the &priority one step")))
    , m_escalateTo(new QComboBox)
    , m_active(new QCheckBox(tr("A&ctive")))
    , m_new(new QPushButton(tr("&New policy")))
    , m_save(new QPushButton(tr("&Save")))
    , m_moveUp(new QPushButton(tr("Move &up")))
    , m_moveDown(new QPushButton(tr("Move &down")))
    , m_reopenDays(new QSpinBox)
    , m_saveReopen(new QPushButton(tr("Sa&ve period")))
    , m_error(PriceText::errorLabel(u"errorLabel"_qs))
{
    setWindowTitle(tr("SLA policies"));
    resize(940, 660);

    auto* intro = new QLabel(
        tr("A new ticket gets the active policy whose conditions all match it. When several match, the "
           "one with the most conditions wins; among equals, the one higher in this list. Targets count "
           "in the shop's working hours, or round the clock."));
    intro->setObjectName(u"introLabel"_qs);
    intro->setWordWrap(true);

    // ---- the list ----
    m_table->setObjectName(u"policyTable"_qs);
    m_table->setHorizontalHeaderLabels({tr("No."), tr("Policy"), tr("Applies to"), tr("First response"),
                                        tr("Next response"), tr("Resolution"), tr("Clock")});
    m_table->horizontalHeaderItem(PositionColumn)
        ->setToolTip(tr("The position in the order policies are tried"));
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
    header->setMinimumSectionSize(24);
    for (int column = 0; column < ColumnCount; ++column)
        header->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(CriteriaColumn, QHeaderView::Stretch);
    m_table->setMinimumHeight(m_table->verticalHeader()->defaultSectionSize() * 5 +
                              header->sizeHint().height());

    m_new->setObjectName(u"newPolicyButton"_qs);
    m_save->setObjectName(u"savePolicyButton"_qs);
    m_moveUp->setObjectName(u"moveUpButton"_qs);
    m_moveDown->setObjectName(u"moveDownButton"_qs);
    m_moveUp->setToolTip(tr("Try this policy before the one above it"));
    m_moveDown->setToolTip(tr("Try this policy after the one below it"));
    for (QPushButton* b : {m_new, m_save, m_moveUp, m_moveDown, m_saveReopen})
        b->setAutoDefault(false);
    m_save->setDefault(true);
    auto* listButtons = new QHBoxLayout;
    listButtons->addWidget(m_moveUp);
    listButtons->addWidget(m_moveDown);
    listButtons->addStretch(1);
    listButtons->addWidget(m_new);

    // ---- the form: what it applies to (left), what it promises (right) ----
    m_name->setObjectName(u"nameEdit"_qs);
    m_name->setMaxLength(120);
    m_position->setObjectName(u"positionSpin"_qs);
    m_position->setRange(0, 99999);
    m_position->setSingleStep(PositionStep);
    m_position->setToolTip(
        tr("Among policies that match a ticket equally well, the lower number is tried first"));
    m_priority->setObjectName(u"priorityCombo"_qs);
    m_priority->addItem(tr("Any"), -1);
    for (TicketPriority p : SupportKinds::allPriorities())
        m_priority->addItem(SupportKinds::priorityName(p), int(p));
    m_channel->setObjectName(u"channelCombo"_qs);
    m_channel->addItem(tr("Any"), -1);
    for (TicketChannel c : SupportKinds::allChannels())
        m_channel->addItem(SupportKinds::channelName(c), int(c));
    m_customerTag->setObjectName(u"customerTagEdit"_qs);
    m_customerTag->setPlaceholderText(tr("Any"));
    m_customerTag->setClearButtonEnabled(true);
    m_customerTag->setToolTip(tr("Only tickets of customers with this tag, e.g. VIP or B2B"));
    m_active->setObjectName(u"activeCheck"_qs);
    m_active->setToolTip(tr("An inactive policy is kept but never chosen for a new ticket"));
    auto* criteria = new QFormLayout;
    criteria->addRow(tr("Na&me:"), m_name);
    criteria->addRow(tr("P&osition:"), m_position);
    auto* appliesTo = new QLabel(tr("Applies to tickets with"));
    QFont bold = appliesTo->font();
    bold.setBold(true);
    appliesTo->setFont(bold);
    criteria->addRow(appliesTo);
    criteria->addRow(tr("P&riority:"), m_priority);
    criteria->addRow(tr("C&hannel:"), m_channel);
    criteria->addRow(tr("Customer &tag:"), m_customerTag);
    criteria->addRow(QString(), m_active);

    auto* targets = new QGridLayout;
    targets->setColumnStretch(3, 1);
    const std::pair<SlaTarget, QString> targetRows[] = {
        {SlaTarget::FirstResponse, tr("&First response")},
        {SlaTarget::NextResponse, tr("Ne&xt response")},
        {SlaTarget::Resolution, tr("Resolut&ion")},
    };
    for (const auto& [target, title] : targetRows) {
        TargetRow& row = m_targets[int(target)];
        const QString code = SupportKinds::targetCode(target);
        row.check = new QCheckBox(title);
        row.check->setObjectName(code + u"Check"_qs);
        row.hours = new QSpinBox;
        row.hours->setObjectName(code + u"HoursSpin"_qs);
        row.hours->setRange(0, 9999);
        row.hours->setSuffix(tr(" h"));
        row.minutes = new QSpinBox;
        row.minutes->setObjectName(code + u"MinutesSpin"_qs);
        row.minutes->setRange(0, 59);
        row.minutes->setSingleStep(5);
        row.minutes->setSuffix(tr(" min"));
        const int r = int(target);
        targets->addWidget(row.check, r, 0);
        targets->addWidget(row.hours, r, 1);
        targets->addWidget(row.minutes, r, 2);
        connect(row.check, &QCheckBox::toggled, this, &SlaPoliciesDialog::updateState);
    }
    m_targets[int(SlaTarget::FirstResponse)].check->setToolTip(
        tr("From the ticket's opening to the first reply"));
    m_targets[int(SlaTarget::NextResponse)].check->setToolTip(
        tr("From each later message of the customer to the next reply"));
    m_targets[int(SlaTarget::Resolution)].check->setToolTip(
        tr("From the ticket's opening until it is resolved"));

    m_businessHours->setObjectName(u"businessHoursRadio"_qs);
    m_roundTheClock->setObjectName(u"roundTheClockRadio"_qs);
    m_businessHours->setToolTip(tr("Targets count only in the working hours of the shop calendar "
                                   "(Settings → Working calendar)"));
    m_roundTheClock->setToolTip(tr("Targets count every hour, nights and days off included"));
    auto* clockGroup = new QButtonGroup(this);
    clockGroup->addButton(m_businessHours);
    clockGroup->addButton(m_roundTheClock);
    auto* clockRow = new QHBoxLayout;
    clockRow->addWidget(m_businessHours);
    clockRow->addWidget(m_roundTheClock);
    clockRow->addStretch(1);
    m_pauseFirst->setObjectName(u"pauseFirstCheck"_qs);
    m_pauseFirst->setToolTip(tr("Waiting for the customer or a third party always pauses the next response "
                                "and the resolution"));
    m_warnShare->setObjectName(u"warnShareSpin"_qs);
    m_warnShare->setRange(1, 100);
    m_warnShare->setSuffix(tr(" %"));
    m_warnShare->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    auto* warnRow = new QHBoxLayout;
    warnRow->addWidget(m_warnShare);
    warnRow->addWidget(new QLabel(tr("of a target used")));
    warnRow->addStretch(1);
    m_escalate->setObjectName(u"escalateCombo"_qs);
    m_escalate->addItem(tr("Never"), int(SlaPolicy::Escalate::Never));
    m_escalate->addItem(tr("When due soon (amber)"), int(SlaPolicy::Escalate::AtWarning));
    m_escalate->addItem(tr("When overdue"), int(SlaPolicy::Escalate::AtBreach));
    m_raisePriority->setObjectName(u"raisePriorityCheck"_qs);
    m_escalateTo->setObjectName(u"escalateToCombo"_qs);
    connect(m_escalate, &QComboBox::currentIndexChanged, this, &SlaPoliciesDialog::updateState);

    auto* promises = new QFormLayout;
    auto* targetsTitle = new QLabel(tr("Targets"));
    targetsTitle->setFont(bold);
    promises->addRow(targetsTitle);
    promises->addRow(targets);
    promises->addRow(tr("Clock:"), clockRow);
    promises->addRow(m_pauseFirst);
    auto* warnLabel = new QLabel(tr("&Amber at:"));
    warnLabel->setBuddy(m_warnShare);
    promises->addRow(warnLabel, warnRow);
    auto* escalationTitle = new QLabel(tr("Escalation"));
    escalationTitle->setFont(bold);
    promises->addRow(escalationTitle);
    promises->addRow(tr("&Escalate:"), m_escalate);
    promises->addRow(QString(), m_raisePriority);
    promises->addRow(tr("Reassi&gn to:"), m_escalateTo);

    auto* columns = new QHBoxLayout;
    columns->addLayout(criteria, 4);
    columns->addSpacing(16);
    columns->addLayout(promises, 5);
    auto* formButtons = new QHBoxLayout;
    formButtons->addWidget(m_error, 1);
    formButtons->addStretch();
    formButtons->addWidget(m_save, 0, Qt::AlignBottom);
    m_formBox->setObjectName(u"policyForm"_qs);
    auto* formLayout = new QVBoxLayout(m_formBox);
    formLayout->addLayout(columns);
    formLayout->addLayout(formButtons);

    auto* readOnlyNote = new QLabel(tr("Changing SLA policies and the reopen period needs the permission to "
                                       "change settings."));
    readOnlyNote->setObjectName(u"readOnlyNote"_qs);
    readOnlyNote->setEnabled(false);
    readOnlyNote->setWordWrap(true);

    // ---- the reopen period, next to Close ----
    m_reopenDays->setObjectName(u"reopenDaysSpin"_qs);
    m_reopenDays->setRange(0, 365);
    m_reopenDays->setSuffix(tr(" days"));
    m_reopenDays->setToolTip(tr("Later, the customer's message opens a new ticket linked to the old one; a "
                                "resolved ticket is closed when the period is over"));
    m_saveReopen->setObjectName(u"saveReopenButton"_qs);
    auto* reopenLabel = new QLabel(tr("Reopen a resolved ticket when the customer writes within"));
    reopenLabel->setBuddy(m_reopenDays);
    reopenLabel->setWordWrap(true);
    auto* close = new QDialogButtonBox(QDialogButtonBox::Close);
    close->button(QDialogButtonBox::Close)->setAutoDefault(false);
    auto* bottom = new QHBoxLayout;
    bottom->addWidget(reopenLabel, 1);
    bottom->addWidget(m_reopenDays);
    bottom->addWidget(m_saveReopen);
    bottom->addSpacing(24);
    bottom->addWidget(close);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_table, 1);
    layout->addLayout(listButtons);
    layout->addWidget(m_formBox);
    layout->addWidget(readOnlyNote);
    layout->addLayout(bottom);

    // Read-only: the form shows the selected policy's terms, nothing can be changed.
    readOnlyNote->setVisible(!m_canEdit);
    for (QWidget* w : std::initializer_list<QWidget*>{m_new, m_save, m_moveUp, m_moveDown, m_saveReopen})
        w->setVisible(m_canEdit);
    for (QWidget* w :
         std::initializer_list<QWidget*>{m_name, m_position, m_priority, m_channel, m_customerTag, m_active,
                                         m_businessHours, m_roundTheClock, m_pauseFirst, m_warnShare,
                                         m_escalate, m_raisePriority, m_escalateTo, m_reopenDays})
        w->setEnabled(m_canEdit);

    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_table, &QTableWidget::currentCellChanged, this, &SlaPoliciesDialog::showSelected);
    connect(m_new, &QPushButton::clicked, this, &SlaPoliciesDialog::startNew);
    connect(m_save, &QPushButton::clicked, this, &SlaPoliciesDialog::save);
    connect(m_moveUp, &QPushButton::clicked, this, [this] { move(-1); });
    connect(m_moveDown, &QPushButton::clicked, this, [this] { move(+1); });
    connect(m_saveReopen, &QPushButton::clicked, this, &SlaPoliciesDialog::saveReopenDays);
    connect(m_reopenDays, &QSpinBox::valueChanged, this, &SlaPoliciesDialog::updateState);

    if (auto days = m_services.support.reopenDays(m_actor)) {
        m_savedReopenDays = *days;
        m_reopenDays->setValue(*days);
    } else {
        showError(days.error().message);
    }
    reload();
    if (!m_policies.isEmpty())
        select(m_policies.first().id);
    else
        startNew();
}

QString SlaPoliciesDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void SlaPoliciesDialog::showError(const QString& text)
{
    PriceText::showError(m_error, text);
}

void SlaPoliciesDialog::reload(const Id& select)
{
    auto list = m_services.support.policies(m_actor, true);
    if (!list) {
        showError(list.error().message);
        return;
    }
    m_policies = *list;
    const QSignalBlocker block(m_table);
    m_table->setRowCount(int(m_policies.size()));
    int selectRow = -1;
    const QLocale locale;
    for (int row = 0; row < m_policies.size(); ++row) {
        const SlaPolicy& p = m_policies.at(row);
        auto* position = new QTableWidgetItem(locale.toString(p.position));
        position->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_table->setItem(row, PositionColumn, position);
        const QString name = SupportKinds::policyName(p);
        m_table->setItem(row, NameColumn,
                         new QTableWidgetItem(p.active ? name : tr("%1 (inactive)").arg(name)));
        m_table->setItem(row, CriteriaColumn, new QTableWidgetItem(criteriaText(p)));
        const std::pair<Column, std::optional<int>> targets[] = {
            {FirstResponseColumn, p.firstResponseMinutes},
            {NextResponseColumn, p.nextResponseMinutes},
            {ResolutionColumn, p.resolutionMinutes}};
        for (const auto& [column, minutes] : targets) {
            auto* item = new QTableWidgetItem(durationText(minutes));
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_table->setItem(row, column, item);
        }
        m_table->setItem(
            row, ClockColumn,
            new QTableWidgetItem(p.businessHours ? tr("Business hours") : tr("Round the clock")));
        if (!p.active) {
            for (int column = 0; column < ColumnCount; ++column)
                m_table->item(row, column)
                    ->setForeground(palette().brush(QPalette::Disabled, QPalette::Text));
        }
        if (!select.isNull() && p.id == select)
            selectRow = row;
    }
    if (selectRow >= 0) {
        m_table->setCurrentCell(selectRow, NameColumn);
        m_table->selectRow(selectRow);
    }
    showSelected();
}

void SlaPoliciesDialog::loadUsers(const Id& keep)
{
    const QSignalBlocker block(m_escalateTo);
    m_escalateTo->clear();
    m_escalateTo->addItem(tr("Nobody: keep the assignee"), QVariant::fromValue(Id()));
    auto users = m_services.users.list(m_actor, true);
    if (!users)
        return;
    for (const User& u : *users) {
        // An inactive user is offered only where a policy still names them.
        if (u.active)
            m_escalateTo->addItem(u.displayName(), QVariant::fromValue(u.id));
        else if (u.id == keep)
            m_escalateTo->addItem(tr("%1 (inactive)").arg(u.displayName()), QVariant::fromValue(u.id));
    }
}

bool SlaPoliciesDialog::select(const Id& policyId)
{
    for (int row = 0; row < m_policies.size(); ++row) {
        if (m_policies.at(row).id == policyId) {
            m_table->setCurrentCell(row, NameColumn);
            m_table->selectRow(row);
            showSelected();
            return true;
        }
    }
    return false;
}

void SlaPoliciesDialog::showSelected()
{
    const int row = m_table->currentRow();
    if (row < 0 || row >= m_policies.size()) {
        updateState();
        return;
    }
    const SlaPolicy& p = m_policies.at(row);
    m_editing = p.id;
    m_formBox->setTitle(tr("Policy %1").arg(SupportKinds::policyName(p)));
    showPolicy(p);
}

void SlaPoliciesDialog::showPolicy(const SlaPolicy& p)
{
    // A built-in policy keeps its name in the user's language until it is given one of its own.
    m_name->setText(p.name);
    SlaPolicy builtIn;
    builtIn.code = p.code;
    m_name->setPlaceholderText(p.code.isEmpty() ? QString() : SupportKinds::policyName(builtIn));
    m_position->setValue(p.position);
    m_priority->setCurrentIndex(std::max(0, m_priority->findData(p.priority ? int(*p.priority) : -1)));
    m_channel->setCurrentIndex(std::max(0, m_channel->findData(p.channel ? int(*p.channel) : -1)));
    m_customerTag->setText(p.customerGroup);
    for (SlaTarget target : {SlaTarget::FirstResponse, SlaTarget::NextResponse, SlaTarget::Resolution}) {
        TargetRow& row = m_targets[int(target)];
        const std::optional<int> minutes = p.minutesFor(target);
        row.check->setChecked(minutes.has_value());
        row.hours->setValue(minutes.value_or(0) / 60);
        row.minutes->setValue(minutes.value_or(0) % 60);
    }
    (p.businessHours ? m_businessHours : m_roundTheClock)->setChecked(true);
    m_pauseFirst->setChecked(p.pauseFirstResponse);
    m_warnShare->setValue((p.warnShareBp + 50) / 100);
    m_escalate->setCurrentIndex(std::max(0, m_escalate->findData(int(p.escalateAt))));
    m_raisePriority->setChecked(p.escalateRaisesPriority);
    loadUsers(p.escalateTo);
    int user = 0;
    for (int i = 0; i < m_escalateTo->count(); ++i) {
        if (m_escalateTo->itemData(i).value<Id>() == p.escalateTo)
            user = i;
    }
    m_escalateTo->setCurrentIndex(user);
    m_active->setChecked(p.active);
    showError({});
    updateState();
}

void SlaPoliciesDialog::startNew()
{
    if (!m_canEdit)
        return;
    m_editing = Id();
    {
        const QSignalBlocker block(m_table);
        m_table->clearSelection();
        m_table->setCurrentCell(-1, -1);
    }
    m_formBox->setTitle(tr("New policy"));
    SlaPolicy p;
    int last = 0;
    for (const SlaPolicy& existing : std::as_const(m_policies))
        last = std::max(last, existing.position);
    p.position = last + PositionStep;
    p.firstResponseMinutes = DefaultFirstResponse;
    p.resolutionMinutes = DefaultResolution;
    showPolicy(p);
    m_name->setFocus();
}

void SlaPoliciesDialog::updateState()
{
    for (const TargetRow& row : m_targets) {
        row.hours->setEnabled(m_canEdit && row.check->isChecked());
        row.minutes->setEnabled(m_canEdit && row.check->isChecked());
        row.check->setEnabled(m_canEdit);
    }
    const bool escalates = m_escalate->currentData().toInt() != int(SlaPolicy::Escalate::Never);
    m_raisePriority->setEnabled(m_canEdit && escalates);
    m_escalateTo->setEnabled(m_canEdit && escalates);
    const int row = m_editing.isNull() ? -1 : m_table->currentRow();
    m_moveUp->setEnabled(row > 0);
    m_moveDown->setEnabled(row >= 0 && row + 1 < m_policies.size());
    m_saveReopen->setEnabled(m_reopenDays->value() != m_savedReopenDays);
}

SlaPolicy SlaPoliciesDialog::formPolicy() const
{
    SlaPolicy p;
    for (const SlaPolicy& existing : m_policies) {
        if (existing.id == m_editing)
            p = existing;
    }
    p.id = m_editing;
    p.name = m_name->text().trimmed();
    p.position = m_position->value();
    const int priority = m_priority->currentData().toInt();
    p.priority = priority < 0 ? std::nullopt : std::optional(TicketPriority(priority));
    const int channel = m_channel->currentData().toInt();
    p.channel = channel < 0 ? std::nullopt : std::optional(TicketChannel(channel));
    p.customerGroup = m_customerTag->text().trimmed();
    const auto minutes = [this](SlaTarget target) -> std::optional<int> {
        const TargetRow& row = m_targets[int(target)];
        if (!row.check->isChecked())
            return std::nullopt;
        return row.hours->value() * 60 + row.minutes->value();
    };
    p.firstResponseMinutes = minutes(SlaTarget::FirstResponse);
    p.nextResponseMinutes = minutes(SlaTarget::NextResponse);
    p.resolutionMinutes = minutes(SlaTarget::Resolution);
    p.businessHours = m_businessHours->isChecked();
    p.pauseFirstResponse = m_pauseFirst->isChecked();
    // Kept to the basis point unless the whole percent shown was changed.
    if (m_warnShare->value() != (p.warnShareBp + 50) / 100)
        p.warnShareBp = m_warnShare->value() * 100;
    p.escalateAt = SlaPolicy::Escalate(m_escalate->currentData().toInt());
    p.escalateRaisesPriority = m_raisePriority->isChecked();
    p.escalateTo = m_escalateTo->currentData().value<Id>();
    p.active = m_active->isChecked();
    return p;
}

bool SlaPoliciesDialog::save()
{
    if (!m_canEdit)
        return false;
    auto saved = m_services.support.savePolicy(m_actor, formPolicy());
    if (!saved) {
        showError(saved.error().message);
        return false;
    }
    reload(saved->id);
    return true;
}

bool SlaPoliciesDialog::move(int delta)
{
    const int row = m_editing.isNull() ? -1 : m_table->currentRow();
    const int other = row + delta;
    if (!m_canEdit || row < 0 || other < 0 || other >= m_policies.size())
        return false;
    QList<SlaPolicy> order = m_policies;
    order.swapItemsAt(row, other);
    for (int i = 0; i < order.size(); ++i) {
        SlaPolicy p = order.at(i);
        const int position = (i + 1) * PositionStep;
        if (p.position == position)
            continue;
        p.position = position;
        if (auto saved = m_services.support.savePolicy(m_actor, p); !saved) {
            reload(m_editing);
            showError(saved.error().message);
            return false;
        }
    }
    reload(m_editing);
    return true;
}

bool SlaPoliciesDialog::saveReopenDays()
{
    if (!m_canEdit)
        return false;
    if (auto ok = m_services.support.setReopenDays(m_actor, m_reopenDays->value()); !ok) {
        showError(ok.error().message);
        return false;
    }
    m_savedReopenDays = m_reopenDays->value();
    showError({});
    updateState();
    return true;
}

} // namespace kontor
