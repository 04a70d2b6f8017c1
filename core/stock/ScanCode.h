#pragma once

// One scan from a handheld barcode scanner (which types like a keyboard) turned into the key to look
// a product up by: a retail barcode (EAN-13, UPC-A, EAN-8, GTIN-14), a Честный ЗНАК marking code
// (GS1 DataMatrix with GTIN, serial and crypto tail), or the shop's own SKU text. Text typed while
// the Russian keyboard layout was active is mapped back to the Latin keys first.

#include "common/Result.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace kontor {

enum class ScanKind
{
    Gtin,        // a retail barcode, or a GS1 code with a GTIN (01) but no serial (21)
    Sku,         // anything else: the shop's own code, looked up as typed
    MarkingCode, // a GS1 code with GTIN (01) and serial (21): a Честный ЗНАК marking code
};

struct Gs1Element
{
    QString ai; // application identifier: "01", "21", "91", "3103"...; empty for the data after an AI
                // this parser does not know (its length is unknown, so the rest of the scan is kept)
    QString value;
    friend bool operator==(const Gs1Element&, const Gs1Element&) = default;
};

struct ScanCode
{
    ScanKind kind = ScanKind::Sku;
    QString raw;    // what was typed, trimmed and mapped back from the Russian layout
    QString lookup; // the product barcode or SKU to look up (see ScanCodes::parse for which form)
    // Other forms of the same GTIN a product may be stored under, to try when lookup finds nothing:
    // "0036000291452" <-> "036000291452" (EAN-13 <-> UPC-A), "96385074" -> "0000096385074"... For a
    // SKU mapped back from the Russian layout, the Cyrillic text as typed (a shop may use such SKUs).
    QStringList alternatives;
    QString gtin;      // Gtin and MarkingCode: the 14-digit GTIN, from (01) or the code padded with 0s
    QString serial;    // MarkingCode: the serial (21), kept for traceability
    QString keyId;     // Честный ЗНАК verification key id (91), usually 4 characters
    QString signature; // Честный ЗНАК crypto signature (92), usually 44 characters
    QString checkCode; // Честный ЗНАК short verification code (93), 4 characters
    QList<Gs1Element> elements; // every GS1 element in scan order; empty unless the scan was GS1
    friend bool operator==(const ScanCode&, const ScanCode&) = default;
};

namespace ScanCodes {

// The ASCII group separator (FNC1 inside a GS1 code) that ends a variable-length element.
inline constexpr char16_t groupSeparator = u'\x1D';

// Parses one scan.
//
// The input is trimmed; if it contains Cyrillic letters it is mapped with fromRussianLayout first
// (scanners send key codes, so a scan never holds Cyrillic). An AIM symbology identifier ("]E0",
// "]C1", "]d2", "]Q3"...) at the start is dropped. Then:
// - 8, 12, 13 or 14 digits: EAN-8, UPC-A, EAN-13 or GTIN-14, refused if the GS1 check digit is
//   wrong. kind = Gtin. lookup is the code as scanned, except that a GTIN-14 starting with 0 is
//   looked up in its EAN-13 form; alternatives are the other 8/12/13-digit forms of the same GTIN
//   that leading zeros allow.
// - A GS1 element string: after a GS1 identifier (]C1, ]d2, ]Q3, ]e0, ]J1), after a leading FNC1,
//   when it holds a group separator, or when it starts with "01" + 14 digits followed by the end or
//   a known AI. The group separator may arrive as U+001D, "<GS>", "^]" or U+241D. It must hold a
//   GTIN (01) with a valid check digit; lookup is then formed as for a GTIN-14, kind is MarkingCode
//   when there is a serial (21), else Gtin.
//   Scanners configured as keyboards often drop the separators. A serial (21) that then runs to the
//   end of the scan is split off the Честный ЗНАК tail by length: if the scan ends with
//   "91" + 4 + "92" + 44 characters, that is the tail; else if it ends with "93" + 4 characters,
//   that is; else the whole rest is the serial. A serial ended by a separator but itself ending in
//   "91" + 4 characters, with "92" after the separator, gives that key id back to (91). Other
//   variable-length elements (e.g. a batch (10)) without a separator run to the end of the scan.
// - Anything else: kind = Sku, lookup = the text.
// Errors: empty input, a wrong check digit, a malformed GS1 code.
[[nodiscard]] Result<ScanCode> parse(QStringView input);

// Maps text typed while the Russian (ЙЦУКЕН, Windows) layout was active back to what the same keys
// give on the US layout: "ЫЛГ-00081" -> "SKU-00081", "ю" -> ".", "." -> "/", "," -> "?",
// "№" -> "#". Characters the Russian layout cannot type (Latin letters, control characters) are
// kept, so the whole text is assumed to have been typed in that layout.
QString fromRussianLayout(QStringView text);

} // namespace ScanCodes
} // namespace kontor
