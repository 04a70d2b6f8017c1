#include "WorkingCalendarDialog.h"

#include "catalog/ProductService.h"
#include "common/TableViews.h"
#include "prices/PriceText.h"
#include "suppliers/SupplierText.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QTimeEdit>
#include <QTimeZone>
#include <QVBoxLayout>

namespace kontor {

namespace {

QColor holidayColor()
{
    return QColor(0xC6, 0x28, 0x28);
}

constexpr int DayMinutes = 24 * 60;

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
    , m_start(new QTimeEdit)
    , m_end(new QTimeEdit)
    , m_roundTheClock(new QCheckBox(tr("Round the c&lock")))
    , m_timeZone(new QComboBox)
    , m_saveHours(new QPushButton(tr("&Save the working week")))
    , m_hoursNote(new QLabel)
    , m_zoneOffset(new QLabel)
{
    setWindowTitle(tr("Working calendar"));
    resize(700, 700);
    const QDateTime now = m_services.products.database().clock().now();
    const QDate today = now.toTimeZone(QTimeZone::systemTimeZone()).date();

    auto* intro = new QLabel(tr("The shop's working days and hours. Contracts count lead time in working "
                                "days; support SLA targets in business hours count only the working hours."));
    intro->setWordWrap(true);

    // ---- the working week, hours and time zone ----
    auto* weekRow = new QHBoxLayout;
    weekRow->setSpacing(12);
    const QLocale locale;
    for (int day = 1; day <= 7; ++day) {
        auto* check = new QCheckBox(locale.dayName(day, QLocale::ShortFormat));
        check->setObjectName(u"weekday%1Check"_qs.arg(day));
        check->setToolTip(locale.dayName(day));
        m_weekdays.append(check);
        weekRow->addWidget(check);
    }
    weekRow->addStretch(1);
    m_start->setObjectName(u"startTimeEdit"_qs);
    m_end->setObjectName(u"endTimeEdit"_qs);
    for (QTimeEdit* edit : {m_start, m_end}) {
        edit->setDisplayFormat(u"HH:mm"_qs);
        edit->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    }
    m_end->setToolTip(tr("00:00 means until midnight"));
    m_roundTheClock->setObjectName(u"roundTheClockCheck"_qs);
    m_roundTheClock->setToolTip(tr("Working hours from 00:00 to 24:00"));
    auto* hoursRow = new QHBoxLayout;
    auto* toLabel = new QLabel(tr("to"));
    toLabel->setBuddy(m_end);
    hoursRow->addWidget(m_start);
    hoursRow->addWidget(toLabel);
    hoursRow->addWidget(m_end);
    hoursRow->addSpacing(16);
    hoursRow->addWidget(m_roundTheClock);
    hoursRow->addStretch(1);
    m_timeZone->setObjectName(u"timeZoneCombo"_qs);
    m_timeZone->setMaxVisibleItems(20);
    // Ids only: the offset of every zone would take a quarter of a second to read.
    for (const QByteArray& id : QTimeZone::availableTimeZoneIds())
        m_timeZone->addItem(QString::fromLatin1(id), id);
    const QByteArray systemZone = QTimeZone::systemTimeZoneId();
    int system = m_timeZone->findData(systemZone);
    if (system < 0) { // "Etc/UTC" is not always among the ids offered
        m_timeZone->addItem(QString::fromLatin1(systemZone), systemZone);
        system = m_timeZone->count() - 1;
    }
    m_timeZone->setItemText(system, tr("%1 — this computer").arg(QString::fromLatin1(systemZone)));
    m_zoneOffset->setObjectName(u"zoneOffsetLabel"_qs);
    m_zoneOffset->setEnabled(false);
    auto* zoneRow = new QHBoxLayout;
    zoneRow->addWidget(m_timeZone, 1);
    zoneRow->addWidget(m_zoneOffset);
    m_hoursNote->setObjectName(u"hoursNote"_qs);
    m_hoursNote->setEnabled(false);
    m_hoursNote->setWordWrap(true);
    m_saveHours->setObjectName(u"saveHoursButton"_qs);
    m_saveHours->setAutoDefault(false);
    auto* weekForm = new QFormLayout;
    auto* daysLabel = new QLabel(tr("Working &days:"));
    daysLabel->setBuddy(m_weekdays.first());
    weekForm->addRow(daysLabel, weekRow);
    auto* hoursLabel = new QLabel(tr("&Hours from:"));
    hoursLabel->setBuddy(m_start);
    weekForm->addRow(hoursLabel, hoursRow);
    auto* zoneLabel = new QLabel(tr("&Time zone:"));
    zoneLabel->setBuddy(m_timeZone);
    weekForm->addRow(zoneLabel, zoneRow);
    auto* saveRow = new QHBoxLayout;
    saveRow->addWidget(m_hoursNote, 1);
    saveRow->addWidget(m_saveHours, 0, Qt::AlignTop);
    auto* weekBox = new QGroupBox(tr("Working week"));
    auto* weekLayout = new QVBoxLayout(weekBox);
    weekLayout->addLayout(weekForm);
    weekLayout->addLayout(saveRow);

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

    auto* daysBox = new QGroupBox(tr("Holidays and moved working days"));
    auto* daysLayout = new QVBoxLayout(daysBox);
    daysLayout->addLayout(yearRow);
    daysLayout->addWidget(m_table, 1);
    daysLayout->addLayout(removeRow);
    daysLayout->addSpacing(6);
    daysLayout->addLayout(addRow);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(weekBox);
    layout->addWidget(daysBox, 1);
    layout->addWidget(readOnlyNote);
    layout->addWidget(m_error);
    layout->addWidget(buttons);

    for (QWidget* w :
         std::initializer_list<QWidget*>{m_addLabel, m_date, m_kind, m_name, m_add, m_remove, m_saveHours})
        w->setVisible(m_canEdit);
    for (QWidget* w : std::initializer_list<QWidget*>{m_start, m_end, m_roundTheClock, m_timeZone})
        w->setEnabled(m_canEdit);
    for (QCheckBox* check : std::as_const(m_weekdays))
        check->setEnabled(m_canEdit);
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
    for (QCheckBox* check : std::as_const(m_weekdays))
        connect(check, &QCheckBox::toggled, this, &WorkingCalendarDialog::updateHoursState);
    connect(m_start, &QTimeEdit::timeChanged, this, &WorkingCalendarDialog::updateHoursState);
    connect(m_end, &QTimeEdit::timeChanged, this, &WorkingCalendarDialog::updateHoursState);
    connect(m_timeZone, &QComboBox::currentIndexChanged, this, [this] {
        const QTimeZone zone(m_timeZone->currentData().toByteArray());
        const QDateTime there = m_services.products.database().clock().now().toTimeZone(zone);
        m_zoneOffset->setText(zone.isValid()
                                  ? tr("%1, now %2 there")
                                        .arg(zone.displayName(there, QTimeZone::OffsetName),
                                             QLocale().toString(there.time(), QLocale::ShortFormat))
                                  : QString());
        updateHoursState();
    });
    connect(m_roundTheClock, &QCheckBox::toggled, this, [this](bool on) {
        if (on) {
            m_start->setTime(QTime(0, 0));
            m_end->setTime(QTime(0, 0));
        }
        updateHoursState();
    });
    connect(m_saveHours, &QPushButton::clicked, this, &WorkingCalendarDialog::saveWorkingHours);
    loadHours();
    load();
}

WorkingHours WorkingCalendarDialog::formHours() const
{
    WorkingHours hours;
    hours.weekdays.clear();
    for (int day = 1; day <= 7; ++day) {
        if (m_weekdays.at(day - 1)->isChecked())
            hours.weekdays.insert(day);
    }
    if (m_roundTheClock->isChecked()) {
        hours.startMinute = 0;
        hours.endMinute = DayMinutes;
    } else {
        hours.startMinute = m_start->time().msecsSinceStartOfDay() / 60000;
        hours.endMinute = m_end->time().msecsSinceStartOfDay() / 60000;
        if (hours.endMinute == 0)
            hours.endMinute = DayMinutes; // until midnight
    }
    hours.timeZoneId = m_timeZone->currentData().toByteArray();
    return hours;
}

void WorkingCalendarDialog::loadHours()
{
    auto hours = m_services.calendar.workingHours(m_actor);
    if (!hours) {
        PriceText::showError(m_error, hours.error().message);
        return;
    }
    m_savedHours = *hours;
    // A calendar that never named its zone counts in this computer's: show that one.
    if (m_savedHours.timeZoneId.isEmpty())
        m_savedHours.timeZoneId = QTimeZone::systemTimeZoneId();
    const QSignalBlocker blockRound(m_roundTheClock);
    for (int day = 1; day <= 7; ++day) {
        const QSignalBlocker block(m_weekdays.at(day - 1));
        m_weekdays.at(day - 1)->setChecked(m_savedHours.weekdays.contains(day));
    }
    const QSignalBlocker blockStart(m_start);
    const QSignalBlocker blockEnd(m_end);
    m_roundTheClock->setChecked(m_savedHours.startMinute == 0 && m_savedHours.endMinute >= DayMinutes);
    m_start->setTime(QTime(0, 0).addSecs(m_savedHours.startMinute * 60));
    m_end->setTime(QTime(0, 0).addSecs((m_savedHours.endMinute % DayMinutes) * 60));
    int zone = m_timeZone->findData(m_savedHours.timeZoneId);
    if (zone < 0) {
        // Saved on a computer that knows a zone this one does not: keep it as it is.
        m_timeZone->addItem(QString::fromLatin1(m_savedHours.timeZoneId), m_savedHours.timeZoneId);
        zone = m_timeZone->count() - 1;
    }
    if (m_timeZone->currentIndex() == zone)
        updateHoursState();
    else
        m_timeZone->setCurrentIndex(zone); // shows its offset and updates the state
}

void WorkingCalendarDialog::updateHoursState()
{
    const bool allDay = m_roundTheClock->isChecked();
    m_start->setEnabled(m_canEdit && !allDay);
    m_end->setEnabled(m_canEdit && !allDay);
    const WorkingHours hours = formHours();
    const int minutes = hours.endMinute - hours.startMinute;
    const auto duration = [this](int m) {
        return m % 60 == 0 ? tr("%1 h").arg(m / 60) : tr("%1 h %2 min").arg(m / 60).arg(m % 60);
    };
    QString note;
    if (minutes <= 0)
        note = tr("The working day must start before it ends.");
    else if (hours.weekdays.isEmpty())
        note = tr("Choose at least one working day of the week.");
    else
        note =
            tr("%1 a day, %2 a week").arg(duration(minutes), duration(minutes * int(hours.weekdays.size())));
    if (m_canEdit && hours != m_savedHours)
        note += u" · "_qs + tr("not saved yet");
    m_hoursNote->setText(note);
    m_saveHours->setEnabled(hours != m_savedHours);
}

bool WorkingCalendarDialog::saveWorkingHours()
{
    if (!m_canEdit)
        return false;
    PriceText::showError(m_error, {});
    if (auto ok = m_services.calendar.setWorkingHours(m_actor, formHours()); !ok) {
        PriceText::showError(m_error, ok.error().message);
        return false;
    }
    loadHours();
    return true;
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
