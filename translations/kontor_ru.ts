<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>kontor::Actor</name>
    <message>
        <source>Owner</source>
        <translation>Владелец</translation>
    </message>
    <message>
        <source>view purchase prices and costs</source>
        <translation>просматривать закупочные цены и себестоимость</translation>
    </message>
    <message>
        <source>edit the catalog</source>
        <translation>редактировать каталог</translation>
    </message>
    <message>
        <source>change prices</source>
        <translation>изменять цены</translation>
    </message>
    <message>
        <source>import data</source>
        <translation>импортировать данные</translation>
    </message>
    <message>
        <source>export data</source>
        <translation>экспортировать данные</translation>
    </message>
    <message>
        <source>change settings</source>
        <translation>изменять настройки</translation>
    </message>
    <message>
        <source>manage users</source>
        <translation>управлять пользователями</translation>
    </message>
    <message>
        <source>%1 may not %2.</source>
        <translation>%1 не имеет права %2.</translation>
    </message>
    <message>
        <source>This user</source>
        <translation>Этот пользователь</translation>
    </message>
    <message>
        <source>move stock</source>
        <translation>проводить движения товара</translation>
    </message>
    <message>
        <source>count stock</source>
        <translation>проводить инвентаризацию</translation>
    </message>
</context>
<context>
    <name>kontor::Application</name>
    <message>
        <source>Kontor: the back office for small online shops.</source>
        <translation>Kontor — бэк-офис для небольших интернет-магазинов.</translation>
    </message>
    <message>
        <source>Open the shop database at &lt;path&gt; (created if it does not exist) instead of the default one.</source>
        <translation>Открыть базу данных магазина по пути &lt;путь&gt; вместо базы по умолчанию (если базы нет, она будет создана).</translation>
    </message>
    <message>
        <source>path</source>
        <translation>путь</translation>
    </message>
    <message>
        <source>Kontor</source>
        <translation>Kontor</translation>
    </message>
    <message>
        <source>Kontor was not closed properly last time; the database was checked and is fine.</source>
        <translation>В прошлый раз Kontor был закрыт некорректно; база данных проверена, ошибок нет.</translation>
    </message>
    <message>
        <source>Create your first product with New product (Ctrl+N).</source>
        <translation>Создайте первый товар командой «Новый товар» (Ctrl+N).</translation>
    </message>
    <message>
        <source>Creating demo products…</source>
        <translation>Создание демонстрационных товаров…</translation>
    </message>
    <message>
        <source>Demo data</source>
        <translation>Демо-данные</translation>
    </message>
    <message>
        <source>Demo data is ready: %1.</source>
        <translation>Демо-данные готовы: %1.</translation>
    </message>
</context>
<context>
    <name>kontor::BarcodeRenderer</name>
    <message>
        <source>There is no code to draw as %1.</source>
        <translation>Нет кода, который можно нарисовать как %1.</translation>
    </message>
    <message>
        <source>Cannot draw &quot;%1&quot; as %2: an %2 code has exactly %3 digits.</source>
        <translation>Нельзя нарисовать «%1» как %2: в коде %2 ровно %3 цифр.</translation>
    </message>
    <message>
        <source>Cannot draw &quot;%1&quot; as %2.</source>
        <translation>Нельзя нарисовать «%1» как %2.</translation>
    </message>
    <message>
        <source>Cannot draw &quot;%1&quot; as %2: the check digit is wrong.</source>
        <translation>Нельзя нарисовать «%1» как %2: неверная контрольная цифра.</translation>
    </message>
    <message>
        <source>Cannot draw &quot;%1&quot; as %2: it contains characters %2 cannot encode.</source>
        <translation>Нельзя нарисовать «%1» как %2: в нём есть символы, которые %2 не кодирует.</translation>
    </message>
    <message>
        <source>Cannot draw &quot;%1&quot; as %2: the code is too long.</source>
        <translation>Нельзя нарисовать «%1» как %2: код слишком длинный.</translation>
    </message>
    <message>
        <source>Barcode</source>
        <translation>Штрихкод</translation>
    </message>
    <message>
        <source>QR code</source>
        <translation>QR-код</translation>
    </message>
</context>
<context>
    <name>kontor::Barcodes</name>
    <message>
        <source>the barcode is empty</source>
        <translation>не указан штрихкод</translation>
    </message>
    <message>
        <source>Barcode</source>
        <translation>Штрихкод</translation>
    </message>
    <message>
        <source>the barcode is longer than 64 characters</source>
        <translation>штрихкод длиннее 64 символов</translation>
    </message>
    <message>
        <source>the barcode &quot;%1&quot; contains spaces or control characters</source>
        <translation>штрихкод «%1» содержит пробелы или управляющие символы</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an EAN-13, UPC-A or EAN-8 barcode (8, 12 or 13 digits); mark it as an internal code if the shop made it up</source>
        <translation>«%1» не является штрихкодом EAN-13, UPC-A или EAN-8 (8, 12 или 13 цифр); если код придуман магазином, отметьте его как внутренний</translation>
    </message>
    <message>
        <source>the check digit of %1 is wrong (expected %2): the code was probably mistyped</source>
        <translation>неверная контрольная цифра в коде %1 (ожидается %2): вероятно, код введён с ошибкой</translation>
    </message>
    <message>
        <source>Internal</source>
        <translation>Внутренний</translation>
    </message>
</context>
<context>
    <name>kontor::CategoryDialog</name>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Добавить</translation>
    </message>
    <message>
        <source>Add &amp;sub-category</source>
        <translation>Добавить &amp;подкатегорию</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>Пере&amp;именовать…</translation>
    </message>
    <message>
        <source>&amp;Move to…</source>
        <translation>Пере&amp;местить в…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>Категории</translation>
    </message>
    <message>
        <source>A new top-level category</source>
        <translation>Новая категория верхнего уровня</translation>
    </message>
    <message>
        <source>A new category inside the selected one</source>
        <translation>Новая категория внутри выбранной</translation>
    </message>
    <message>
        <source>Only empty categories can be deleted</source>
        <translation>Удалить можно только пустую категорию</translation>
    </message>
    <message>
        <source>Products in a category are also shown when filtering by any category above it.</source>
        <translation>Товары категории показываются и при отборе по любой вышестоящей категории.</translation>
    </message>
    <message>
        <source>Add category</source>
        <translation>Добавить категорию</translation>
    </message>
    <message>
        <source>Rename category</source>
        <translation>Переименовать категорию</translation>
    </message>
    <message>
        <source>Move category</source>
        <translation>Переместить категорию</translation>
    </message>
    <message>
        <source>Delete category</source>
        <translation>Удалить категорию</translation>
    </message>
    <message>
        <source>Name of the new category inside &quot;%1&quot;:</source>
        <translation>Название новой категории внутри «%1»:</translation>
    </message>
    <message>
        <source>Name of the new category:</source>
        <translation>Название новой категории:</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>Новое название:</translation>
    </message>
    <message>
        <source>(top level)</source>
        <translation>(верхний уровень)</translation>
    </message>
    <message>
        <source>Move &quot;%1&quot; into:</source>
        <translation>Переместить «%1» в:</translation>
    </message>
    <message>
        <source>Delete the category &quot;%1&quot;?</source>
        <translation>Удалить категорию «%1»?</translation>
    </message>
</context>
<context>
    <name>kontor::ColumnMapping</name>
    <message>
        <source>the mapping &quot;%1&quot; names no column of the file</source>
        <translation>в файле нет столбца, указанного в сопоставлении «%1»</translation>
    </message>
</context>
<context>
    <name>kontor::Connection</name>
    <message>
        <source>Cannot open the database file %1: %2</source>
        <translation>Не удаётся открыть файл базы данных %1: %2</translation>
    </message>
    <message>
        <source>The database file is damaged (%1).</source>
        <translation>Файл базы данных повреждён (%1).</translation>
    </message>
    <message>
        <source>The database is busy: another program or window is writing to it (%1).</source>
        <translation>База данных занята: в неё записывает другая программа или другое окно (%1).</translation>
    </message>
    <message>
        <source>The disk is full; nothing was saved (%1).</source>
        <translation>Диск заполнен; ничего не сохранено (%1).</translation>
    </message>
    <message>
        <source>The database file is read-only (%1).</source>
        <translation>Файл базы данных доступен только для чтения (%1).</translation>
    </message>
    <message>
        <source>Database error: %1</source>
        <translation>Ошибка базы данных: %1</translation>
    </message>
</context>
<context>
    <name>kontor::CsvReader</name>
    <message>
        <source>Field %1 is longer than %L2 characters.</source>
        <translation>Поле %1 длиннее %L2 символов.</translation>
    </message>
    <message>
        <source>The record has more than %L1 fields.</source>
        <translation>В записи больше %L1 полей.</translation>
    </message>
    <message>
        <source>A quoted field starts on this line but its closing quote is missing.</source>
        <translation>В этой строке начинается поле в кавычках, но нет закрывающей кавычки.</translation>
    </message>
    <message>
        <source>Unexpected text after the closing quote of field %1. A quote inside a field must be doubled.</source>
        <translation>Лишний текст после закрывающей кавычки поля %1. Кавычку внутри поля нужно удваивать.</translation>
    </message>
</context>
<context>
    <name>kontor::Database</name>
    <message>
        <source>The database %1 is damaged and cannot be opened. The file was not changed; restore it from a backup.</source>
        <translation>База данных %1 повреждена и не может быть открыта. Файл не изменён; восстановите его из резервной копии.</translation>
    </message>
    <message>
        <source>%1 is an SQLite database of another program, not a Kontor database. The file was not changed.</source>
        <translation>%1 — база данных SQLite другой программы, а не база данных Kontor. Файл не изменён.</translation>
    </message>
    <message>
        <source>The database %1 is damaged: its schema version cannot be read. The file was not changed.</source>
        <translation>База данных %1 повреждена: не удаётся прочитать версию схемы. Файл не изменён.</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Kontor (database version %2; this version knows up to %3). Update Kontor to open it. The file was not changed.</source>
        <translation>%1 сохранён более новой версией Kontor (версия базы данных %2; эта версия поддерживает версии до %3). Чтобы открыть файл, обновите Kontor. Файл не изменён.</translation>
    </message>
    <message>
        <source>The database %1 is damaged (integrity check failed after an unclean exit). The file was not changed; restore it from a backup.</source>
        <translation>База данных %1 повреждена (после аварийного завершения работы не пройдена проверка целостности). Файл не изменён; восстановите его из резервной копии.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Не удаётся прочитать %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a Kontor database: it is not an SQLite database file, or its header is damaged. The file was not changed.</source>
        <translation>%1 не является базой данных Kontor: это не файл базы данных SQLite, или его заголовок повреждён. Файл не изменён.</translation>
    </message>
</context>
<context>
    <name>kontor::Decimal</name>
    <message>
        <source>a number is required</source>
        <translation>требуется число</translation>
    </message>
    <message>
        <source>too many decimal places (at most %1 allowed)</source>
        <translation>слишком много знаков после запятой (допускается не более %1)</translation>
    </message>
    <message>
        <source>the number is too large</source>
        <translation>слишком большое число</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number</source>
        <translation>«%1» не является числом</translation>
    </message>
</context>
<context>
    <name>kontor::DemoData</name>
    <message numerus="yes">
        <source>Creating the demo data was cancelled after %n products.</source>
        <translation>
            <numerusform>Создание демо-данных отменено: создан %n товар.</numerusform>
            <numerusform>Создание демо-данных отменено: создано %n товара.</numerusform>
            <numerusform>Создание демо-данных отменено: создано %n товаров.</numerusform>
        </translation>
    </message>
    <message>
        <source>The demo data cannot be added: the SKU %1 is already in the catalog (was the demo data added before?).</source>
        <translation>Не удалось добавить демо-данные: артикул %1 уже есть в каталоге (возможно, демо-данные уже добавлялись?).</translation>
    </message>
    <message>
        <source>demo data</source>
        <translation>демо-данные</translation>
    </message>
    <message>
        <source>The demo data cannot be added: %1</source>
        <translation>Не удалось добавить демо-данные: %1</translation>
    </message>
    <message>
        <source>The demo product %1 was not saved.</source>
        <translation>Демонстрационный товар %1 не сохранён.</translation>
    </message>
</context>
<context>
    <name>kontor::Error</name>
    <message>
        <source>line %1</source>
        <translation>строка %1</translation>
    </message>
</context>
<context>
    <name>kontor::ImportProfiles</name>
    <message>
        <source>the profile needs a name</source>
        <translation>не указано название профиля</translation>
    </message>
</context>
<context>
    <name>kontor::LabelDialog</name>
    <message>
        <source>Show the price</source>
        <translation>Показывать цену</translation>
    </message>
    <message>
        <source>Save PDF…</source>
        <translation>Сохранить PDF…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Печать…</translation>
    </message>
    <message>
        <source>Print labels</source>
        <translation>Печать этикеток</translation>
    </message>
    <message>
        <source>A4 sheets of self-adhesive labels, or the label size of a label printer (one label a page)</source>
        <translation>Листы A4 с самоклеящимися этикетками или размер этикетки для термопринтера (одна этикетка на страницу)</translation>
    </message>
    <message>
        <source>Automatic (barcode, else SKU)</source>
        <translation>Автоматически (штрихкод, иначе артикул)</translation>
    </message>
    <message>
        <source>The product&apos;s first barcode: EAN and UPC as they are, internal codes as Code 128. Products without a barcode get their SKU as Code 128.</source>
        <translation>Первый штрихкод товара: EAN и UPC как есть, внутренние коды — как Code 128. Товары без штрихкода получают артикул как Code 128.</translation>
    </message>
    <message>
        <source>EAN/UPC</source>
        <translation>EAN/UPC</translation>
    </message>
    <message>
        <source>The product&apos;s EAN-13, UPC-A or EAN-8. Products without one get their SKU as Code 128.</source>
        <translation>EAN-13, UPC-A или EAN-8 товара. Товары без такого кода получают артикул как Code 128.</translation>
    </message>
    <message>
        <source>SKU as Code 128</source>
        <translation>Артикул как Code 128</translation>
    </message>
    <message>
        <source>SKU as QR code</source>
        <translation>Артикул как QR-код</translation>
    </message>
    <message>
        <source>Skip the labels already used on the first sheet, counted left to right, then top to bottom</source>
        <translation>Пропустить уже использованные этикетки на первом листе (счёт слева направо, затем сверху вниз)</translation>
    </message>
    <message>
        <source>Labels:</source>
        <translation>Этикетки:</translation>
    </message>
    <message>
        <source>Barcode:</source>
        <translation>Код:</translation>
    </message>
    <message>
        <source>Copies of each:</source>
        <translation>Копий каждой:</translation>
    </message>
    <message>
        <source>Start at label:</source>
        <translation>Начать с этикетки:</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>Предыдущая страница</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>Следующая страница</translation>
    </message>
    <message>
        <source>1 label</source>
        <translation>1 этикетка</translation>
    </message>
    <message numerus="yes">
        <source>%Ln labels</source>
        <translation>
            <numerusform>%Ln этикетка</numerusform>
            <numerusform>%Ln этикетки</numerusform>
            <numerusform>%Ln этикеток</numerusform>
        </translation>
    </message>
    <message>
        <source>1 page</source>
        <translation>1 страница</translation>
    </message>
    <message numerus="yes">
        <source>%Ln pages</source>
        <translation>
            <numerusform>%Ln страница</numerusform>
            <numerusform>%Ln страницы</numerusform>
            <numerusform>%Ln страниц</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 for %2 on %3</source>
        <comment>labels for products on pages</comment>
        <translation>%1 для %2 на %3</translation>
    </message>
    <message>
        <source>%1 without an EAN or UPC barcode will get the SKU as Code 128.</source>
        <translation>%1 без штрихкода EAN или UPC получит артикул как Code 128.</translation>
    </message>
    <message>
        <source>%1 cannot get a barcode; the label will show a note instead:</source>
        <translation>%1 не может получить штрихкод; на этикетке вместо него будет пометка:</translation>
    </message>
    <message>
        <source>…and %L1 more.</source>
        <translation>…и ещё %L1.</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Страница %1 из %2</translation>
    </message>
    <message>
        <source>labels</source>
        <translation>этикетки</translation>
    </message>
    <message>
        <source>Save labels as PDF</source>
        <translation>Сохранить этикетки в PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Файлы PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saving labels…</source>
        <translation>Сохранение этикеток…</translation>
    </message>
    <message>
        <source>Labels not saved</source>
        <translation>Этикетки не сохранены</translation>
    </message>
    <message>
        <source>Saved %1 to %2.</source>
        <translation>Сохранено: %1 в %2.</translation>
    </message>
    <message>
        <source>%1 cannot get a barcode; the label will show a note instead. Print anyway?</source>
        <translation>%1 не может получить штрихкод; на этикетке вместо него будет пометка. Всё равно печатать?</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>Этикетки</translation>
    </message>
    <message>
        <source>Printing labels…</source>
        <translation>Печать этикеток…</translation>
    </message>
    <message>
        <source>Labels not printed</source>
        <translation>Этикетки не напечатаны</translation>
    </message>
    <message>
        <source>Sent %1 to %2.</source>
        <translation>Отправлено: %1 на %2.</translation>
    </message>
</context>
<context>
    <name>kontor::LabelDocument</name>
    <message>
        <source>Barcode %1 cannot be drawn</source>
        <translation>Штрихкод %1 нельзя нарисовать</translation>
    </message>
    <message>
        <source>There are no labels to print.</source>
        <translation>Нет этикеток для печати.</translation>
    </message>
    <message>
        <source>Cannot start printing the labels.</source>
        <translation>Не удалось начать печать этикеток.</translation>
    </message>
    <message>
        <source>Cannot start page %1 of the labels.</source>
        <translation>Не удалось начать страницу %1 этикеток.</translation>
    </message>
    <message>
        <source>Printing the labels was cancelled.</source>
        <translation>Печать этикеток отменена.</translation>
    </message>
    <message>
        <source>Cannot finish printing the labels.</source>
        <translation>Не удалось завершить печать этикеток.</translation>
    </message>
    <message>
        <source>There are no labels to save.</source>
        <translation>Нет этикеток для сохранения.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Не удалось записать %1: %2</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>Этикетки</translation>
    </message>
</context>
<context>
    <name>kontor::LabelLayout</name>
    <message>
        <source>Label printer, %1 × %2 mm</source>
        <translation>Термопринтер, %1 × %2 мм</translation>
    </message>
    <message>
        <source>A4 sheet, %1 labels %2 × %3 mm</source>
        <translation>Лист A4, %1 этикеток %2 × %3 мм</translation>
    </message>
</context>
<context>
    <name>kontor::MainWindow</name>
    <message>
        <source>Kontor — %1</source>
        <translation>Kontor — %1</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;Import products…</source>
        <translation>&amp;Импорт товаров…</translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <source>&amp;Export products…</source>
        <translation>&amp;Экспорт товаров…</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Настройки…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <source>&amp;About Kontor</source>
        <translation>&amp;О программе Kontor</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Поиск</translation>
    </message>
    <message>
        <source>Find a product (%1)</source>
        <translation>Найти товар (%1)</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Товары</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>База данных: %1</translation>
    </message>
    <message>
        <source>Products: unknown</source>
        <translation>Товаров: неизвестно</translation>
    </message>
    <message>
        <source>%1 archived</source>
        <translation>в архиве: %1</translation>
    </message>
    <message>
        <source>About Kontor</source>
        <translation>О программе Kontor</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Kontor %1&lt;/h3&gt;&lt;p&gt;A back office for small online shops: products, stock, orders, suppliers and support in one file on your computer.&lt;/p&gt;&lt;p&gt;Database: %2&lt;br&gt;Built with Qt %3.&lt;/p&gt;&lt;p&gt;Anyone who can copy the database file can read it; keep backups in a safe place.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Kontor %1&lt;/h3&gt;&lt;p&gt;Бэк-офис для небольших интернет-магазинов: товары, остатки, заказы, поставщики и поддержка в одном файле на вашем компьютере.&lt;/p&gt;&lt;p&gt;База данных: %2&lt;br&gt;Собрано с Qt %3.&lt;/p&gt;&lt;p&gt;Любой, кто может скопировать файл базы данных, может его прочитать; храните резервные копии в надёжном месте.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>kontor::Migrations</name>
    <message>
        <source>Upgrading the database to version %1 failed; it was left at version %2. %3</source>
        <translation>Не удалось обновить базу данных до версии %1; она осталась в версии %2. %3</translation>
    </message>
</context>
<context>
    <name>kontor::ProductCsv</name>
    <message>
        <source>SKU</source>
        <translation>Артикул</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Наименование</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Описание</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Ед. изм.</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Цена</translation>
    </message>
    <message>
        <source>Sale price</source>
        <translation>Цена со скидкой</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Себестоимость</translation>
    </message>
    <message>
        <source>VAT</source>
        <translation>НДС</translation>
    </message>
    <message>
        <source>Weight, kg</source>
        <translation>Вес, кг</translation>
    </message>
    <message>
        <source>Barcode</source>
        <translation>Штрихкод</translation>
    </message>
    <message>
        <source>Internal code</source>
        <translation>Внутренний код</translation>
    </message>
    <message>
        <source>Variant of (SKU)</source>
        <translation>Вариант товара (артикул)</translation>
    </message>
    <message>
        <source>Attributes</source>
        <translation>Характеристики</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Detect automatically</source>
        <translation>Определить автоматически</translation>
    </message>
    <message>
        <source>Kontor CSV</source>
        <translation>Kontor CSV</translation>
    </message>
    <message>
        <source>WooCommerce product export</source>
        <translation>Экспорт товаров WooCommerce</translation>
    </message>
    <message>
        <source>Other CSV (map the columns)</source>
        <translation>Другой CSV (сопоставить столбцы)</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Не удаётся открыть %1: %2</translation>
    </message>
    <message>
        <source>%1 is larger than 512 MB; split it into smaller files</source>
        <translation>%1 больше 512 МБ; разделите его на файлы меньшего размера</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>файл пуст</translation>
    </message>
    <message>
        <source>no column is mapped to the required field &quot;%1&quot;</source>
        <translation>обязательному полю «%1» не сопоставлен ни один столбец</translation>
    </message>
    <message>
        <source>The Stock column was not imported: opening stock is imported into a location on the Stock page.</source>
        <translation>Столбец «Остаток» не импортирован: начальные остатки импортируются в место хранения на странице «Остатки».</translation>
    </message>
    <message>
        <source>the row has %1 columns but the header has %2</source>
        <translation>столбцов в строке: %1, а в заголовке: %2</translation>
    </message>
    <message>
        <source>the WooCommerce product type &quot;%1&quot; is not supported</source>
        <translation>тип товара WooCommerce «%1» не поддерживается</translation>
    </message>
    <message>
        <source>the SKU is empty</source>
        <translation>не указан артикул</translation>
    </message>
    <message>
        <source>the name is empty</source>
        <translation>не указано наименование</translation>
    </message>
    <message>
        <source>the SKU %1 is repeated: it already appears on line %2</source>
        <translation>артикул %1 повторяется: он уже есть в строке %2</translation>
    </message>
    <message>
        <source>the amount cannot be negative</source>
        <translation>сумма не может быть отрицательной</translation>
    </message>
    <message>
        <source>unknown unit &quot;%1&quot; (use pcs, kg, m or l)</source>
        <translation>неизвестная единица измерения «%1» (укажите шт, кг, м или л)</translation>
    </message>
    <message>
        <source>the parent product %1 is not in the file</source>
        <translation>основного товара %1 нет в файле</translation>
    </message>
    <message>
        <source>write attributes as Name=Value|Name=Value, not &quot;%1&quot;</source>
        <translation>характеристики записываются в виде Название=Значение|Название=Значение, а не «%1»</translation>
    </message>
    <message>
        <source>unknown status &quot;%1&quot; (use active or archived)</source>
        <translation>неизвестный статус «%1» (укажите «активен» или «в архиве»)</translation>
    </message>
    <message>
        <source>The export was cancelled; no file was written.</source>
        <translation>Экспорт отменён; файл не записан.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Не удаётся записать %1: %2</translation>
    </message>
    <message>
        <source>the VAT rate must be between 0 and 100 %</source>
        <translation>ставка НДС должна быть от 0 до 100 %</translation>
    </message>
</context>
<context>
    <name>kontor::ProductEditor</name>
    <message>
        <source>Select a product in the list, or create a new one.</source>
        <translation>Выберите товар в списке или создайте новый.</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Товар</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Обязательное поле</translation>
    </message>
    <message>
        <source>&amp;SKU:</source>
        <translation>&amp;Артикул:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>Наи&amp;менование:</translation>
    </message>
    <message>
        <source>No category</source>
        <translation>Без категории</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>&amp;Категория:</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>&amp;Ед. изм.:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Описание:</translation>
    </message>
    <message>
        <source>Price and tax</source>
        <translation>Цена и налоги</translation>
    </message>
    <message>
        <source>&amp;Price:</source>
        <translation>&amp;Цена:</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>не указано</translation>
    </message>
    <message>
        <source>C&amp;ost:</source>
        <translation>Се&amp;бестоимость:</translation>
    </message>
    <message>
        <source>&amp;VAT:</source>
        <translation>Н&amp;ДС:</translation>
    </message>
    <message>
        <source>&amp;Weight:</source>
        <translation>&amp;Вес:</translation>
    </message>
    <message>
        <source>kg</source>
        <translation>кг</translation>
    </message>
    <message>
        <source>Barcodes</source>
        <translation>Штрихкоды</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Scan or type a barcode</source>
        <translation>Отсканируйте или введите штрихкод</translation>
    </message>
    <message>
        <source>Internal code</source>
        <translation>Внутренний код</translation>
    </message>
    <message>
        <source>A code the shop made up and prints itself; it has no check digit.</source>
        <translation>Код, который магазин придумал и печатает сам; в нём нет контрольной цифры.</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Добавить</translation>
    </message>
    <message>
        <source>Variants</source>
        <translation>Варианты</translation>
    </message>
    <message>
        <source>Main product, if this is a colour or size of it</source>
        <translation>Основной товар, если этот товар — его вариант по цвету или размеру</translation>
    </message>
    <message>
        <source>V&amp;ariant of:</source>
        <translation>Вариант &amp;товара:</translation>
    </message>
    <message>
        <source>Attribute</source>
        <translation>Характеристика</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Значение</translation>
    </message>
    <message>
        <source>Add attribute</source>
        <translation>Добавить характеристику</translation>
    </message>
    <message>
        <source>Remove attribute</source>
        <translation>Удалить характеристику</translation>
    </message>
    <message>
        <source>Double-click a variant to open it.</source>
        <translation>Чтобы открыть вариант, дважды щёлкните по нему.</translation>
    </message>
    <message>
        <source>Add variant</source>
        <translation>Добавить вариант</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <source>Save the changes (Ctrl+S)</source>
        <translation>Сохранить изменения (Ctrl+S)</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Отменить</translation>
    </message>
    <message>
        <source>Throw away the unsaved changes</source>
        <translation>Отменить несохранённые изменения</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>В архив</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>(missing product)</source>
        <translation>(товар не найден)</translation>
    </message>
    <message>
        <source>New variant</source>
        <translation>Новый вариант</translation>
    </message>
    <message>
        <source>New product</source>
        <translation>Новый товар</translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation>Ещё не сохранён</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>В архиве</translation>
    </message>
    <message>
        <source>A product cannot be a variant of itself.</source>
        <translation>Товар не может быть вариантом самого себя.</translation>
    </message>
    <message>
        <source>%1 is a variant itself; choose its main product.</source>
        <translation>Товар %1 сам является вариантом; выберите его основной товар.</translation>
    </message>
    <message>
        <source>This product has variants, so it cannot be a variant itself.</source>
        <translation>У этого товара есть варианты, поэтому он сам не может быть вариантом.</translation>
    </message>
    <message>
        <source>The SKU is required.</source>
        <translation>Не указан артикул.</translation>
    </message>
    <message>
        <source>The name is required.</source>
        <translation>Не указано наименование.</translation>
    </message>
    <message>
        <source>The price cannot be negative.</source>
        <translation>Цена не может быть отрицательной.</translation>
    </message>
    <message>
        <source>The cost cannot be negative.</source>
        <translation>Себестоимость не может быть отрицательной.</translation>
    </message>
    <message>
        <source>Choose the main product from the list.</source>
        <translation>Выберите основной товар из списка.</translation>
    </message>
    <message>
        <source>Every attribute needs a name (e.g. Colour or Size).</source>
        <translation>У каждой характеристики должно быть название (например, Цвет или Размер).</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Вернуть из архива</translation>
    </message>
    <message>
        <source>Show the product in lists again</source>
        <translation>Снова показывать товар в списках</translation>
    </message>
    <message>
        <source>Hide the product from lists; its history is kept</source>
        <translation>Скрыть товар из списков; его история сохраняется</translation>
    </message>
    <message>
        <source>This product has variants or history, so it can only be archived.</source>
        <translation>У этого товара есть варианты или история, поэтому его можно только переместить в архив.</translation>
    </message>
    <message>
        <source>Delete the product for good</source>
        <translation>Удалить товар безвозвратно</translation>
    </message>
    <message>
        <source>The barcode %1 is already in the list.</source>
        <translation>Штрихкод %1 уже есть в списке.</translation>
    </message>
    <message>
        <source>Archive product</source>
        <translation>Архивировать товар</translation>
    </message>
    <message>
        <source>Restore product</source>
        <translation>Вернуть товар из архива</translation>
    </message>
    <message>
        <source>Delete product</source>
        <translation>Удалить товар</translation>
    </message>
    <message>
        <source>Delete %1 (%2) for good? This cannot be undone.</source>
        <translation>Удалить товар %1 (%2) безвозвратно? Это действие нельзя отменить.</translation>
    </message>
    <message>
        <source>the new product</source>
        <translation>новом товаре</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Несохранённые изменения</translation>
    </message>
    <message>
        <source>Save the changes to %1?</source>
        <translation>Сохранить изменения в %1?</translation>
    </message>
    <message>
        <source>no sale</source>
        <translation>без скидки</translation>
    </message>
    <message>
        <source>Sa&amp;le price:</source>
        <translation>Цена со ск&amp;идкой:</translation>
    </message>
    <message>
        <source>The sale price cannot be negative.</source>
        <translation>Цена со скидкой не может быть отрицательной.</translation>
    </message>
</context>
<context>
    <name>kontor::ProductExportDialog</name>
    <message>
        <source>Export products</source>
        <translation>Экспорт товаров</translation>
    </message>
    <message>
        <source>products</source>
        <translation>товары</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Обзор…</translation>
    </message>
    <message>
        <source>Kontor CSV</source>
        <translation>Kontor CSV</translation>
    </message>
    <message>
        <source>WooCommerce product CSV</source>
        <translation>CSV товаров WooCommerce</translation>
    </message>
    <message>
        <source>Excel, Russian locale (semicolon, decimal comma)</source>
        <translation>Excel, русские региональные настройки (точка с запятой, десятичная запятая)</translation>
    </message>
    <message>
        <source>Include archived products</source>
        <translation>Включить архивные товары</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Экспортировать</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Файл:</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Формат:</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Файлы CSV (*.csv)</translation>
    </message>
    <message>
        <source>Exporting products…</source>
        <translation>Экспорт товаров…</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Ошибка экспорта</translation>
    </message>
    <message>
        <source>Export finished</source>
        <translation>Экспорт завершён</translation>
    </message>
    <message numerus="yes">
        <source>%n product(s) written to %1.</source>
        <translation>
            <numerusform>В файл %1 записан %n товар.</numerusform>
            <numerusform>В файл %1 записано %n товара.</numerusform>
            <numerusform>В файл %1 записано %n товаров.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kontor::ProductImportDialog</name>
    <message>
        <source>Import products</source>
        <translation>Импорт товаров</translation>
    </message>
    <message>
        <source>Choose a CSV file…</source>
        <translation>Выберите файл CSV…</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Обзор…</translation>
    </message>
    <message>
        <source>Detect automatically</source>
        <translation>Определить автоматически</translation>
    </message>
    <message>
        <source>Save mapping as profile…</source>
        <translation>Сохранить сопоставление как профиль…</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Файл:</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Формат:</translation>
    </message>
    <message>
        <source>Encoding:</source>
        <translation>Кодировка:</translation>
    </message>
    <message>
        <source>Mapping profile:</source>
        <translation>Профиль сопоставления:</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Столбец в файле</translation>
    </message>
    <message>
        <source>First value</source>
        <translation>Первое значение</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Столбцы</translation>
    </message>
    <message>
        <source>Update the existing product</source>
        <translation>Обновить существующий товар</translation>
    </message>
    <message>
        <source>Report it as an error</source>
        <translation>Считать ошибкой</translation>
    </message>
    <message>
        <source>Import nothing and list the problems</source>
        <translation>Ничего не импортировать и показать ошибки</translation>
    </message>
    <message>
        <source>Skip bad rows and import the rest</source>
        <translation>Пропустить строки с ошибками и импортировать остальные</translation>
    </message>
    <message>
        <source>When a SKU already exists:</source>
        <translation>Если артикул уже есть:</translation>
    </message>
    <message>
        <source>When a row is bad:</source>
        <translation>Если в строке ошибка:</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Импортировать</translation>
    </message>
    <message>
        <source>Guess from the header</source>
        <translation>Определить по заголовку</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>Файлы CSV (*.csv *.txt);;Все файлы (*)</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>табуляция</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %2 · separator “%3” · %n row(s)</source>
        <translation>
            <numerusform>%1 · %2 · разделитель «%3» · %n строка</numerusform>
            <numerusform>%1 · %2 · разделитель «%3» · %n строки</numerusform>
            <numerusform>%1 · %2 · разделитель «%3» · %n строк</numerusform>
        </translation>
    </message>
    <message>
        <source>— not imported —</source>
        <translation>— не импортировать —</translation>
    </message>
    <message>
        <source>Save mapping</source>
        <translation>Сохранить сопоставление</translation>
    </message>
    <message>
        <source>Profile name:</source>
        <translation>Название профиля:</translation>
    </message>
    <message>
        <source>Importing products…</source>
        <translation>Импорт товаров…</translation>
    </message>
    <message>
        <source>Import cancelled</source>
        <translation>Импорт отменён</translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation>Ошибка импорта</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported: %n row(s) have problems</source>
        <translation>
            <numerusform>Ничего не импортировано: %n строка с ошибками</numerusform>
            <numerusform>Ничего не импортировано: %n строки с ошибками</numerusform>
            <numerusform>Ничего не импортировано: %n строк с ошибками</numerusform>
        </translation>
    </message>
    <message>
        <source>Created: %1
Updated: %2
Unchanged: %3
Skipped: %4</source>
        <translation>Создано: %1
Обновлено: %2
Без изменений: %3
Пропущено: %4</translation>
    </message>
    <message numerus="yes">
        <source>Imported, but %n row(s) were skipped</source>
        <translation>
            <numerusform>Импорт выполнен, но %n строка пропущена</numerusform>
            <numerusform>Импорт выполнен, но %n строки пропущены</numerusform>
            <numerusform>Импорт выполнен, но %n строк пропущено</numerusform>
        </translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation>Импорт завершён</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Строка</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Столбец</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Проблема</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Копировать</translation>
    </message>
</context>
<context>
    <name>kontor::ProductPage</name>
    <message>
        <source>All categories</source>
        <translation>Все категории</translation>
    </message>
    <message>
        <source>Show archived</source>
        <translation>Показывать архивные</translation>
    </message>
    <message>
        <source>&amp;New product</source>
        <translation>&amp;Новый товар</translation>
    </message>
    <message>
        <source>&amp;Save product</source>
        <translation>Со&amp;хранить товар</translation>
    </message>
    <message>
        <source>Create a new product (%1)</source>
        <translation>Создать товар (%1)</translation>
    </message>
    <message>
        <source>Search by name, SKU or barcode</source>
        <translation>Поиск по наименованию, артикулу или штрихкоду</translation>
    </message>
    <message>
        <source>Show the products of a category and its sub-categories</source>
        <translation>Показать товары категории и её подкатегорий</translation>
    </message>
    <message>
        <source>Categories…</source>
        <translation>Категории…</translation>
    </message>
    <message>
        <source>Add, rename, move and delete categories</source>
        <translation>Добавление, переименование, перемещение и удаление категорий</translation>
    </message>
    <message>
        <source>Cannot load the products</source>
        <translation>Не удаётся загрузить товары</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Загрузка…</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Товары</translation>
    </message>
    <message>
        <source>Print &amp;labels…</source>
        <translation>Печать &amp;этикеток…</translation>
    </message>
    <message>
        <source>Print barcode labels for the selected products, or save them as a PDF (%1)</source>
        <translation>Напечатать этикетки со штрихкодом для выбранных товаров или сохранить их в PDF (%1)</translation>
    </message>
    <message>
        <source>Print labels</source>
        <translation>Печать этикеток</translation>
    </message>
</context>
<context>
    <name>kontor::ProductService</name>
    <message>
        <source>The product does not exist or was deleted.</source>
        <translation>Товар не найден или был удалён.</translation>
    </message>
    <message>
        <source>the SKU is required</source>
        <translation>не указан артикул</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>Артикул</translation>
    </message>
    <message>
        <source>the SKU is longer than 100 characters</source>
        <translation>артикул длиннее 100 символов</translation>
    </message>
    <message>
        <source>the SKU contains a line break or a control character</source>
        <translation>артикул содержит перевод строки или управляющий символ</translation>
    </message>
    <message>
        <source>the SKU %1 is already used by &quot;%2&quot;</source>
        <translation>артикул %1 уже используется товаром «%2»</translation>
    </message>
    <message>
        <source>the name is required</source>
        <translation>не указано наименование</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Наименование</translation>
    </message>
    <message>
        <source>the name is longer than 500 characters</source>
        <translation>наименование длиннее 500 символов</translation>
    </message>
    <message>
        <source>the price cannot be negative</source>
        <translation>цена не может быть отрицательной</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Цена</translation>
    </message>
    <message>
        <source>the sale price cannot be negative</source>
        <translation>цена со скидкой не может быть отрицательной</translation>
    </message>
    <message>
        <source>Sale price</source>
        <translation>Цена со скидкой</translation>
    </message>
    <message>
        <source>the cost cannot be negative</source>
        <translation>себестоимость не может быть отрицательной</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Себестоимость</translation>
    </message>
    <message>
        <source>the VAT rate must be between 0 and 100 %</source>
        <translation>ставка НДС должна быть от 0 до 100 %</translation>
    </message>
    <message>
        <source>VAT</source>
        <translation>НДС</translation>
    </message>
    <message>
        <source>the weight cannot be negative</source>
        <translation>вес не может быть отрицательным</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Вес</translation>
    </message>
    <message>
        <source>the category does not exist</source>
        <translation>категория не найдена</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <source>a product cannot be a variant of itself</source>
        <translation>товар не может быть вариантом самого себя</translation>
    </message>
    <message>
        <source>Variant of</source>
        <translation>Вариант товара</translation>
    </message>
    <message>
        <source>the parent product does not exist</source>
        <translation>основной товар не найден</translation>
    </message>
    <message>
        <source>a variant cannot have variants of its own</source>
        <translation>у варианта не может быть собственных вариантов</translation>
    </message>
    <message>
        <source>this product has variants, so it cannot become a variant itself</source>
        <translation>у этого товара есть варианты, поэтому он сам не может стать вариантом</translation>
    </message>
    <message>
        <source>a variant attribute has no name</source>
        <translation>у характеристики варианта не указано название</translation>
    </message>
    <message>
        <source>Attributes</source>
        <translation>Характеристики</translation>
    </message>
    <message>
        <source>the barcode %1 is listed twice</source>
        <translation>штрихкод %1 указан дважды</translation>
    </message>
    <message>
        <source>Barcode</source>
        <translation>Штрихкод</translation>
    </message>
    <message>
        <source>the barcode %1 already belongs to the product %2</source>
        <translation>штрихкод %1 уже принадлежит товару %2</translation>
    </message>
    <message>
        <source>Changed %1 (%2)</source>
        <translation>Изменён товар %1 (%2)</translation>
    </message>
    <message>
        <source>Created %1 (%2)</source>
        <translation>Создан товар %1 (%2)</translation>
    </message>
    <message>
        <source>%1 has history (variants, stock or orders), so it cannot be deleted. Archive it instead.</source>
        <translation>У товара %1 есть история (варианты, остатки или заказы), поэтому его нельзя удалить. Вместо этого переместите его в архив.</translation>
    </message>
    <message>
        <source>Deleted %1 (%2)</source>
        <translation>Удалён товар %1 (%2)</translation>
    </message>
    <message>
        <source>the SKU %1 already exists in the catalog</source>
        <translation>артикул %1 уже есть в каталоге</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was changed.</source>
        <translation>Импорт отменён; ничего не изменено.</translation>
    </message>
    <message>
        <source>Imported %1: %2 created, %3 updated, %4 skipped</source>
        <translation>Импорт (%1): создано %2, обновлено %3, пропущено %4</translation>
    </message>
    <message>
        <source>the category name is required</source>
        <translation>не указано название категории</translation>
    </message>
    <message>
        <source>the category &quot;%1&quot; already exists here</source>
        <translation>категория «%1» здесь уже есть</translation>
    </message>
    <message>
        <source>The category does not exist.</source>
        <translation>Категория не найдена.</translation>
    </message>
    <message>
        <source>a category cannot be moved into itself or one of its sub-categories</source>
        <translation>категорию нельзя переместить в саму себя или в одну из её подкатегорий</translation>
    </message>
    <message>
        <source>the category still holds products or sub-categories; move them elsewhere first</source>
        <translation>в категории ещё есть товары или подкатегории; сначала переместите их в другое место</translation>
    </message>
    <message>
        <source>the SKU %1 is repeated: it already appears on line %2</source>
        <translation>артикул %1 повторяется: он уже есть в строке %2</translation>
    </message>
</context>
<context>
    <name>kontor::ProductTableModel</name>
    <message>
        <source>SKU</source>
        <translation>Артикул</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Наименование</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Ед. изм.</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Цена</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Себестоимость</translation>
    </message>
    <message>
        <source>VAT</source>
        <translation>НДС</translation>
    </message>
    <message>
        <source>Barcode</source>
        <translation>Штрихкод</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Hidden: you may not view costs</source>
        <translation>Скрыто: у вас нет права просматривать себестоимость</translation>
    </message>
</context>
<context>
    <name>kontor::ProductText</name>
    <message>
        <source>No VAT</source>
        <translation>Без НДС</translation>
    </message>
    <message>
        <source>%1%</source>
        <comment>VAT rate in percent</comment>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a VAT rate in percent</source>
        <translation>«%1» не является ставкой НДС в процентах</translation>
    </message>
    <message>
        <source>the VAT rate must be between 0 and 100%</source>
        <translation>ставка НДС должна быть от 0 до 100 %</translation>
    </message>
    <message>
        <source>the weight cannot be negative</source>
        <translation>вес не может быть отрицательным</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>В архиве</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Активен</translation>
    </message>
    <message>
        <source>1 product</source>
        <translation>1 товар</translation>
    </message>
    <message numerus="yes">
        <source>%Ln products</source>
        <translation>
            <numerusform>%Ln товар</numerusform>
            <numerusform>%Ln товара</numerusform>
            <numerusform>%Ln товаров</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kontor::ProgressRunner</name>
    <message>
        <source>Cancelling…</source>
        <translation>Отмена…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Please wait</source>
        <translation>Подождите</translation>
    </message>
</context>
<context>
    <name>kontor::ScanCode</name>
    <message>
        <source>Barcode</source>
        <translation>Штрихкод</translation>
    </message>
    <message>
        <source>the check digit of %1 is wrong (expected %2): the code was misread or mistyped</source>
        <translation>неверная контрольная цифра в %1 (ожидалась %2): код считан или набран с ошибкой</translation>
    </message>
    <message>
        <source>the GS1 element (%1) in %2 is cut short: the code was probably scanned only in part</source>
        <translation>элемент GS1 (%1) в %2 обрезан: вероятно, код отсканирован не полностью</translation>
    </message>
    <message>
        <source>the GS1 element (%1) in %2 is empty</source>
        <translation>элемент GS1 (%1) в %2 пуст</translation>
    </message>
    <message>
        <source>%1 looks like a GS1 code (a marking code) but holds no product GTIN (01)</source>
        <translation>%1 похож на код GS1 (код маркировки), но в нём нет GTIN товара (01)</translation>
    </message>
    <message>
        <source>the GTIN (01) %1 in %2 must be 14 digits</source>
        <translation>GTIN (01) %1 в %2 должен состоять из 14 цифр</translation>
    </message>
    <message>
        <source>the check digit of the GTIN %1 in %2 is wrong (expected %3): the code was misread</source>
        <translation>неверная контрольная цифра GTIN %1 в %2 (ожидалась %3): код считан с ошибкой</translation>
    </message>
    <message>
        <source>the scan is empty</source>
        <translation>пустое сканирование</translation>
    </message>
</context>
<context>
    <name>kontor::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Как в системе</translation>
    </message>
    <message>
        <source>A new language takes effect after Kontor restarts.</source>
        <translation>Новый язык начнёт действовать после перезапуска Kontor.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Язык:</translation>
    </message>
    <message>
        <source>Restart Kontor</source>
        <translation>Перезапуск Kontor</translation>
    </message>
    <message>
        <source>Restart Kontor now to switch the language?</source>
        <translation>Перезапустить Kontor сейчас, чтобы сменить язык?</translation>
    </message>
</context>
<context>
    <name>kontor::StockKinds</name>
    <message>
        <source>Receipt</source>
        <translation>Приёмка</translation>
    </message>
    <message>
        <source>Shipment</source>
        <translation>Отгрузка</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>Перемещение</translation>
    </message>
    <message>
        <source>Adjustment</source>
        <translation>Корректировка</translation>
    </message>
    <message>
        <source>Customer return</source>
        <translation>Возврат от покупателя</translation>
    </message>
    <message>
        <source>Return to supplier</source>
        <translation>Возврат поставщику</translation>
    </message>
    <message>
        <source>Damage</source>
        <translation>Повреждение</translation>
    </message>
    <message>
        <source>Loss</source>
        <translation>Потеря</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>Найдено</translation>
    </message>
    <message>
        <source>Write-off</source>
        <translation>Списание</translation>
    </message>
    <message>
        <source>Opening stock</source>
        <translation>Начальные остатки</translation>
    </message>
    <message>
        <source>Correction</source>
        <translation>Исправление</translation>
    </message>
    <message>
        <source>Picked for packing</source>
        <translation>Собрано на упаковку</translation>
    </message>
    <message>
        <source>Dispatched (in transit)</source>
        <translation>Отправлено (в пути)</translation>
    </message>
    <message>
        <source>Arrived from transit</source>
        <translation>Прибыло из пути</translation>
    </message>
    <message>
        <source>Reversal</source>
        <translation>Сторно</translation>
    </message>
    <message>
        <source>Storage</source>
        <translation>Хранение</translation>
    </message>
    <message>
        <source>Packing</source>
        <translation>Упаковка</translation>
    </message>
    <message>
        <source>In transit</source>
        <translation>В пути</translation>
    </message>
    <message>
        <source>Quarantine</source>
        <translation>Карантин</translation>
    </message>
    <message>
        <source>Marketplace (FBO)</source>
        <translation>Маркетплейс (FBO)</translation>
    </message>
</context>
<context>
    <name>kontor::StockService</name>
    <message>
        <source>The stock location does not exist.</source>
        <translation>Такого места хранения нет.</translation>
    </message>
    <message>
        <source>Main warehouse</source>
        <translation>Основной склад</translation>
    </message>
    <message>
        <source>Main stock</source>
        <translation>Основное хранение</translation>
    </message>
    <message>
        <source>Packing</source>
        <translation>Упаковка</translation>
    </message>
    <message>
        <source>In transit</source>
        <translation>В пути</translation>
    </message>
    <message>
        <source>Quarantine</source>
        <translation>Карантин</translation>
    </message>
    <message>
        <source>A warehouse needs a code.</source>
        <translation>Укажите код склада.</translation>
    </message>
    <message>
        <source>A warehouse with the code %1 already exists.</source>
        <translation>Склад с кодом %1 уже есть.</translation>
    </message>
    <message>
        <source>A location needs a code.</source>
        <translation>Укажите код места хранения.</translation>
    </message>
    <message>
        <source>This warehouse already has a location %1.</source>
        <translation>На этом складе уже есть место %1.</translation>
    </message>
    <message>
        <source>The warehouse does not exist.</source>
        <translation>Такого склада нет.</translation>
    </message>
    <message>
        <source>Marketplace (FBO) locations belong in a marketplace warehouse, and only there.</source>
        <translation>Места маркетплейса (FBO) бывают только на складе маркетплейса, и только там.</translation>
    </message>
    <message>
        <source>The kind of a location cannot change; create a new location.</source>
        <translation>Тип места хранения изменить нельзя; создайте новое место.</translation>
    </message>
    <message>
        <source>%1 still holds stock. Move or write it off before archiving the location.</source>
        <translation>В месте «%1» ещё есть товар. Переместите или спишите его, прежде чем убирать место в архив.</translation>
    </message>
    <message>
        <source>This warehouse has no in-transit location.</source>
        <translation>У этого склада нет места «В пути».</translation>
    </message>
    <message>
        <source>The product does not exist or was deleted.</source>
        <translation>Товара нет или он удалён.</translation>
    </message>
    <message>
        <source>%1 is a kit: it has no stock of its own. Receive, move or count its components.</source>
        <translation>%1 — комплект: собственного остатка у него нет. Принимайте, перемещайте и считайте его составляющие.</translation>
    </message>
    <message>
        <source>Nothing to post: the document has no lines.</source>
        <translation>Нечего проводить: в документе нет строк.</translation>
    </message>
    <message>
        <source>A stock movement cannot be dated in the future.</source>
        <translation>Движение товара не может быть датировано будущим.</translation>
    </message>
    <message>
        <source>The quantity of %1 must not be zero.</source>
        <translation>Количество %1 не может быть нулевым.</translation>
    </message>
    <message>
        <source>%1 is counted in pieces: use a whole number.</source>
        <translation>%1 учитывается в штуках: укажите целое число.</translation>
    </message>
    <message>
        <source>A cost cannot be negative.</source>
        <translation>Себестоимость не может быть отрицательной.</translation>
    </message>
    <message>
        <source>%1 is archived.</source>
        <translation>«%1» в архиве.</translation>
    </message>
    <message>
        <source>A transfer must take out exactly what it puts in.</source>
        <translation>Перемещение должно забирать ровно столько, сколько кладёт.</translation>
    </message>
    <message>
        <source>Only %1 of %2 are free at %3 (%4 reserved for orders); %5 cannot be taken out.</source>
        <translation>Свободно только %1 ед. %2 в месте «%3» (%4 в резерве под заказы); забрать %5 нельзя.</translation>
    </message>
    <message>
        <source>Only %1 of %2 are at %3; %4 cannot be taken out.</source>
        <translation>В месте «%3» только %1 ед. %2; забрать %4 нельзя.</translation>
    </message>
    <message numerus="yes">
        <source> and %n more</source>
        <translation>
            <numerusform> и ещё %n</numerusform>
            <numerusform> и ещё %n</numerusform>
            <numerusform> и ещё %n</numerusform>
        </translation>
    </message>
    <message>
        <source>An adjustment needs a reason.</source>
        <translation>Укажите причину корректировки.</translation>
    </message>
    <message>
        <source>A transfer needs two different locations.</source>
        <translation>Для перемещения нужны два разных места.</translation>
    </message>
    <message>
        <source>The quantity to move must be positive.</source>
        <translation>Количество для перемещения должно быть положительным.</translation>
    </message>
    <message>
        <source>The stock document does not exist.</source>
        <translation>Такого складского документа нет.</translation>
    </message>
    <message>
        <source>This document is itself a reversal; post the movement again instead.</source>
        <translation>Этот документ сам является сторно; вместо этого проведите движение заново.</translation>
    </message>
    <message>
        <source>This document has already been reversed.</source>
        <translation>Этот документ уже сторнирован.</translation>
    </message>
    <message>
        <source>Reversal</source>
        <translation>Сторно</translation>
    </message>
    <message>
        <source>%1 is a kit: count its components.</source>
        <translation>%1 — комплект: считайте его составляющие.</translation>
    </message>
    <message>
        <source>A counted quantity cannot be negative (%1).</source>
        <translation>Посчитанное количество не может быть отрицательным (%1).</translation>
    </message>
    <message>
        <source>A count cannot be dated in the future.</source>
        <translation>Пересчёт не может быть датирован будущим.</translation>
    </message>
    <message numerus="yes">
        <source>Count posted: %n line(s)</source>
        <translation>
            <numerusform>Проведена инвентаризация: %n строка</numerusform>
            <numerusform>Проведена инвентаризация: %n строки</numerusform>
            <numerusform>Проведена инвентаризация: %n строк</numerusform>
        </translation>
    </message>
    <message>
        <source>A received stock movement is incomplete.</source>
        <translation>Полученное движение товара неполное.</translation>
    </message>
    <message>
        <source>A received count is incomplete.</source>
        <translation>Полученный пересчёт неполный.</translation>
    </message>
    <message>
        <source>The quantity to reserve must be positive.</source>
        <translation>Количество для резерва должно быть положительным.</translation>
    </message>
    <message>
        <source>A reservation must say what it is for.</source>
        <translation>У резерва должно быть указано, для чего он.</translation>
    </message>
    <message>
        <source>Stock at %1 cannot be sold, so it cannot be reserved.</source>
        <translation>Товар в месте «%1» не продаётся, поэтому его нельзя зарезервировать.</translation>
    </message>
    <message>
        <source>%1 has stock movements of its own, so it cannot become a kit.</source>
        <translation>У %1 есть собственные движения товара, поэтому он не может стать комплектом.</translation>
    </message>
    <message>
        <source>A kit cannot contain itself or another kit (%1).</source>
        <translation>Комплект не может содержать сам себя или другой комплект (%1).</translation>
    </message>
    <message>
        <source>The quantity of %1 in the kit must be positive.</source>
        <translation>Количество %1 в комплекте должно быть положительным.</translation>
    </message>
    <message>
        <source>%1 is listed twice in the kit.</source>
        <translation>%1 указан в комплекте дважды.</translation>
    </message>
    <message>
        <source>Kit components of %1</source>
        <translation>Состав комплекта %1</translation>
    </message>
    <message numerus="yes">
        <source>Stock balances rebuilt from the ledger: %n corrected</source>
        <translation>
            <numerusform>Остатки пересчитаны по журналу движений: исправлен %n</numerusform>
            <numerusform>Остатки пересчитаны по журналу движений: исправлено %n</numerusform>
            <numerusform>Остатки пересчитаны по журналу движений: исправлено %n</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 adds stock: the quantity of %2 must be positive.</source>
        <translation>%1 увеличивает остаток: количество %2 должно быть положительным.</translation>
    </message>
    <message>
        <source>%1 removes stock: the quantity of %2 must be negative.</source>
        <translation>%1 уменьшает остаток: количество %2 должно быть отрицательным.</translation>
    </message>
    <message>
        <source>Reversal: %1</source>
        <translation>Сторно: %1</translation>
    </message>
</context>
<context>
    <name>kontor::TextDecoder</name>
    <message>
        <source>The file is not valid UTF-8 text (byte 0x%1 at offset %2). Choose the file&apos;s encoding, for example Windows-1251.</source>
        <translation>Файл не является корректным текстом UTF-8 (байт 0x%1 по смещению %2). Выберите кодировку файла, например Windows-1251.</translation>
    </message>
    <message>
        <source>The file ends in the middle of a UTF-16 character; it is truncated.</source>
        <translation>Файл обрывается посреди символа UTF-16; он обрезан.</translation>
    </message>
    <message>
        <source>Unknown text encoding &quot;%1&quot;.</source>
        <translation>Неизвестная кодировка текста «%1».</translation>
    </message>
    <message>
        <source>The file contains a NUL character: it is probably a binary file, not text (or UTF-16 without a byte order mark).</source>
        <translation>Файл содержит символ NUL: вероятно, это двоичный файл, а не текст (или UTF-16 без метки порядка байтов).</translation>
    </message>
</context>
<context>
    <name>kontor::Units</name>
    <message>
        <source>pcs</source>
        <translation>шт.</translation>
    </message>
    <message>
        <source>kg</source>
        <translation>кг</translation>
    </message>
    <message>
        <source>m</source>
        <translation>м</translation>
    </message>
    <message>
        <source>l</source>
        <translation>л</translation>
    </message>
</context>
<context>
    <name>kontor::WelcomeDialog</name>
    <message>
        <source>Welcome to Kontor</source>
        <translation>Добро пожаловать в Kontor</translation>
    </message>
    <message>
        <source>Kontor keeps your shop&apos;s catalog in a file on this computer; it works without an internet connection. How would you like to start?</source>
        <translation>Kontor хранит каталог вашего магазина в файле на этом компьютере и работает без подключения к интернету. С чего вы хотите начать?</translation>
    </message>
    <message>
        <source>Start with an empty shop</source>
        <translation>Начать с пустого магазина</translation>
    </message>
    <message>
        <source>Add products one by one, or import them from a file later.</source>
        <translation>Добавляйте товары по одному или позже импортируйте их из файла.</translation>
    </message>
    <message>
        <source>Load demo data</source>
        <translation>Загрузить демо-данные</translation>
    </message>
    <message>
        <source>Sample products and categories to look around with. Archive or delete them when you are ready for your own.</source>
        <translation>Примеры товаров и категорий, чтобы осмотреться. Когда будете готовы добавить свои, переместите их в архив или удалите.</translation>
    </message>
</context>
<context>
    <name>kontor::cli</name>
    <message>
        <source>Run &quot;%1&quot; for the usage.</source>
        <translation>Запустите «%1», чтобы получить справку.</translation>
    </message>
</context>
<context>
    <name>kontor::cli::DemoCommand</name>
    <message>
        <source>small (1,000 products) or large (50,000 products, for trying out speed); default small.</source>
        <translation>small (1000 товаров) или large (50 000 товаров, для проверки скорости); по умолчанию small.</translation>
    </message>
    <message>
        <source>Add the demo catalog even if the database already has products.</source>
        <translation>Добавить демо-каталог, даже если в базе данных уже есть товары.</translation>
    </message>
    <message>
        <source>Fill the database with a demo catalog to try Kontor out.</source>
        <translation>Заполнить базу данных демо-каталогом, чтобы опробовать Kontor.</translation>
    </message>
    <message>
        <source>demo takes no arguments, only options; unexpected &quot;%1&quot;.</source>
        <translation>demo не принимает аргументов, только параметры; лишний аргумент «%1».</translation>
    </message>
    <message>
        <source>--scale must be small or large, not &quot;%1&quot;.</source>
        <translation>--scale может быть только small или large, а не «%1».</translation>
    </message>
    <message numerus="yes">
        <source>%1 already has %n products. Demo data is meant for an empty database; add --force to add it anyway (existing products are never changed).</source>
        <translation>
            <numerusform>В базе данных %1 уже есть %n товар. Демо-данные предназначены для пустой базы; чтобы всё равно добавить их, укажите --force (существующие товары при этом не изменяются).</numerusform>
            <numerusform>В базе данных %1 уже есть %n товара. Демо-данные предназначены для пустой базы; чтобы всё равно добавить их, укажите --force (существующие товары при этом не изменяются).</numerusform>
            <numerusform>В базе данных %1 уже есть %n товаров. Демо-данные предназначены для пустой базы; чтобы всё равно добавить их, укажите --force (существующие товары при этом не изменяются).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Created %n products in %1 s</source>
        <translation>
            <numerusform>Создан %n товар за %1 с</numerusform>
            <numerusform>Создано %n товара за %1 с</numerusform>
            <numerusform>Создано %n товаров за %1 с</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kontor::cli::ExportCommand</name>
    <message>
        <source>kontor (default), woocommerce, or excel (semicolon, decimal comma, UTF-8 with BOM).</source>
        <translation>kontor (по умолчанию), woocommerce или excel (точка с запятой, десятичная запятая, UTF-8 с BOM).</translation>
    </message>
    <message>
        <source>Leave archived products out.</source>
        <translation>Не экспортировать архивные товары.</translation>
    </message>
    <message>
        <source>Export products to a CSV file: export products FILE.</source>
        <translation>Экспорт товаров в файл CSV: export products ФАЙЛ.</translation>
    </message>
    <message>
        <source>What to export (products).</source>
        <translation>Что экспортировать (products).</translation>
    </message>
    <message>
        <source>The CSV file to write.</source>
        <translation>Файл CSV для записи.</translation>
    </message>
    <message>
        <source>usage: kontor-cli export products FILE [options]</source>
        <translation>использование: kontor-cli export products ФАЙЛ [параметры]</translation>
    </message>
    <message>
        <source>--format must be kontor, woocommerce or excel</source>
        <translation>--format может быть только kontor, woocommerce или excel</translation>
    </message>
    <message numerus="yes">
        <source>%n product(s) written to %1</source>
        <translation>
            <numerusform>В файл %1 записан %n товар</numerusform>
            <numerusform>В файл %1 записано %n товара</numerusform>
            <numerusform>В файл %1 записано %n товаров</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kontor::cli::ImportCommand</name>
    <message>
        <source>auto (default), kontor, woocommerce or mapped.</source>
        <translation>auto (по умолчанию), kontor, woocommerce или mapped.</translation>
    </message>
    <message>
        <source>UTF-8 or Windows-1251; detected when not given.</source>
        <translation>UTF-8 или Windows-1251; если не указана, определяется автоматически.</translation>
    </message>
    <message>
        <source>Use the column mapping saved under this name.</source>
        <translation>Использовать сопоставление столбцов, сохранённое под этим именем.</translation>
    </message>
    <message>
        <source>Column mapping, e.g. &quot;sku=Артикул,name=Наименование,price=3&quot;.</source>
        <translation>Сопоставление столбцов, например «sku=Артикул,name=Наименование,price=3».</translation>
    </message>
    <message>
        <source>Save the mapping used under this name.</source>
        <translation>Сохранить использованное сопоставление под этим именем.</translation>
    </message>
    <message>
        <source>update (default) or report: what to do with a SKU already in the catalog.</source>
        <translation>update (по умолчанию) или report: что делать с артикулом, который уже есть в каталоге.</translation>
    </message>
    <message>
        <source>Import the good rows and skip bad ones (default: import nothing).</source>
        <translation>Импортировать корректные строки и пропустить строки с ошибками (по умолчанию ничего не импортируется).</translation>
    </message>
    <message>
        <source>Import products from a CSV file: import products FILE.</source>
        <translation>Импорт товаров из файла CSV: import products ФАЙЛ.</translation>
    </message>
    <message>
        <source>What to import (products).</source>
        <translation>Что импортировать (products).</translation>
    </message>
    <message>
        <source>The CSV file.</source>
        <translation>Файл CSV.</translation>
    </message>
    <message>
        <source>usage: kontor-cli import products FILE [options]</source>
        <translation>использование: kontor-cli import products ФАЙЛ [параметры]</translation>
    </message>
    <message>
        <source>--format must be auto, kontor, woocommerce or mapped</source>
        <translation>--format может быть только auto, kontor, woocommerce или mapped</translation>
    </message>
    <message>
        <source>--existing must be update or report</source>
        <translation>--existing может быть только update или report</translation>
    </message>
    <message>
        <source>there is no import profile named &quot;%1&quot;</source>
        <translation>профиль импорта «%1» не найден</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported: %n row(s) have problems.</source>
        <translation>
            <numerusform>Ничего не импортировано: %n строка с ошибками.</numerusform>
            <numerusform>Ничего не импортировано: %n строки с ошибками.</numerusform>
            <numerusform>Ничего не импортировано: %n строк с ошибками.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 created, %3 updated, %4 unchanged, %5 skipped</source>
        <translation>%1: создано %2, обновлено %3, без изменений %4, пропущено %5</translation>
    </message>
</context>
<context>
    <name>kontor::cli::StockCommand</name>
    <message>
        <source>Rebuild balances that differ from the ledger.</source>
        <translation>Пересчитать остатки, которые расходятся с журналом движений.</translation>
    </message>
    <message>
        <source>Check stock balances against the ledger: stock verify [--repair].</source>
        <translation>Сверить остатки с журналом движений: stock verify [--repair].</translation>
    </message>
    <message>
        <source>Recompute balances from the ledger and compare.</source>
        <translation>Пересчитать остатки по журналу движений и сравнить.</translation>
    </message>
    <message>
        <source>Use: stock verify [--repair].</source>
        <translation>Использование: stock verify [--repair].</translation>
    </message>
    <message>
        <source>All stock balances agree with the ledger.</source>
        <translation>Все остатки совпадают с журналом движений.</translation>
    </message>
    <message>
        <source>%1 at %2: on hand %3 by the ledger, %4 in the balance; reserved %5 by the reservations, %6 in the balance.</source>
        <translation>%1 в месте «%2»: на складе %3 по журналу, %4 в остатках; в резерве %5 по резервам, %6 в остатках.</translation>
    </message>
    <message numerus="yes">
        <source>%n balance(s) differ from the ledger. Run with --repair to rebuild them.</source>
        <translation>
            <numerusform>%n остаток расходится с журналом движений. Запустите с --repair, чтобы пересчитать.</numerusform>
            <numerusform>%n остатка расходятся с журналом движений. Запустите с --repair, чтобы пересчитать.</numerusform>
            <numerusform>%n остатков расходятся с журналом движений. Запустите с --repair, чтобы пересчитать.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Rebuilt %n balance(s) from the ledger.</source>
        <translation>
            <numerusform>Пересчитан %n остаток по журналу движений.</numerusform>
            <numerusform>Пересчитано %n остатка по журналу движений.</numerusform>
            <numerusform>Пересчитано %n остатков по журналу движений.</numerusform>
        </translation>
    </message>
</context>
</TS>
