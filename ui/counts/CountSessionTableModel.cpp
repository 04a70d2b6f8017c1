#include "CountSessionTableModel.h"

#include "catalog/ProductService.h"
#include "stock/CountService.h"
#include "stock/StockService.h"

#include <QBrush>
#include <QDateTime>
#include <QFont>
#include <QLocale>

namespace kontor {

CountSessionTableModel::CountSessionTableModel(CountService& counts, StockService& stock,
                                               ProductService& products, Actor actor, QObject* parent)
    : QAbstractTableModel(parent)
    , m_counts(counts)
    , m_stock(stock)
    , m_products(products)
    , m_actor(std::move(actor))
{
    connect(&m_counts, &CountService::sessionsChanged, this, &CountSessionTableModel::reload);
    connect(&m_counts, &CountService::sessionChanged, this, &CountSessionTableModel::reload);
    connect(&m_stock, &StockService::locationsChanged, this, &CountSessionTableModel::reload);
    connect(&m_products, &ProductService::categoriesChanged, this, &CountSessionTableModel::reload);
    reload();
}

void CountSessionTableModel::reload()
{
    m_error.clear();
    m_locationNames.clear();
    m_warehouseNames.clear();
    m_categoryNames.clear();
    if (auto locations = m_stock.locations(m_actor, true)) {
        for (const Location& l : *locations)
            m_locationNames.insert(l.id, StockService::displayName(l));
    }
    if (auto warehouses = m_stock.warehouses(m_actor, true)) {
        for (const Warehouse& w : *warehouses)
            m_warehouseNames.insert(w.id, StockService::displayName(w));
    }
    if (auto categories = m_products.categories(m_actor)) {
        for (const Category& c : *categories)
            m_categoryNames.insert(c.id, ProductService::categoryPath(*categories, c.id, u" › "));
    }
    auto sessions = m_counts.sessions(m_actor, m_showFinished);
    beginResetModel();
    if (sessions) {
        m_sessions = *sessions;
    } else {
        m_sessions.clear();
        m_error = sessions.error().message;
    }
    endResetModel();
}

void CountSessionTableModel::setShowFinished(bool show)
{
    if (m_showFinished == show)
        return;
    m_showFinished = show;
    reload();
}

int CountSessionTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_sessions.size());
}

int CountSessionTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

const CountSession* CountSessionTableModel::sessionAt(int row) const
{
    return row >= 0 && row < m_sessions.size() ? &m_sessions[row] : nullptr;
}

int CountSessionTableModel::rowOf(const Id& id) const
{
    for (int row = 0; row < m_sessions.size(); ++row) {
        if (m_sessions[row].id == id)
            return row;
    }
    return -1;
}

QString CountSessionTableModel::whereText(const CountSession& s) const
{
    QString where =
        s.locationId.isNull() ? m_warehouseNames.value(s.warehouseId) : m_locationNames.value(s.locationId);
    if (s.scope == CountScope::Category)
        where = m_categoryNames.value(s.categoryId) + u" · "_qs + where;
    return where;
}

QVariant CountSessionTableModel::data(const QModelIndex& index, int role) const
{
    const CountSession* s = index.isValid() ? sessionAt(index.row()) : nullptr;
    if (!s)
        return {};
    if (role == IdRole)
        return QVariant::fromValue(s->id);
    if (role == StatusRole)
        return int(s->status);
    if (role == Qt::DisplayRole) {
        switch (Column(index.column())) {
        case Number:
            return s->number;
        case Name:
            return s->name;
        case Scope: {
            QString text = CountKinds::scopeName(s->scope);
            if (s->blind)
                text += u" · "_qs + tr("blind");
            return text;
        }
        case Where:
            return whereText(*s);
        case Status:
            return CountKinds::statusName(s->status);
        case Progress:
            return tr("%1 of %2").arg(QLocale().toString(s->countedItems), QLocale().toString(s->itemCount));
        case Counters:
            return s->counters.join(u", "_qs);
        case Created:
            return QLocale().toString(QDateTime::fromMSecsSinceEpoch(s->createdAt).toLocalTime(),
                                      QLocale::ShortFormat);
        case ColumnCount:
            break;
        }
    }
    if (role == Qt::ToolTipRole && index.column() == Progress)
        return s->lineCount == 1 ? tr("1 line counted") : tr("%Ln lines counted", nullptr, s->lineCount);
    if (role == Qt::ForegroundRole && s->isFinished())
        return QBrush(Qt::gray);
    if (role == Qt::FontRole && index.column() == Status && !s->isFinished()) {
        QFont bold;
        bold.setBold(true);
        return bold;
    }
    if (role == Qt::TextAlignmentRole && index.column() == Progress)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant CountSessionTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Number:
        return tr("Number");
    case Name:
        return tr("Name");
    case Scope:
        return tr("Scope");
    case Where:
        return tr("Where");
    case Status:
        return tr("Status");
    case Progress:
        return tr("Counted items");
    case Counters:
        return tr("Counters");
    case Created:
        return tr("Started");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace kontor
