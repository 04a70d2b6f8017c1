#pragma once

#include <QByteArray>

namespace kontor::test {

// The Bank of Russia's daily file as it documents it: windows-1251, a comma for the decimal point,
// rates for Nominal units (100 tenge).
inline QByteArray cbrDailySample()
{
    return "<?xml version=\"1.0\" encoding=\"windows-1251\"?>"
           "<ValCurs Date=\"21.11.2026\" name=\"Foreign Currency Market\">"
           "<Valute ID=\"R01235\"><NumCode>840</NumCode><CharCode>USD</CharCode><Nominal>1</Nominal>"
           "<Name>\xc4\xee\xeb\xeb\xe0\xf0 \xd1\xd8\xc0</Name><Value>81,1234</Value>"
           "<VunitRate>81,1234</VunitRate></Valute>"
           "<Valute ID=\"R01375\"><NumCode>156</NumCode><CharCode>CNY</CharCode><Nominal>1</Nominal>"
           "<Name>\xde\xe0\xed\xfc</Name><Value>11,2345</Value></Valute>"
           "<Valute ID=\"R01335\"><NumCode>398</NumCode><CharCode>KZT</CharCode><Nominal>100</Nominal>"
           "<Name>\xd2\xe5\xed\xe3\xe5</Name><Value>16,5432</Value></Valute>"
           "</ValCurs>";
}

} // namespace kontor::test
