#pragma once

// ScanLineEdit: the input line of the counting screen. A handheld scanner types like a keyboard,
// and sends the GS1 group separator of a marking code as the control character GS (Ctrl+]), which
// a plain QLineEdit drops. This one keeps it, shown as the visible symbol ␝ (U+241D) that
// ScanCodes::parse reads as a separator. Its undo key undoes counting, not typing.

#include <QLineEdit>

namespace kontor {

class ScanLineEdit : public QLineEdit
{
    Q_OBJECT

public:
    static constexpr char16_t VisibleGroupSeparator = u'\x241D';

    explicit ScanLineEdit(QWidget* parent = nullptr);

Q_SIGNALS:
    // Ctrl+Z (the platform's undo key): undo the last count line, not the typing.
    void undoRequested();

protected:
    void keyPressEvent(QKeyEvent* event) override;
};

} // namespace kontor
