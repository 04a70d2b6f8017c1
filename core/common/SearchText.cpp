#include "SearchText.h"

namespace kontor::SearchText {

QString normalize(QStringView text)
{
    // NFC first, so a decomposed "е + combining diaeresis" folds like a precomposed ё.
    QString folded = text.toString().normalized(QString::NormalizationForm_C).toCaseFolded();
    QString out;
    out.reserve(folded.size());
    bool pendingSpace = false;
    for (QChar c : std::as_const(folded)) {
        if (c.isSpace()) {
            pendingSpace = !out.isEmpty();
            continue;
        }
        if (pendingSpace) {
            out.append(u' ');
            pendingSpace = false;
        }
        if (c == QChar(0x0451)) // ё
            c = QChar(0x0435);  // е
        out.append(c);
    }
    return out;
}

QStringList terms(QStringView query)
{
    return normalize(query).split(u' ', Qt::SkipEmptyParts);
}

} // namespace kontor::SearchText
