#include "LabelLayout.h"

#include <QLocale>
#include <QPageSize>

namespace kontor {

namespace {

constexpr QSizeF A4(210.0, 297.0);

// A sheet whose labels are centred on the page (as the common ones are).
LabelLayout sheet(const char* id, int columns, int rows, QSizeF label, QSizeF gap = QSizeF(0, 0))
{
    LabelLayout layout;
    layout.id = QString::fromLatin1(id);
    layout.pageSize = A4;
    layout.labelSize = label;
    layout.columns = columns;
    layout.rows = rows;
    layout.gap = gap;
    const double side = (A4.width() - columns * label.width() - (columns - 1) * gap.width()) / 2;
    const double top = (A4.height() - rows * label.height() - (rows - 1) * gap.height()) / 2;
    layout.margins = QMarginsF(side, top, side, top);
    return layout;
}

LabelLayout roll(const char* id, QSizeF label)
{
    LabelLayout layout;
    layout.id = QString::fromLatin1(id);
    layout.pageSize = label;
    layout.labelSize = label;
    return layout;
}

} // namespace

QString LabelLayout::displayName(const QLocale& locale) const
{
    const auto mm = [&](double value) { return locale.toString(value, 'g', 4); };
    if (isSingleLabel())
        return tr("Label printer, %1 × %2 mm").arg(mm(labelSize.width()), mm(labelSize.height()));
    return tr("A4 sheet, %1 labels %2 × %3 mm")
        .arg(locale.toString(labelsPerPage()), mm(labelSize.width()), mm(labelSize.height()));
}

QRectF LabelLayout::labelRect(int position) const
{
    const int slot = labelsPerPage() > 0 ? position % labelsPerPage() : 0;
    const int column = slot % columns;
    const int row = slot / columns;
    return QRectF(margins.left() + column * (labelSize.width() + gap.width()),
                  margins.top() + row * (labelSize.height() + gap.height()), labelSize.width(),
                  labelSize.height());
}

QPageLayout LabelLayout::pageLayout() const
{
    // A named A4 lets printer drivers pick the right tray. ExactMatch: a 58 × 40 mm roll must not
    // be "corrected" to the nearest standard paper size.
    const QPageSize size =
        pageSize == A4 ? QPageSize(QPageSize::A4)
                       : QPageSize(pageSize, QPageSize::Millimeter, displayName(), QPageSize::ExactMatch);
    return QPageLayout(size, QPageLayout::Portrait, QMarginsF(), QPageLayout::Millimeter);
}

QList<LabelLayout> LabelLayout::all()
{
    // Sizes as sold in Russia (Avery Zweckform 3652, 3474, 3657, 3666 and their many copies): the
    // labels cover the sheet edge to edge or are centred with equal margins, without gaps.
    return {
        sheet("a4-3x7", 3, 7, {70.0, 42.3}),   // 0.45 mm top and bottom
        sheet("a4-3x8", 3, 8, {70.0, 37.0}),   // 0.5 mm top and bottom
        sheet("a4-4x10", 4, 10, {48.5, 25.4}), // 8 mm sides, 21.5 mm top and bottom
        sheet("a4-5x13", 5, 13, {38.0, 21.2}), // 10 mm sides, 10.7 mm top and bottom
        roll("roll-58x40", {58.0, 40.0}),      roll("roll-58x30", {58.0, 30.0}),
        roll("roll-43x25", {43.0, 25.0}),
    };
}

std::optional<LabelLayout> LabelLayout::byId(QStringView id)
{
    for (const LabelLayout& layout : all()) {
        if (layout.id == id)
            return layout;
    }
    return std::nullopt;
}

} // namespace kontor
