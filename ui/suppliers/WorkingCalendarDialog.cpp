#include "WorkingCalendarDialog.h"

#include "SupplierText.h"
#include "catalog/ProductService.h"
#include "common/TableViews.h"
#include "prices/PriceText.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QTimeZone>
#include <QVBoxLayout>

namespace kontor {

namespace {

QColor holidayColor()
{
    return QColor(0xC6, 0x28, 0x28);
}

} // namespace

WorkingCalendarDialog::WorkingCalendarDialog(Services services, Actor actor, QWidget* parent)
    : QDialog(parent)
    , m_services(services)
    , m_actor(std::move(actor))
    , m_canEdit(m_actor.can(Permission::ManageSettings))
    , m_year(new QSpinBox)
    , m_table(new QTableWidget(0, ColumnCount))
    , m_date(new QDateEdit)
    , m_kind(new QComboBox)
    , m_name(new QLineEdit)
    , m_add(new QPushButton(tr("&Add")))
    , m_remove(new QPushButton)
    , m_summary(new QLabel)
    , m_error(PriceText::errorLabel(u"calendarError"_qs))
{
    setWindowTitle(tr("Working calendar"));
    resize(660, 560);
    const QDate today =
        m_services.products.database().clock().now().toTimeZone(QTimeZone::systemTimeZone()).date();

    auto* intro =
        new QLabel(tr("The working week is Monday to Friday. Add the public holidays, and the weekend "
                      "days that are worked because a day off was moved. Contracts that count lead "
                      "time in business days skip the days off."));
    intro->setWordWrap(true);

    m_year->setObjectName(u"yearSpin"_qs);
    m_year->setRange(2000, 2100);
    m_year->setValue(today.year());
    m_year->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    auto* yearRow = new QHBoxLayout;
    auto* yearLabel = new QLabel(tr("&Year:"));
    yearLabel->setBuddy(m_year);
    yearRow->addWidget(yearLabel);
    yearRow->addWidget(m_year);
    yearRow->addSpacing(16);
    m_summary->setObjectName(u"summaryLabel"_qs);
    yearRow->addWidget(m_summary, 1);

    m_table->setObjectName(u"calendarTable"_qs);
    m_table->setHorizontalHeaderLabels({tr("Date"), tr("Weekday"), tr("Day"), tr("Name")});
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 10);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    QHeaderView* header = m_table->horizontalHeader();
    header->setHighlightSections(false);
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    const int charWidth = m_table->fontMetrics().averageCharWidth();
    header->resizeSection(DateColumn, charWidth * 13);
    header->resizeSection(WeekdayColumn, charWidth * 14);
    header->resizeSection(KindColumn, charWidth * 16);
    header->setSectionResizeMode(NameColumn, QHeaderView::Stretch);
    TableViews::fitTitles(m_table);

    m_date->setObjectName(u"dayEdit"_qs);
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
    m_date->setDate(today);
    m_kind->setObjectName(u"kindCombo"_qs);
    m_kind->addItem(tr("Day off"), false);
    m_kind->addItem(tr("Working day"), true);
    m_kind->setToolTip(tr("A day off on a weekday (a holiday), or a working day on a weekend (a transfer)"));
    m_name->setObjectName(u"nameEdit"_qs);
    m_name->setPlaceholderText(tr("e.g. New Year holidays"));
    m_add->setObjectName(u"addDayButton"_qs);
    m_add->setAutoDefault(false);
    m_remove->setObjectName(u"removeDayButton"_qs);
    m_remove->setText(tr("&Remove the selected day"));
    m_remove->setAutoDefault(false);
    auto* removeRow = new QHBoxLayout;
    removeRow->addWidget(m_remove);
    removeRow->addStretch(1);
    m_addLabel = new QLabel(tr("Add a day:"));
    auto* addRow = new QHBoxLayout;
    addRow->addWidget(m_addLabel);
    addRow->addWidget(m_date);
    addRow->addWidget(m_kind);
    addRow->addWidget(m_name, 1);
    addRow->addWidget(m_add);

    auto* readOnlyNote = new QLabel(tr("Changing the calendar needs the permission to change settings."));
    readOnlyNote->setObjectName(u"readOnlyNote"_qs);
    readOnlyNote->setEnabled(false);
    readOnlyNote->setWordWrap(true);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(yearRow);
    layout->addWidget(m_table, 1);
    layout->addLayout(removeRow);
    layout->addSpacing(6);
    layout->addLayout(addRow);
    layout->addWidget(readOnlyNote);
    layout->addWidget(m_error);
    layout->addWidget(buttons);

    for (QWidget* w : std::initializer_list<QWidget*>{m_addLabel, m_date, m_kind, m_name, m_add, m_remove})
        w->setVisible(m_canEdit);
    readOnlyNote->setVisible(!m_canEdit);

    connect(m_year, &QSpinBox::valueChanged, this, &WorkingCalendarDialog::load);
    connect(m_add, &QPushButton::clicked, this, [this] {
        if (addDay(CalendarDay{m_date->date(), m_kind->currentData().toBool(), m_name->text()}))
            m_name->clear();
    });
    connect(m_remove, &QPushButton::clicked, this, &WorkingCalendarDialog::removeSelected);
    connect(m_table, &QTableWidget::itemSelectionChanged, this,
            [this] { m_remove->setEnabled(m_table->currentRow() >= 0); });
    // A weekend day is usually added as a worked one, a weekday as a day off.
    connect(m_date, &QDateEdit::dateChanged, this,
            [this](QDate day) { m_kind->setCurrentIndex(day.dayOfWeek() >= 6 ? 1 : 0); });
    m_kind->setCurrentIndex(today.dayOfWeek() >= 6 ? 1 : 0);
    load();
}

int WorkingCalendarDialog::year() const
{
    return m_year->value();
}

void WorkingCalendarDialog::setYear(int year)
{
    m_year->setValue(year);
}

QString WorkingCalendarDialog::summaryText() const
{
    return m_summary->text();
}

QString WorkingCalendarDialog::errorText() const
{
    return m_error->isVisibleTo(this) ? m_error->text() : QString();
}

void WorkingCalendarDialog::load()
{
    auto days = m_services.calendar.calendarDays(m_actor, year());
    m_table->setRowCount(0);
    if (!days) {
        PriceText::showError(m_error, days.error().message);
        return;
    }
    m_days = *days;
    const QLocale locale;
    int off = 0;
    int worked = 0;
    for (const CalendarDay& d : std::as_const(m_days)) {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        m_table->setItem(row, DateColumn, new QTableWidgetItem(SupplierText::date(d.day)));
        m_table->setItem(row, WeekdayColumn, new QTableWidgetItem(locale.dayName(d.day.dayOfWeek())));
        auto* kind = new QTableWidgetItem(d.working ? tr("Working day") : tr("Day off"));
        if (!d.working)
            kind->setForeground(holidayColor());
        m_table->setItem(row, KindColumn, kind);
        m_table->setItem(row, NameColumn, new QTableWidgetItem(d.name));
        (d.working ? worked : off) += 1;
    }
    m_summary->setText(
        (off == 1 ? tr("1 day off") : tr("%n days off", nullptr, off)) + u", "_qs +
        (worked == 1 ? tr("1 working day moved") : tr("%n working days moved", nullptr, worked)));
    m_remove->setEnabled(m_table->currentRow() >= 0);
}

bool WorkingCalendarDialog::addDay(const CalendarDay& day)
{
    if (!m_canEdit)
        return false;
    PriceText::showError(m_error, {});
    if (auto ok = m_services.calendar.setCalendarDay(m_actor, day); !ok) {
        PriceText::showError(m_error, ok.error().message);
        return false;
    }
    if (day.day.year() != year())
        setYear(day.day.year()); // loads that year
    else
        load();
    for (int row = 0; row < m_days.size(); ++row) {
        if (m_days.at(row).day == day.day)
            m_table->selectRow(row);
    }
    return true;
}

bool WorkingCalendarDialog::removeSelected()
{
    const int row = m_table->currentRow();
    if (!m_canEdit || row < 0 || row >= m_days.size())
        return false;
    PriceText::showError(m_error, {});
    if (auto ok = m_services.calendar.removeCalendarDay(m_actor, m_days.at(row).day); !ok) {
        PriceText::showError(m_error, ok.error().message);
        return false;
    }
    load();
    return true;
}

} // namespace kontor
