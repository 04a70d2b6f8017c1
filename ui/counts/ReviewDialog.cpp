#include "ReviewDialog.h"

#include "CountReviewModel.h"
#include "catalog/ProductService.h"
#include "common/MessageBox.h"
#include "common/Money.h"
#include "common/ProgressRunner.h"
#include "common/TableViews.h"
#include "stock/CountService.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QRadioButton>
#include <QTableView>
#include <QVBoxLayout>

namespace kontor {

ReviewDialog::ReviewDialog(CountService& counts, ProductService& products, Actor actor, const Id& sessionId,
                           QWidget* parent)
    : QDialog(parent)
    , m_counts(counts)
    , m_products(products)
    , m_actor(std::move(actor))
    , m_sessionId(sessionId)
    , m_model(new CountReviewModel(this))
    , m_view(new QTableView)
    , m_header(new QLabel)
    , m_summary(new QLabel)
    , m_onlyDifferences(new QCheckBox(tr("Only &differences and stock nobody counted")))
    , m_leaveUncounted(new QRadioButton(tr("&leave their stock as it is")))
    , m_zeroUncounted(new QRadioButton(tr("set their stock to &zero (looked for, not found)")))
    , m_recount(new QPushButton(tr("&Recount selected")))
    , m_countAgain(new QPushButton(tr("&Back to counting")))
    , m_post(new QPushButton(tr("&Post count…")))
{
    setObjectName(u"countReviewDialog"_qs);
    m_model->setCurrency(m_products.currency());

    // Counting ends when the review starts: a blind count shows its expected figures now.
    if (auto session = m_counts.session(m_actor, m_sessionId); session && session->isOpen()) {
        if (auto ok = m_counts.beginReview(m_actor, m_sessionId); !ok)
            MessageBox::warning(parent, tr("Review"), ok.error().message);
    }
    if (auto session = m_counts.session(m_actor, m_sessionId))
        m_session = *session;
    setWindowTitle(tr("Review of count %1").arg(m_session.number));

    m_header->setObjectName(u"reviewHeader"_qs);
    QFont headerFont = m_header->font();
    headerFont.setPointSizeF(headerFont.pointSizeF() * 1.3);
    headerFont.setBold(true);
    m_header->setFont(headerFont);
    QString title = m_session.number + u" · "_qs + CountKinds::scopeName(m_session.scope);
    if (!m_session.name.isEmpty())
        title += u" · "_qs + m_session.name;
    m_header->setText(title + u" · "_qs + CountKinds::statusName(m_session.status));
    m_summary->setObjectName(u"reviewSummary"_qs);
    m_summary->setWordWrap(true);

    m_view->setObjectName(u"reviewTable"_qs);
    m_view->setModel(m_model);
    TableViews::setUp(m_view, QAbstractItemView::ExtendedSelection, CountReviewModel::Name);
    TableViews::setColumnWidths(m_view, {{CountReviewModel::Location, 16},
                                         {CountReviewModel::Sku, 14},
                                         {CountReviewModel::Expected, 10},
                                         {CountReviewModel::Counted, 10},
                                         {CountReviewModel::Difference, 11},
                                         {CountReviewModel::Value, 15},
                                         {CountReviewModel::State, 13}});
    TableViews::fitTitles(m_view);
    QHeaderView* header = m_view->horizontalHeader();
    // The state column fits its longest word ("Not counted", "To recount" and their translations).
    int stateWidth = header->sectionSize(CountReviewModel::State);
    for (const bool counted : {false, true}) {
        for (const bool recount : {false, true}) {
            CountReviewRow sample;
            sample.recount = recount;
            if (counted)
                sample.counted = Quantity();
            const int needed =
                m_view->fontMetrics().horizontalAdvance(CountReviewModel::stateText(sample)) + 24;
            stateWidth = std::max(stateWidth, needed);
        }
    }
    header->resizeSection(CountReviewModel::State, stateWidth);
    header->setSectionHidden(CountReviewModel::Value, !m_actor.can(Permission::ViewCosts));

    m_onlyDifferences->setObjectName(u"onlyDifferencesCheck"_qs);
    m_leaveUncounted->setObjectName(u"leaveUncountedRadio"_qs);
    m_zeroUncounted->setObjectName(u"zeroUncountedRadio"_qs);
    m_leaveUncounted->setChecked(true);
    auto* group = new QButtonGroup(this);
    group->addButton(m_leaveUncounted);
    group->addButton(m_zeroUncounted);
    auto* uncountedLabel = new QLabel(tr("Items nobody counted:"));
    auto* options = new QHBoxLayout;
    options->addWidget(m_onlyDifferences);
    options->addStretch(1);
    options->addWidget(uncountedLabel);
    options->addWidget(m_leaveUncounted);
    options->addWidget(m_zeroUncounted);

    m_recount->setObjectName(u"recountButton"_qs);
    m_recount->setToolTip(tr("Count the selected products again: their lines so far are set aside"));
    m_countAgain->setObjectName(u"countAgainButton"_qs);
    m_post->setObjectName(u"postButton"_qs);
    m_post->setDefault(true);
    auto* close = new QPushButton(tr("Close"));
    close->setObjectName(u"closeReviewButton"_qs);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_recount);
    buttons->addWidget(m_countAgain);
    buttons->addStretch(1);
    buttons->addWidget(m_post);
    buttons->addWidget(close);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_header);
    layout->addWidget(m_summary);
    layout->addLayout(options);
    layout->addWidget(m_view, 1);
    layout->addLayout(buttons);
    resize(1100, 680);

    connect(m_onlyDifferences, &QCheckBox::toggled, m_model, &CountReviewModel::setOnlyDifferences);
    connect(m_zeroUncounted, &QRadioButton::toggled, this, &ReviewDialog::reload);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ReviewDialog::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ReviewDialog::updateButtons);
    connect(m_recount, &QPushButton::clicked, this, &ReviewDialog::recountSelected);
    connect(m_countAgain, &QPushButton::clicked, this, &ReviewDialog::countAgain);
    connect(m_post, &QPushButton::clicked, this, &ReviewDialog::postCount);
    connect(close, &QPushButton::clicked, this, &QDialog::reject);

    reload();
}

UncountedRule ReviewDialog::uncountedRule() const
{
    return m_zeroUncounted->isChecked() ? UncountedRule::SetToZero : UncountedRule::LeaveUnchanged;
}

void ReviewDialog::setUncountedRule(UncountedRule rule)
{
    (rule == UncountedRule::SetToZero ? m_zeroUncounted : m_leaveUncounted)->setChecked(true);
}

void ReviewDialog::setOnlyDifferences(bool only)
{
    m_onlyDifferences->setChecked(only);
}

void ReviewDialog::reload()
{
    ProgressRunner runner(this, tr("Comparing the count with the ledger…"));
    const Actor actor = m_actor;
    const Id session = m_sessionId;
    const UncountedRule rule = uncountedRule();
    CountService* counts = &m_counts;
    auto rows = runner.run<QList<CountReviewRow>>(
        [=](const ProgressRunner::Progress&) { return counts->reviewRows(actor, session, rule); });
    if (!rows) {
        m_model->setRows({});
        m_summary->setText(rows.error().message);
        return;
    }
    m_model->setRows(*rows);
    m_summary->setText(summaryText());
}

QString ReviewDialog::summaryText() const
{
    int counted = 0;
    int short_ = 0;
    int over = 0;
    int uncounted = 0;
    qint64 shortValue = 0;
    qint64 overValue = 0;
    bool hasValue = false;
    for (const CountReviewRow& r : m_model->allRows()) {
        if (r.counted)
            ++counted;
        else
            ++uncounted;
        if (!r.difference || r.difference->milli() == 0)
            continue;
        const bool isShort = r.difference->milli() < 0;
        (isShort ? short_ : over) += 1;
        if (r.differenceValue) {
            hasValue = true;
            (isShort ? shortValue : overValue) += *r.differenceValue;
        }
    }
    const QString currency = m_products.currency();
    QStringList parts;
    parts.append(
        tr("%1 of %2 items counted")
            .arg(QLocale().toString(counted), QLocale().toString(qsizetype(m_model->allRows().size()))));
    if (m_session.hidesExpected()) {
        parts.append(tr("expected quantities are hidden while a blind count is open"));
        return parts.join(u" · "_qs);
    }
    QString shortText = (short_ == 1 ? tr("1 item short") : tr("%Ln items short", nullptr, short_));
    if (hasValue && short_ > 0)
        shortText += u" ("_qs + Money(shortValue, currency).toDisplayString() + u")"_qs;
    QString overText = (over == 1 ? tr("1 item over") : tr("%Ln items over", nullptr, over));
    if (hasValue && over > 0)
        overText += u" (+"_qs + Money(overValue, currency).toDisplayString() + u")"_qs;
    parts.append(shortText);
    parts.append(overText);
    if (uncounted > 0)
        parts.append(tr("%Ln not counted", nullptr, uncounted));
    if (hasValue && (short_ > 0 || over > 0))
        parts.append(tr("net %1").arg(Money(shortValue + overValue, currency).toDisplayString()));
    return parts.join(u" · "_qs);
}

void ReviewDialog::updateButtons()
{
    const bool active = !m_session.isFinished();
    const bool selected = m_view->selectionModel()->hasSelection();
    m_recount->setEnabled(active && selected);
    m_countAgain->setEnabled(active);
    m_post->setEnabled(active && m_session.lineCount > 0);
    m_leaveUncounted->setEnabled(active);
    m_zeroUncounted->setEnabled(active);
    if (active && m_session.lineCount == 0)
        m_post->setToolTip(tr("Nothing has been counted yet"));
    else
        m_post->setToolTip(QString());
}

void ReviewDialog::recountSelected()
{
    QList<CountPlace> places;
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    for (const QModelIndex& index : rows) {
        if (const CountReviewRow* r = m_model->rowAt(index.row()))
            places.append(CountPlace{r->productId, r->locationId});
    }
    if (places.isEmpty())
        return;
    if (auto ok = m_counts.markForRecount(m_actor, m_sessionId, places); !ok) {
        MessageBox::warning(this, tr("Recount"), ok.error().message);
        return;
    }
    m_outcome = Outcome::CountAgain;
    accept();
}

void ReviewDialog::countAgain()
{
    if (auto ok = m_counts.reopen(m_actor, m_sessionId); !ok) {
        MessageBox::warning(this, tr("Back to counting"), ok.error().message);
        return;
    }
    m_outcome = Outcome::CountAgain;
    accept();
}

bool ReviewDialog::postCount()
{
    const UncountedRule rule = uncountedRule();
    const QString uncounted = rule == UncountedRule::SetToZero ? tr("Items nobody counted are set to zero.")
                                                               : tr("Items nobody counted keep their stock.");
    const auto answer = MessageBox::question(
        this, tr("Post count"),
        tr("Post count %1? The counted quantities become the stock at the time they were counted.\n\n%2\n%3")
            .arg(m_session.number, summaryText(), uncounted),
        MessageBox::Buttons(QMessageBox::Yes | QMessageBox::No), QMessageBox::No);
    if (answer != QMessageBox::Yes)
        return false;
    ProgressRunner runner(this, tr("Posting the count…"));
    const Actor actor = m_actor;
    const Id session = m_sessionId;
    CountService* counts = &m_counts;
    auto posted =
        runner.run<int>([=](const ProgressRunner::Progress&) { return counts->post(actor, session, rule); });
    if (!posted) {
        MessageBox::warning(this, tr("Post count"), posted.error().message);
        return false;
    }
    m_outcome = Outcome::Posted;
    accept();
    return true;
}

} // namespace kontor
