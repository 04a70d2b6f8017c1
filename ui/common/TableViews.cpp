#include "TableViews.h"

#include <QHeaderView>
#include <QTableView>

namespace kontor::TableViews {

void setUp(QTableView* view, QAbstractItemView::SelectionMode selection, int stretchColumn)
{
    view->setAlternatingRowColors(true);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(selection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setWordWrap(false);
    view->verticalHeader()->hide();
    view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 10);
    QHeaderView* header = view->horizontalHeader();
    header->setHighlightSections(false);
    header->setStretchLastSection(false);
    header->setMinimumSectionSize(40);
    header->setSectionResizeMode(QHeaderView::Interactive);
    if (stretchColumn >= 0)
        header->setSectionResizeMode(stretchColumn, QHeaderView::Stretch);
}

void setColumnWidths(QTableView* view, const QList<std::pair<int, int>>& characters)
{
    const int charWidth = view->fontMetrics().averageCharWidth();
    for (const auto& [column, chars] : characters)
        view->horizontalHeader()->resizeSection(column, charWidth * chars);
}

void fitTitles(QTableView* view, int firstColumn)
{
    QHeaderView* header = view->horizontalHeader();
    const int padding = 2 * view->fontMetrics().averageCharWidth() + 12;
    for (int column = firstColumn; column < header->count(); ++column) {
        const QString title = view->model()->headerData(column, Qt::Horizontal).toString();
        const int needed = header->fontMetrics().horizontalAdvance(title) + padding;
        if (header->sectionSize(column) < needed)
            header->resizeSection(column, needed);
    }
}

} // namespace kontor::TableViews
