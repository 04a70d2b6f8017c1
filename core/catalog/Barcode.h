#pragma once

// Barcodes on products: EAN-13, UPC-A and EAN-8 with check-digit validation (a numeric code of
// that length with a wrong check digit is a typo and is refused), or an internal code the shop
// prints itself, allowed only when marked as internal.

#include "common/Result.h"

#include <QString>

namespace kontor {

enum class BarcodeKind
{
    Ean13,
    UpcA,
    Ean8,
    Internal
};

struct Barcode
{
    QString code;
    BarcodeKind kind = BarcodeKind::Ean13;
    friend bool operator==(const Barcode&, const Barcode&) = default;
};

namespace Barcodes {

// The GS1 check digit for the digits before it (mod-10 with weights 3 and 1 from the right).
int gs1CheckDigit(QStringView digitsWithoutCheck);
// Validates a code. With internal = false the code must be a valid EAN-13/UPC-A/EAN-8.
Result<Barcode> validate(const QString& code, bool internal);

QString kindCode(BarcodeKind kind); // "ean13", "upca", "ean8", "internal"
BarcodeKind kindFromCode(QStringView code);
QString kindDisplayName(BarcodeKind kind);

} // namespace Barcodes
} // namespace kontor
