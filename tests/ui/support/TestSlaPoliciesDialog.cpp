#include "common/MessageBox.h"
#include "support/LongTranslator.h"
#include "support/Must.h"
#include "support/ScreenshotTools.h"
#include "support/SlaPoliciesDialog.h"
#include "support/StockShop.h"

#include <QCheckBox>
#include <QComboBox>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableWidget>
#include <QTest>

using namespace kontor;
using test::must;
using test::StockShop;

namespace {

QStringList column(const SlaPoliciesDialog& d, int column)
{
    QStringList texts;
    for (int row = 0; row < d.table()->rowCount(); ++row)
        texts.append(d.table()->item(row, column)->text());
    return texts;
}

SlaPolicy stored(StockShop& shop, const Id& id)
{
    for (const SlaPolicy& p : must(shop.support.policies(shop.owner, true))) {
        if (p.id == id)
            return p;
    }
    qFatal("no such policy");
}

SlaPolicy storedByCode(StockShop& shop, const QString& code)
{
    for (const SlaPolicy& p : must(shop.support.policies(shop.owner, true))) {
        if (p.code == code)
            return p;
    }
    qFatal("no such policy");
}

void setTarget(SlaPoliciesDialog& d, SlaTarget target, std::optional<std::pair<int, int>> hoursMinutes)
{
    d.targetCheck(target)->setChecked(hoursMinutes.has_value());
    if (hoursMinutes) {
        d.hoursSpin(target)->setValue(hoursMinutes->first);
        d.minutesSpin(target)->setValue(hoursMinutes->second);
    }
}

} // namespace

class TestSlaPoliciesDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { MessageBox::setTestMode(true); }
    void init() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void listsTheBuiltInPolicies()
    {
        StockShop shop;
        SlaPoliciesDialog d(shop.services(), shop.owner);
        QVERIFY(!d.isReadOnly());
        // In the order they are tried, named in the user's language.
        QCOMPARE(column(d, SlaPoliciesDialog::PositionColumn), (QStringList{u"10"_qs, u"20"_qs, u"30"_qs}));
        QCOMPARE(column(d, SlaPoliciesDialog::NameColumn),
                 (QStringList{u"Urgent"_qs, u"High priority"_qs, u"Standard"_qs}));
        QCOMPARE(column(d, SlaPoliciesDialog::CriteriaColumn),
                 (QStringList{u"Priority: Urgent"_qs, u"Priority: High"_qs, u"Any ticket"_qs}));
        QCOMPARE(column(d, SlaPoliciesDialog::FirstResponseColumn),
                 (QStringList{u"1 h"_qs, u"4 h"_qs, u"8 h"_qs}));
        QCOMPARE(column(d, SlaPoliciesDialog::NextResponseColumn),
                 (QStringList{u"2 h"_qs, u"4 h"_qs, u"8 h"_qs}));
        QCOMPARE(column(d, SlaPoliciesDialog::ResolutionColumn),
                 (QStringList{u"8 h"_qs, u"16 h"_qs, u"40 h"_qs}));
        QCOMPARE(column(d, SlaPoliciesDialog::ClockColumn), QStringList(3, u"Business hours"_qs));

        // The first is shown in the form: a built-in one keeps its translated name as a hint.
        QCOMPARE(d.table()->currentRow(), 0);
        QVERIFY(d.nameEdit()->text().isEmpty());
        QCOMPARE(d.nameEdit()->placeholderText(), u"Urgent"_qs);
        QCOMPARE(d.priorityCombo()->currentText(), u"Urgent"_qs);
        QCOMPARE(d.channelCombo()->currentText(), u"Any"_qs);
        QVERIFY(d.customerTagEdit()->text().isEmpty());
        QVERIFY(d.targetCheck(SlaTarget::FirstResponse)->isChecked());
        QCOMPARE(d.hoursSpin(SlaTarget::FirstResponse)->value(), 1);
        QCOMPARE(d.minutesSpin(SlaTarget::FirstResponse)->value(), 0);
        QCOMPARE(d.hoursSpin(SlaTarget::Resolution)->value(), 8);
        QVERIFY(d.businessHoursRadio()->isChecked());
        QCOMPARE(d.warnShareSpin()->value(), 75);
        QCOMPARE(d.escalateCombo()->currentData().toInt(), int(SlaPolicy::Escalate::AtWarning));
        QVERIFY(!d.raisePriorityCheck()->isChecked());
        QCOMPARE(d.escalateToCombo()->currentIndex(), 0); // keep the assignee
        QVERIFY(d.activeCheck()->isChecked());
        QVERIFY(!d.moveUpButton()->isEnabled());
        QVERIFY(d.moveDownButton()->isEnabled());
        QCOMPARE(d.reopenDaysSpin()->value(), 7);
        d.show();
        test::screenshot(&d, u"sla-policies"_qs);
    }

    void createsAPolicy()
    {
        StockShop shop;
        const User anna = must(shop.users.save(shop.owner, User{{}, u"Anna"_qs, Role::Support, {}, true}));
        QSignalSpy changed(&shop.support, &SupportService::policiesChanged);
        SlaPoliciesDialog d(shop.services(), shop.owner);
        d.newButton()->click();
        QCOMPARE(d.positionSpin()->value(), 40); // placed last
        // A new policy starts from the standard targets.
        QVERIFY(d.targetCheck(SlaTarget::FirstResponse)->isChecked());
        QCOMPARE(d.hoursSpin(SlaTarget::FirstResponse)->value(), 8);
        QVERIFY(!d.targetCheck(SlaTarget::NextResponse)->isChecked());
        QVERIFY(!d.hoursSpin(SlaTarget::NextResponse)->isEnabled());

        d.nameEdit()->setText(u"VIP by phone"_qs);
        d.channelCombo()->setCurrentIndex(d.channelCombo()->findData(int(TicketChannel::Phone)));
        d.customerTagEdit()->setText(u"VIP"_qs);
        setTarget(d, SlaTarget::FirstResponse, std::pair(0, 30));
        setTarget(d, SlaTarget::NextResponse, std::nullopt);
        setTarget(d, SlaTarget::Resolution, std::pair(4, 15));
        d.roundTheClockRadio()->setChecked(true);
        d.pauseFirstResponseCheck()->setChecked(true);
        d.warnShareSpin()->setValue(50);
        d.escalateCombo()->setCurrentIndex(d.escalateCombo()->findData(int(SlaPolicy::Escalate::Never)));
        QVERIFY(!d.escalateToCombo()->isEnabled()); // nothing to reassign when it never escalates
        d.escalateCombo()->setCurrentIndex(d.escalateCombo()->findData(int(SlaPolicy::Escalate::AtWarning)));
        QVERIFY(d.escalateToCombo()->isEnabled());
        d.raisePriorityCheck()->setChecked(true);
        const int annaIndex = d.escalateToCombo()->findText(u"Anna"_qs);
        QVERIFY(annaIndex > 0);
        d.escalateToCombo()->setCurrentIndex(annaIndex);
        d.saveButton()->click();
        QVERIFY2(d.errorText().isEmpty(), qPrintable(d.errorText()));
        QCOMPARE(changed.count(), 1);

        QCOMPARE(d.table()->rowCount(), 4);
        QCOMPARE(d.table()->currentRow(), 3);
        QCOMPARE(d.table()->item(3, SlaPoliciesDialog::NameColumn)->text(), u"VIP by phone"_qs);
        QCOMPARE(d.table()->item(3, SlaPoliciesDialog::CriteriaColumn)->text(),
                 u"Channel: Phone · Customer tag: VIP"_qs);
        QCOMPARE(d.table()->item(3, SlaPoliciesDialog::FirstResponseColumn)->text(), u"30 min"_qs);
        QCOMPARE(d.table()->item(3, SlaPoliciesDialog::NextResponseColumn)->text(), u"—"_qs);
        QCOMPARE(d.table()->item(3, SlaPoliciesDialog::ResolutionColumn)->text(), u"4 h 15 min"_qs);
        QCOMPARE(d.table()->item(3, SlaPoliciesDialog::ClockColumn)->text(), u"Round the clock"_qs);

        const SlaPolicy p = stored(shop, d.policies().at(3).id);
        QCOMPARE(p.name, u"VIP by phone"_qs);
        QVERIFY(p.code.isEmpty());
        QCOMPARE(p.position, 40);
        QCOMPARE(p.priority, std::nullopt);
        QCOMPARE(p.channel, std::optional(TicketChannel::Phone));
        QCOMPARE(p.customerGroup, u"VIP"_qs);
        QCOMPARE(p.firstResponseMinutes, std::optional(30));
        QCOMPARE(p.nextResponseMinutes, std::nullopt);
        QCOMPARE(p.resolutionMinutes, std::optional(4 * 60 + 15));
        QVERIFY(!p.businessHours);
        QVERIFY(p.pauseFirstResponse);
        QCOMPARE(p.warnShareBp, 5000);
        QCOMPARE(p.escalateAt, SlaPolicy::Escalate::AtWarning);
        QVERIFY(p.escalateRaisesPriority);
        QCOMPARE(p.escalateTo, anna.id);
        QVERIFY(p.active);
        // Two criteria beat the standard policy's none for a VIP calling; others keep the standard.
        const auto all = must(shop.support.policies(shop.owner));
        QCOMPARE(
            SupportService::choosePolicy(all, TicketPriority::Normal, TicketChannel::Phone, {u"vip"_qs})->id,
            p.id);
        QCOMPARE(SupportService::choosePolicy(all, TicketPriority::Normal, TicketChannel::Email, {u"vip"_qs})
                     ->code,
                 u"standard"_qs);

        // Refusals come from the service and are shown.
        setTarget(d, SlaTarget::FirstResponse, std::nullopt);
        setTarget(d, SlaTarget::Resolution, std::nullopt);
        QVERIFY(!d.save());
        QCOMPARE(d.errorText(), u"Set at least one target."_qs);
        setTarget(d, SlaTarget::FirstResponse, std::pair(0, 0));
        QVERIFY(!d.save());
        QCOMPARE(d.errorText(), u"A target must be longer than zero."_qs);
        QCOMPARE(stored(shop, p.id).firstResponseMinutes, std::optional(30));

        // Made inactive: listed grey, never chosen.
        QVERIFY(d.select(p.id));
        QVERIFY(d.errorText().isEmpty());
        d.activeCheck()->setChecked(false);
        QVERIFY(d.save());
        QCOMPARE(d.table()->item(3, SlaPoliciesDialog::NameColumn)->text(), u"VIP by phone (inactive)"_qs);
        QVERIFY(!stored(shop, p.id).active);
        QCOMPARE(must(shop.support.policies(shop.owner)).size(), 3);
    }

    void editsABuiltInPolicy()
    {
        StockShop shop;
        SlaPoliciesDialog d(shop.services(), shop.owner);
        QVERIFY(d.select(storedByCode(shop, u"standard"_qs).id));
        QCOMPARE(d.hoursSpin(SlaTarget::Resolution)->value(), 40);
        d.hoursSpin(SlaTarget::Resolution)->setValue(32);
        d.minutesSpin(SlaTarget::Resolution)->setValue(30);
        d.escalateCombo()->setCurrentIndex(d.escalateCombo()->findData(int(SlaPolicy::Escalate::Never)));
        QVERIFY(d.save());
        const SlaPolicy standard = storedByCode(shop, u"standard"_qs);
        QCOMPARE(standard.resolutionMinutes, std::optional(32 * 60 + 30));
        QCOMPARE(standard.firstResponseMinutes, std::optional(480)); // untouched
        QCOMPARE(standard.escalateAt, SlaPolicy::Escalate::Never);
        QVERIFY(standard.name.isEmpty()); // still named in the user's language
        QCOMPARE(d.table()->item(2, SlaPoliciesDialog::NameColumn)->text(), u"Standard"_qs);
        QCOMPARE(d.table()->item(2, SlaPoliciesDialog::ResolutionColumn)->text(), u"32 h 30 min"_qs);
    }

    void changesTheOrder()
    {
        StockShop shop;
        SlaPoliciesDialog d(shop.services(), shop.owner);
        const Id standard = storedByCode(shop, u"standard"_qs).id;
        QVERIFY(d.select(standard));
        QVERIFY(!d.moveDownButton()->isEnabled());
        d.moveUpButton()->click();
        QCOMPARE(column(d, SlaPoliciesDialog::NameColumn),
                 (QStringList{u"Urgent"_qs, u"Standard"_qs, u"High priority"_qs}));
        QCOMPARE(d.table()->currentRow(), 1); // follows the policy moved
        QCOMPARE(storedByCode(shop, u"standard"_qs).position, 20);
        QCOMPARE(storedByCode(shop, u"high"_qs).position, 30);
        QCOMPARE(storedByCode(shop, u"urgent"_qs).position, 10);
        QVERIFY(d.move(-1));
        QCOMPARE(column(d, SlaPoliciesDialog::NameColumn),
                 (QStringList{u"Standard"_qs, u"Urgent"_qs, u"High priority"_qs}));
        QVERIFY(!d.move(-1)); // already first
        QCOMPARE(column(d, SlaPoliciesDialog::PositionColumn), (QStringList{u"10"_qs, u"20"_qs, u"30"_qs}));

        // Or by its number.
        QVERIFY(d.select(storedByCode(shop, u"high"_qs).id));
        d.positionSpin()->setValue(5);
        QVERIFY(d.save());
        QCOMPARE(column(d, SlaPoliciesDialog::NameColumn),
                 (QStringList{u"High priority"_qs, u"Standard"_qs, u"Urgent"_qs}));
        QCOMPARE(storedByCode(shop, u"high"_qs).position, 5);
    }

    void savesTheReopenPeriod()
    {
        StockShop shop;
        SlaPoliciesDialog d(shop.services(), shop.owner);
        QVERIFY(!d.saveReopenButton()->isEnabled());
        d.reopenDaysSpin()->setValue(14);
        QVERIFY(d.saveReopenButton()->isEnabled());
        d.saveReopenButton()->click();
        QCOMPARE(must(shop.support.reopenDays(shop.owner)), 14);
        QVERIFY(!d.saveReopenButton()->isEnabled());
        SlaPoliciesDialog again(shop.services(), shop.owner);
        QCOMPARE(again.reopenDaysSpin()->value(), 14);
    }

    void readOnlyForSupport()
    {
        StockShop shop;
        const Actor agent = Actor::withRole(Role::Support, u"Anna"_qs);
        SlaPoliciesDialog d(shop.services(), agent);
        QVERIFY(d.isReadOnly());
        QVERIFY(!d.findChild<QLabel*>(u"readOnlyNote"_qs)->isHidden());
        // The terms are shown, nothing can be changed.
        QCOMPARE(d.table()->rowCount(), 3);
        QCOMPARE(d.hoursSpin(SlaTarget::FirstResponse)->value(), 1);
        for (QWidget* w : std::initializer_list<QWidget*>{
                 d.nameEdit(), d.priorityCombo(), d.customerTagEdit(),
                 d.targetCheck(SlaTarget::FirstResponse), d.hoursSpin(SlaTarget::FirstResponse),
                 d.warnShareSpin(), d.escalateCombo(), d.reopenDaysSpin()})
            QVERIFY2(!w->isEnabled(), qPrintable(w->objectName()));
        for (QWidget* w : std::initializer_list<QWidget*>{d.saveButton(), d.newButton(), d.moveUpButton(),
                                                          d.moveDownButton(), d.saveReopenButton()})
            QVERIFY2(w->isHidden(), qPrintable(w->objectName()));
        d.hoursSpin(SlaTarget::FirstResponse)->setValue(3);
        QVERIFY(!d.save());
        QVERIFY(d.select(storedByCode(shop, u"standard"_qs).id));
        QVERIFY(!d.move(-1));
        d.reopenDaysSpin()->setValue(30);
        QVERIFY(!d.saveReopenDays());
        QCOMPARE(storedByCode(shop, u"urgent"_qs).firstResponseMinutes, std::optional(60));
        QCOMPARE(storedByCode(shop, u"standard"_qs).position, 30);
        QCOMPARE(must(shop.support.reopenDays(shop.owner)), 7);
        d.show();
        test::screenshot(&d, u"sla-policies-read-only"_qs);
    }

    void longerTextsFit()
    {
        StockShop shop;
        test::LongTranslator translator({u"kontor::SlaPoliciesDialog"_qs, u"kontor::SupportKinds"_qs}, 35);
        QCoreApplication::installTranslator(&translator);
        SlaPoliciesDialog d(shop.services(), shop.owner);
        d.show();
        test::screenshot(&d, u"sla-policies-long"_qs);
        QCoreApplication::removeTranslator(&translator);
        const QSize minimum = d.minimumSizeHint();
        QVERIFY2(minimum.width() <= 1200 && minimum.height() <= 760,
                 qPrintable(u"%1 x %2"_qs.arg(minimum.width()).arg(minimum.height())));
    }
};

QTEST_MAIN(TestSlaPoliciesDialog)
#include "TestSlaPoliciesDialog.moc"
