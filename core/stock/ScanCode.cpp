#include "ScanCode.h"

#include "catalog/Barcode.h"

#include <QCoreApplication>

#include <optional>
#include <string_view>

namespace kontor::ScanCodes {

namespace {

// The keys whose character differs between the Windows Russian and US layouts, as two strings that
// line up character by character: unshifted, then shifted.
constexpr std::u16string_view russianKeys = u"ёйцукенгшщзхъфывапролджэячсмитьбю."
                                            u"ЁЙЦУКЕНГШЩЗХЪФЫВАПРОЛДЖЭЯЧСМИТЬБЮ,"
                                            u"\"№;:?/";
constexpr std::u16string_view latinKeys = u"`qwertyuiop[]asdfghjkl;'zxcvbnm,./"
                                          u"~QWERTYUIOP{}ASDFGHJKL:\"ZXCVBNM<>?"
                                          u"@#$^&|";
static_assert(russianKeys.size() == latinKeys.size());

QString fieldName()
{
    return QCoreApplication::translate("kontor::ScanCode", "Barcode");
}

bool isDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

bool allDigits(QStringView s)
{
    for (QChar c : s) {
        if (!isDigit(c))
            return false;
    }
    return !s.isEmpty();
}

bool isAsciiLetter(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z');
}

bool hasCyrillic(QStringView s)
{
    for (QChar c : s) {
        if (c.unicode() >= 0x0400 && c.unicode() <= 0x04FF)
            return true;
    }
    return false;
}

// A code for an error message: the group separator is invisible, so it is spelled out.
QString visible(QStringView code)
{
    QString text = code.toString();
    text.replace(groupSeparator, u"<GS>"_qs);
    return text;
}

// An AIM symbology identifier: "]" + symbology letter + modifier character.
bool startsWithAim(QStringView s)
{
    return s.size() >= 3 && s[0] == u']' && isAsciiLetter(s[1]) && (isAsciiLetter(s[2]) || isDigit(s[2]));
}

// The identifiers a scanner sends before GS1 data: GS1-128, GS1 DataMatrix, GS1 QR, GS1 DataBar,
// GS1 DotCode.
bool isGs1Aim(QStringView aim)
{
    return aim == u"]C1" || aim == u"]d2" || aim == u"]Q3" || aim == u"]e0" || aim == u"]J1";
}

// What scanners and their drivers send instead of the group separator when it cannot be typed.
// None of these can occur inside GS1 data except "<GS>", which no real serial contains.
QString withGroupSeparators(QStringView s)
{
    QString text = s.toString();
    text.replace(u"<GS>"_qs, QString(groupSeparator), Qt::CaseInsensitive);
    text.replace(u"^]"_qs, QString(groupSeparator));
    text.replace(QChar(0x241D), QChar(groupSeparator)); // SYMBOL FOR GROUP SEPARATOR
    return text;
}

struct AiSpec
{
    qsizetype aiLength = 0;
    qsizetype fixedLength = 0; // 0: variable length, ended by a group separator or the end
};

// The application identifiers on retail goods and Честный ЗНАК codes. GS1 identifiers are
// prefix-free, so the first match is the only one. Anything else ends the parse (the rest is kept).
std::optional<AiSpec> matchAi(QStringView s, qsizetype pos)
{
    const QStringView rest = s.sliced(pos);
    if (rest.size() < 2 || !isDigit(rest[0]) || !isDigit(rest[1]))
        return std::nullopt;
    const int two = (rest[0].unicode() - u'0') * 10 + (rest[1].unicode() - u'0');
    switch (two) {
    case 0: // SSCC
        return AiSpec{2, 18};
    case 1: // GTIN
    case 2: // GTIN of the contained items
        return AiSpec{2, 14};
    case 11: // production, packaging, best-before and expiry dates
    case 12:
    case 13:
    case 15:
    case 16:
    case 17:
        return AiSpec{2, 6};
    case 20: // variant
        return AiSpec{2, 2};
    case 10: // batch
    case 21: // serial
    case 22:
    case 30: // count
    case 37:
        return AiSpec{2, 0};
    default:
        break;
    }
    if (two >= 90) // company internal: Честный ЗНАК 91, 92, 93
        return AiSpec{2, 0};
    if (rest.size() >= 3 && (rest.startsWith(u"240") || rest.startsWith(u"241")))
        return AiSpec{3, 0};
    if (rest.size() >= 4 && two >= 31 && two <= 36 && isDigit(rest[2]) && isDigit(rest[3]))
        return AiSpec{4, 6}; // measures: net weight 310n, length 311n, volume 315n...
    if (rest.startsWith(u"7003"))
        return AiSpec{4, 10}; // expiry date and time
    if (rest.startsWith(u"8005"))
        return AiSpec{4, 6}; // price per unit
    return std::nullopt;
}

// Where the Честный ЗНАК tail starts inside a serial (21) that ran to the end of the scan because
// the scanner dropped the group separators; 0 if no known tail fits. The tail is either
// "91" + 4 + "92" + 44 or "93" + 4 characters; the serial must keep at least one character.
qsizetype markingTailStart(QStringView serial)
{
    constexpr qsizetype longTail = 2 + 4 + 2 + 44;
    if (serial.size() > longTail) {
        const qsizetype start = serial.size() - longTail;
        if (serial.sliced(start, 2) == u"91" && serial.sliced(start + 6, 2) == u"92")
            return start;
    }
    constexpr qsizetype shortTail = 2 + 4;
    if (serial.size() > shortTail) {
        const qsizetype start = serial.size() - shortTail;
        if (serial.sliced(start, 2) == u"93")
            return start;
    }
    return 0;
}

// The 8/12/13-digit forms the same GTIN-14 may be stored under, longest first.
QStringList shorterForms(const QString& gtin)
{
    QStringList forms;
    if (gtin.startsWith(u'0'))
        forms << gtin.sliced(1); // EAN-13
    if (gtin.startsWith(u"00"))
        forms << gtin.sliced(2); // UPC-A
    if (gtin.startsWith(u"000000"))
        forms << gtin.sliced(6); // EAN-8
    return forms;
}

void setGtin(ScanCode& scan, const QString& gtin, const QString& scannedForm)
{
    scan.gtin = gtin;
    const QStringList forms = shorterForms(gtin);
    if (!scannedForm.isEmpty())
        scan.lookup = scannedForm;
    else
        scan.lookup = forms.isEmpty() ? gtin : forms.front();
    for (const QString& form : forms) {
        if (form != scan.lookup)
            scan.alternatives << form;
    }
}

Result<ScanCode> parseNumeric(ScanCode scan, const QString& code)
{
    const int expected = Barcodes::gs1CheckDigit(QStringView(code).chopped(1));
    if (expected != code.back().unicode() - u'0') {
        return fail(ErrorCode::Invalid,
                    QCoreApplication::translate(
                        "kontor::ScanCode",
                        "the check digit of %1 is wrong (expected %2): the code was misread or mistyped")
                        .arg(code)
                        .arg(expected),
                    fieldName());
    }
    scan.kind = ScanKind::Gtin;
    const QString gtin = QString(14 - code.size(), u'0') + code;
    setGtin(scan, gtin, code.size() == 14 ? QString() : code);
    return scan;
}

Result<ScanCode> parseGs1(ScanCode scan, QStringView data, QStringView shown)
{
    const auto malformed = [&](const char* text, QStringView arg) {
        return fail(ErrorCode::Invalid,
                    QCoreApplication::translate("kontor::ScanCode", text).arg(arg, visible(shown)),
                    fieldName());
    };

    qsizetype pos = 0;
    while (pos < data.size()) {
        if (data[pos] == groupSeparator) {
            ++pos;
            continue;
        }
        const std::optional<AiSpec> spec = matchAi(data, pos);
        if (!spec) {
            scan.elements.append({QString(), data.sliced(pos).toString()});
            break;
        }
        const QString ai = data.sliced(pos, spec->aiLength).toString();
        pos += spec->aiLength;
        QStringView value;
        if (spec->fixedLength > 0) {
            value = data.sliced(pos).left(spec->fixedLength);
            if (value.size() < spec->fixedLength || value.contains(groupSeparator)) {
                return malformed(QT_TRANSLATE_NOOP("kontor::ScanCode",
                                                   "the GS1 element (%1) in %2 is cut short: the code "
                                                   "was probably scanned only in part"),
                                 ai);
            }
        } else {
            const qsizetype end = data.indexOf(groupSeparator, pos);
            value = data.sliced(pos, (end < 0 ? data.size() : end) - pos);
            if (end < 0 && ai == u"21") {
                if (const qsizetype tail = markingTailStart(value); tail > 0)
                    value = value.first(tail);
            } else if (end >= 0 && ai == u"21" && value.size() > 6 &&
                       value.sliced(value.size() - 6, 2) == u"91" && data.sliced(end + 1).startsWith(u"92")) {
                value.chop(6); // only the separator between the serial and the key id (91) was dropped
            } else if (end < 0 && ai == u"91" && value.size() > 6 && value.sliced(4, 2) == u"92") {
                value = value.first(4);
            }
            if (value.isEmpty()) {
                return malformed(QT_TRANSLATE_NOOP("kontor::ScanCode", "the GS1 element (%1) in %2 is empty"),
                                 ai);
            }
        }
        pos += value.size();
        scan.elements.append({ai, value.toString()});
    }

    const auto find = [&](QStringView ai) {
        for (const Gs1Element& element : scan.elements) {
            if (element.ai == ai)
                return element.value;
        }
        return QString();
    };
    const QString gtin = find(u"01");
    if (gtin.isEmpty()) {
        return fail(ErrorCode::Invalid,
                    QCoreApplication::translate("kontor::ScanCode",
                                                "%1 looks like a GS1 code (a marking code) but holds no "
                                                "product GTIN (01)")
                        .arg(visible(shown)),
                    fieldName());
    }
    if (!allDigits(gtin)) {
        return malformed(QT_TRANSLATE_NOOP("kontor::ScanCode", "the GTIN (01) %1 in %2 must be 14 digits"),
                         gtin);
    }
    const int expected = Barcodes::gs1CheckDigit(QStringView(gtin).chopped(1));
    if (expected != gtin.back().unicode() - u'0') {
        return fail(ErrorCode::Invalid,
                    QCoreApplication::translate("kontor::ScanCode",
                                                "the check digit of the GTIN %1 in %2 is wrong (expected "
                                                "%3): the code was misread")
                        .arg(gtin, visible(shown), QString::number(expected)),
                    fieldName());
    }

    scan.serial = find(u"21");
    scan.keyId = find(u"91");
    scan.signature = find(u"92");
    scan.checkCode = find(u"93");
    scan.kind = scan.serial.isEmpty() ? ScanKind::Gtin : ScanKind::MarkingCode;
    setGtin(scan, gtin, {});
    return scan;
}

} // namespace

Result<ScanCode> parse(QStringView input)
{
    const QString typed = input.trimmed().toString();
    const bool russian = hasCyrillic(typed);
    ScanCode scan;
    scan.raw = russian ? fromRussianLayout(typed) : typed;

    QStringView text = scan.raw;
    QStringView aim;
    if (startsWithAim(text)) {
        aim = text.first(3);
        text = text.sliced(3);
    }
    const QString data = withGroupSeparators(text);
    QStringView gs1 = data;
    bool fnc1 = false;
    while (gs1.startsWith(groupSeparator)) {
        gs1 = gs1.sliced(1);
        fnc1 = true;
    }
    if (gs1.isEmpty()) {
        return fail(ErrorCode::Invalid, QCoreApplication::translate("kontor::ScanCode", "the scan is empty"),
                    fieldName());
    }

    if (allDigits(text) && (text.size() == 8 || text.size() == 12 || text.size() == 13 || text.size() == 14))
        return parseNumeric(std::move(scan), text.toString());

    const bool startsWithGtin = gs1.size() >= 16 && gs1.startsWith(u"01") && allDigits(gs1.sliced(2, 14)) &&
                                (gs1.size() == 16 || matchAi(gs1, 16));
    if (isGs1Aim(aim) || fnc1 || gs1.contains(groupSeparator) || startsWithGtin)
        return parseGs1(std::move(scan), gs1, text);

    scan.kind = ScanKind::Sku;
    scan.lookup = text.toString();
    if (russian)
        scan.alternatives << typed.sliced(aim.size());
    return scan;
}

QString fromRussianLayout(QStringView text)
{
    QString latin;
    latin.reserve(text.size());
    for (QChar c : text) {
        const auto at = russianKeys.find(c.unicode());
        latin.append(at == std::u16string_view::npos ? c : QChar(latinKeys[at]));
    }
    return latin;
}

} // namespace kontor::ScanCodes
