#pragma once

// LabelLayout: where labels sit on a page. Either a sheet of self-adhesive labels (A4 with 21, 24,
// 40 or 65 labels) or a roll in a thermal label printer, where every label is a page of its own.
// All lengths in millimetres; label positions are counted left to right, then top to bottom.

#include <QCoreApplication>
#include <QList>
#include <QLocale>
#include <QMarginsF>
#include <QPageLayout>
#include <QRectF>
#include <QSizeF>
#include <QString>

#include <optional>

namespace kontor {

class LabelLayout
{
    Q_DECLARE_TR_FUNCTIONS(kontor::LabelLayout)

public:
    QString id;       // stable key for settings: "a4-3x7", "roll-58x40"
    QSizeF pageSize;  // portrait, as the paper goes into the printer
    QSizeF labelSize; // one label
    int columns = 1;
    int rows = 1;
    QMarginsF margins; // page edge to the outer labels
    QSizeF gap{0, 0};  // between neighbouring labels: width across, height down

    // "A4, 21 labels 70 × 42.3 mm" or "Label printer, 58 × 40 mm", in the user's language.
    QString displayName(const QLocale& locale = QLocale()) const;
    int labelsPerPage() const { return columns * rows; }
    // A roll of single labels: one label per page, no start position to choose.
    bool isSingleLabel() const { return labelsPerPage() == 1; }
    // The label at `position` (0-based, wrapped to the page) in millimetres from the page corner.
    QRectF labelRect(int position) const;
    // The page with no printer margins: labels reach the edges.
    QPageLayout pageLayout() const;

    // The built-in layouts, sheets first.
    static QList<LabelLayout> all();
    static std::optional<LabelLayout> byId(QStringView id);
};

} // namespace kontor
