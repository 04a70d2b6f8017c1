#pragma once

// SearchText: the one normalisation used both for the stored search column and for queries, so
// that "ЁЛКА", "ёлка" and "елка" find the same product: Unicode case folding, ё -> е, й kept,
// runs of whitespace collapsed. SQLite's own lower()/LIKE fold ASCII only.

#include <QString>
#include <QStringList>

namespace kontor::SearchText {

QString normalize(QStringView text);
// The query split into normalised terms; every term must occur in a match.
QStringList terms(QStringView query);

} // namespace kontor::SearchText
