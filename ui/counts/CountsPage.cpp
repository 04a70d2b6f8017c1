#include "CountsPage.h"

#include "CountSessionTableModel.h"
#include "CountingScreen.h"
#include "NewCountDialog.h"
#include "ReviewDialog.h"
#include "catalog/ProductService.h"
#include "common/ActionButton.h"
#include "common/MessageBox.h"
#include "common/ProgressRunner.h"
#include "common/TableViews.h"
#include "documents/CountSheet.h"
#include "stock/CountService.h"
#include "stock/StockService.h"

#include <QAction>
#include <QCheckBox>
#include <QDateTime>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QStandardPaths>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace kontor {

CountsPage::CountsPage(ProductService& products, StockService& stock, Actor actor, QWidget* parent)
    : QWidget(parent)
    , m_products(products)
    , m_stock(stock)
    , m_actor(std::move(actor))
    , m_counts(new CountService(stock.database(), stock, products, this))
    , m_model(new CountSessionTableModel(*m_counts, stock, products, m_actor, this))
    , m_view(new QTableView)
    , m_showFinished(new QCheckBox(tr("Show &finished counts")))
    , m_emptyLabel(new QLabel)
    , m_status(new QLabel)
    , m_newAction(new QAction(tr("&New count…"), this))
    , m_countAction(new QAction(tr("&Count"), this))
    , m_reviewAction(new QAction(tr("&Review and post…"), this))
    , m_printAction(new QAction(tr("&Print count sheet…"), this))
    , m_cancelAction(new QAction(tr("Cancel count…"), this))
{
    m_newAction->setShortcut(QKeySequence::New);
    m_newAction->setToolTip(
        tr("Start a count (%1)").arg(QKeySequence(QKeySequence::New).toString(QKeySequence::NativeText)));
    m_countAction->setToolTip(tr("Open the counting screen for the scanner (Enter)"));
    m_reviewAction->setToolTip(tr("Compare with the stock on record, recount lines, post"));
    m_printAction->setToolTip(tr("Save the count sheet as a PDF to print and count on paper"));
    addAction(m_newAction);

    m_showFinished->setObjectName(u"showFinishedCheck"_qs);
    m_showFinished->setChecked(true);
    auto* bar = new QHBoxLayout;
    bar->addWidget(actionButton(m_newAction, u"newCountButton"_qs));
    bar->addSpacing(8);
    bar->addWidget(actionButton(m_countAction, u"countButton"_qs));
    bar->addWidget(actionButton(m_reviewAction, u"reviewButton"_qs));
    bar->addWidget(actionButton(m_printAction, u"printSheetButton"_qs));
    bar->addWidget(actionButton(m_cancelAction, u"cancelCountButton"_qs));
    bar->addStretch(1);
    bar->addWidget(m_showFinished);

    m_view->setObjectName(u"countSessionTable"_qs);
    m_view->setModel(m_model);
    TableViews::setUp(m_view, QAbstractItemView::SingleSelection, CountSessionTableModel::Name);
    TableViews::setColumnWidths(m_view, {{CountSessionTableModel::Number, 11},
                                         {CountSessionTableModel::Scope, 20},
                                         {CountSessionTableModel::Where, 24},
                                         {CountSessionTableModel::Status, 13},
                                         {CountSessionTableModel::Progress, 14},
                                         {CountSessionTableModel::Counters, 18}});
    const QString sample =
        QLocale().toString(QDateTime(QDate(2026, 12, 28), QTime(23, 59)), QLocale::ShortFormat);
    m_view->horizontalHeader()->resizeSection(CountSessionTableModel::Created,
                                              m_view->fontMetrics().horizontalAdvance(sample) + 24);
    TableViews::fitTitles(m_view);

    m_emptyLabel->setObjectName(u"emptyLabel"_qs);
    m_emptyLabel->setAlignment(Qt::AlignCenter);
    m_emptyLabel->setWordWrap(true);
    m_emptyLabel->setText(
        tr("<p style='font-size:large'><b>No counts yet</b></p><p>Start one with <b>New count…</b>: a whole "
           "warehouse, one location, a category or the cycle-count list. Count with a barcode scanner on the "
           "counting screen, or print a count sheet and count on paper. Everything works without a "
           "network.</p>"));
    m_emptyLabel->setTextFormat(Qt::RichText);
    m_status->setObjectName(u"statusLabel"_qs);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_emptyLabel, 1);
    layout->addWidget(m_status);

    connect(m_newAction, &QAction::triggered, this, &CountsPage::newCount);
    connect(m_countAction, &QAction::triggered, this, &CountsPage::openCounting);
    connect(m_reviewAction, &QAction::triggered, this, &CountsPage::openReview);
    connect(m_printAction, &QAction::triggered, this, qOverload<>(&CountsPage::printCountSheet));
    connect(m_cancelAction, &QAction::triggered, this, &CountsPage::cancelCount);
    connect(m_showFinished, &QCheckBox::toggled, m_model, &CountSessionTableModel::setShowFinished);
    connect(m_view, &QTableView::activated, this, [this] {
        const CountSession* s = currentSession();
        if (s && s->status == CountStatus::Review)
            openReview();
        else
            openCounting();
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &CountsPage::updateActions);
    // A reset (every change reloads the list) loses the selection: keep it by id.
    connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this, [this] {
        const CountSession* s = currentSession();
        m_keepSelected = s ? s->id : Id();
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        if (!m_keepSelected.isNull())
            selectSession(m_keepSelected);
        updateActions();
    });
    if (m_model->rowCount() > 0)
        m_view->selectRow(0);
    updateActions();
}

const CountSession* CountsPage::currentSession() const
{
    const QModelIndex current = m_view->selectionModel()->currentIndex();
    return current.isValid() ? m_model->sessionAt(current.row()) : nullptr;
}

void CountsPage::selectSession(const Id& id)
{
    const int row = m_model->rowOf(id);
    if (row >= 0)
        m_view->selectRow(row);
}

QString CountsPage::statusText() const
{
    return m_status->text();
}

void CountsPage::showStatus(const QString& text)
{
    m_status->setText(text);
}

void CountsPage::updateActions()
{
    const bool allowed = m_actor.can(Permission::PostCounts);
    const CountSession* s = currentSession();
    m_newAction->setEnabled(allowed);
    m_countAction->setEnabled(allowed && s && !s->isFinished());
    m_reviewAction->setEnabled(allowed && s && s->status != CountStatus::Cancelled);
    m_reviewAction->setText(s && s->status == CountStatus::Posted ? tr("&Review…") : tr("&Review and post…"));
    m_printAction->setEnabled(allowed && s && !s->isFinished());
    m_cancelAction->setEnabled(allowed && s && !s->isFinished());
    // With finished counts shown, no rows means no counts at all: say how to start.
    const bool none =
        m_model->rowCount() == 0 && m_model->errorText().isEmpty() && m_showFinished->isChecked();
    m_view->setVisible(!none);
    m_emptyLabel->setVisible(none);
    if (!m_model->errorText().isEmpty())
        showStatus(m_model->errorText());
}

void CountsPage::newCount()
{
    NewCountDialog dialog(*m_counts, m_stock, m_products, m_actor, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const CountSessionDraft draft = dialog.draft();
    ProgressRunner runner(this, tr("Listing what to count…"));
    CountService* counts = m_counts;
    const Actor actor = m_actor;
    auto created = runner.run<CountSession>([counts, actor, draft](const ProgressRunner::Progress&) {
        return counts->createSession(actor, draft);
    });
    if (!created) {
        MessageBox::warning(this, tr("New count"), created.error().message);
        return;
    }
    m_model->reload();
    selectSession(created->id);
    const QString items =
        created->itemCount == 1 ? tr("1 item") : tr("%Ln items", nullptr, created->itemCount);
    showStatus(tr("Count %1 started: %2 to count.").arg(created->number, items));
}

void CountsPage::openCounting()
{
    const CountSession* s = currentSession();
    if (!s || s->isFinished())
        return;
    const Id id = s->id;
    if (s->status == CountStatus::Review) {
        const auto answer = MessageBox::question(
            this, tr("Count"), tr("Count %1 is in review. Go back to counting?").arg(s->number),
            MessageBox::Buttons(QMessageBox::Yes | QMessageBox::No), QMessageBox::Yes);
        if (answer != QMessageBox::Yes)
            return;
        if (auto ok = m_counts->reopen(m_actor, id); !ok) {
            MessageBox::warning(this, tr("Count"), ok.error().message);
            return;
        }
    }
    CountingScreen screen(*m_counts, m_products, m_stock, m_actor, id, this);
    screen.setWindowState(screen.windowState() | Qt::WindowMaximized);
    screen.exec();
    selectSession(id);
}

void CountsPage::openReview()
{
    const CountSession* s = currentSession();
    if (!s || s->status == CountStatus::Cancelled)
        return;
    const Id id = s->id;
    const QString number = s->number;
    ReviewDialog review(*m_counts, m_products, m_actor, id, this);
    review.exec();
    selectSession(id);
    switch (review.outcome()) {
    case ReviewDialog::Outcome::CountAgain:
        openCounting();
        break;
    case ReviewDialog::Outcome::Posted:
        showStatus(tr("Count %1 is posted: the counted quantities are the stock now.").arg(number));
        break;
    case ReviewDialog::Outcome::None:
        break;
    }
}

void CountsPage::printCountSheet()
{
    const CountSession* s = currentSession();
    if (!s)
        return;
    QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (folder.isEmpty())
        folder = QDir::homePath();
    const QString path = QFileDialog::getSaveFileName(this, tr("Save count sheet"),
                                                      QDir(folder).filePath(s->number + u".pdf"_qs),
                                                      tr("PDF documents (*.pdf)"));
    if (!path.isEmpty())
        printCountSheet(path);
}

bool CountsPage::printCountSheet(const QString& path)
{
    const CountSession* s = currentSession();
    if (!s)
        return false;
    ProgressRunner runner(this, tr("Writing the count sheet…"));
    CountService* counts = m_counts;
    StockService* stock = &m_stock;
    ProductService* products = &m_products;
    const Actor actor = m_actor;
    const Id id = s->id;
    auto pages = runner.run<int>([=](const ProgressRunner::Progress& progress) -> Result<int> {
        auto data = CountSheet::load(*counts, *stock, *products, actor, id);
        if (!data)
            return fail(data.error());
        return CountSheet::writePdf(*data, path,
                                    [&progress](int done, int total) { return progress(done, total); });
    });
    if (!pages) {
        if (pages.error().code != ErrorCode::Cancelled)
            MessageBox::warning(this, tr("Count sheet"), pages.error().message);
        return false;
    }
    const QString count = *pages == 1 ? tr("1 page") : tr("%Ln pages", nullptr, *pages);
    showStatus(tr("Count sheet saved (%1): %2").arg(count, QDir::toNativeSeparators(path)));
    return true;
}

void CountsPage::cancelCount()
{
    const CountSession* s = currentSession();
    if (!s || s->isFinished())
        return;
    const Id id = s->id;
    const QString number = s->number;
    const auto answer = MessageBox::question(
        this, tr("Cancel count"),
        tr("Cancel count %1? Its lines are kept but it can no longer be posted; the stock does not change.")
            .arg(number),
        MessageBox::Buttons(QMessageBox::Yes | QMessageBox::No), QMessageBox::No);
    if (answer != QMessageBox::Yes)
        return;
    if (auto ok = m_counts->cancel(m_actor, id); !ok) {
        MessageBox::warning(this, tr("Cancel count"), ok.error().message);
        return;
    }
    showStatus(tr("Count %1 was cancelled.").arg(number));
}

} // namespace kontor
