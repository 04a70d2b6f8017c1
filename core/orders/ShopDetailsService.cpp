#include "ShopDetailsService.h"

#include "security/AuditLog.h"
#include "storage/ShopSettings.h"

#include <QHash>
#include <QJsonObject>

#include <algorithm>
#include <array>

namespace kontor {

namespace {

bool allDigits(QStringView text)
{
    return std::all_of(text.begin(), text.end(), [](QChar c) { return c >= u'0' && c <= u'9'; });
}

int digit(QStringView text, qsizetype i)
{
    return text[i].unicode() - u'0';
}

// Weighted sum of the first weights.size() digits.
template <std::size_t N>
int weighted(QStringView digits, const std::array<int, N>& weights)
{
    int sum = 0;
    for (std::size_t i = 0; i < N; ++i)
        sum += digit(digits, qsizetype(i)) * weights[i];
    return sum;
}

// ИНН check digits (10 digits: one, 12 digits: two), as the tax service defines them.
bool validTaxId(QStringView inn)
{
    if (!allDigits(inn))
        return false;
    if (inn.size() == 10)
        return weighted(inn, std::array{2, 4, 10, 3, 5, 9, 4, 6, 8}) % 11 % 10 == digit(inn, 9);
    if (inn.size() == 12)
        return weighted(inn, std::array{7, 2, 4, 10, 3, 5, 9, 4, 6, 8}) % 11 % 10 == digit(inn, 10) &&
               weighted(inn, std::array{3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8}) % 11 % 10 == digit(inn, 11);
    return false;
}

// ОГРН (13 digits) and ОГРНИП (15): the last digit is the rest of the number mod 11 (13) mod 10.
bool validOgrn(QStringView ogrn)
{
    if (!allDigits(ogrn) || (ogrn.size() != 13 && ogrn.size() != 15))
        return false;
    const qint64 body = ogrn.first(ogrn.size() - 1).toLongLong();
    const int mod = ogrn.size() == 13 ? 11 : 13;
    return body % mod % 10 == digit(ogrn, ogrn.size() - 1);
}

// КПП: 4 digits (tax office), 2 digits or capital Latin letters (reason), 3 digits.
bool validTaxReasonCode(QStringView kpp)
{
    if (kpp.size() != 9)
        return false;
    for (qsizetype i = 0; i < 9; ++i) {
        const QChar c = kpp[i];
        const bool isDigit = c >= u'0' && c <= u'9';
        const bool isLetter = c >= u'A' && c <= u'Z';
        if (!(isDigit || ((i == 4 || i == 5) && isLetter)))
            return false;
    }
    return true;
}

// A bank account's key (Bank of Russia rules): the 23 digits (3 digits from the БИК, then the
// account) weighted 7, 1, 3, ... must sum to a multiple of 10.
bool validAccountKey(const QString& prefix, QStringView account)
{
    const QString all = prefix + account.toString();
    static constexpr std::array<int, 3> weights{7, 1, 3};
    int sum = 0;
    for (qsizetype i = 0; i < all.size(); ++i)
        sum += digit(all, i) * weights[std::size_t(i % 3)];
    return sum % 10 == 0;
}

QString withoutSpaces(const QString& text)
{
    QString out;
    out.reserve(text.size());
    for (QChar c : text) {
        if (!c.isSpace())
            out.append(c);
    }
    return out;
}

} // namespace

ShopDetailsService::ShopDetailsService(Database& db, QObject* parent)
    : QObject(parent)
    , m_db(db)
{}

Id ShopDetailsService::rowId(QStringView key)
{
    return ShopSettings::rowId(key);
}

ShopDetails ShopDetailsService::normalized(const ShopDetails& details)
{
    ShopDetails d = details;
    for (const ShopDetailsField& f : ShopDetailsFields::all())
        d.*f.member = (d.*f.member).trimmed();
    for (QString* code :
         {&d.taxId, &d.taxReasonCode, &d.ogrn, &d.bankBic, &d.bankAccount, &d.correspondentAccount})
        *code = withoutSpaces(*code);
    d.taxReasonCode = d.taxReasonCode.toUpper();
    return d;
}

Result<void> ShopDetailsService::check(const ShopDetails& input)
{
    const ShopDetails d = normalized(input);
    if (!d.taxId.isEmpty() && !validTaxId(d.taxId))
        return fail(
            ErrorCode::Invalid,
            tr("ИНН %1 is not valid: it has 10 digits (a company) or 12 (a sole trader) and its check "
               "digits must match.")
                .arg(d.taxId),
            u"tax_id"_qs);
    if (!d.taxReasonCode.isEmpty() && !validTaxReasonCode(d.taxReasonCode))
        return fail(ErrorCode::Invalid,
                    tr("КПП %1 is not valid: it has 9 characters, such as 771301001.").arg(d.taxReasonCode),
                    u"tax_reason_code"_qs);
    if (!d.taxReasonCode.isEmpty() && d.taxId.size() == 12)
        return fail(ErrorCode::Invalid, tr("A sole trader (12-digit ИНН) has no КПП: leave it empty."),
                    u"tax_reason_code"_qs);
    if (!d.ogrn.isEmpty() && !validOgrn(d.ogrn))
        return fail(ErrorCode::Invalid,
                    tr("ОГРН %1 is not valid: it has 13 digits (ОГРНИП 15) and its check digit must match.")
                        .arg(d.ogrn),
                    u"ogrn"_qs);
    if (!d.email.isEmpty() && (!d.email.contains(u'@') || d.email.startsWith(u'@') ||
                               d.email.endsWith(u'@') || d.email.contains(u' ')))
        return fail(ErrorCode::Invalid, tr("\"%1\" is not an email address.").arg(d.email), u"email"_qs);
    if (!d.bankBic.isEmpty() && (d.bankBic.size() != 9 || !allDigits(d.bankBic)))
        return fail(ErrorCode::Invalid, tr("БИК %1 is not valid: it has 9 digits.").arg(d.bankBic),
                    u"bank_bic"_qs);
    const bool bic = d.bankBic.size() == 9;
    if (!d.bankAccount.isEmpty()) {
        if (d.bankAccount.size() != 20 || !allDigits(d.bankAccount))
            return fail(ErrorCode::Invalid,
                        tr("Account %1 is not valid: a bank account has 20 digits.").arg(d.bankAccount),
                        u"bank_account"_qs);
        if (!bic)
            return fail(ErrorCode::Invalid, tr("Enter the bank's БИК with the account."), u"bank_bic"_qs);
        if (!validAccountKey(d.bankBic.right(3), d.bankAccount))
            return fail(ErrorCode::Invalid,
                        tr("Account %1 does not match БИК %2: check both for a mistyped digit.")
                            .arg(d.bankAccount, d.bankBic),
                        u"bank_account"_qs);
    }
    if (!d.correspondentAccount.isEmpty()) {
        if (d.correspondentAccount.size() != 20 || !allDigits(d.correspondentAccount))
            return fail(
                ErrorCode::Invalid,
                tr("Correspondent account %1 is not valid: it has 20 digits.").arg(d.correspondentAccount),
                u"correspondent_account"_qs);
        if (!bic)
            return fail(ErrorCode::Invalid, tr("Enter the bank's БИК with the correspondent account."),
                        u"bank_bic"_qs);
        if (!validAccountKey(u'0' + d.bankBic.mid(4, 2), d.correspondentAccount))
            return fail(ErrorCode::Invalid,
                        tr("Correspondent account %1 does not match БИК %2: check both for a mistyped digit.")
                            .arg(d.correspondentAccount, d.bankBic),
                        u"correspondent_account"_qs);
    }
    return {};
}

Result<ShopDetails> ShopDetailsService::details(const Actor& actor)
{
    Q_UNUSED(actor); // the seller's details are printed on every document: anyone may read them
    auto values = ShopSettings::read(m_db.connection(), u"shop.");
    if (!values)
        return fail(values.error());
    ShopDetails d;
    for (const ShopDetailsField& f : ShopDetailsFields::all())
        d.*f.member = values->value(f.key);
    return d;
}

Result<ShopDetails> ShopDetailsService::save(const Actor& actor, const ShopDetails& input)
{
    if (auto ok = require(actor, Permission::ManageSettings); !ok)
        return fail(ok.error());
    if (auto ok = check(input); !ok)
        return fail(ok.error());
    const ShopDetails after = normalized(input);
    Connection& c = m_db.connection();
    WriteTransaction tx(c);
    if (tx.beginError())
        return fail(*tx.beginError());
    auto before = details(actor);
    if (!before)
        return fail(before.error());
    QJsonObject was;
    QJsonObject now;
    for (const ShopDetailsField& f : ShopDetailsFields::all()) {
        const QString& value = after.*f.member;
        if (value == (*before).*f.member)
            continue;
        was.insert(f.key, (*before).*f.member);
        now.insert(f.key, value);
        if (auto ok = ShopSettings::write(m_db, c, actor.userId, f.key, value); !ok)
            return fail(ok.error());
    }
    if (now.isEmpty())
        return after;
    if (auto ok = AuditLog::record(c, actor, m_db.clock().nowMs(), u"shop.update", u"shop_settings",
                                   rowId(u"shop"), tr("Shop details changed"), was, now);
        !ok)
        return fail(ok.error());
    if (auto ok = tx.commit(); !ok)
        return fail(ok.error());
    Q_EMIT detailsChanged();
    return after;
}

} // namespace kontor
