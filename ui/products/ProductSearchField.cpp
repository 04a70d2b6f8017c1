#include "ProductSearchField.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QLoggingCategory>
#include <QStandardItemModel>
#include <QTimer>

Q_LOGGING_CATEGORY(lcProductSearch, "kontor.ui.productsearch")

namespace kontor {

namespace {
constexpr int DebounceMs = 150;
constexpr int EntryRole = Qt::UserRole + 1; // the row in m_matches
} // namespace

ProductSearchField::ProductSearchField(ProductService& service, Actor actor, QWidget* parent)
    : QLineEdit(parent)
    , m_service(service)
    , m_actor(std::move(actor))
    , m_completer(new QCompleter(this))
    , m_model(new QStandardItemModel(this))
    , m_debounce(new QTimer(this))
{
    setClearButtonEnabled(true);
    // The service already ranked and filtered: show its list as it is.
    m_completer->setModel(m_model);
    m_completer->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    m_completer->setMaxVisibleItems(12);
    m_completer->setWidget(this);

    m_debounce->setSingleShot(true);
    m_debounce->setInterval(DebounceMs);
    connect(m_debounce, &QTimer::timeout, this, &ProductSearchField::searchNow);
    connect(this, &QLineEdit::textEdited, m_debounce, qOverload<>(&QTimer::start));
    connect(m_completer, qOverload<const QModelIndex&>(&QCompleter::activated), this,
            [this](const QModelIndex& index) { choose(index.data(EntryRole).toInt()); });
    connect(this, &QLineEdit::returnPressed, this, [this] {
        if (m_debounce->isActive())
            searchNow();
        // Enter picks the highlighted match, or the best one. When the popup handled Enter itself,
        // the match was already chosen and m_matches is empty.
        const QModelIndex highlighted = m_completer->popup()->currentIndex();
        if (m_completer->popup()->isVisible() && highlighted.isValid())
            choose(highlighted.data(EntryRole).toInt());
        else
            choose(0);
    });
}

QString ProductSearchField::displayText(const QString& sku, const QString& name)
{
    return sku + QStringLiteral(" — ") + name;
}

void ProductSearchField::searchNow()
{
    m_debounce->stop();
    ++m_generation;
    m_model->clear();
    m_matches.clear();
    const QString query = text().trimmed();
    if (query.isEmpty()) {
        m_completer->popup()->hide();
        return;
    }
    auto found = m_service.search(m_actor, query, MaxResults);
    if (!found) {
        qCWarning(lcProductSearch) << "search failed:" << found.error().toString();
        return;
    }
    m_matches = *found;
    for (int i = 0; i < m_matches.size(); ++i) {
        auto* item = new QStandardItem(displayText(m_matches[i].sku, m_matches[i].name));
        item->setData(i, EntryRole);
        item->setEditable(false);
        m_model->appendRow(item);
    }
    if (m_matches.isEmpty()) {
        m_completer->popup()->hide();
        return;
    }
    if (hasFocus())
        m_completer->complete();
}

void ProductSearchField::choose(int row)
{
    if (row < 0 || row >= m_matches.size())
        return;
    const ProductListEntry entry = m_matches.at(row);
    m_debounce->stop();
    m_completer->popup()->hide();
    // Forget the matches: the Enter that picked from the popup also reaches returnPressed. The
    // popup's model is cleared later, not inside the completer's own signal.
    m_matches.clear();
    QTimer::singleShot(0, m_model, [this, generation = ++m_generation] {
        if (generation == m_generation)
            m_model->clear();
    });
    if (m_clearOnChoose)
        clear();
    else
        setText(displayText(entry.sku, entry.name));
    Q_EMIT productChosen(entry);
}

} // namespace kontor
