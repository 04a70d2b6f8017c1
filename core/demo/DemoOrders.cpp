#include "DemoOrders.h"

#include "DemoRandom.h"
#include "orders/CustomerService.h"
#include "orders/OrderMath.h"
#include "orders/OrderService.h"
#include "orders/ReturnService.h"
#include "stock/StockService.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QTimeZone>

#include <algorithm>
#include <functional>

namespace kontor {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("kontor::DemoOrders", text);
}

constexpr quint32 Seed = 20240604; // the catalog's is 20240601, the stock's 20240602; never change
// The returns draw from their own stream, so the orders are the same as before returns were made.
constexpr quint32 ReturnSeed = 20240605;
constexpr qint64 MinuteMs = 60 * 1000;
constexpr qint64 HourMs = 60 * MinuteMs;
constexpr qint64 DayMs = 24 * HourMs;
constexpr qint64 MoscowOffsetMs = 3 * HourMs;
constexpr qint64 Rub = 100;         // minor units
constexpr int CustomerBatch = 1000; // customers per transaction
constexpr int OrderBatch = 5000;    // orders per importHistory call (one transaction)
constexpr int ConfirmBatch = 100;   // open orders confirmed per transaction
constexpr int ReturnBatch = 250;    // returns (opened, received, refunded) per transaction
constexpr int ReturnPercent = 5;    // of the delivered orders that may come back
const QString WildberriesCode = QStringLiteral("WB-FBO");
const QString OzonCode = QStringLiteral("OZON-FBO");

using Random = DemoRandom;

// Picks indexes with fixed weights (cumulative table, binary search).
class Weighted
{
public:
    explicit Weighted(const QList<quint32>& weights)
    {
        m_cumulative.reserve(weights.size());
        quint32 sum = 0;
        for (quint32 w : weights) {
            sum += w;
            m_cumulative.append(sum);
        }
    }
    int pick(Random& random) const
    {
        const quint32 x = random.bounded(m_cumulative.last());
        return int(std::upper_bound(m_cumulative.cbegin(), m_cumulative.cend(), x) - m_cumulative.cbegin());
    }

private:
    QList<quint32> m_cumulative;
};

// Zipf-like popularity over a shuffled order: a few favourites and a long tail.
QList<quint32> popularity(Random& random, int n, int offset)
{
    QList<int> rank(n);
    for (int i = 0; i < n; ++i)
        rank[i] = i;
    for (int i = n - 1; i > 0; --i)
        std::swap(rank[i], rank[random.below(i + 1)]);
    QList<quint32> weights(n);
    for (int i = 0; i < n; ++i)
        weights[i] = quint32(4000000 / (rank[i] + offset));
    return weights;
}

// ---- people and companies ----
// Names, Russian addresses, legal forms (ООО, ИП) and bank details are data about Russian people
// and firms, written the Russian way whatever the interface language; only what the shop's own
// staff would write (address labels, reasons, notes) is translated.

struct Surname
{
    QStringView male;
    QStringView female;
};

const QList<QStringView> MaleNames{u"Александр", u"Алексей",  u"Андрей",  u"Артём",  u"Дмитрий", u"Евгений",
                                   u"Иван",      u"Игорь",    u"Кирилл",  u"Максим", u"Михаил",  u"Никита",
                                   u"Николай",   u"Олег",     u"Павел",   u"Роман",  u"Сергей",  u"Степан",
                                   u"Юрий",      u"Владимир", u"Георгий", u"Фёдор",  u"Илья",    u"Тимур"};
const QList<QStringView> FemaleNames{
    u"Анна",   u"Анастасия", u"Валерия", u"Виктория", u"Дарья",  u"Екатерина", u"Елена", u"Ирина",
    u"Ксения", u"Мария",     u"Наталья", u"Ольга",    u"Полина", u"Светлана",  u"Софья", u"Татьяна",
    u"Юлия",   u"Алёна",     u"Алина",   u"Вера",     u"Любовь", u"Надежда",   u"Зоя",   u"Яна"};
const QList<Surname> Surnames{
    {u"Иванов", u"Иванова"},     {u"Смирнов", u"Смирнова"},      {u"Кузнецов", u"Кузнецова"},
    {u"Попов", u"Попова"},       {u"Васильев", u"Васильева"},    {u"Петров", u"Петрова"},
    {u"Соколов", u"Соколова"},   {u"Михайлов", u"Михайлова"},    {u"Новиков", u"Новикова"},
    {u"Фёдоров", u"Фёдорова"},   {u"Морозов", u"Морозова"},      {u"Волков", u"Волкова"},
    {u"Алексеев", u"Алексеева"}, {u"Лебедев", u"Лебедева"},      {u"Семёнов", u"Семёнова"},
    {u"Егоров", u"Егорова"},     {u"Павлов", u"Павлова"},        {u"Козлов", u"Козлова"},
    {u"Степанов", u"Степанова"}, {u"Николаев", u"Николаева"},    {u"Орлов", u"Орлова"},
    {u"Андреев", u"Андреева"},   {u"Макаров", u"Макарова"},      {u"Никитин", u"Никитина"},
    {u"Захаров", u"Захарова"},   {u"Зайцев", u"Зайцева"},        {u"Соловьёв", u"Соловьёва"},
    {u"Борисов", u"Борисова"},   {u"Яковлев", u"Яковлева"},      {u"Григорьев", u"Григорьева"},
    {u"Романов", u"Романова"},   {u"Воробьёв", u"Воробьёва"},    {u"Ковальский", u"Ковальская"},
    {u"Белых", u"Белых"},        {u"Чайковский", u"Чайковская"}, {u"Ким", u"Ким"},
    {u"Гусейнов", u"Гусейнова"}, {u"Шевченко", u"Шевченко"},     {u"Абрамов", u"Абрамова"},
    {u"Тарасов", u"Тарасова"}};
const QList<QStringView> MalePatronymics{u"Иванович", u"Сергеевич", u"Андреевич",
                                         u"Петрович", u"Олегович",  u"Николаевич"};
const QList<QStringView> FemalePatronymics{u"Ивановна", u"Сергеевна", u"Андреевна",
                                           u"Петровна", u"Олеговна",  u"Николаевна"};
// People with Latin names: shoppers abroad and neighbours who write their name in Latin letters.
const QList<QStringView> LatinFirstNames{u"Emma",  u"Lukas", u"Anna",   u"John",  u"Maria",  u"Sophie",
                                         u"David", u"Elena", u"Thomas", u"Julia", u"Mark",   u"Laura",
                                         u"Jan",   u"Olga",  u"Peter",  u"Nadia", u"Daniel", u"Eva"};
const QList<QStringView> LatinSurnames{
    u"Schmidt", u"Mueller", u"Kowalski", u"Smith", u"Garcia",    u"Martin", u"Cohen",   u"Rossi",   u"Novak",
    u"Jansen",  u"Weber",   u"Horvat",   u"Berg",  u"Lindqvist", u"Dubois", u"Nielsen", u"Fischer", u"Silva"};
const QList<QStringView> CompanyNames{
    u"Ромашка",   u"Вектор",          u"Северный ветер", u"Дом и сад",       u"Альфа-Трейд",   u"Уют",
    u"Горизонт",  u"Сибирские травы", u"Мастерская Лис", u"Кофейня на углу", u"Пятый элемент", u"Берёзка",
    u"Технопарк", u"Город мастеров",  u"Лавка чудес",    u"Прованс",         u"Зелёный дом",   u"Меридиан"};
const QList<QStringView> MailDomains{u"mail.ru",  u"yandex.ru", u"gmail.com",  u"bk.ru",
                                     u"inbox.ru", u"list.ru",   u"icloud.com", u"rambler.ru"};

struct City
{
    QStringView name;
    QStringView postcode; // the first three digits
    QStringView region;   // the first two digits of its ИНН and КПП
};

const QList<City> Cities{
    {u"Москва", u"101", u"77"},      {u"Санкт-Петербург", u"190", u"78"}, {u"Екатеринбург", u"620", u"66"},
    {u"Новосибирск", u"630", u"54"}, {u"Казань", u"420", u"16"},          {u"Нижний Новгород", u"603", u"52"},
    {u"Самара", u"443", u"63"},      {u"Краснодар", u"350", u"23"},       {u"Ростов-на-Дону", u"344", u"61"},
    {u"Пермь", u"614", u"59"},       {u"Воронеж", u"394", u"36"},         {u"Уфа", u"450", u"02"},
    {u"Тюмень", u"625", u"72"},      {u"Калининград", u"236", u"39"},     {u"Владивосток", u"690", u"25"},
    {u"Ярославль", u"150", u"76"}};
const QList<QStringView> Streets{u"ул. Ленина",      u"ул. Гагарина", u"пр. Мира",       u"ул. Садовая",
                                 u"ул. Центральная", u"ул. Пушкина",  u"ул. Советская",  u"Набережная ул.",
                                 u"ул. Лесная",      u"ул. Школьная", u"ул. Молодёжная", u"ул. Новая",
                                 u"пр. Победы",      u"ул. Заречная", u"ул. Строителей"};
const QList<QStringView> AbroadAddresses{
    u"10115 Berlin, Invalidenstraße %1, Germany", u"00-001 Warszawa, ul. Marszałkowska %1, Poland",
    u"1010 Wien, Kärntner Straße %1, Austria", u"75001 Paris, rue de Rivoli %1, France",
    u"2011 Haarlem, Grote Markt %1, Netherlands"};

QString transliterate(QStringView text)
{
    static const QHash<QChar, QString> table = [] {
        const QStringView from = u"абвгдеёжзийклмнопрстуфхцчшщъыьэюя";
        const QList<QStringView> to{u"a", u"b", u"v", u"g", u"d",  u"e",  u"e",  u"zh", u"z",
                                    u"i", u"y", u"k", u"l", u"m",  u"n",  u"o",  u"p",  u"r",
                                    u"s", u"t", u"u", u"f", u"kh", u"ts", u"ch", u"sh", u"shch",
                                    u"",  u"y", u"",  u"e", u"yu", u"ya"};
        Q_ASSERT(from.size() == to.size());
        QHash<QChar, QString> t;
        for (qsizetype i = 0; i < from.size(); ++i)
            t.insert(from.at(i), to.at(i).toString());
        return t;
    }();
    QString out;
    for (QChar ch : text.toString().toLower()) {
        const auto it = table.constFind(ch);
        if (it != table.constEnd())
            out += *it;
        else if (ch >= u'a' && ch <= u'z')
            out += ch;
        else if (ch == u' ' || ch == u'-')
            out += u'-';
    }
    return out;
}

QString capitalised(const QString& latin)
{
    return latin.isEmpty() ? latin : latin.left(1).toUpper() + latin.mid(1);
}

// A Russian mobile number, different for every index: a bijection of the index onto 9xx xxx xx xx.
QString russianPhone(int index)
{
    const qint64 n = 9000000000LL + (qint64(index) * 104729 + 12345) % 1000000000LL;
    const QString d = QString::number(n);
    return QStringLiteral("+7 (%1) %2-%3-%4").arg(d.mid(0, 3), d.mid(3, 3), d.mid(6, 2), d.mid(8, 2));
}

// ИНН with its check digits: 10 digits for an organisation, 12 for a sole trader.
QString taxId(Random& random, QStringView region, bool soleTrader)
{
    QList<int> d;
    for (QChar ch : region)
        d.append(ch.digitValue());
    const int body = soleTrader ? 10 : 9;
    while (d.size() < body)
        d.append(random.below(10));
    auto check = [&](std::initializer_list<int> weights) {
        int sum = 0;
        int i = 0;
        for (int w : weights)
            sum += w * d.at(i++);
        d.append(sum % 11 % 10);
    };
    if (soleTrader) {
        check({7, 2, 4, 10, 3, 5, 9, 4, 6, 8});
        check({3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8});
    } else {
        check({2, 4, 10, 3, 5, 9, 4, 6, 8});
    }
    QString text;
    for (int digit : d)
        text += QChar(u'0' + digit);
    return text;
}

QString russianAddress(Random& random, const City& city)
{
    QString address = city.postcode.toString() +
                      QString::number(random.between(0, 999)).rightJustified(3, u'0') + u", "_qs +
                      city.name.toString() + u", "_qs + random.pick(Streets).toString() + u", д. "_qs +
                      QString::number(random.between(1, 120));
    if (random.percent(80))
        address += u", кв. "_qs + QString::number(random.between(1, 250));
    return address;
}

enum class Origin
{
    Russian,
    Transliterated, // a Russian name written in Latin letters
    Foreign,        // a Latin name; some live abroad
};

struct DemoCustomer
{
    Id id;
    QString name;
    bool company = false;
    bool abroad = false;
    int city = 0;
};

Customer makePerson(Random& random, int index, DemoCustomer& demo)
{
    Customer c;
    const bool female = random.percent(55);
    const int roll = random.below(100);
    const Origin origin = roll < 75 ? Origin::Russian : roll < 88 ? Origin::Transliterated : Origin::Foreign;
    const Surname& surname = random.pick(Surnames);
    const QStringView first = female ? random.pick(FemaleNames) : random.pick(MaleNames);
    const QStringView last = female ? surname.female : surname.male;
    QString local; // the email's name part
    switch (origin) {
    case Origin::Russian:
        c.name = first.toString() + u' ' + last.toString();
        local = transliterate(first) + (random.percent(50) ? u'.' : u'_') + transliterate(last);
        break;
    case Origin::Transliterated:
        c.name = capitalised(transliterate(first)) + u' ' + capitalised(transliterate(last));
        local = transliterate(last) + u'.' + transliterate(first);
        break;
    case Origin::Foreign: {
        const QString given = random.pick(LatinFirstNames).toString();
        const QString family = random.pick(LatinSurnames).toString();
        c.name = given + u' ' + family;
        local = given.toLower() + u'.' + family.toLower();
        demo.abroad = random.percent(40);
        break;
    }
    }
    // The index keeps every email and phone unique (duplicates would be refused, rightly).
    if (random.percent(92) || index == 0) // the first one's email tells that the demo is there
        c.email = local + QString::number(index) + u'@' + random.pick(MailDomains);
    demo.city = random.below(int(Cities.size()));
    if (demo.abroad) {
        c.phone = QStringLiteral("+49 151 %1").arg(10000000 + index);
        c.addresses = {CustomerAddress{
            {}, tr("Home"), random.pick(AbroadAddresses).toString().arg(random.between(1, 90)), true}};
    } else {
        if (random.percent(95))
            c.phone = russianPhone(index);
        c.addresses = {CustomerAddress{{}, tr("Home"), russianAddress(random, Cities.at(demo.city)), true}};
        if (random.percent(15))
            c.addresses.append(
                CustomerAddress{{}, tr("Work"), russianAddress(random, Cities.at(demo.city)), false});
    }
    c.marketingConsent = random.percent(40);
    if (random.percent(3))
        c.tags = {u"vip"_qs};
    return c;
}

Customer makeCompany(Random& random, int index, DemoCustomer& demo)
{
    Customer c;
    c.kind = CustomerKind::Company;
    demo.company = true;
    demo.city = random.below(int(Cities.size()));
    const City& city = Cities.at(demo.city);
    const Surname& surname = random.pick(Surnames);
    const bool soleTrader = random.percent(30);
    const QString owner = surname.male.toString() + u' ' + random.pick(MaleNames).toString() + u' ' +
                          random.pick(MalePatronymics).toString();
    if (soleTrader) {
        c.name = u"ИП "_qs + owner;
        c.legalName = u"Индивидуальный предприниматель "_qs + owner;
    } else {
        const QString brand = random.pick(CompanyNames).toString();
        c.name = u"ООО «"_qs + brand + u'»';
        c.legalName = u"Общество с ограниченной ответственностью «"_qs + brand + u'»';
        c.taxReasonCode = city.region.toString() + u"0101001"_qs;
    }
    c.taxId = taxId(random, city.region, soleTrader);
    c.legalAddress = russianAddress(random, city);
    c.bankDetails = u"р/с %1, БИК %2"_qs.arg(
        u"40702810"_qs + QString::number(random.between64(100000000000LL, 999999999999LL)),
        u"04452"_qs + QString::number(random.between(1000, 9999)));
    c.email = QStringLiteral("zakaz%1@%2.ru").arg(index).arg(transliterate(random.pick(CompanyNames)));
    c.phone = russianPhone(index);
    c.paymentTermsDays = random.pick(QList<int>{7, 14, 14, 30});
    c.creditLimit = random.between(3, 30) * 100000 * Rub;
    c.tags = {u"b2b"_qs};
    c.addresses = {CustomerAddress{{}, tr("Warehouse"), russianAddress(random, city), true}};
    const bool female = random.percent(60);
    const Surname& contact = random.pick(Surnames);
    c.contacts = {CustomerContact{{},
                                  (female ? random.pick(FemaleNames) : random.pick(MaleNames)).toString() +
                                      u' ' + (female ? contact.female : contact.male).toString(),
                                  tr("Purchasing manager"),
                                  QStringLiteral("buyer%1@%2.ru").arg(index).arg(u"b2b"_qs),
                                  russianPhone(index + 5000000)}};
    return c;
}

// ---- orders ----

struct CarrierPlan
{
    QStringView name;
    QStringView trackingUrl;
    int minDays;
    int maxDays;
    int promisedDays;
};

const QList<CarrierPlan> Carriers{
    {u"Почта России", u"https://www.pochta.ru/tracking?barcode={tracking}", 3, 9, 7},
    {u"СДЭК", u"https://www.cdek.ru/ru/tracking?order_id={tracking}", 2, 5, 4},
    {u"Boxberry", u"https://boxberry.ru/tracking-page?id={tracking}", 2, 6, 5},
    {u"DHL", u"https://www.dhl.com/ru-ru/home/tracking/tracking-express.html?tracking-id={tracking}", 4, 8,
     7},
};
enum CarrierIndex
{
    Post,
    Cdek,
    Boxberry,
    Dhl
};

QString trackingNumber(Random& random, int carrier, int serial, qint64 at)
{
    switch (carrier) {
    case Post: {
        // 14 digits: the sender's postcode, the month, a serial, a check digit.
        const int month = QDateTime::fromMSecsSinceEpoch(at, QTimeZone::utc()).date().month();
        QString digits = QStringLiteral("101000") + QString::number(month).rightJustified(2, u'0') +
                         QString::number(serial % 100000).rightJustified(5, u'0');
        int sum = 0;
        for (qsizetype i = 0; i < digits.size(); ++i)
            sum += digits.at(i).digitValue() * (i % 2 == 0 ? 3 : 1);
        return digits + QChar(u'0' + (10 - sum % 10) % 10);
    }
    case Cdek:
        return QString::number(1500000000LL + qint64(serial) * 7 + random.below(7));
    case Boxberry:
        return QStringLiteral("BBR%1").arg(300000000 + serial * 3 + random.below(3));
    default:
        return QString::number(4100000000LL + qint64(serial) * 11 + random.below(11));
    }
}

// Orders per day over the year: the shop grows, weekends sell more, November and December peak.
QList<int> ordersPerDay(int total, qint64 now)
{
    static constexpr int Season[12] = {80, 85, 95, 95, 90, 85, 85, 95, 100, 105, 135, 150};
    QList<qint64> weights(DemoOrders::Days);
    qint64 sum = 0;
    for (int d = 0; d < DemoOrders::Days; ++d) {
        const qint64 start = now - qint64(DemoOrders::Days - d) * DayMs;
        const QDate date = QDateTime::fromMSecsSinceEpoch(start + MoscowOffsetMs, QTimeZone::utc()).date();
        const int weekday = date.dayOfWeek() >= 6 ? 120 : 100;
        weights[d] = qint64(60 + 80 * d / DemoOrders::Days) * weekday * Season[date.month() - 1];
        sum += weights[d];
    }
    QList<int> counts(DemoOrders::Days);
    qint64 cumulative = 0;
    for (int d = 0; d < DemoOrders::Days; ++d) {
        const qint64 before = cumulative * total / sum;
        cumulative += weights[d];
        counts[d] = int(cumulative * total / sum - before);
    }
    return counts;
}

struct Open
{
    Id id;
    OrderStatus target;
};

// ---- returns ----

// A delivered order paid in full that may come back.
struct Delivered
{
    Id id;
    qint64 deliveredAt = 0;
};

ReturnReason returnReason(Random& random)
{
    static const Weighted weights(QList<quint32>{34, 20, 12, 12, 14, 8});
    static constexpr ReturnReason Reasons[] = {ReturnReason::ChangedMind,       ReturnReason::Defect,
                                               ReturnReason::WrongItem,         ReturnReason::NotAsDescribed,
                                               ReturnReason::DamagedInDelivery, ReturnReason::LateDelivery};
    return Reasons[weights.pick(random)];
}

// What the shop does with the goods, as the reason suggests.
ReturnDecision returnDecision(Random& random, ReturnReason reason)
{
    switch (reason) {
    case ReturnReason::ChangedMind:
    case ReturnReason::LateDelivery:
        return random.percent(90) ? ReturnDecision::Restock : ReturnDecision::Quarantine;
    case ReturnReason::WrongItem: // the shop's mis-sort: the goods themselves are fine
        return ReturnDecision::Restock;
    case ReturnReason::NotAsDescribed:
        return random.percent(60) ? ReturnDecision::Quarantine : ReturnDecision::Restock;
    case ReturnReason::Defect:
        return random.percent(65) ? ReturnDecision::ToSupplier : ReturnDecision::WriteOff;
    case ReturnReason::DamagedInDelivery:
        return random.percent(60) ? ReturnDecision::WriteOff : ReturnDecision::Quarantine;
    }
    return ReturnDecision::Restock;
}

QString returnCondition(Random& random, ReturnDecision decision)
{
    switch (decision) {
    case ReturnDecision::Restock:
        return random.percent(60) ? tr("Unopened, in its original packaging") : tr("Opened, as new");
    case ReturnDecision::Quarantine:
        return random.percent(50) ? tr("Opened; to be checked") : tr("Packaging damaged");
    case ReturnDecision::WriteOff:
        return random.percent(50) ? tr("Broken") : tr("Damaged beyond sale");
    case ReturnDecision::ToSupplier:
        return random.percent(50) ? tr("Does not work") : tr("Manufacturing defect");
    }
    return {};
}

// Some of the delivered orders come back through ReturnService: asked for within two weeks of the
// delivery, received two to twelve days later, refunded within four days of that; whatever would
// happen after `now` has not happened yet (the return is open, or awaits its refund).
Result<void> makeReturns(ReturnService& returns, OrderService& orders, Connection& connection,
                         const Actor& actor, const QList<Delivered>& delivered, const QHash<Id, Unit>& units,
                         qint64 now, DemoOrders::Summary& summary)
{
    Random random(ReturnSeed);
    struct Chosen
    {
        const Delivered* order;
        qint64 asked; // when the customer asked to return it
        bool justAsked = false;
    };
    QList<Chosen> chosen;
    const Delivered* newest = nullptr;
    for (const Delivered& d : delivered) {
        if (d.deliveredAt < now - 2 * HourMs && (!newest || d.deliveredAt > newest->deliveredAt))
            newest = &d;
        if (!random.percent(ReturnPercent))
            continue;
        const qint64 asked = d.deliveredAt + random.between64(6 * HourMs, 14 * DayMs);
        if (asked < now - HourMs)
            chosen.append({&d, asked});
    }
    // However few the orders, the last one delivered has just been asked back: one return is open.
    if (newest &&
        std::none_of(chosen.cbegin(), chosen.cend(), [&](const Chosen& c) { return c.order == newest; }))
        chosen.append(
            {newest, std::min(newest->deliveredAt + random.between64(HourMs, DayMs), now - HourMs), true});
    // Numbered in the order they were asked for.
    std::stable_sort(chosen.begin(), chosen.end(),
                     [](const Chosen& a, const Chosen& b) { return a.asked < b.asked; });
    for (qsizetype start = 0; start < chosen.size(); start += ReturnBatch) {
        WriteTransaction tx(connection);
        if (tx.beginError())
            return fail(*tx.beginError());
        for (qsizetype i = start; i < std::min(chosen.size(), start + ReturnBatch); ++i) {
            const Chosen& c = chosen.at(i);
            const Delivered* d = c.order;
            const qint64 asked = c.asked;
            auto order = orders.order(actor, d->id);
            if (!order)
                return fail(order.error());
            Return draft;
            draft.orderId = order->id;
            draft.createdAt = asked;
            const ReturnReason reason = returnReason(random);
            const int lineCount = order->lines.size() > 1 && random.percent(20) ? 2 : 1;
            QList<int> taken;
            while (taken.size() < lineCount) {
                const int index = random.below(int(order->lines.size()));
                if (taken.contains(index))
                    continue;
                taken.append(index);
                const OrderLine& line = order->lines.at(index);
                ReturnLine l;
                l.orderLineId = line.id;
                l.quantity = line.shipped;
                // One of several pieces, mostly; goods by weight or length come back whole.
                const qint64 pieces = line.shipped.milli() / 1000;
                if (units.value(line.productId) == Unit::Piece && pieces > 1 && random.percent(70))
                    l.quantity = Quantity::fromUnits(1);
                l.reason = reason;
                l.decision = returnDecision(random, reason);
                l.condition = returnCondition(random, l.decision);
                draft.lines.append(l);
            }
            // Sent back by post or brought to a pickup point, then checked and refunded.
            const qint64 received = asked + random.between64(2 * DayMs, 12 * DayMs);
            const qint64 refunded = received + random.between64(2 * HourMs, 4 * DayMs);
            auto made = returns.create(actor, draft);
            if (!made)
                return fail(made.error());
            ++summary.returns;
            if (received >= now || c.justAsked) {
                ++summary.openReturns;
                continue;
            }
            if (auto back = returns.receive(actor, made->id, received); !back)
                return fail(back.error());
            if (refunded >= now) {
                ++summary.openReturns;
                continue;
            }
            if (auto closed = returns.close(actor, made->id, refunded); !closed)
                return fail(closed.error());
        }
        if (auto ok = tx.commit(); !ok)
            return fail(ok.error());
    }
    return {};
}

} // namespace

DemoOrders::DemoOrders(CustomerService& customers, OrderService& orders, ReturnService& returns,
                       StockService& stock, const Actor& actor)
    : m_customers(customers)
    , m_orders(orders)
    , m_returns(returns)
    , m_stock(stock)
    , m_actor(actor)
{}

Result<DemoOrders::Summary> DemoOrders::run(const QList<Item>& items, int customerCount, int orderCount,
                                            const std::function<bool(int done, int total)>& progress)
{
    Summary summary;
    if (items.isEmpty() || customerCount <= 0 || orderCount <= 0)
        return summary;
    const int total = customerCount + orderCount;
    const auto cancelled = [] {
        return fail(
            ErrorCode::Cancelled,
            tr("Creating the demo orders was cancelled; the customers and orders already made are kept."));
    };
    Random random(Seed);
    Connection& connection = m_stock.database().connection();
    const qint64 now = m_stock.database().clock().nowMs();

    // ---- customers, a thousand per transaction (each one CustomerService::create) ----
    QList<DemoCustomer> people;
    people.reserve(customerCount);
    for (int start = 0; start < customerCount; start += CustomerBatch) {
        WriteTransaction tx(connection);
        if (tx.beginError())
            return fail(*tx.beginError());
        for (int i = start; i < std::min(customerCount, start + CustomerBatch); ++i) {
            DemoCustomer demo;
            const Customer draft =
                random.percent(6) ? makeCompany(random, i, demo) : makePerson(random, i, demo);
            if (i == 0) {
                auto existing = m_customers.findDuplicates(m_actor, draft.email, draft.phone);
                if (!existing)
                    return fail(existing.error());
                if (!existing->isEmpty())
                    return fail(ErrorCode::Conflict,
                                tr("The demo customers are already there; demo orders are added only once."));
            }
            auto created = m_customers.create(m_actor, draft);
            if (!created)
                return fail(created.error());
            demo.id = created->id;
            demo.name = created->name;
            people.append(demo);
        }
        if (auto ok = tx.commit(); !ok)
            return fail(ok.error());
        summary.customers = int(people.size());
        if (progress && !progress(summary.customers, total))
            return cancelled();
    }

    // ---- carriers and the marketplaces' warehouses ----
    auto known = m_orders.carriers(m_actor, true);
    if (!known)
        return fail(known.error());
    QList<Id> carrierIds;
    for (const CarrierPlan& plan : Carriers) {
        Id id;
        for (const Carrier& c : std::as_const(*known)) {
            if (c.name.compare(plan.name, Qt::CaseInsensitive) == 0)
                id = c.id;
        }
        if (id.isNull()) {
            auto saved = m_orders.saveCarrier(
                m_actor, Carrier{{}, plan.name.toString(), plan.trackingUrl.toString(), false});
            if (!saved)
                return fail(saved.error());
            id = saved->id;
        }
        carrierIds.append(id);
    }
    auto marketplaceLocation = [&](const QString& code, const QString& name) -> Result<Id> {
        auto warehouses = m_stock.warehouses(m_actor, true);
        if (!warehouses)
            return fail(warehouses.error());
        Id warehouseId;
        for (const Warehouse& w : std::as_const(*warehouses)) {
            if (w.code.compare(code, Qt::CaseInsensitive) == 0 && w.kind == WarehouseKind::Marketplace)
                warehouseId = w.id;
        }
        if (warehouseId.isNull()) {
            auto created = m_stock.createWarehouse(m_actor, code, name, WarehouseKind::Marketplace);
            if (!created)
                return fail(created.error());
            warehouseId = created->id;
        }
        auto locations = m_stock.locations(m_actor);
        if (!locations)
            return fail(locations.error());
        for (const Location& l : std::as_const(*locations)) {
            if (l.warehouseId == warehouseId && l.kind == LocationKind::Fbo)
                return l.id;
        }
        return fail(ErrorCode::NotFound,
                    tr("The marketplace warehouse %1 has no marketplace location.").arg(code));
    };
    auto ozonFbo = marketplaceLocation(OzonCode, tr("Ozon FBO"));
    if (!ozonFbo)
        return fail(ozonFbo.error());
    auto wbFbo = marketplaceLocation(WildberriesCode, tr("Wildberries FBO"));
    if (!wbFbo)
        return fail(wbFbo.error());

    // What can be sold now, for the open orders (which are confirmed for real).
    auto available = m_stock.availableAll(m_actor);
    if (!available)
        return fail(available.error());
    QHash<Id, qint64> free;
    for (auto it = available->cbegin(); it != available->cend(); ++it)
        free.insert(it.key(), it.value().milli());

    const QList<quint32> productWeights = popularity(random, int(items.size()), 20);
    const Weighted products(productWeights);
    // The marketplaces' own warehouses hold a few fast movers.
    QList<int> fboItems;
    {
        QList<std::pair<quint32, int>> ranked;
        for (int i = 0; i < items.size(); ++i) {
            if (items.at(i).unit == Unit::Piece)
                ranked.append({productWeights.at(i), i});
        }
        std::sort(ranked.begin(), ranked.end(), std::greater<>());
        for (int i = 0; i < std::min<qsizetype>(ranked.size(), std::max<qsizetype>(10, items.size() / 50));
             ++i)
            fboItems.append(ranked.at(i).second);
    }
    QList<quint32> customerWeights = popularity(random, int(people.size()), 30);
    for (int i = 0; i < people.size(); ++i) {
        if (people.at(i).company)
            customerWeights[i] *= 3;
    }
    const Weighted buyers(customerWeights);

    auto quantityOf = [&](Unit unit, bool wholesale) {
        switch (unit) {
        case Unit::Piece: {
            const int roll = random.below(100);
            const int n = roll < 75 ? 1 : roll < 93 ? 2 : 3;
            return Quantity::fromUnits(wholesale ? n * random.between(3, 10) : n);
        }
        case Unit::Kilogram:
        case Unit::Litre:
            return Quantity::fromMilli(random.between(1, 8) * 250 * (wholesale ? 5 : 1));
        case Unit::Metre:
            return Quantity::fromUnits(random.between(1, 10) * (wholesale ? 5 : 1));
        }
        return Quantity::fromUnits(1);
    };
    const QList<QString> cancelReasons{tr("The customer changed their mind"), tr("Not paid in time"),
                                       tr("A duplicate of another order"),
                                       tr("The customer asked for another item")};
    const QList<QString> delayReasons{tr("Held at the carrier's sorting centre"),
                                      tr("Bad weather on the route"), tr("Wrong address; delivered again")};
    const QList<QString> socials{u"VK"_qs, u"Telegram"_qs, u"WhatsApp"_qs};

    const QList<int> perDay = ordersPerDay(orderCount, now);
    // The newest orders are still in the works (a day or two of a small shop's, a day of a big one's).
    const int newest = std::clamp(orderCount / 100, std::min(40, orderCount), 600);
    QList<Order> batch;
    QList<OrderStatus> targets; // per order of the batch: the open status it is to reach
    QList<Open> openOrders;
    QList<Delivered> delivered; // that may come back
    int serial = 0;
    auto flush = [&]() -> Result<void> {
        if (batch.isEmpty())
            return {};
        for (const Order& o : std::as_const(batch))
            summary.lines += int(o.lines.size());
        auto ids = m_orders.importHistory(m_actor, batch, tr("demo data"));
        if (!ids)
            return fail(ids.error());
        for (qsizetype i = 0; i < ids->size(); ++i) {
            const Order& o = batch.at(i);
            if (o.status == OrderStatus::Delivered && o.channel != SalesChannel::MarketplaceFbo &&
                o.total > 0 && o.paidAmount == o.total && o.refundedAmount == 0)
                delivered.append(Delivered{ids->at(i), *o.deliveredAt});
            if (targets.at(i) != OrderStatus::Draft)
                openOrders.append(Open{ids->at(i), targets.at(i)});
            else if (batch.at(i).status == OrderStatus::Draft)
                ++summary.drafts;
        }
        summary.orders += int(ids->size());
        batch.clear();
        targets.clear();
        return {};
    };

    for (int day = 0; day < Days; ++day) {
        const qint64 dayStart = now - qint64(Days - day) * DayMs;
        QList<qint64> times;
        for (int n = 0; n < perDay.at(day); ++n) {
            // Fewer orders at night (Moscow time).
            qint64 at = dayStart + random.between64(0, DayMs - 1);
            const int hour = int((at + MoscowOffsetMs) / HourMs % 24);
            if (hour < 8 && random.percent(75))
                at = dayStart + random.between64(0, DayMs - 1);
            times.append(std::min(at, now - MinuteMs));
        }
        std::sort(times.begin(), times.end());
        for (const qint64 orderedAt : std::as_const(times)) {
            ++serial;
            const qint64 age = now - orderedAt;
            const int buyerIndex = buyers.pick(random);
            const DemoCustomer& buyer = people.at(buyerIndex);
            Order o;
            o.customerId = buyer.id;
            o.orderedAt = orderedAt;
            // The channel: companies order on the site or by phone; people abroad on the site.
            const int roll = random.below(100);
            if (buyer.company)
                o.channel = roll < 60 ? SalesChannel::Site : SalesChannel::Phone;
            else if (buyer.abroad)
                o.channel = SalesChannel::Site;
            else
                o.channel = roll < 35   ? SalesChannel::Site
                            : roll < 53 ? SalesChannel::MarketplaceFbs
                            : roll < 61 ? SalesChannel::MarketplaceFbo
                            : roll < 76 ? SalesChannel::MarketplaceFbs
                            : roll < 82 ? SalesChannel::MarketplaceFbo
                            : roll < 88 ? SalesChannel::Phone
                            : roll < 98 ? SalesChannel::Social
                                        : SalesChannel::InPerson;
            const bool marketplace =
                o.channel == SalesChannel::MarketplaceFbs || o.channel == SalesChannel::MarketplaceFbo;
            const bool ozon = marketplace && (roll < 61);
            if (marketplace) {
                o.marketplace = ozon ? u"Ozon"_qs : u"Wildberries"_qs;
                o.externalRef =
                    ozon ? QStringLiteral("%1-%2").arg(30000000 + serial * 3).arg(random.between(1000, 9999))
                         : QString::number(1800000000LL + qint64(serial) * 13);
                const City& city = Cities.at(buyer.city);
                o.shipTo = (ozon ? u"ПВЗ Ozon: %1, %2, %3"_qs : u"ПВЗ Wildberries: %1, %2, %3"_qs)
                               .arg(city.name, random.pick(Streets))
                               .arg(random.between(1, 80));
                if (o.channel == SalesChannel::MarketplaceFbo)
                    o.locationId = ozon ? *ozonFbo : *wbFbo;
            } else if (o.channel == SalesChannel::Site) {
                o.externalRef = QStringLiteral("#%1").arg(10000 + serial);
            } else if (o.channel == SalesChannel::Social) {
                o.note = tr("Ordered through %1").arg(random.pick(socials));
            }
            if (buyer.company)
                o.paymentMethod = PaymentMethod::Invoice;
            else if (marketplace)
                o.paymentMethod = PaymentMethod::Card;
            else if (o.channel == SalesChannel::InPerson)
                o.paymentMethod = PaymentMethod::Cash;
            else
                o.paymentMethod = random.percent(o.channel == SalesChannel::Phone    ? 60
                                                 : o.channel == SalesChannel::Social ? 20
                                                                                     : 30)
                                      ? PaymentMethod::CashOnDelivery
                                      : PaymentMethod::Card;

            // What happens to it, by its age: finished long ago, open when new.
            enum class Plan
            {
                Draft, // being written
                Open,  // confirmed for real below, then perhaps picked and packed
                Ship,  // shipped, and delivered or back by now if it had the time
                Cancel
            };
            const double hours = double(age) / HourMs;
            const bool fbo = o.channel == SalesChannel::MarketplaceFbo; // the marketplace ships
            Plan plan = Plan::Ship;
            OrderStatus openAs = OrderStatus::Confirmed;
            if (o.channel == SalesChannel::InPerson) {
                plan = Plan::Ship;
            } else if (random.percent(4) && hours > 2) {
                plan = Plan::Cancel;
            } else if (serial > orderCount - newest && !fbo) {
                const int step = random.below(100);
                plan = step < 20 ? Plan::Draft : step < 80 || hours < 3 ? Plan::Open : Plan::Ship;
                openAs = step < 45   ? OrderStatus::Confirmed
                         : step < 62 ? OrderStatus::Picking
                                     : OrderStatus::Packed;
            }
            const bool isOpen = plan == Plan::Open;
            o.status = plan == Plan::Cancel ? OrderStatus::Cancelled : OrderStatus::Draft;

            // The lines: open orders take what is in stock, so that they can be confirmed (one in
            // twelve does not, and may stay a draft while its stock is short).
            const bool wholesale = buyer.company;
            const int lines = wholesale ? random.between(3, 6) : random.between(1, 5);
            const bool fitStock = isOpen && !random.percent(8);
            QList<int> chosen;
            for (int n = 0; n < lines; ++n) {
                for (int attempt = 0; attempt < 12; ++attempt) {
                    const int index = o.channel == SalesChannel::MarketplaceFbo
                                          ? fboItems.at(random.below(int(fboItems.size())))
                                          : products.pick(random);
                    if (chosen.contains(index))
                        continue;
                    const Item& item = items.at(index);
                    const Quantity quantity = quantityOf(item.unit, wholesale);
                    if (fitStock && free.value(item.id) < quantity.milli())
                        continue;
                    if (isOpen)
                        free[item.id] -= quantity.milli();
                    chosen.append(index);
                    OrderLine l;
                    l.productId = item.id;
                    l.sku = item.sku;
                    l.name = item.name;
                    l.vatBp = item.vatBp;
                    l.quantity = quantity;
                    l.unitPrice = item.price;
                    o.lines.append(l);
                    break;
                }
            }
            if (o.lines.isEmpty()) { // nothing in stock fits: an order of one favourite, left a draft
                const Item& item = items.at(products.pick(random));
                OrderLine l;
                l.productId = item.id;
                l.sku = item.sku;
                l.name = item.name;
                l.vatBp = item.vatBp;
                l.quantity = Quantity::fromUnits(1);
                l.unitPrice = item.price;
                o.lines.append(l);
            }
            OrderMath::computeTotals(o); // the lines' amounts, for the discount and free shipping
            if (wholesale || (o.channel == SalesChannel::Site && random.percent(6)))
                o.orderDiscount = o.subtotal * (wholesale ? 7 : 10) / 100; // a B2B discount or a promo code

            // Shipping: who carries it, when, and what it costs.
            int carrier = -1;
            if (!marketplace && o.channel != SalesChannel::InPerson) {
                const int pick = random.below(100);
                carrier = buyer.abroad ? Dhl : pick < 30 ? Post : pick < 75 ? Cdek : Boxberry;
                o.carrierId = carrierIds.at(carrier);
                if (o.subtotal < 3000 * Rub) // free delivery from 3,000 roubles
                    o.shippingCharge = QList<qint64>{299, 349, 249, 990}.at(carrier) * Rub;
                o.shippingService = carrier == Dhl       ? u"Express Worldwide"_qs
                                    : carrier == Post    ? tr("Parcel")
                                    : random.percent(40) ? tr("Courier")
                                                         : tr("To a pickup point");
            } else if (marketplace) {
                o.shippingService = o.marketplace;
            }
            OrderMath::computeTotals(o);
            if (o.channel != SalesChannel::InPerson)
                o.shipBy = orderedAt + (marketplace ? DayMs : 2 * DayMs);
            const int transitMin = carrier >= 0 ? Carriers.at(carrier).minDays : 1;
            const int transitMax = carrier >= 0 ? Carriers.at(carrier).maxDays : 4;
            if (carrier >= 0 || o.channel == SalesChannel::MarketplaceFbs)
                o.promisedDelivery =
                    *o.shipBy + qint64(carrier >= 0 ? Carriers.at(carrier).promisedDays : 3) * DayMs;

            if (plan == Plan::Ship) {
                // Shipped a few hours to a day and a half after the order (at once over the counter).
                const qint64 shippedAt =
                    o.channel == SalesChannel::InPerson
                        ? orderedAt
                        : std::min(now - MinuteMs, orderedAt + random.between64(2 * HourMs, 36 * HourMs));
                o.shippedAt = shippedAt;
                o.status = OrderStatus::Shipped;
                if (carrier >= 0)
                    o.trackingNumber = trackingNumber(random, carrier, serial, shippedAt);
                else if (marketplace && ozon)
                    o.trackingNumber = o.externalRef + u"-1"_qs;
                const qint64 arrives =
                    o.channel == SalesChannel::InPerson
                        ? shippedAt
                        : shippedAt + random.between64(qint64(transitMin) * DayMs,
                                                       qint64(transitMax) * DayMs + 12 * HourMs);
                if (arrives < now) {
                    // Marketplace and cash-on-delivery parcels are sometimes not collected or refused.
                    const bool pickup = marketplace || o.paymentMethod == PaymentMethod::CashOnDelivery;
                    const int outcome = random.below(100);
                    o.status = pickup && outcome < 6   ? OrderStatus::NotCollected
                               : pickup && outcome < 9 ? OrderStatus::Refused
                                                       : OrderStatus::Delivered;
                    // Not collected: back after the pickup point's week of keeping it.
                    o.deliveredAt = o.status == OrderStatus::NotCollected ? arrives + 7 * DayMs : arrives;
                    if (*o.deliveredAt >= now)
                        o.status = OrderStatus::Shipped, o.deliveredAt.reset();
                    if (o.status == OrderStatus::Delivered && o.promisedDelivery &&
                        arrives > *o.promisedDelivery && random.percent(70))
                        o.delayReason = random.pick(delayReasons);
                }
            }
            if (plan == Plan::Cancel)
                o.note = random.pick(cancelReasons);

            // Money: paid as the method says; the shop's own costs of the order.
            const bool collected = o.status == OrderStatus::Delivered;
            switch (o.paymentMethod) {
            case PaymentMethod::Card:
                // Marketplaces pay out what was bought out; a card on the site pays at once.
                if (marketplace)
                    o.paidAmount = collected ? o.total : 0;
                else
                    o.paidAmount = o.status == OrderStatus::Draft && !isOpen ? 0 : o.total;
                if (!marketplace && (o.status == OrderStatus::Cancelled || o.status == OrderStatus::Refused ||
                                     o.status == OrderStatus::NotCollected))
                    o.refundedAmount = o.paidAmount;
                break;
            case PaymentMethod::CashOnDelivery:
            case PaymentMethod::Cash:
                o.paidAmount = collected ? o.total : 0;
                break;
            case PaymentMethod::Invoice:
                // Paid within the terms; the newest invoices are still open, a few are late.
                if (collected && *o.deliveredAt < now - 20 * DayMs)
                    o.paidAmount = random.percent(95) ? o.total : o.total / 2;
                else if (collected && random.percent(40))
                    o.paidAmount = o.total;
                break;
            }
            if (o.status != OrderStatus::Cancelled && o.status != OrderStatus::Draft && !isOpen) {
                if (marketplace)
                    o.commission = o.total * (ozon ? 15 : 17) / 100;
                if (carrier >= 0)
                    o.shippingCost = random.between(180, 450) * Rub;
                else if (o.channel == SalesChannel::MarketplaceFbs)
                    o.shippingCost = random.between(60, 150) * Rub;
                if (o.paymentMethod == PaymentMethod::Card && !marketplace)
                    o.paymentFee = o.total * 25 / 1000;
                else if (o.paymentMethod == PaymentMethod::CashOnDelivery && collected)
                    o.paymentFee = o.total * 29 / 1000;
            }
            batch.append(std::move(o));
            targets.append(isOpen ? openAs : OrderStatus::Draft);
            if (batch.size() >= OrderBatch) {
                if (auto ok = flush(); !ok)
                    return fail(ok.error());
                if (progress && !progress(summary.customers + summary.orders, total))
                    return cancelled();
            }
        }
    }
    if (auto ok = flush(); !ok)
        return fail(ok.error());

    // ---- a few delivered orders come back ----
    // Before the open orders are confirmed: the returns are older than them, and every stock
    // change looks for confirmed orders waiting for the goods, of which there are none yet.
    QHash<Id, Unit> units;
    for (const Item& item : items)
        units.insert(item.id, item.unit);
    if (auto ok = makeReturns(m_returns, m_orders, connection, m_actor, delivered, units, now, summary); !ok)
        return fail(ok.error());

    // ---- the open orders: confirmed (stock reserved), some picked and packed ----
    for (qsizetype start = 0; start < openOrders.size(); start += ConfirmBatch) {
        WriteTransaction tx(connection);
        if (tx.beginError())
            return fail(*tx.beginError());
        for (qsizetype i = start; i < std::min(openOrders.size(), start + ConfirmBatch); ++i) {
            const Open& o = openOrders.at(i);
            // Refused when its stock is short: then it stays a draft, as a shop would leave it.
            auto confirmed = m_orders.confirm(m_actor, o.id);
            if (!confirmed) {
                if (confirmed.error().code != ErrorCode::Conflict)
                    return fail(confirmed.error());
                ++summary.drafts;
                continue;
            }
            ++summary.open;
            if (o.target == OrderStatus::Confirmed)
                continue;
            if (auto picking = m_orders.startPicking(m_actor, o.id); !picking)
                return fail(picking.error());
            if (o.target == OrderStatus::Packed) {
                if (auto packed = m_orders.markPacked(m_actor, o.id); !packed)
                    return fail(packed.error());
            }
        }
        if (auto ok = tx.commit(); !ok)
            return fail(ok.error());
    }

    if (progress)
        progress(total, total);
    return summary;
}

} // namespace kontor
