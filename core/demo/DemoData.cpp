#include "DemoData.h"

#include "DemoRandom.h"
#include "catalog/Barcode.h"
#include "common/Decimal.h"
#include "purchasing/PurchaseOrderService.h"
#include "purchasing/SupplierService.h"
#include "security/UserService.h"
#include "support/SupportService.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QSet>

namespace kontor::DemoData {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("kontor::DemoData", text);
}

constexpr quint32 Seed = 20240601; // never change: benchmarks and tests rely on the same catalog
constexpr int BatchSize = 1000;    // rows per saveMany call (one savepoint each)

// Russian adjectives agree with the noun: masculine, feminine, neuter, plural.
enum Gender
{
    Masculine,
    Feminine,
    Neuter,
    Plural
};

enum class Axes
{
    None,
    Colour,
    Size,
    ColourSize
};

struct Words
{
    QStringView ru;
    QStringView en;
};

struct Colour
{
    QStringView ru[4];
    QStringView en;
    QStringView code; // in variant SKUs
};

// One kind of product: its category, noun, materials (Russian forms already agree with the noun),
// sizes or volumes that go into the name, and what its variants differ in.
struct Kind
{
    QStringView code; // SKU prefix
    Words category;   // "Одежда/Носки"
    QStringView ruNoun;
    Gender gender;
    QStringView enNoun;
    QList<Words> materials;
    QList<Words> specs; // an empty entry: nothing
    bool coloured;
    Axes axes;
    QList<QStringView> sizes;
    Unit unit;
    int minRub;
    int maxRub;
    int minGrams; // 0: no weight
    int maxGrams;
    bool reducedVat; // food and children's goods: 10 %
};

const QList<Colour>& colours()
{
    static const QList<Colour> list{
        {{u"чёрный", u"чёрная", u"чёрное", u"чёрные"}, u"Black", u"BLK"},
        {{u"белый", u"белая", u"белое", u"белые"}, u"White", u"WHT"},
        {{u"красный", u"красная", u"красное", u"красные"}, u"Red", u"RED"},
        {{u"синий", u"синяя", u"синее", u"синие"}, u"Blue", u"BLU"},
        {{u"тёмно-синий", u"тёмно-синяя", u"тёмно-синее", u"тёмно-синие"}, u"Navy", u"NVY"},
        {{u"зелёный", u"зелёная", u"зелёное", u"зелёные"}, u"Green", u"GRN"},
        {{u"жёлтый", u"жёлтая", u"жёлтое", u"жёлтые"}, u"Yellow", u"YEL"},
        {{u"серый", u"серая", u"серое", u"серые"}, u"Grey", u"GRY"},
        {{u"бежевый", u"бежевая", u"бежевое", u"бежевые"}, u"Beige", u"BEI"},
        {{u"коричневый", u"коричневая", u"коричневое", u"коричневые"}, u"Brown", u"BRN"},
        {{u"розовый", u"розовая", u"розовое", u"розовые"}, u"Pink", u"PNK"},
    };
    return list;
}

const QList<Words>& brands()
{
    static const QList<Words> list{
        {u"Уют", u"Nordic"},
        {u"Север", u"Urban"},
        {u"Берёзка", u"Classic"},
        {u"Тёплый дом", u"Harbor"},
        {u"Домовёнок", u"Maple"},
        {u"Солнышко", u"Evergreen"},
        {u"Лён и хлопок", u"Essential"},
    };
    return list;
}

const QList<Kind>& kinds()
{
    using enum Unit;
    // One kind per block reads better than one field per line.
    // clang-format off
    static const QList<Kind> list{
        {u"SOCK", {u"Одежда/Носки", u"Clothing/Socks"}, u"Носки", Plural, u"Socks",
         {{u"хлопковые", u"Cotton"}, {u"шерстяные", u"Wool"}, {u"бамбуковые", u"Bamboo"},
          {u"махровые", u"Terry"}}, {{u"", u""}, {u"2 пары", u"2 pairs"}, {u"5 пар", u"5 pairs"}}, true,
         Axes::ColourSize, {u"36-38", u"39-41", u"42-44"}, Piece, 149, 890, 40, 250, false},
        {u"TEE", {u"Одежда/Футболки", u"Clothing/T-Shirts"}, u"Футболка", Feminine, u"T-Shirt",
         {{u"хлопковая", u"Cotton"}, {u"льняная", u"Linen"}, {u"трикотажная", u"Jersey"}}, {{u"", u""}}, true,
         Axes::ColourSize, {u"XS", u"S", u"M", u"L", u"XL"}, Piece, 590, 2490, 150, 300, false},
        {u"HAT", {u"Одежда/Головные уборы", u"Clothing/Hats"}, u"Шапка", Feminine, u"Beanie",
         {{u"вязаная", u"Knitted"}, {u"шерстяная", u"Wool"}, {u"флисовая", u"Fleece"}}, {{u"", u""}}, true,
         Axes::Colour, {}, Piece, 390, 1990, 80, 200, false},
        {u"SCRF", {u"Одежда/Аксессуары", u"Clothing/Accessories"}, u"Шарф", Masculine, u"Scarf",
         {{u"шерстяной", u"Wool"}, {u"кашемировый", u"Cashmere"}, {u"хлопковый", u"Cotton"}},
         {{u"180 см", u"180 cm"}, {u"200 см", u"200 cm"}}, true, Axes::None, {}, Piece, 690, 4990, 100, 300,
         false},
        {u"GLOV", {u"Одежда/Аксессуары", u"Clothing/Accessories"}, u"Перчатки", Plural, u"Gloves",
         {{u"кожаные", u"Leather"}, {u"трикотажные", u"Knitted"}, {u"утеплённые", u"Insulated"}},
         {{u"", u""}}, true, Axes::Size, {u"S", u"M", u"L", u"XL"}, Piece, 490, 3490, 60, 200, false},
        {u"MUG", {u"Дом/Кухня", u"Home/Kitchen"}, u"Кружка", Feminine, u"Mug",
         {{u"керамическая", u"Ceramic"}, {u"фарфоровая", u"Porcelain"}, {u"стеклянная", u"Glass"},
          {u"эмалированная", u"Enamel"}},
         {{u"300 мл", u"300 ml"}, {u"350 мл", u"350 ml"}, {u"450 мл", u"450 ml"}}, true, Axes::Colour, {},
         Piece, 249, 1290, 250, 450, false},
        {u"TPOT", {u"Дом/Кухня", u"Home/Kitchen"}, u"Чайник заварочный", Masculine, u"Teapot",
         {{u"стеклянный", u"Glass"}, {u"керамический", u"Ceramic"}, {u"чугунный", u"Cast Iron"}},
         {{u"600 мл", u"600 ml"}, {u"800 мл", u"800 ml"}, {u"1 л", u"1 l"}}, true, Axes::None, {}, Piece, 690,
         4590, 400, 1500, false},
        {u"PAN", {u"Дом/Кухня", u"Home/Kitchen"}, u"Сковорода", Feminine, u"Frying Pan",
         {{u"чугунная", u"Cast Iron"}, {u"алюминиевая", u"Aluminium"}, {u"стальная", u"Stainless Steel"}},
         {{u"24 см", u"24 cm"}, {u"26 см", u"26 cm"}, {u"28 см", u"28 cm"}}, false, Axes::None, {}, Piece,
         1190, 6490, 900, 2500, false},
        {u"PLAT", {u"Дом/Посуда", u"Home/Tableware"}, u"Тарелка", Feminine, u"Plate",
         {{u"фарфоровая", u"Porcelain"}, {u"керамическая", u"Ceramic"}, {u"стеклянная", u"Glass"}},
         {{u"20 см", u"20 cm"}, {u"24 см", u"24 cm"}, {u"27 см", u"27 cm"}}, true, Axes::None, {}, Piece, 190,
         990, 300, 700, false},
        {u"TOWL", {u"Дом/Текстиль", u"Home/Textiles"}, u"Полотенце", Neuter, u"Towel",
         {{u"махровое", u"Terry"}, {u"льняное", u"Linen"}, {u"вафельное", u"Waffle"}},
         {{u"50×90 см", u"50×90 cm"}, {u"70×140 см", u"70×140 cm"}}, true, Axes::Colour, {}, Piece, 290, 1990,
         200, 700, false},
        {u"PLWC", {u"Дом/Текстиль", u"Home/Textiles"}, u"Наволочка", Feminine, u"Pillowcase",
         {{u"хлопковая", u"Cotton"}, {u"сатиновая", u"Sateen"}, {u"льняная", u"Linen"}},
         {{u"50×70 см", u"50×70 cm"}, {u"70×70 см", u"70×70 cm"}}, true, Axes::None, {}, Piece, 290, 1290,
         100, 250, false},
        {u"THRW", {u"Дом/Текстиль", u"Home/Textiles"}, u"Плед", Masculine, u"Throw Blanket",
         {{u"флисовый", u"Fleece"}, {u"шерстяной", u"Wool"}, {u"вязаный", u"Knitted"}},
         {{u"130×170 см", u"130×170 cm"}, {u"150×200 см", u"150×200 cm"}}, true, Axes::None, {}, Piece, 990,
         5990, 600, 1800, false},
        {u"BOTL", {u"Спорт и отдых/Бутылки", u"Sports & Outdoors/Bottles"}, u"Бутылка для воды", Feminine,
         u"Water Bottle", {{u"стальная", u"Steel"}, {u"стеклянная", u"Glass"}, {u"пластиковая", u"Plastic"}},
         {{u"500 мл", u"500 ml"}, {u"750 мл", u"750 ml"}, {u"1 л", u"1 l"}}, true, Axes::Colour, {}, Piece,
         390, 1990, 150, 450, false},
        {u"USBC", {u"Электроника/Кабели", u"Electronics/Cables"}, u"Кабель USB-C", Masculine, u"USB-C Cable",
         {{u"плетёный", u"Braided"}, {u"силиконовый", u"Silicone"}}, {{u"1 м", u"1 m"}, {u"2 м", u"2 m"}},
         true, Axes::None, {}, Piece, 290, 1490, 30, 90, false},
        {u"SPKC", {u"Электроника/Кабели", u"Electronics/Cables"}, u"Кабель акустический", Masculine,
         u"Speaker Cable", {{u"медный", u"Copper"}, {u"омеднённый", u"Copper-Clad"}},
         {{u"2×1,5 мм²", u"2×1.5 mm²"}, {u"2×2,5 мм²", u"2×2.5 mm²"}}, false, Axes::None, {}, Metre, 45, 240,
         0, 0, false},
        {u"CHRG", {u"Электроника/Зарядные устройства", u"Electronics/Chargers"}, u"Зарядное устройство",
         Neuter, u"Charger", {{u"компактное", u"Compact"}, {u"быстрое", u"Fast"}},
         {{u"20 Вт", u"20 W"}, {u"35 Вт", u"35 W"}, {u"65 Вт", u"65 W"}}, true, Axes::None, {}, Piece, 790,
         3990, 60, 200, false},
        {u"CASE", {u"Электроника/Чехлы", u"Electronics/Phone Cases"}, u"Чехол для телефона", Masculine,
         u"Phone Case",
         {{u"силиконовый", u"Silicone"}, {u"кожаный", u"Leather"}, {u"противоударный", u"Shockproof"}},
         {{u"", u""}}, true, Axes::Colour, {}, Piece, 290, 1990, 20, 60, false},
        {u"NOTE", {u"Канцелярия/Блокноты", u"Stationery/Notebooks"}, u"Блокнот", Masculine, u"Notebook",
         {{u"крафтовый", u"Kraft"}, {u"кожаный", u"Leather"}}, {{u"A5", u"A5"}, {u"A6", u"A6"}}, true,
         Axes::None, {}, Piece, 190, 1490, 100, 400, false},
        {u"PEN", {u"Канцелярия/Ручки", u"Stationery/Pens"}, u"Ручка шариковая", Feminine, u"Ballpoint Pen",
         {{u"металлическая", u"Metal"}, {u"пластиковая", u"Plastic"}},
         {{u"0,7 мм", u"0.7 mm"}, {u"1 мм", u"1 mm"}}, true, Axes::None, {}, Piece, 39, 690, 10, 40, false},
        {u"TEA", {u"Продукты/Чай и кофе", u"Food/Tea & Coffee"}, u"Чай листовой", Masculine,
         u"Loose Leaf Tea",
         {{u"чёрный цейлонский", u"Ceylon Black"}, {u"зелёный китайский", u"Chinese Green"},
          {u"улун", u"Oolong"}, {u"травяной", u"Herbal"}}, {{u"", u""}}, false, Axes::None, {}, Kilogram,
         1200, 6900, 0, 0, true},
        {u"COFE", {u"Продукты/Чай и кофе", u"Food/Tea & Coffee"}, u"Кофе в зёрнах", Masculine,
         u"Coffee Beans",
         {{u"арабика", u"Arabica"}, {u"робуста", u"Robusta"}, {u"эспрессо-смесь", u"Espresso Blend"}},
         {{u"", u""}}, false, Axes::None, {}, Kilogram, 1500, 4900, 0, 0, true},
        {u"HONY", {u"Продукты/Мёд и варенье", u"Food/Honey & Jam"}, u"Мёд", Masculine, u"Honey",
         {{u"цветочный", u"Wildflower"}, {u"гречишный", u"Buckwheat"}, {u"липовый", u"Linden"}},
         {{u"250 г", u"250 g"}, {u"500 г", u"500 g"}, {u"1 кг", u"1 kg"}}, false, Axes::None, {}, Piece, 290,
         1490, 300, 1200, true},
        {u"ROPE", {u"Хозтовары/Верёвки и шнуры", u"Hardware/Rope & Cord"}, u"Верёвка", Feminine, u"Rope",
         {{u"джутовая", u"Jute"}, {u"полипропиленовая", u"Polypropylene"}, {u"хлопковая", u"Cotton"}},
         {{u"6 мм", u"6 mm"}, {u"8 мм", u"8 mm"}, {u"10 мм", u"10 mm"}}, false, Axes::None, {}, Metre, 15,
         120, 0, 0, false},
        {u"CHAN", {u"Хозтовары/Цепи", u"Hardware/Chains"}, u"Цепь", Feminine, u"Chain",
         {{u"оцинкованная", u"Galvanised"}, {u"нержавеющая", u"Stainless"}},
         {{u"4 мм", u"4 mm"}, {u"6 мм", u"6 mm"}}, false, Axes::None, {}, Metre, 60, 390, 0, 0, false},
        {u"NAIL", {u"Хозтовары/Крепёж", u"Hardware/Fasteners"}, u"Гвозди строительные", Plural, u"Nails",
         {{u"оцинкованные", u"Galvanised"}, {u"стальные", u"Steel"}},
         {{u"50 мм", u"50 mm"}, {u"70 мм", u"70 mm"}, {u"100 мм", u"100 mm"}}, false, Axes::None, {},
         Kilogram, 150, 490, 0, 0, false},
        {u"TOY", {u"Детские товары/Игрушки", u"Kids/Toys"}, u"Мягкая игрушка", Feminine, u"Plush Toy",
         {{u"медведь", u"Bear"}, {u"заяц", u"Bunny"}, {u"ёжик", u"Hedgehog"}, {u"кот", u"Cat"}},
         {{u"25 см", u"25 cm"}, {u"40 см", u"40 cm"}}, false, Axes::None, {}, Piece, 490, 2990, 100, 400,
         true},
        {u"PUZL", {u"Детские товары/Пазлы", u"Kids/Puzzles"}, u"Пазл", Masculine, u"Jigsaw Puzzle",
         {{u"картонный", u"Cardboard"}, {u"деревянный", u"Wooden"}},
         {{u"500 деталей", u"500 pieces"}, {u"1000 деталей", u"1000 pieces"}}, false, Axes::None, {}, Piece,
         390, 1990, 300, 900, true},
    };
    // clang-format on
    return list;
}

using Random = DemoRandom;

// What one product's name is made of; a variant adds colour and size to its parent's.
struct NameParts
{
    const Kind* kind = nullptr;
    bool russian = false;
    int material = 0;
    int spec = 0;
    int brand = -1;  // -1: none
    int colour = -1; // -1: none
    QStringView size;
};

QString nameOf(const NameParts& n)
{
    const Kind& k = *n.kind;
    QStringList words;
    const QStringView spec = n.russian ? k.specs.at(n.spec).ru : k.specs.at(n.spec).en;
    if (n.russian) {
        // "Кружка «Север» керамическая белая 350 мл", "Носки хлопковые чёрные 5 пар, размер 39-41"
        words.append(k.ruNoun.toString());
        if (n.brand >= 0)
            words.append(u'«' + brands().at(n.brand).ru.toString() + u'»');
        words.append(k.materials.at(n.material).ru.toString());
        if (n.colour >= 0)
            words.append(colours().at(n.colour).ru[k.gender].toString());
        if (!spec.isEmpty())
            words.append(spec.toString());
        QString name = words.join(u' ');
        if (!n.size.isEmpty())
            name += u", размер " + n.size.toString();
        return name;
    }
    // "Nordic Black Ceramic Mug 350 ml", "Black Cotton Socks 5 pairs, Size 39-41"
    if (n.brand >= 0)
        words.append(brands().at(n.brand).en.toString());
    if (n.colour >= 0)
        words.append(colours().at(n.colour).en.toString());
    words.append(k.materials.at(n.material).en.toString());
    words.append(k.enNoun.toString());
    if (!spec.isEmpty())
        words.append(spec.toString());
    QString name = words.join(u' ');
    if (!n.size.isEmpty())
        name += u", Size " + n.size.toString();
    return name;
}

// A shop-like price in kopecks: 99.90, 349.00, 1 290.00.
qint64 retailPrice(Random& random, const Kind& k)
{
    const int rub = random.between(k.minRub, k.maxRub);
    if (rub < 100)
        return qint64(rub) * 100 + 90;
    if (rub < 1000)
        return qint64(rub / 10 * 10 + 9) * 100;
    return qint64(rub / 100 * 100 + 90) * 100;
}

std::optional<int> vatRate(Random& random, const Kind& k)
{
    if (k.reducedVat)
        return random.percent(90) ? std::optional<int>(1000) : std::nullopt;
    const int roll = random.below(100);
    if (roll < 60)
        return 2200;
    if (roll < 85)
        return 2000;
    return std::nullopt; // not subject to VAT (a simplified-tax shop's own goods)
}

class Generator
{
public:
    Generator(int total, QString currency)
        : m_random(Seed)
        , m_total(total)
        , m_currency(std::move(currency))
    {}

    // Plans every product. Parents and plain products come first; variants (which need their
    // parent's id) are listed apart with their parent's SKU.
    void plan()
    {
        while (count() < m_total) {
            const Kind& kind = m_random.pick(kinds());
            const int room = m_total - count();
            if (kind.axes != Axes::None && room >= 3 && m_random.percent(20))
                addGroup(kind, std::min(room - 1, m_random.between(2, 4)));
            else
                addProduct(kind);
        }
    }

    int count() const { return int(m_plain.size() + m_variants.size()); }
    QList<Product>& plain() { return m_plain; }
    QList<Product>& variants() { return m_variants; }
    const QList<QString>& variantParents() const { return m_variantParents; }
    // Every category path used, in a fixed order (so categories are created in the same order too).
    static QStringList categoryPaths()
    {
        QStringList paths;
        for (const Kind& k : kinds()) {
            for (QStringView path : {k.category.ru, k.category.en}) {
                if (!paths.contains(path))
                    paths.append(path.toString());
            }
        }
        return paths;
    }
    static QString categoryPathOf(const NameParts& n)
    {
        return (n.russian ? n.kind->category.ru : n.kind->category.en).toString();
    }
    // The category path of each planned product, in plain() then variants() order.
    QList<QString>& plainCategories() { return m_plainCategories; }
    QList<QString>& variantCategories() { return m_variantCategories; }

private:
    NameParts baseParts(const Kind& kind)
    {
        NameParts n;
        n.kind = &kind;
        n.russian = m_random.percent(50);
        n.material = m_random.below(int(kind.materials.size()));
        n.spec = m_random.below(int(kind.specs.size()));
        n.brand = m_random.percent(40) ? m_random.below(int(brands().size())) : -1;
        return n;
    }

    Product baseProduct(const Kind& kind, const NameParts& n, const QString& sku)
    {
        Product p;
        p.sku = sku;
        p.name = nameOf(n);
        p.unit = kind.unit;
        p.listPrice = Money(retailPrice(m_random, kind), m_currency);
        p.cost =
            Money(Decimal::mulDivRound(p.listPrice.minorUnits(), m_random.between(45, 75), 100), m_currency);
        p.vatRateBp = vatRate(m_random, kind);
        if (kind.maxGrams > 0)
            p.weightGrams = m_random.between(kind.minGrams, kind.maxGrams);
        return p;
    }

    QString nextSku(const Kind& kind)
    {
        return kind.code + u'-' + QString::number(++m_serial).rightJustified(5, u'0');
    }

    void addBarcode(Product& p)
    {
        const int roll = m_random.below(100);
        if (roll < 30) {
            // EAN-13 with a Russian GS1 prefix; the serial keeps every code unique.
            const QString digits = u"4607"_qs + QString::number(10000000 + ++m_eanSerial);
            p.barcodes.append(
                Barcode{digits + QString::number(Barcodes::gs1CheckDigit(digits)), BarcodeKind::Ean13});
        } else if (roll < 32) {
            p.barcodes.append(
                Barcode{u"INT-"_qs + QString::number(++m_internalSerial).rightJustified(6, u'0'),
                        BarcodeKind::Internal});
        }
    }

    void addProduct(const Kind& kind)
    {
        NameParts n = baseParts(kind);
        if (kind.coloured)
            n.colour = m_random.below(int(colours().size()));
        Product p = baseProduct(kind, n, nextSku(kind));
        addBarcode(p);
        m_plain.append(std::move(p));
        m_plainCategories.append(categoryPathOf(n));
    }

    // A parent (the model, no barcode) and `variantCount` colours and/or sizes of it.
    void addGroup(const Kind& kind, int variantCount)
    {
        const NameParts n = baseParts(kind);
        const QString parentSku = nextSku(kind);
        const Product parent = baseProduct(kind, n, parentSku);
        m_plain.append(parent);
        m_plainCategories.append(categoryPathOf(n));

        const bool byColour = kind.axes == Axes::Colour || kind.axes == Axes::ColourSize;
        const bool bySize = kind.axes == Axes::Size || kind.axes == Axes::ColourSize;
        if (bySize && !byColour)
            variantCount = std::min(variantCount, int(kind.sizes.size()));
        QList<std::pair<int, int>> combos; // colour, size
        while (combos.size() < variantCount) {
            const std::pair<int, int> combo{byColour ? m_random.below(int(colours().size())) : -1,
                                            bySize ? m_random.below(int(kind.sizes.size())) : -1};
            if (!combos.contains(combo))
                combos.append(combo);
        }
        for (const auto& [colour, size] : std::as_const(combos)) {
            NameParts v = n;
            v.colour = colour;
            QString sku = parentSku;
            Product p = parent;
            p.attributes.clear();
            if (colour >= 0) {
                sku += u'-' + colours().at(colour).code.toString();
                p.attributes.append({n.russian ? u"Цвет"_qs : u"Colour"_qs,
                                     n.russian ? colours().at(colour).ru[Masculine].toString()
                                               : colours().at(colour).en.toString()});
            }
            if (size >= 0) {
                v.size = kind.sizes.at(size);
                sku += u'-' + v.size.toString();
                p.attributes.append({n.russian ? u"Размер"_qs : u"Size"_qs, v.size.toString()});
            }
            p.sku = sku;
            p.name = nameOf(v);
            addBarcode(p);
            m_variants.append(std::move(p));
            m_variantParents.append(parentSku);
            m_variantCategories.append(categoryPathOf(n));
        }
    }

    Random m_random;
    int m_total;
    QString m_currency;
    int m_serial = 0;
    int m_eanSerial = 0;
    int m_internalSerial = 0;
    QList<Product> m_plain;
    QList<QString> m_plainCategories;
    QList<Product> m_variants;
    QList<QString> m_variantParents;
    QList<QString> m_variantCategories;
};

} // namespace

int productCount(Scale scale)
{
    return scale == Scale::Large ? 50000 : 1000;
}

int customerCount(Scale scale)
{
    return scale == Scale::Large ? 20000 : 500;
}

int orderCount(Scale scale)
{
    return scale == Scale::Large ? 200000 : 2000;
}

int supplierCount(Scale scale)
{
    return scale == Scale::Large ? 200 : 20;
}

int purchaseOrderCount(Scale scale)
{
    return scale == Scale::Large ? 5000 : 100;
}

int ticketCount(Scale scale)
{
    return scale == Scale::Large ? 50000 : 1000;
}

Result<int> generateCatalog(ProductService& products, const Actor& actor, Scale scale,
                            const std::function<bool(int done, int total)>& progress)
{
    const int total = productCount(scale);
    auto cancelled = [](int saved) {
        return fail(ErrorCode::Cancelled,
                    QCoreApplication::translate("kontor::DemoData",
                                                "Creating the demo data was cancelled after %n products.",
                                                nullptr, saved));
    };
    if (progress && !progress(0, total))
        return cancelled(0);

    Generator generator(total, products.currency());
    generator.plan();

    // Refuse before writing anything when a demo SKU is already taken (e.g. demo data added twice).
    ProductFilter everything;
    everything.includeArchived = true;
    auto existing = products.list(actor, everything);
    if (!existing)
        return fail(existing.error());
    if (!existing->isEmpty()) {
        QSet<QString> taken;
        for (const ProductListEntry& e : std::as_const(*existing))
            taken.insert(e.sku.toCaseFolded());
        for (const QList<Product>* rows : {&generator.plain(), &generator.variants()}) {
            for (const Product& p : *rows) {
                if (taken.contains(p.sku.toCaseFolded())) {
                    return fail(ErrorCode::Conflict,
                                tr("The demo data cannot be added: the SKU %1 is already in the catalog (was "
                                   "the demo data added before?).")
                                    .arg(p.sku));
                }
            }
        }
    }

    QHash<QString, Id> categoryIds;
    for (const QString& path : generator.categoryPaths()) {
        auto id = products.ensureCategoryPath(actor, path.split(u'/'));
        if (!id)
            return fail(id.error());
        categoryIds.insert(path, *id);
    }

    // Batches of 1,000, each saveMany call its own transaction. One transaction for all 50,000 rows
    // would be all-or-nothing, but SQLite slows down badly once a write transaction outgrows the
    // page cache (18 s instead of 8 s for the large scale here).
    int done = 0;
    auto saveAll = [&](QList<Product>& rows, const QList<QString>& categories) -> Result<void> {
        for (qsizetype start = 0; start < rows.size(); start += BatchSize) {
            QList<Product> batch = rows.mid(start, BatchSize);
            for (qsizetype i = 0; i < batch.size(); ++i)
                batch[i].categoryId = categoryIds.value(categories.at(start + i));
            ProductService::BulkOptions options;
            options.updateExisting = false; // never touch the shop's own products
            options.source = tr("demo data");
            if (progress)
                options.progress = [&](qsizetype n) { return progress(done + int(n), total); };
            auto saved = products.saveMany(actor, batch, options);
            if (!saved)
                return fail(saved.error());
            if (!saved->committed) {
                const Error first = saved->rowErrors.value(0);
                return fail(first.code, tr("The demo data cannot be added: %1").arg(first.message));
            }
            done += int(batch.size());
        }
        return {};
    };

    if (auto ok = saveAll(generator.plain(), generator.plainCategories()); !ok)
        return ok.error().code == ErrorCode::Cancelled ? cancelled(done) : fail(ok.error());

    // Variants need their parent's id, known now that the parents are saved.
    QHash<QString, Id> parentIds;
    QList<Product>& variants = generator.variants();
    for (qsizetype i = 0; i < variants.size(); ++i) {
        const QString& parentSku = generator.variantParents().at(i);
        auto it = parentIds.constFind(parentSku);
        if (it == parentIds.constEnd()) {
            auto parent = products.productBySku(actor, parentSku);
            if (!parent)
                return fail(parent.error());
            if (!parent->has_value())
                return fail(ErrorCode::NotFound, tr("The demo product %1 was not saved.").arg(parentSku));
            it = parentIds.insert(parentSku, (*parent)->id);
        }
        variants[i].parentId = *it;
    }
    if (auto ok = saveAll(variants, generator.variantCategories()); !ok)
        return ok.error().code == ErrorCode::Cancelled ? cancelled(done) : fail(ok.error());
    return done;
}

Result<DemoStock::Summary> generateStock(ProductService& products, StockService& stock, const Actor& actor,
                                         Scale scale, const std::function<bool(int day, int days)>& progress)
{
    // The plan says which products are the demo's, their units and costs, and which are variant
    // parents (a model, not a thing on a shelf).
    Generator generator(productCount(scale), products.currency());
    generator.plan();
    const QSet<QString> parents(generator.variantParents().cbegin(), generator.variantParents().cend());
    ProductFilter everything;
    everything.includeArchived = true;
    auto listed = products.list(actor, everything);
    if (!listed)
        return fail(listed.error());
    QHash<QString, Id> ids;
    for (const ProductListEntry& e : std::as_const(*listed))
        ids.insert(e.sku, e.id);
    QList<DemoStock::Item> items;
    for (const QList<Product>* rows : {&generator.plain(), &generator.variants()}) {
        for (const Product& p : *rows) {
            const Id id = ids.value(p.sku);
            if (!id.isNull() && !parents.contains(p.sku))
                items.append(DemoStock::Item{id, p.unit, p.cost ? p.cost->minorUnits() : 0});
        }
    }
    // The large catalog is a longer tail: each product sells half as often.
    DemoStock history(stock, actor);
    return history.run(items, scale == Scale::Large ? 50 : 100, progress);
}

Result<DemoOrders::Summary> generateOrders(ProductService& products, StockService& stock,
                                           CustomerService& customers, OrderService& orders,
                                           ReturnService& returns, const Actor& actor, Scale scale,
                                           const std::function<bool(int done, int total)>& progress)
{
    Generator generator(productCount(scale), products.currency());
    generator.plan();
    const QSet<QString> parents(generator.variantParents().cbegin(), generator.variantParents().cend());
    ProductFilter everything;
    everything.includeArchived = true;
    auto listed = products.list(actor, everything);
    if (!listed)
        return fail(listed.error());
    QHash<QString, Id> ids;
    for (const ProductListEntry& e : std::as_const(*listed))
        ids.insert(e.sku, e.id);
    QList<DemoOrders::Item> items;
    for (const QList<Product>* rows : {&generator.plain(), &generator.variants()}) {
        for (const Product& p : *rows) {
            const Id id = ids.value(p.sku);
            if (!id.isNull() && !parents.contains(p.sku)) {
                const Money price = p.salePrice.value_or(p.listPrice);
                items.append(DemoOrders::Item{id, p.sku, p.name, p.unit, price.minorUnits(), p.vatRateBp});
            }
        }
    }
    DemoOrders history(customers, orders, returns, stock, actor);
    return history.run(items, customerCount(scale), orderCount(scale), progress);
}

Result<DemoPurchasing::Summary> generatePurchasing(ProductService& products, SupplierService& suppliers,
                                                   PurchaseOrderService& purchases, const Actor& actor,
                                                   Scale scale,
                                                   const std::function<bool(int done, int total)>& progress)
{
    Generator generator(productCount(scale), products.currency());
    generator.plan();
    const QSet<QString> parents(generator.variantParents().cbegin(), generator.variantParents().cend());
    ProductFilter everything;
    auto listed = products.list(actor, everything);
    if (!listed)
        return fail(listed.error());
    QHash<QString, Id> ids;
    for (const ProductListEntry& e : std::as_const(*listed))
        ids.insert(e.sku, e.id);
    QList<DemoPurchasing::Item> items;
    for (const QList<Product>* rows : {&generator.plain(), &generator.variants()}) {
        for (const Product& p : *rows) {
            const Id id = ids.value(p.sku);
            if (!id.isNull() && !parents.contains(p.sku))
                items.append(
                    DemoPurchasing::Item{id, p.unit == Unit::Piece, p.cost ? p.cost->minorUnits() : 0});
        }
    }
    DemoPurchasing purchasing(suppliers, purchases, actor);
    return purchasing.run(items, supplierCount(scale), purchaseOrderCount(scale), progress);
}

Result<DemoSupport::Summary> generateSupport(ProductService& products, SupportService& support,
                                             UserService& users, const Actor& actor, Scale scale,
                                             const std::function<bool(int done, int total)>& progress)
{
    DemoSupport desk(products.database(), support, users, actor);
    return desk.run(ticketCount(scale), progress);
}

Result<Summary> generate(ProductService& products, StockService& stock, CustomerService& customers,
                         OrderService& orders, ReturnService& returns, SupplierService& suppliers,
                         PurchaseOrderService& purchases, SupportService& support, UserService& users,
                         const Actor& actor, Scale scale,
                         const std::function<bool(int done, int total)>& progress)
{
    const int total = productCount(scale);
    Summary summary;
    auto created = generateCatalog(products, actor, scale,
                                   [&](int done, int) { return !progress || progress(done, 5 * total); });
    if (!created)
        return fail(created.error());
    summary.products = *created;
    auto history = generateStock(products, stock, actor, scale, [&](int day, int days) {
        return !progress || progress(total + int(qint64(total) * day / days), 5 * total);
    });
    if (!history)
        return fail(history.error());
    summary.stockDocuments = history->documents;
    summary.stockMovements = history->movements;
    auto sold =
        generateOrders(products, stock, customers, orders, returns, actor, scale, [&](int done, int all) {
            return !progress || progress(2 * total + int(qint64(total) * done / all), 5 * total);
        });
    if (!sold)
        return fail(sold.error());
    summary.customers = sold->customers;
    summary.orders = sold->orders;
    summary.openOrders = sold->open;
    summary.returns = sold->returns;
    auto bought = generatePurchasing(products, suppliers, purchases, actor, scale, [&](int done, int all) {
        return !progress || progress(3 * total + int(qint64(total) * done / std::max(all, 1)), 5 * total);
    });
    if (!bought)
        return fail(bought.error());
    summary.suppliers = bought->suppliers;
    summary.purchaseOrders = bought->purchaseOrders;
    auto desk = generateSupport(products, support, users, actor, scale, [&](int done, int all) {
        return !progress || progress(4 * total + int(qint64(total) * done / std::max(all, 1)), 5 * total);
    });
    if (!desk)
        return fail(desk.error());
    summary.tickets = desk->tickets;
    return summary;
}

} // namespace kontor::DemoData
