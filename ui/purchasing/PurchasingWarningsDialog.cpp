#include "PurchasingWarningsDialog.h"

#include "ScorecardText.h"
#include "common/TableViews.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace kontor {

namespace {

constexpr int IdRole = Qt::UserRole + 1;

QTableWidgetItem* cell(const QString& text, bool number = false)
{
    auto* item = new QTableWidgetItem(text);
    item->setTextAlignment(Qt::Alignment((number ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter));
    return item;
}

QColor urgentColor()
{
    return QColor(0xC6, 0x28, 0x28);
}

// The supplier's column takes the room left; figures are right-aligned at the end.
QTableWidget* makeTable(const QString& objectName, const QStringList& titles, int rows, int supplierColumn,
                        const QList<int>& numbers)
{
    auto* table = new QTableWidget(rows, int(titles.size()));
    table->setObjectName(objectName);
    for (int c = 0; c < titles.size(); ++c) {
        auto* header = new QTableWidgetItem(titles[c]);
        header->setTextAlignment(
            Qt::Alignment((numbers.contains(c) ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter));
        table->setHorizontalHeaderItem(c, header);
    }
    TableViews::setUp(table, QAbstractItemView::SingleSelection, supplierColumn);
    return table;
}

// As tall as its rows, up to eight; longer lists scroll.
void fitHeight(QTableWidget* table)
{
    const int shown = std::clamp(table->rowCount(), 1, 8);
    const int height = table->horizontalHeader()->sizeHint().height() +
                       shown * table->verticalHeader()->defaultSectionSize() + 2 * table->frameWidth();
    table->setMinimumHeight(height);
    table->setMaximumHeight(table->rowCount() > 8 ? QWIDGETSIZE_MAX : height);
}

QLabel* heading(const QString& text)
{
    auto* label = new QLabel(text);
    QFont bold = label->font();
    bold.setBold(true);
    label->setFont(bold);
    return label;
}

QLabel* noneLabel(const QString& text)
{
    auto* label = new QLabel(text);
    label->setContentsMargins(12, 0, 0, 6);
    label->setStyleSheet(u"color: palette(mid);"_qs);
    return label;
}

} // namespace

QString PurchasingWarningsDialog::countText(int count)
{
    return count == 1 ? tr("1 warning") : tr("%n warnings", nullptr, count);
}

PurchasingWarningsDialog::PurchasingWarningsDialog(const PurchasingWarnings& w, QDate today, QWidget* parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Purchasing warnings"));
    const QLocale locale;
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(
        w.count() == 0 ? tr("Nothing needs attention on %1.").arg(ScorecardText::date(today, locale))
                       : tr("%1 on %2.").arg(countText(w.count()), ScorecardText::date(today, locale)));
    intro->setObjectName(u"introLabel"_qs);
    layout->addWidget(intro);

    // ---- overdue purchase orders ----
    m_overdue = makeTable(u"overdueTable"_qs, {tr("PO"), tr("Supplier"), tr("Due"), tr("Days overdue")},
                          int(w.overduePos.size()), 1, {3});
    for (int row = 0; row < w.overduePos.size(); ++row) {
        const PoListRow& po = w.overduePos[row];
        const qint64 late = po.dueOn.isValid() ? po.dueOn.daysTo(today) : 0;
        m_overdue->setItem(row, 0, cell(po.number));
        m_overdue->setItem(row, 1, cell(po.supplierName));
        m_overdue->setItem(row, 2, cell(ScorecardText::date(po.dueOn, locale)));
        auto* days = cell(locale.toString(late), true);
        days->setForeground(urgentColor());
        m_overdue->setItem(row, 3, days);
    }
    layout->addSpacing(6);
    layout->addWidget(heading(tr("Purchase orders overdue (%1)").arg(w.overduePos.size())));
    if (w.overduePos.isEmpty())
        layout->addWidget(noneLabel(tr("No purchase order is past its due date.")));
    layout->addWidget(m_overdue);
    m_overdue->setVisible(!w.overduePos.isEmpty());

    // ---- contracts ending ----
    m_contracts =
        makeTable(u"contractsTable"_qs, {tr("Supplier"), tr("Contract"), tr("Valid to"), tr("Days left")},
                  int(w.expiringContracts.size()), 0, {3});
    for (int row = 0; row < w.expiringContracts.size(); ++row) {
        const ContractReminder& k = w.expiringContracts[row];
        m_contracts->setItem(row, 0, cell(k.supplierName));
        m_contracts->setItem(row, 1, cell(k.number));
        m_contracts->setItem(row, 2, cell(ScorecardText::date(k.validTo, locale)));
        auto* left = cell(k.daysLeft < 0 ? tr("expired") : locale.toString(k.daysLeft), true);
        if (k.daysLeft < 0)
            left->setForeground(urgentColor());
        m_contracts->setItem(row, 3, left);
    }
    layout->addSpacing(6);
    layout->addWidget(heading(tr("Contracts expiring (%1)").arg(w.expiringContracts.size())));
    if (w.expiringContracts.isEmpty())
        layout->addWidget(noneLabel(tr("No contract ends within its renewal notice.")));
    layout->addWidget(m_contracts);
    m_contracts->setVisible(!w.expiringContracts.isEmpty());

    // ---- suppliers missing their targets: one row per target missed ----
    qsizetype missedCount = 0;
    for (const Scorecard& s : w.breachingSuppliers)
        missedCount += ScorecardText::missedTargets(s, locale).size();
    m_breaches = makeTable(u"breachTable"_qs, {tr("Supplier"), tr("Figure"), tr("This month"), tr("Target")},
                           int(missedCount), 0, {2, 3});
    int row = 0;
    for (const Scorecard& s : w.breachingSuppliers) {
        const QList<ScorecardText::MissedTarget> missed = ScorecardText::missedTargets(s, locale);
        for (qsizetype i = 0; i < missed.size(); ++i, ++row) {
            // The supplier's name once, on its first target.
            auto* name = cell(i == 0 ? s.supplierName : QString());
            name->setData(IdRole, QVariant::fromValue(s.supplierId));
            name->setToolTip(tr("Double-click to see the supplier's scorecard"));
            m_breaches->setItem(row, 0, name);
            m_breaches->setItem(row, 1, cell(missed[i].figure));
            auto* result = cell(missed[i].result, true);
            result->setForeground(urgentColor());
            m_breaches->setItem(row, 2, result);
            m_breaches->setItem(row, 3, cell(missed[i].target, true));
        }
    }
    layout->addSpacing(6);
    layout->addWidget(
        heading(tr("Suppliers missing their targets this month (%1)").arg(w.breachingSuppliers.size())));
    if (w.breachingSuppliers.isEmpty())
        layout->addWidget(
            noneLabel(tr("Every supplier meets the targets of its contract so far this month.")));
    layout->addWidget(m_breaches);
    m_breaches->setVisible(!w.breachingSuppliers.isEmpty());
    if (!w.breachingSuppliers.isEmpty())
        layout->addWidget(noneLabel(tr("Double-click a supplier to see its scorecard.")));
    connect(m_breaches, &QTableWidget::cellDoubleClicked, this, [this](int clicked, int) {
        Q_EMIT supplierActivated(m_breaches->item(clicked, 0)->data(IdRole).value<Id>());
        accept();
    });

    TableViews::setColumnWidths(m_overdue, {{0, 14}, {2, 14}, {3, 14}});
    TableViews::setColumnWidths(m_contracts, {{1, 14}, {2, 14}, {3, 14}});
    TableViews::setColumnWidths(m_breaches, {{1, 14}, {2, 14}, {3, 14}});
    for (QTableWidget* table : {m_overdue, m_contracts, m_breaches}) {
        TableViews::fitTitles(table);
        fitHeight(table);
    }
    layout->addStretch(1);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    // Focus on Close, not on a list's first cell.
    buttons->button(QDialogButtonBox::Close)->setDefault(true);
    buttons->button(QDialogButtonBox::Close)->setFocus();
    resize(760, sizeHint().height());
}

} // namespace kontor
