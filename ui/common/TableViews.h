#pragma once

// TableViews: the set-up every read-only list table in the app shares (whole rows, one line a
// row, no row numbers, columns sized in characters and never narrower than their titles), so the
// pages and dialogs look and behave alike.

#include <QAbstractItemView>

#include <utility>

class QTableView;

namespace kontor::TableViews {

// Whole rows selected, no editing, alternating colours, no wrapping, hidden fixed-height row
// header; columns keep the widths they are given and `stretchColumn` (if >= 0) takes the rest.
void setUp(QTableView* view, QAbstractItemView::SelectionMode selection = QAbstractItemView::SingleSelection,
           int stretchColumn = -1);

// Widths in average characters of the view's font: {column, characters}.
void setColumnWidths(QTableView* view, const QList<std::pair<int, int>>& characters);

// Widens every column from `firstColumn` on that is narrower than its own title (Russian titles
// are long).
void fitTitles(QTableView* view, int firstColumn = 0);

} // namespace kontor::TableViews
