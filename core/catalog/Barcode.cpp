#include "Barcode.h"

#include <QCoreApplication>

namespace kontor::Barcodes {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("kontor::Barcodes", text);
}

bool allDigits(QStringView s)
{
    for (QChar c : s) {
        if (c < u'0' || c > u'9')
            return false;
    }
    return !s.isEmpty();
}

} // namespace

int gs1CheckDigit(QStringView digits)
{
    int sum = 0;
    int weight = 3;
    for (qsizetype i = digits.size() - 1; i >= 0; --i) {
        sum += (digits.at(i).unicode() - u'0') * weight;
        weight = weight == 3 ? 1 : 3;
    }
    return (10 - sum % 10) % 10;
}

Result<Barcode> validate(const QString& rawCode, bool internal)
{
    const QString code = rawCode.trimmed();
    if (code.isEmpty())
        return fail(ErrorCode::Invalid, tr("the barcode is empty"), tr("Barcode"));
    if (code.size() > 64)
        return fail(ErrorCode::Invalid, tr("the barcode is longer than 64 characters"), tr("Barcode"));
    for (QChar c : code) {
        if (!c.isPrint() || c.isSpace())
            return fail(ErrorCode::Invalid,
                        tr("the barcode \"%1\" contains spaces or control characters").arg(code),
                        tr("Barcode"));
    }
    if (internal)
        return Barcode{code, BarcodeKind::Internal};

    if (!allDigits(code) || (code.size() != 8 && code.size() != 12 && code.size() != 13)) {
        return fail(ErrorCode::Invalid,
                    tr("\"%1\" is not an EAN-13, UPC-A or EAN-8 barcode (8, 12 or 13 digits); mark it as an "
                       "internal code if the shop made it up")
                        .arg(code),
                    tr("Barcode"));
    }
    const int expected = gs1CheckDigit(QStringView(code).chopped(1));
    const int actual = code.back().unicode() - u'0';
    if (expected != actual) {
        return fail(ErrorCode::Invalid,
                    tr("the check digit of %1 is wrong (expected %2): the code was probably mistyped")
                        .arg(code)
                        .arg(expected),
                    tr("Barcode"));
    }
    const BarcodeKind kind = code.size() == 13   ? BarcodeKind::Ean13
                             : code.size() == 12 ? BarcodeKind::UpcA
                                                 : BarcodeKind::Ean8;
    return Barcode{code, kind};
}

QString kindCode(BarcodeKind kind)
{
    switch (kind) {
    case BarcodeKind::Ean13:
        return QStringLiteral("ean13");
    case BarcodeKind::UpcA:
        return QStringLiteral("upca");
    case BarcodeKind::Ean8:
        return QStringLiteral("ean8");
    case BarcodeKind::Internal:
        return QStringLiteral("internal");
    }
    return {};
}

BarcodeKind kindFromCode(QStringView code)
{
    if (code == u"ean13")
        return BarcodeKind::Ean13;
    if (code == u"upca")
        return BarcodeKind::UpcA;
    if (code == u"ean8")
        return BarcodeKind::Ean8;
    return BarcodeKind::Internal;
}

QString kindDisplayName(BarcodeKind kind)
{
    switch (kind) {
    case BarcodeKind::Ean13:
        return QStringLiteral("EAN-13");
    case BarcodeKind::UpcA:
        return QStringLiteral("UPC-A");
    case BarcodeKind::Ean8:
        return QStringLiteral("EAN-8");
    case BarcodeKind::Internal:
        return tr("Internal");
    }
    return {};
}

} // namespace kontor::Barcodes
