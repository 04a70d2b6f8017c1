<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>kontor</name>
    <message>
        <source>Home</source>
        <translation>Дом</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>Работа</translation>
    </message>
    <message>
        <source>Warehouse</source>
        <translation>Склад</translation>
    </message>
    <message>
        <source>Purchasing manager</source>
        <translation>Менеджер по закупкам</translation>
    </message>
    <message>
        <source>Unopened, in its original packaging</source>
        <translation>Не вскрыт, в заводской упаковке</translation>
    </message>
    <message>
        <source>Opened, as new</source>
        <translation>Вскрыт, как новый</translation>
    </message>
    <message>
        <source>Opened; to be checked</source>
        <translation>Вскрыт, требует проверки</translation>
    </message>
    <message>
        <source>Packaging damaged</source>
        <translation>Повреждена упаковка</translation>
    </message>
    <message>
        <source>Broken</source>
        <translation>Сломан</translation>
    </message>
    <message>
        <source>Damaged beyond sale</source>
        <translation>Повреждён, продаже не подлежит</translation>
    </message>
    <message>
        <source>Does not work</source>
        <translation>Не работает</translation>
    </message>
    <message>
        <source>Manufacturing defect</source>
        <translation>Заводской брак</translation>
    </message>
</context>
<context>
    <name>kontor::AbcClassifier</name>
    <message>
        <source>A</source>
        <translation>A</translation>
    </message>
    <message>
        <source>B</source>
        <translation>B</translation>
    </message>
    <message>
        <source>C</source>
        <translation>C</translation>
    </message>
</context>
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
    <message>
        <source>manage sales orders</source>
        <translation>управлять заказами покупателей</translation>
    </message>
    <message>
        <source>pick, pack and ship orders</source>
        <translation>собирать, упаковывать и отгружать заказы</translation>
    </message>
    <message>
        <source>handle returns</source>
        <translation>работать с возвратами</translation>
    </message>
    <message>
        <source>refund customers</source>
        <translation>возвращать деньги покупателям</translation>
    </message>
    <message>
        <source>change the price on an order</source>
        <translation>менять цену в заказе</translation>
    </message>
    <message>
        <source>manage customers</source>
        <translation>управлять покупателями</translation>
    </message>
    <message>
        <source>manage suppliers and contracts</source>
        <translation>управлять поставщиками и договорами</translation>
    </message>
    <message>
        <source>manage purchase orders</source>
        <translation>управлять заказами поставщикам</translation>
    </message>
    <message>
        <source>work on support tickets</source>
        <translation>работать с обращениями в поддержку</translation>
    </message>
</context>
<context>
    <name>kontor::AdjustDialog</name>
    <message>
        <source>Adjust stock</source>
        <translation>Корректировка остатка</translation>
    </message>
    <message>
        <source>&amp;Adjust</source>
        <translation>&amp;Скорректировать</translation>
    </message>
    <message>
        <source>&amp;Remove from stock</source>
        <translation>&amp;Уменьшить остаток</translation>
    </message>
    <message>
        <source>A&amp;dd to stock</source>
        <translation>У&amp;величить остаток</translation>
    </message>
    <message>
        <source>&amp;Location:</source>
        <translation>&amp;Место хранения:</translation>
    </message>
    <message>
        <source>R&amp;eason:</source>
        <translation>&amp;Причина:</translation>
    </message>
    <message>
        <source>Direction:</source>
        <translation>Направление:</translation>
    </message>
    <message>
        <source>&amp;Quantity:</source>
        <translation>&amp;Количество:</translation>
    </message>
    <message>
        <source>On hand there now: %1</source>
        <translation>Сейчас в этом месте: %1</translation>
    </message>
    <message>
        <source>, after the adjustment: %1</source>
        <translation>, после корректировки: %1</translation>
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
    <name>kontor::ArrivalDialog</name>
    <message>
        <source>Goods arrived</source>
        <translation>Прибытие товара</translation>
    </message>
    <message>
        <source>&amp;Mark arrived</source>
        <translation>&amp;Отметить прибытие</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>Откуда:</translation>
    </message>
    <message>
        <source>Arrived &amp;at:</source>
        <translation>Место &amp;прибытия:</translation>
    </message>
    <message>
        <source>&amp;Quantity:</source>
        <translation>&amp;Количество:</translation>
    </message>
    <message>
        <source>%1 (%2 waiting)</source>
        <translation>%1 (ожидает: %2)</translation>
    </message>
</context>
<context>
    <name>kontor::AttachmentsEdit</name>
    <message>
        <source>Attach files…</source>
        <translation>Прикрепить файлы…</translation>
    </message>
    <message>
        <source>Add files (photos, documents) to the message</source>
        <translation>Добавить к сообщению файлы (фото, документы)</translation>
    </message>
    <message>
        <source>%1 is larger than %2.</source>
        <translation>Файл %1 больше %2.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>Не удалось прочитать файл %1: %2</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>Прикрепить файлы</translation>
    </message>
    <message>
        <source>remove</source>
        <translation>удалить</translation>
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
    <name>kontor::BulkShipDialog</name>
    <message>
        <source>&amp;Mark shipped</source>
        <translation>&amp;Отметить отгруженными</translation>
    </message>
    <message>
        <source>Mark orders shipped</source>
        <translation>Отметить заказы отгруженными</translation>
    </message>
    <message>
        <source>No carrier</source>
        <translation>Без службы доставки</translation>
    </message>
    <message>
        <source>&amp;Carrier for all:</source>
        <translation>&amp;Служба доставки для всех:</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Заказ</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Покупатель</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Tracking number</source>
        <translation>Трек-номер</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Проблема</translation>
    </message>
    <message>
        <source>Left out, they cannot ship now: %1</source>
        <translation>Не включены, сейчас их нельзя отгрузить: %1</translation>
    </message>
    <message>
        <source>Each order ships everything reserved for it. Type or scan the tracking numbers; Enter moves to the next order.</source>
        <translation>По каждому заказу отгружается всё, что для него зарезервировано. Введите или отсканируйте трек-номера; Enter — переход к следующему заказу.</translation>
    </message>
    <message>
        <source>1 order to ship</source>
        <translation>1 заказ к отгрузке</translation>
    </message>
    <message numerus="yes">
        <source>%Ln orders to ship</source>
        <translation>
            <numerusform>%Ln заказ к отгрузке</numerusform>
            <numerusform>%Ln заказа к отгрузке</numerusform>
            <numerusform>%Ln заказов к отгрузке</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n shipped</source>
        <translation>
            <numerusform>Отгружен %n заказ</numerusform>
            <numerusform>Отгружено %n заказа</numerusform>
            <numerusform>Отгружено %n заказов</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kontor::CalendarService</name>
    <message>
        <source>A calendar exception needs its date.</source>
        <translation>Укажите дату исключения в календаре.</translation>
    </message>
    <message>
        <source>Choose at least one working day of the week.</source>
        <translation>Выберите хотя бы один рабочий день недели.</translation>
    </message>
    <message>
        <source>The working day must start before it ends.</source>
        <translation>Начало рабочего дня должно быть раньше его окончания.</translation>
    </message>
    <message>
        <source>Unknown time zone &quot;%1&quot;.</source>
        <translation>Неизвестный часовой пояс «%1».</translation>
    </message>
    <message>
        <source>Working hours changed</source>
        <translation>Рабочие часы изменены</translation>
    </message>
</context>
<context>
    <name>kontor::CannedResponsesDialog</name>
    <message>
        <source>&amp;New response</source>
        <translation>&amp;Новый шаблон</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Сохранить</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <source>Canned responses</source>
        <translation>Шаблоны ответов</translation>
    </message>
    <message>
        <source>e.g. Where is my order</source>
        <translation>например, Где мой заказ</translation>
    </message>
    <message>
        <source>Click to insert; filled from the ticket when the response is used: %1</source>
        <translation>Нажмите, чтобы вставить; при использовании шаблона подставляется из обращения: %1</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>На&amp;звание:</translation>
    </message>
    <message>
        <source>Te&amp;xt:</source>
        <translation>&amp;Текст:</translation>
    </message>
    <message>
        <source>Remove the response</source>
        <translation>Удалить шаблон ответа</translation>
    </message>
    <message>
        <source>Remove the response &quot;%1&quot;? Replies already sent keep their text.</source>
        <translation>Удалить шаблон ответа «%1»? Текст уже отправленных ответов не изменится.</translation>
    </message>
</context>
<context>
    <name>kontor::CarriersDialog</name>
    <message>
        <source>Show &amp;archived</source>
        <translation>Показать &amp;архивные</translation>
    </message>
    <message>
        <source>&amp;New carrier</source>
        <translation>&amp;Новая служба доставки</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Сохранить</translation>
    </message>
    <message>
        <source>A&amp;rchive</source>
        <translation>В а&amp;рхив</translation>
    </message>
    <message>
        <source>Carriers</source>
        <translation>Службы доставки</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Tracking link</source>
        <translation>Ссылка для отслеживания</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Where the carrier shows a parcel: {tracking} stands for the tracking number. Leave it empty if the carrier has no such page.</source>
        <translation>Страница службы доставки с информацией о посылке: вместо {tracking} подставляется трек-номер. Оставьте поле пустым, если у службы доставки нет такой страницы.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Название:</translation>
    </message>
    <message>
        <source>Tracking &amp;link:</source>
        <translation>&amp;Ссылка для отслеживания:</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>В архиве</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Активна</translation>
    </message>
    <message>
        <source>Carrier %1</source>
        <translation>Служба доставки %1</translation>
    </message>
    <message>
        <source>New carrier</source>
        <translation>Новая служба доставки</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Восстановить</translation>
    </message>
    <message>
        <source>On time</source>
        <translation>Вовремя</translation>
    </message>
    <message numerus="yes">
        <source>Parcels delivered by the promised date, over the last %n day(s)</source>
        <translation>
            <numerusform>Посылки, доставленные к обещанной дате, за последний %n день</numerusform>
            <numerusform>Посылки, доставленные к обещанной дате, за последние %n дня</numerusform>
            <numerusform>Посылки, доставленные к обещанной дате, за последние %n дней</numerusform>
        </translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
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
    <name>kontor::CbrRates</name>
    <message>
        <source>The Bank of Russia&apos;s file has a currency without a code, nominal or rate (line %1).</source>
        <translation>В файле Банка России есть валюта без кода, номинала или курса (строка %1).</translation>
    </message>
    <message>
        <source>This is not the Bank of Russia&apos;s daily rates file: %1</source>
        <translation>Это не файл ежедневных курсов Банка России: %1</translation>
    </message>
    <message>
        <source>no rates in it.</source>
        <translation>в нём нет курсов.</translation>
    </message>
    <message>
        <source>The Bank of Russia&apos;s file has no rates for a day.</source>
        <translation>В файле Банка России нет курсов на один из дней.</translation>
    </message>
    <message>
        <source>The Bank of Russia does not quote %1, the shop&apos;s currency.</source>
        <translation>Банк России не устанавливает курс %1 — валюты магазина.</translation>
    </message>
</context>
<context>
    <name>kontor::CbrRatesClient</name>
    <message>
        <source>Nothing was downloaded yet.</source>
        <translation>Ещё ничего не загружено.</translation>
    </message>
    <message>
        <source>The Bank of Russia&apos;s rates could not be downloaded: %1</source>
        <translation>Не удалось загрузить курсы Банка России: %1</translation>
    </message>
</context>
<context>
    <name>kontor::CbrRatesDialog</name>
    <message>
        <source>&amp;Download</source>
        <translation>&amp;Загрузить</translation>
    </message>
    <message>
        <source>&amp;Save ticked rates</source>
        <translation>&amp;Сохранить отмеченные курсы</translation>
    </message>
    <message>
        <source>Rates of the Bank of Russia</source>
        <translation>Курсы Банка России</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Валюта</translation>
    </message>
    <message>
        <source>Rate, %1</source>
        <translation>Курс, %1</translation>
    </message>
    <message>
        <source>Rates &amp;of:</source>
        <translation>Курсы &amp;на:</translation>
    </message>
    <message>
        <source>Each ticked rate is saved as valid from that day; a rate already there for the same currency and day is replaced.</source>
        <translation>Каждый отмеченный курс сохраняется как действующий с этого дня; курс той же валюты на тот же день, если он уже есть, заменяется.</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Отмена</translation>
    </message>
    <message>
        <source>Downloading the rates of %1…</source>
        <translation>Загрузка курсов на %1…</translation>
    </message>
    <message>
        <source>The Bank of Russia&apos;s rates set for %1.</source>
        <translation>Курсы Банка России, установленные на %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n rate(s) saved.</source>
        <translation>
            <numerusform>Сохранён %n курс.</numerusform>
            <numerusform>Сохранено %n курса.</numerusform>
            <numerusform>Сохранено %n курсов.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kontor::ChannelPricesDialog</name>
    <message>
        <source>Channel prices — %1</source>
        <translation>Цены по каналам — %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;A channel without its own price sells at %2 (the %3).</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Канал без собственной цены продаёт по %2 (%3).</translation>
    </message>
    <message>
        <source>sale price</source>
        <translation>цене продажи</translation>
    </message>
    <message>
        <source>list price</source>
        <translation>цене прайс-листа</translation>
    </message>
    <message>
        <source>Leave a field empty for the usual price.</source>
        <translation>Оставьте поле пустым, чтобы использовать обычную цену.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a price in %3.</source>
        <translation>%1: «%2» — это не цена в %3.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>kontor::ClaimListModel</name>
    <message>
        <source>The supplier must answer the claim by this day (the contract&apos;s claim period)</source>
        <translation>Поставщик должен ответить на претензию до этого дня (срок рассмотрения претензий по договору)</translation>
    </message>
    <message>
        <source>What the supplier paid or credited for the claim</source>
        <translation>Сколько поставщик выплатил или зачёл по претензии</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Номер</translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation>Поставщик</translation>
    </message>
    <message>
        <source>Purchase order</source>
        <translation>Заказ поставщику</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <source>Collected</source>
        <translation>Получено</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Срок ответа</translation>
    </message>
    <message>
        <source>The deadline has passed without the claim being settled</source>
        <translation>Срок истёк, а претензия не урегулирована</translation>
    </message>
</context>
<context>
    <name>kontor::ClaimsPage</name>
    <message>
        <source>&amp;Unresolved only</source>
        <translation>Только &amp;неурегулированные</translation>
    </message>
    <message>
        <source>Mark &amp;sent</source>
        <translation>Отметить &amp;отправку</translation>
    </message>
    <message>
        <source>&amp;Accepted</source>
        <translation>&amp;Принята</translation>
    </message>
    <message>
        <source>&amp;Paid…</source>
        <translation>Опл&amp;ачена…</translation>
    </message>
    <message>
        <source>&amp;Rejected…</source>
        <translation>Отк&amp;лонена…</translation>
    </message>
    <message>
        <source>The claim went to the supplier; the deadline runs</source>
        <translation>Претензия направлена поставщику; срок ответа идёт</translation>
    </message>
    <message>
        <source>The supplier accepted the claim and will pay or credit it</source>
        <translation>Поставщик признал претензию и оплатит или зачтёт её</translation>
    </message>
    <message>
        <source>The supplier paid or credited the claim: record the amount collected</source>
        <translation>Поставщик оплатил или зачёл претензию: укажите полученную сумму</translation>
    </message>
    <message>
        <source>The supplier rejected the claim, or the shop dropped it</source>
        <translation>Поставщик отклонил претензию, или магазин отказался от неё</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Все статусы</translation>
    </message>
    <message>
        <source>Only claims open, sent or accepted: the supplier still owes an answer or money</source>
        <translation>Только открытые, отправленные или принятые претензии: поставщик ещё должен ответ или деньги</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Статус:</translation>
    </message>
    <message>
        <source>Supplier:</source>
        <translation>Поставщик:</translation>
    </message>
    <message>
        <source>&lt;p style=&apos;font-size:large&apos;&gt;&lt;b&gt;No supplier claims&lt;/b&gt;&lt;/p&gt;&lt;p&gt;A claim is opened when goods arrive defective or mis-sorted, or with &lt;b&gt;Claim lateness…&lt;/b&gt; on a late purchase order. Follow it here until the supplier pays or rejects it.&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;font-size:large&apos;&gt;&lt;b&gt;Претензий поставщикам нет&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Претензия открывается, когда товар приходит с браком или пересортом, или командой &lt;b&gt;Претензия о просрочке…&lt;/b&gt; по просроченному заказу поставщику. Здесь можно следить за ней, пока поставщик не оплатит или не отклонит её.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>Артикул</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Товар</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Количество</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Стоимость</translation>
    </message>
    <message>
        <source>Penalty</source>
        <translation>Неустойка</translation>
    </message>
    <message>
        <source>Basis</source>
        <translation>Основание</translation>
    </message>
    <message>
        <source>How the contract&apos;s clause gives the penalty</source>
        <translation>Как неустойка рассчитана по условию договора</translation>
    </message>
    <message>
        <source>Cannot load the claims: %1</source>
        <translation>Не удалось загрузить претензии: %1</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Загрузка…</translation>
    </message>
    <message>
        <source>All suppliers</source>
        <translation>Все поставщики</translation>
    </message>
    <message>
        <source>No claim matches the filter.</source>
        <translation>Нет претензий, подходящих под фильтр.</translation>
    </message>
    <message numerus="yes">
        <source>%n past the deadline</source>
        <translation>
            <numerusform>%n просрочена</numerusform>
            <numerusform>%n просрочены</numerusform>
            <numerusform>%n просрочено</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a claim to see its lines.</source>
        <translation>Выберите претензию, чтобы увидеть её строки.</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1, purchase order %2</source>
        <translation>%1, заказ поставщику %2</translation>
    </message>
    <message>
        <source>opened %1</source>
        <translation>открыта %1</translation>
    </message>
    <message>
        <source>deadline %1</source>
        <translation>срок ответа %1</translation>
    </message>
    <message>
        <source>%1, passed</source>
        <translation>%1, истёк</translation>
    </message>
    <message>
        <source>claimed %1</source>
        <translation>заявлено %1</translation>
    </message>
    <message>
        <source>collected %1</source>
        <translation>получено %1</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Примечание: %1</translation>
    </message>
    <message>
        <source>Claim %1</source>
        <translation>Претензия %1</translation>
    </message>
    <message>
        <source>Claim %1 is marked as sent to %2.</source>
        <translation>Претензия %1 отмечена как отправленная поставщику %2.</translation>
    </message>
    <message>
        <source>%1 accepted claim %2.</source>
        <translation>%1 признал претензию %2.</translation>
    </message>
    <message>
        <source>Claim %1 is paid: %2 collected.</source>
        <translation>Претензия %1 оплачена: получено %2.</translation>
    </message>
    <message>
        <source>Claim %1 is rejected.</source>
        <translation>Претензия %1 отклонена.</translation>
    </message>
    <message>
        <source>Amount &amp;collected:</source>
        <translation>Полученная &amp;сумма:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Примечание:</translation>
    </message>
    <message>
        <source>Claim %1 paid</source>
        <translation>Претензия %1 оплачена</translation>
    </message>
    <message>
        <source>What %1 paid or credited for claim %2 (claimed %3).</source>
        <translation>Сколько %1 выплатил или зачёл по претензии %2 (заявлено %3).</translation>
    </message>
    <message>
        <source>Mark &amp;paid</source>
        <translation>Отметить &amp;оплату</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Причина:</translation>
    </message>
    <message>
        <source>The supplier disputes the defects</source>
        <translation>Поставщик оспаривает брак</translation>
    </message>
    <message>
        <source>Outside the contract&apos;s claim period</source>
        <translation>Пропущен срок предъявления претензий по договору</translation>
    </message>
    <message>
        <source>Settled otherwise</source>
        <translation>Урегулирована иначе</translation>
    </message>
    <message>
        <source>Opened by mistake</source>
        <translation>Открыта по ошибке</translation>
    </message>
    <message>
        <source>Claim %1 rejected</source>
        <translation>Претензия %1 отклонена</translation>
    </message>
    <message>
        <source>Claim %1 is closed without payment. Say why, for the supplier&apos;s record.</source>
        <translation>Претензия %1 закрывается без оплаты. Укажите причину — она сохранится в истории поставщика.</translation>
    </message>
    <message>
        <source>Mark &amp;rejected</source>
        <translation>Отметить &amp;отклонение</translation>
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
    <name>kontor::ContractDialog</name>
    <message>
        <source>&amp;Activate…</source>
        <translation>&amp;Активировать…</translation>
    </message>
    <message>
        <source>&amp;Terminate…</source>
        <translation>&amp;Расторгнуть…</translation>
    </message>
    <message>
        <source>Put the contract in force: its terms, prices and discounts are fixed from then on</source>
        <translation>Ввести договор в действие: после этого его условия, цены и скидки фиксируются</translation>
    </message>
    <message>
        <source>End the contract on a day you choose; it applies up to that day</source>
        <translation>Прекратить договор с выбранной даты; он действует по этот день включительно</translation>
    </message>
    <message>
        <source>As on the signed paper, e.g. 12/2026</source>
        <translation>Как в подписанном документе, например 12/2026</translation>
    </message>
    <message>
        <source>not signed yet</source>
        <translation>ещё не подписан</translation>
    </message>
    <message>
        <source>no end</source>
        <translation>бессрочно</translation>
    </message>
    <message>
        <source>The last day the contract applies; at the earliest date it has no end</source>
        <translation>Последний день действия договора; при самой ранней дате договор бессрочный</translation>
    </message>
    <message>
        <source> days</source>
        <translation> дн.</translation>
    </message>
    <message>
        <source>Kontor reminds you this many days before the contract ends</source>
        <translation>Kontor напомнит вам за столько дней до окончания договора</translation>
    </message>
    <message>
        <source>The ISO code of the currency of the prices; empty: the supplier&apos;s</source>
        <translation>ISO-код валюты цен; если пусто — валюта поставщика</translation>
    </message>
    <message>
        <source>e.g. Tuesdays and Fridays</source>
        <translation>например, по вторникам и пятницам</translation>
    </message>
    <message>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>Days after delivery before the supplier must be paid</source>
        <translation>Через сколько дней после поставки нужно оплатить поставщику</translation>
    </message>
    <message>
        <source>E&amp;xclusive</source>
        <translation>&amp;Эксклюзивный</translation>
    </message>
    <message>
        <source>The shop is the supplier&apos;s only reseller, or buys these goods only from it</source>
        <translation>Магазин — единственный реселлер поставщика или закупает эти товары только у него</translation>
    </message>
    <message>
        <source>region, if any</source>
        <translation>регион, если есть</translation>
    </message>
    <message>
        <source>Anything the team should know about this contract</source>
        <translation>Всё, что команде нужно знать об этом договоре</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Договор</translation>
    </message>
    <message>
        <source>&amp;Number:</source>
        <translation>&amp;Номер:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Статус:</translation>
    </message>
    <message>
        <source>&amp;Signed on:</source>
        <translation>Дата подп&amp;исания:</translation>
    </message>
    <message>
        <source>Valid &amp;from:</source>
        <translation>Действует &amp;с:</translation>
    </message>
    <message>
        <source>Valid t&amp;o:</source>
        <translation>Действует &amp;до:</translation>
    </message>
    <message>
        <source>&amp;Renewal notice:</source>
        <translation>Напоминание о прод&amp;лении:</translation>
    </message>
    <message>
        <source>Supply and payment</source>
        <translation>Поставка и оплата</translation>
    </message>
    <message>
        <source>C&amp;urrency:</source>
        <translation>&amp;Валюта:</translation>
    </message>
    <message>
        <source>&amp;Deliveries:</source>
        <translation>Пос&amp;тавки:</translation>
    </message>
    <message>
        <source>&amp;Minimum order:</source>
        <translation>&amp;Минимальный заказ:</translation>
    </message>
    <message>
        <source>&amp;Prepayment:</source>
        <translation>Пр&amp;едоплата:</translation>
    </message>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <source>Payment &amp;deferral:</source>
        <translation>Отсрочка &amp;платежа:</translation>
    </message>
    <message>
        <source>Exclusivity:</source>
        <translation>Эксклюзивность:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>Приме&amp;чания:</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation>&amp;Общие</translation>
    </message>
    <message>
        <source>Days from the start event to the due date of a delivery</source>
        <translation>Дней от начала отсчёта срока до даты поставки по договору</translation>
    </message>
    <message>
        <source>calendar days</source>
        <translation>календарные дни</translation>
    </message>
    <message>
        <source>business days</source>
        <translation>рабочие дни</translation>
    </message>
    <message>
        <source>Business days skip weekends and the holidays of the working calendar</source>
        <translation>Рабочие дни не включают выходные и праздничные дни производственного календаря</translation>
    </message>
    <message>
        <source>the supplier confirms the order</source>
        <translation>подтверждение заказа поставщиком</translation>
    </message>
    <message>
        <source>the shop pays the prepayment</source>
        <translation>внесение предоплаты магазином</translation>
    </message>
    <message>
        <source>Empty: the contract sets no target</source>
        <translation>Пусто — договор не задаёт целевого значения</translation>
    </message>
    <message>
        <source>Of the value delivered late, for each day late</source>
        <translation>От стоимости поставленного с опозданием, за каждый день просрочки</translation>
    </message>
    <message>
        <source>The late penalty never exceeds this share; empty: no cap</source>
        <translation>Неустойка за просрочку не превышает этой доли; пусто — без предела</translation>
    </message>
    <message>
        <source>of the line&apos;s value</source>
        <translation>от стоимости строки</translation>
    </message>
    <message>
        <source>of the order&apos;s value</source>
        <translation>от стоимости заказа</translation>
    </message>
    <message>
        <source>per unit</source>
        <translation>за единицу</translation>
    </message>
    <message>
        <source>percent of value</source>
        <translation>процент от стоимости</translation>
    </message>
    <message>
        <source>Of the value never delivered, when an order is closed short</source>
        <translation>От стоимости непоставленного, когда заказ закрыт с недопоставкой</translation>
    </message>
    <message>
        <source>no deadline</source>
        <translation>без срока</translation>
    </message>
    <message>
        <source>Claims are due within this many days of a delivery</source>
        <translation>Претензии предъявляются в течение стольких дней после поставки</translation>
    </message>
    <message>
        <source>How defective and mis-sorted goods go back, and at whose cost</source>
        <translation>Как возвращаются брак и пересорт и за чей счёт</translation>
    </message>
    <message>
        <source>Lead time</source>
        <translation>Срок поставки</translation>
    </message>
    <message>
        <source>&amp;Lead time:</source>
        <translation>&amp;Срок поставки:</translation>
    </message>
    <message>
        <source>Counted from:</source>
        <translation>Начало отсчёта:</translation>
    </message>
    <message>
        <source>Service level targets</source>
        <translation>Целевые показатели уровня сервиса</translation>
    </message>
    <message>
        <source>On time at &amp;least:</source>
        <translation>Вовремя не &amp;менее:</translation>
    </message>
    <message>
        <source>In full at l&amp;east:</source>
        <translation>В полном объёме не м&amp;енее:</translation>
    </message>
    <message>
        <source>Defects at &amp;most:</source>
        <translation>Брака не &amp;более:</translation>
    </message>
    <message>
        <source>Mis-sorts at m&amp;ost:</source>
        <translation>Пересорта &amp;не более:</translation>
    </message>
    <message>
        <source>Penalties</source>
        <translation>Неустойки</translation>
    </message>
    <message>
        <source>Late deliver&amp;y:</source>
        <translation>Просро&amp;чка поставки:</translation>
    </message>
    <message>
        <source>% per day, capped at</source>
        <translation>% в день, но не более</translation>
    </message>
    <message>
        <source>De&amp;fects:</source>
        <translation>Бра&amp;к:</translation>
    </message>
    <message>
        <source>M&amp;is-sorts:</source>
        <translation>Пересор&amp;т:</translation>
    </message>
    <message>
        <source>S&amp;hortage:</source>
        <translation>Недопоставк&amp;а:</translation>
    </message>
    <message>
        <source>% of the value not delivered</source>
        <translation>% от стоимости непоставленного</translation>
    </message>
    <message>
        <source>Claims and returns</source>
        <translation>Претензии и возвраты</translation>
    </message>
    <message>
        <source>&amp;Claim deadline:</source>
        <translation>Срок &amp;претензий:</translation>
    </message>
    <message>
        <source>&amp;Return procedure:</source>
        <translation>Порядок &amp;возврата:</translation>
    </message>
    <message>
        <source>Te&amp;rms</source>
        <translation>&amp;Условия</translation>
    </message>
    <message>
        <source>Add a product: type its SKU or name</source>
        <translation>Добавить товар: введите артикул или название</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>Артикул</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Supplier&apos;s SKU</source>
        <translation>Артикул поставщика</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Цена</translation>
    </message>
    <message>
        <source>Min. quantity</source>
        <translation>Мин. количество</translation>
    </message>
    <message>
        <source>Pack size</source>
        <translation>Кратность упаковки</translation>
    </message>
    <message>
        <source>The least the supplier accepts; empty: none</source>
        <translation>Наименьшее количество, которое принимает поставщик; пусто — без ограничения</translation>
    </message>
    <message>
        <source>Orders are in multiples of it; empty: any quantity</source>
        <translation>Заказ кратен этому числу; пусто — любое количество</translation>
    </message>
    <message>
        <source>Re&amp;move product</source>
        <translation>Уда&amp;лить товар</translation>
    </message>
    <message>
        <source>&amp;Prices</source>
        <translation>&amp;Цены</translation>
    </message>
    <message>
        <source>Order value from</source>
        <translation>Сумма заказа от</translation>
    </message>
    <message>
        <source>Discount, %</source>
        <translation>Скидка, %</translation>
    </message>
    <message>
        <source>&amp;Add tier</source>
        <translation>&amp;Добавить ступень</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>Уда&amp;лить</translation>
    </message>
    <message>
        <source>An order of at least the value gets the discount of the largest tier it reaches, on the whole order.</source>
        <translation>Заказ на сумму не меньше указанной получает скидку наибольшей достигнутой ступени — на весь заказ.</translation>
    </message>
    <message>
        <source>&amp;Volume discounts</source>
        <translation>&amp;Скидки за объём</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Размер</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Добавлен</translation>
    </message>
    <message>
        <source>&amp;Add file…</source>
        <translation>&amp;Добавить файл…</translation>
    </message>
    <message>
        <source>&amp;Save a copy…</source>
        <translation>Сохранить &amp;копию…</translation>
    </message>
    <message>
        <source>Scans of the signed contract and its supplements, up to %1 MB each. They are kept in the shop&apos;s database, so a backup keeps them too.</source>
        <translation>Сканы подписанного договора и дополнительных соглашений к нему, до %1 МБ каждый. Они хранятся в базе данных магазина, поэтому попадают и в резервную копию.</translation>
    </message>
    <message>
        <source>F&amp;iles</source>
        <translation>&amp;Файлы</translation>
    </message>
    <message>
        <source>Attach a file</source>
        <translation>Прикрепить файл</translation>
    </message>
    <message>
        <source>Documents (*.pdf *.jpg *.jpeg *.png *.tif *.tiff *.doc *.docx *.odt);;All files (*)</source>
        <translation>Документы (*.pdf *.jpg *.jpeg *.png *.tif *.tiff *.doc *.docx *.odt);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation>Сохранить копию</translation>
    </message>
    <message>
        <source>supplier</source>
        <translation>поставщик</translation>
    </message>
    <message>
        <source>New contract — %1</source>
        <translation>Новый договор — %1</translation>
    </message>
    <message>
        <source>New contract with %1</source>
        <translation>Новый договор с %1</translation>
    </message>
    <message>
        <source>Contract %1 — %2</source>
        <translation>Договор %1 — %2</translation>
    </message>
    <message>
        <source>Contract %1 with %2</source>
        <translation>Договор %1 с %2</translation>
    </message>
    <message>
        <source>Price, %1</source>
        <translation>Цена, %1</translation>
    </message>
    <message>
        <source>Order value from, %1</source>
        <translation>Сумма заказа от, %1</translation>
    </message>
    <message>
        <source>Prices in %1 before the volume discount. Minimum quantity and pack size in the product&apos;s unit; empty: none.</source>
        <translation>Цены в %1 без скидки за объём. Минимальное количество и кратность упаковки — в единицах товара; пусто — без ограничения.</translation>
    </message>
    <message>
        <source>%1 per unit</source>
        <translation>%1 за единицу</translation>
    </message>
    <message>
        <source>% of their value</source>
        <translation>% от их стоимости</translation>
    </message>
    <message>
        <source>This contract is active, so its terms, prices and volume discounts are fixed: figures computed under it must stay explainable. To change them, make a new contract (as a supplement would be). Its end, renewal notice, deliveries, return procedure, notes and files can still change.</source>
        <translation>Договор действует, поэтому его условия, цены и скидки за объём зафиксированы: рассчитанные по нему показатели должны оставаться объяснимыми. Чтобы изменить их, заключите новый договор (как дополнительное соглашение). Дату окончания, напоминание о продлении, поставки, порядок возврата, примечания и файлы по-прежнему можно менять.</translation>
    </message>
    <message>
        <source>This contract was terminated: it applied up to %1. Only its notes and files can change.</source>
        <translation>Договор расторгнут: он действовал по %1. Менять можно только примечания и файлы.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>Minimum order</source>
        <translation>Минимальный заказ</translation>
    </message>
    <message>
        <source>Prepayment</source>
        <translation>Предоплата</translation>
    </message>
    <message>
        <source>On-time target</source>
        <translation>Норматив «вовремя»</translation>
    </message>
    <message>
        <source>In-full target</source>
        <translation>Норматив «в полном объёме»</translation>
    </message>
    <message>
        <source>Maximum defects</source>
        <translation>Максимум брака</translation>
    </message>
    <message>
        <source>Maximum mis-sorts</source>
        <translation>Максимум пересорта</translation>
    </message>
    <message>
        <source>Late penalty per day</source>
        <translation>Неустойка за просрочку в день</translation>
    </message>
    <message>
        <source>Late penalty cap</source>
        <translation>Предел неустойки за просрочку</translation>
    </message>
    <message>
        <source>Shortage penalty</source>
        <translation>Неустойка за недопоставку</translation>
    </message>
    <message>
        <source>Defect penalty</source>
        <translation>Неустойка за брак</translation>
    </message>
    <message>
        <source>Mis-sort penalty</source>
        <translation>Неустойка за пересорт</translation>
    </message>
    <message>
        <source>Type the price of %1.</source>
        <translation>Введите цену товара %1.</translation>
    </message>
    <message>
        <source>The price of %1</source>
        <translation>Цена товара %1</translation>
    </message>
    <message>
        <source>The minimum quantity of %1</source>
        <translation>Минимальное количество товара %1</translation>
    </message>
    <message>
        <source>The pack size of %1</source>
        <translation>Кратность упаковки товара %1</translation>
    </message>
    <message>
        <source>Order value</source>
        <translation>Сумма заказа</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>Скидка</translation>
    </message>
    <message>
        <source>Activate contract</source>
        <translation>Активировать договор</translation>
    </message>
    <message>
        <source>Activate contract %1? From then on its terms, prices and volume discounts cannot change; new terms will need a new contract.</source>
        <translation>Активировать договор %1? После этого его условия, цены и скидки за объём нельзя будет изменить; для новых условий понадобится новый договор.</translation>
    </message>
    <message>
        <source>(no number)</source>
        <translation>(без номера)</translation>
    </message>
    <message>
        <source>Terminate contract</source>
        <translation>Расторгнуть договор</translation>
    </message>
    <message>
        <source>Terminate contract %1. It applies to purchase orders dated up to its last day; it stays in the list with its terms.</source>
        <translation>Расторжение договора %1. Он применяется к заказам поставщику с датой не позже его последнего дня и остаётся в списке со своими условиями.</translation>
    </message>
    <message>
        <source>Terminate</source>
        <translation>Расторгнуть</translation>
    </message>
    <message>
        <source>&amp;Last day:</source>
        <translation>&amp;Последний день:</translation>
    </message>
    <message>
        <source>The file %1 is %2; files up to %3 MB can be attached.</source>
        <translation>Файл %1 имеет размер %2; можно прикреплять файлы до %3 МБ.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Не удалось прочитать %1: %2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Не удалось записать %1: %2</translation>
    </message>
    <message>
        <source>Remove file</source>
        <translation>Удалить файл</translation>
    </message>
    <message>
        <source>Remove %1 from the contract? The copy in the database is deleted.</source>
        <translation>Удалить %1 из договора? Копия в базе данных будет удалена.</translation>
    </message>
</context>
<context>
    <name>kontor::CountKinds</name>
    <message>
        <source>Full count</source>
        <translation>Полная инвентаризация</translation>
    </message>
    <message>
        <source>One location</source>
        <translation>Одно место хранения</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <source>Cycle count</source>
        <translation>Циклическая инвентаризация</translation>
    </message>
    <message>
        <source>Chosen products</source>
        <translation>Выбранные товары</translation>
    </message>
    <message>
        <source>Counting</source>
        <translation>Идёт подсчёт</translation>
    </message>
    <message>
        <source>In review</source>
        <translation>На проверке</translation>
    </message>
    <message>
        <source>Posted</source>
        <translation>Проведена</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Отменена</translation>
    </message>
</context>
<context>
    <name>kontor::CountLineTableModel</name>
    <message>
        <source>serial %1</source>
        <translation>серийный номер %1</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>Артикул</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Наименование</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Количество</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Место хранения</translation>
    </message>
    <message>
        <source>Counter</source>
        <translation>Кто считал</translation>
    </message>
    <message>
        <source>Scanned code</source>
        <translation>Отсканированный код</translation>
    </message>
</context>
<context>
    <name>kontor::CountReviewModel</name>
    <message>
        <source>Recounted</source>
        <translation>Пересчитано</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>Посчитано</translation>
    </message>
    <message>
        <source>To recount</source>
        <translation>На пересчёт</translation>
    </message>
    <message>
        <source>Not counted</source>
        <translation>Не посчитано</translation>
    </message>
    <message>
        <source>hidden</source>
        <translation>скрыто</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Место хранения</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>Артикул</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Наименование</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>По учёту</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Расхождение</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Значение</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
</context>
<context>
    <name>kontor::CountService</name>
    <message>
        <source>%1 is archived.</source>
        <translation>«%1» в архиве.</translation>
    </message>
    <message>
        <source>Goods in transit cannot be counted: count them at the location they arrive at.</source>
        <translation>Товар в пути нельзя инвентаризировать: считайте его в том месте хранения, куда он прибудет.</translation>
    </message>
    <message>
        <source>%1 is the marketplace&apos;s warehouse: its stock comes from the marketplace&apos;s reports, it cannot be counted here.</source>
        <translation>«%1» — склад маркетплейса: его остатки берутся из отчётов маркетплейса, инвентаризировать их здесь нельзя.</translation>
    </message>
    <message>
        <source>This warehouse has no location where stock can be counted.</source>
        <translation>На этом складе нет мест хранения, где можно провести инвентаризацию.</translation>
    </message>
    <message>
        <source>Choose the location to count.</source>
        <translation>Выберите место хранения для инвентаризации.</translation>
    </message>
    <message>
        <source>Choose the category to count.</source>
        <translation>Выберите категорию для инвентаризации.</translation>
    </message>
    <message>
        <source>Choose the products to count.</source>
        <translation>Выберите товары для инвентаризации.</translation>
    </message>
    <message>
        <source>The days between counts must be at least one.</source>
        <translation>Интервал между инвентаризациями должен быть не меньше одного дня.</translation>
    </message>
    <message numerus="yes">
        <source>Count %1 started: %n item(s)</source>
        <translation>
            <numerusform>Начата инвентаризация %1: %n позиция</numerusform>
            <numerusform>Начата инвентаризация %1: %n позиции</numerusform>
            <numerusform>Начата инвентаризация %1: %n позиций</numerusform>
        </translation>
    </message>
    <message>
        <source>The count does not exist.</source>
        <translation>Такой инвентаризации нет.</translation>
    </message>
    <message>
        <source>Count %1 is in review: choose lines to recount, or go back to counting.</source>
        <translation>Инвентаризация %1 на проверке: выберите строки для пересчёта или вернитесь к подсчёту.</translation>
    </message>
    <message>
        <source>Count %1 is already posted.</source>
        <translation>Инвентаризация %1 уже проведена.</translation>
    </message>
    <message>
        <source>Count %1 was cancelled.</source>
        <translation>Инвентаризация %1 отменена.</translation>
    </message>
    <message>
        <source>The product does not exist or was deleted.</source>
        <translation>Товар не найден или был удалён.</translation>
    </message>
    <message>
        <source>%1 is a kit: it has no stock of its own. Count its components.</source>
        <translation>%1 — комплект: собственного остатка у него нет. Считайте его составляющие.</translation>
    </message>
    <message>
        <source>A counted quantity cannot be negative (%1).</source>
        <translation>Посчитанное количество не может быть отрицательным (%1).</translation>
    </message>
    <message>
        <source>%1 is counted in pieces: use a whole number.</source>
        <translation>%1 учитывается в штуках: укажите целое число.</translation>
    </message>
    <message>
        <source>This location is not part of count %1.</source>
        <translation>Это место хранения не входит в инвентаризацию %1.</translation>
    </message>
    <message>
        <source>A count cannot be dated in the future.</source>
        <translation>Пересчёт не может быть датирован будущим.</translation>
    </message>
    <message>
        <source>This unit of %1 (serial %2) has already been counted in this count.</source>
        <translation>Этот экземпляр %1 (серийный номер %2) уже посчитан в этой инвентаризации.</translation>
    </message>
    <message>
        <source>Unknown code %1: pick the product it belongs to, or create it.</source>
        <translation>Неизвестный код %1: выберите товар, к которому он относится, или создайте товар.</translation>
    </message>
    <message>
        <source>A marking code stands for one unit: scan every unit instead of typing a quantity.</source>
        <translation>Код маркировки обозначает одну единицу товара: сканируйте каждую единицу, а не вводите количество.</translation>
    </message>
    <message>
        <source>%1: %2 counted</source>
        <translation>%1: посчитано %2</translation>
    </message>
    <message>
        <source>%1: +1</source>
        <translation>%1: +1</translation>
    </message>
    <message>
        <source>Nothing to undo: %1 has no counted lines left.</source>
        <translation>Нечего отменять: для %1 не осталось посчитанных строк.</translation>
    </message>
    <message>
        <source>Choose the lines to count again.</source>
        <translation>Выберите строки для повторного подсчёта.</translation>
    </message>
    <message>
        <source>Nothing has been counted in %1 yet.</source>
        <translation>В инвентаризации %1 пока ничего не посчитано.</translation>
    </message>
    <message numerus="yes">
        <source>Count %1 posted: %n count event(s)</source>
        <translation>
            <numerusform>Инвентаризация %1 проведена: %n запись подсчёта</numerusform>
            <numerusform>Инвентаризация %1 проведена: %n записи подсчёта</numerusform>
            <numerusform>Инвентаризация %1 проведена: %n записей подсчёта</numerusform>
        </translation>
    </message>
    <message>
        <source>Count %1 cancelled</source>
        <translation>Инвентаризация %1 отменена</translation>
    </message>
</context>
<context>
    <name>kontor::CountSessionTableModel</name>
    <message>
        <source>blind</source>
        <translation>слепая</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 из %2</translation>
    </message>
    <message>
        <source>1 line counted</source>
        <translation>1 строка посчитана</translation>
    </message>
    <message numerus="yes">
        <source>%Ln lines counted</source>
        <translation>
            <numerusform>%Ln строка посчитана</numerusform>
            <numerusform>%Ln строки посчитаны</numerusform>
            <numerusform>%Ln строк посчитано</numerusform>
        </translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Номер</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Наименование</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Что считать</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Где</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Counted items</source>
        <translation>Посчитано позиций</translation>
    </message>
    <message>
        <source>Counters</source>
        <translation>Кто считает</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Начата</translation>
    </message>
</context>
<context>
    <name>kontor::CountSheet</name>
    <message>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>Артикул</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Наименование</translation>
    </message>
    <message>
        <source>Barcode</source>
        <translation>Штрихкод</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>По учёту</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>Посчитано</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Примечания</translation>
    </message>
    <message>
        <source>Count sheet %1</source>
        <translation>Лист пересчёта %1</translation>
    </message>
    <message>
        <source>Cannot write the count sheet to %1.</source>
        <translation>Не удаётся записать лист пересчёта в %1.</translation>
    </message>
    <message>
        <source>Scope: %1</source>
        <translation>Что считать: %1</translation>
    </message>
    <message>
        <source>Locations: %1</source>
        <translation>Места хранения: %1</translation>
    </message>
    <message>
        <source>Counters: %1</source>
        <translation>Кто считает: %1</translation>
    </message>
    <message>
        <source>Started: %1 by %2 · Printed: %3</source>
        <translation>Начата: %1 (%2) · Напечатан: %3</translation>
    </message>
    <message>
        <source>Blind count: the expected quantities are not printed.</source>
        <translation>Слепая инвентаризация: количества по учёту не печатаются.</translation>
    </message>
    <message>
        <source>Printing was cancelled.</source>
        <translation>Печать отменена.</translation>
    </message>
    <message>
        <source>Count sheet %1 (continued)</source>
        <translation>Лист пересчёта %1 (продолжение)</translation>
    </message>
    <message>
        <source>Location: %1 (continued)</source>
        <translation>Место хранения: %1 (продолжение)</translation>
    </message>
    <message>
        <source>Location: %1</source>
        <translation>Место хранения: %1</translation>
    </message>
    <message>
        <source>This count lists no items: write down what you find.</source>
        <translation>В этой инвентаризации нет позиций: запишите то, что найдёте.</translation>
    </message>
    <message>
        <source>Counted by: ______________________   Signature: ______________   Date: __________</source>
        <translation>Считал: ______________________   Подпись: ______________   Дата: __________</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Страница %1 из %2</translation>
    </message>
</context>
<context>
    <name>kontor::CountingScreen</name>
    <message>
        <source>Ready: scan the first product.</source>
        <translation>Готово: отсканируйте первый товар.</translation>
    </message>
    <message>
        <source>&amp;Sound</source>
        <translation>&amp;Звук</translation>
    </message>
    <message>
        <source>Beep once for a counted product, three times for a problem</source>
        <translation>Один сигнал — товар посчитан, три сигнала — проблема</translation>
    </message>
    <message>
        <source>&amp;Location:</source>
        <translation>&amp;Место хранения:</translation>
    </message>
    <message>
        <source>C&amp;ounter:</source>
        <translation>Кт&amp;о считает:</translation>
    </message>
    <message>
        <source>Scan a barcode or type a SKU, then Enter</source>
        <translation>Отсканируйте штрихкод или введите артикул и нажмите Enter</translation>
    </message>
    <message>
        <source>&lt;b&gt;Enter&lt;/b&gt; +1 · &lt;b&gt;5*&lt;/b&gt; then scan: set to 5 · &lt;b&gt;5*&lt;/b&gt; Enter: the last product becomes 5 · &lt;b&gt;Ctrl+Z&lt;/b&gt; undo · &lt;b&gt;Esc&lt;/b&gt; close</source>
        <translation>&lt;b&gt;Enter&lt;/b&gt; +1 · &lt;b&gt;5*&lt;/b&gt; и скан: установить 5 · &lt;b&gt;5*&lt;/b&gt; Enter: у последнего товара станет 5 · &lt;b&gt;Ctrl+Z&lt;/b&gt; отменить · &lt;b&gt;Esc&lt;/b&gt; закрыть</translation>
    </message>
    <message>
        <source>counted here</source>
        <translation>посчитано здесь</translation>
    </message>
    <message>
        <source>Name or SKU of the product this code belongs to</source>
        <translation>Наименование или артикул товара, к которому относится этот код</translation>
    </message>
    <message>
        <source>F2 · &amp;Pick the product:</source>
        <translation>F2 · &amp;Выберите товар:</translation>
    </message>
    <message>
        <source>Add this barcode to the product</source>
        <translation>Добавить этот штрихкод к товару</translation>
    </message>
    <message>
        <source>F3 · Create a product…</source>
        <translation>F3 · Создать товар…</translation>
    </message>
    <message>
        <source>Esc · Skip</source>
        <translation>Esc · Пропустить</translation>
    </message>
    <message>
        <source>Undo last (Ctrl+Z)</source>
        <translation>Отменить последнее (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Закрыть (Esc)</translation>
    </message>
    <message>
        <source>Counting %1</source>
        <translation>Инвентаризация %1 — подсчёт</translation>
    </message>
    <message>
        <source>This count is closed: %1.</source>
        <translation>Эта инвентаризация закрыта: %1.</translation>
    </message>
    <message>
        <source>This count is in review: go back to counting from the review first.</source>
        <translation>Эта инвентаризация на проверке: сначала вернитесь к подсчёту из окна проверки.</translation>
    </message>
    <message>
        <source>No product scanned yet</source>
        <translation>Товар ещё не отсканирован</translation>
    </message>
    <message>
        <source>Blind count: expected quantities are hidden</source>
        <translation>Слепая инвентаризация: количества по учёту скрыты</translation>
    </message>
    <message>
        <source>Scan a product first: %1* then Enter sets the quantity of the last product scanned.</source>
        <translation>Сначала отсканируйте товар: %1* и Enter задают количество последнего отсканированного товара.</translation>
    </message>
    <message>
        <source>+1  %1</source>
        <translation>+1  %1</translation>
    </message>
    <message>
        <source>%1 = %2</source>
        <translation>%1 = %2</translation>
    </message>
    <message>
        <source>Unknown code %1</source>
        <translation>Неизвестный код %1</translation>
    </message>
    <message>
        <source>Expected here: %1</source>
        <translation>По учёту здесь: %1</translation>
    </message>
    <message>
        <source>1 line</source>
        <translation>1 строка</translation>
    </message>
    <message numerus="yes">
        <source>%Ln lines</source>
        <translation>
            <numerusform>%Ln строка</numerusform>
            <numerusform>%Ln строки</numerusform>
            <numerusform>%Ln строк</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 items counted</source>
        <translation>Посчитано позиций: %1 из %2</translation>
    </message>
    <message>
        <source>Undone: %1 −%2</source>
        <translation>Отменено: %1 −%2</translation>
    </message>
    <message>
        <source>This code is not in the catalog: pick the product it belongs to, or create it. It is counted then.</source>
        <translation>Этого кода нет в каталоге: выберите товар, к которому он относится, или создайте товар. После этого код будет посчитан.</translation>
    </message>
    <message>
        <source>The barcode was added to the product.</source>
        <translation>Штрихкод добавлен к товару.</translation>
    </message>
    <message>
        <source>New product</source>
        <translation>Новый товар</translation>
    </message>
</context>
<context>
    <name>kontor::CountsPage</name>
    <message>
        <source>Show &amp;finished counts</source>
        <translation>Показывать &amp;завершённые</translation>
    </message>
    <message>
        <source>&amp;New count…</source>
        <translation>&amp;Новая инвентаризация…</translation>
    </message>
    <message>
        <source>&amp;Count</source>
        <translation>&amp;Считать</translation>
    </message>
    <message>
        <source>&amp;Review and post…</source>
        <translation>&amp;Проверить и провести…</translation>
    </message>
    <message>
        <source>&amp;Print count sheet…</source>
        <translation>&amp;Лист пересчёта…</translation>
    </message>
    <message>
        <source>Cancel count…</source>
        <translation>Отменить…</translation>
    </message>
    <message>
        <source>Start a count (%1)</source>
        <translation>Начать инвентаризацию (%1)</translation>
    </message>
    <message>
        <source>Open the counting screen for the scanner (Enter)</source>
        <translation>Открыть экран подсчёта для работы со сканером (Enter)</translation>
    </message>
    <message>
        <source>Compare with the stock on record, recount lines, post</source>
        <translation>Сравнить с учётными остатками, пересчитать строки, провести</translation>
    </message>
    <message>
        <source>Save the count sheet as a PDF to print and count on paper</source>
        <translation>Сохранить лист пересчёта в PDF, чтобы распечатать его и считать на бумаге</translation>
    </message>
    <message>
        <source>&lt;p style=&apos;font-size:large&apos;&gt;&lt;b&gt;No counts yet&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Start one with &lt;b&gt;New count…&lt;/b&gt;: a whole warehouse, one location, a category or the cycle-count list. Count with a barcode scanner on the counting screen, or print a count sheet and count on paper. Everything works without a network.&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;font-size:large&apos;&gt;&lt;b&gt;Инвентаризаций пока нет&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Начните с кнопки &lt;b&gt;Новая инвентаризация…&lt;/b&gt;: весь склад, одно место хранения, категория или список циклической инвентаризации. Считайте сканером штрихкодов на экране подсчёта или распечатайте лист пересчёта и считайте на бумаге. Всё работает без сети.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Review…</source>
        <translation>&amp;Проверить…</translation>
    </message>
    <message>
        <source>Listing what to count…</source>
        <translation>Составление списка для подсчёта…</translation>
    </message>
    <message>
        <source>New count</source>
        <translation>Новая инвентаризация</translation>
    </message>
    <message>
        <source>1 item</source>
        <translation>1 позиция</translation>
    </message>
    <message numerus="yes">
        <source>%Ln items</source>
        <translation>
            <numerusform>%Ln позиция</numerusform>
            <numerusform>%Ln позиции</numerusform>
            <numerusform>%Ln позиций</numerusform>
        </translation>
    </message>
    <message>
        <source>Count %1 started: %2 to count.</source>
        <translation>Начата инвентаризация %1: к подсчёту %2.</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Инвентаризация</translation>
    </message>
    <message>
        <source>Count %1 is in review. Go back to counting?</source>
        <translation>Инвентаризация %1 на проверке. Вернуться к подсчёту?</translation>
    </message>
    <message>
        <source>Count %1 is posted: the counted quantities are the stock now.</source>
        <translation>Инвентаризация %1 проведена: теперь остатки равны посчитанным количествам.</translation>
    </message>
    <message>
        <source>Save count sheet</source>
        <translation>Сохранить лист пересчёта</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Документы PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Writing the count sheet…</source>
        <translation>Запись листа пересчёта…</translation>
    </message>
    <message>
        <source>Count sheet</source>
        <translation>Лист пересчёта</translation>
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
        <source>Count sheet saved (%1): %2</source>
        <translation>Лист пересчёта сохранён (%1): %2</translation>
    </message>
    <message>
        <source>Cancel count</source>
        <translation>Отменить инвентаризацию</translation>
    </message>
    <message>
        <source>Cancel count %1? Its lines are kept but it can no longer be posted; the stock does not change.</source>
        <translation>Отменить инвентаризацию %1? Её строки сохранятся, но провести её будет уже нельзя; остатки не изменятся.</translation>
    </message>
    <message>
        <source>Count %1 was cancelled.</source>
        <translation>Инвентаризация %1 отменена.</translation>
    </message>
</context>
<context>
    <name>kontor::CsvFile</name>
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
    <name>kontor::CsvWriter</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Не удаётся записать %1: %2</translation>
    </message>
</context>
<context>
    <name>kontor::CustomerDialog</name>
    <message>
        <source>Not an email address: it needs a name, @ and a domain, like anna@example.com.</source>
        <translation>Это не адрес электронной почты: нужны имя, @ и домен, например anna@example.com.</translation>
    </message>
    <message>
        <source>Not a phone number: it needs at least 5 digits.</source>
        <translation>Это не номер телефона: нужно не меньше 5 цифр.</translation>
    </message>
    <message>
        <source>&amp;Open this customer</source>
        <translation>&amp;Открыть этого покупателя</translation>
    </message>
    <message>
        <source>Create &amp;anyway</source>
        <translation>Всё &amp;равно создать</translation>
    </message>
    <message>
        <source>Show that customer&apos;s card instead; what you typed here is dropped</source>
        <translation>Открыть карточку того покупателя; введённые здесь данные не сохранятся</translation>
    </message>
    <message>
        <source>Save a second customer with the same email or phone</source>
        <translation>Сохранить ещё одного покупателя с той же эл. почтой или телефоном</translation>
    </message>
    <message>
        <source>&amp;Person</source>
        <translation>&amp;Частное лицо</translation>
    </message>
    <message>
        <source>Co&amp;mpany</source>
        <translation>Ко&amp;мпания</translation>
    </message>
    <message>
        <source>anna@example.com</source>
        <translation>anna@example.com</translation>
    </message>
    <message>
        <source>+7 912 345-67-89</source>
        <translation>+7 912 345-67-89</translation>
    </message>
    <message>
        <source>wholesale, VIP</source>
        <translation>опт, VIP</translation>
    </message>
    <message>
        <source>Separate tags with commas</source>
        <translation>Разделяйте теги запятыми</translation>
    </message>
    <message>
        <source>Anything the team should know: preferences, agreements, how to reach them</source>
        <translation>Всё, что нужно знать команде: предпочтения, договорённости, как лучше связаться</translation>
    </message>
    <message>
        <source>Agrees to receive news and offers</source>
        <translation>Согласен получать новости и предложения</translation>
    </message>
    <message>
        <source>Record the customer&apos;s consent to marketing messages (152-FZ, GDPR)</source>
        <translation>Отметьте согласие покупателя на рекламные рассылки (152-ФЗ, GDPR)</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Тип:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Имя:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;Эл. почта:</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>&amp;Телефон:</translation>
    </message>
    <message>
        <source>&amp;Tags:</source>
        <translation>&amp;Теги:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>&amp;Примечания:</translation>
    </message>
    <message>
        <source>Marketing:</source>
        <translation>Рассылки:</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>&amp;Основное</translation>
    </message>
    <message>
        <source>LLC &quot;Romashka&quot;</source>
        <translation>ООО «Ромашка»</translation>
    </message>
    <message>
        <source>INN: 10 digits for a company, 12 for a sole trader</source>
        <translation>ИНН: 10 цифр для организации, 12 — для ИП</translation>
    </message>
    <message>
        <source>KPP: the 9-digit registration reason code of a company</source>
        <translation>КПП: 9-значный код причины постановки на учёт организации</translation>
    </message>
    <message>
        <source>&amp;KPP:</source>
        <translation>&amp;КПП:</translation>
    </message>
    <message>
        <source>Bank, BIC, settlement and correspondent accounts</source>
        <translation>Банк, БИК, расчётный и корреспондентский счета</translation>
    </message>
    <message>
        <source> days</source>
        <translation> дн.</translation>
    </message>
    <message>
        <source>Pay before shipping</source>
        <translation>Оплата до отгрузки</translation>
    </message>
    <message>
        <source>Days the company has to pay after delivery</source>
        <translation>Сколько дней после доставки даётся клиенту на оплату</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>Без лимита</translation>
    </message>
    <message>
        <source>The most the company may owe at once, in %1</source>
        <translation>Наибольшая сумма, которую клиент может быть должен одновременно, в %1</translation>
    </message>
    <message>
        <source>&amp;Legal name:</source>
        <translation>&amp;Юридическое наименование:</translation>
    </message>
    <message>
        <source>&amp;INN:</source>
        <translation>&amp;ИНН:</translation>
    </message>
    <message>
        <source>Legal &amp;address:</source>
        <translation>Юридический &amp;адрес:</translation>
    </message>
    <message>
        <source>&amp;Bank details:</source>
        <translation>&amp;Банковские реквизиты:</translation>
    </message>
    <message>
        <source>&amp;Payment terms:</source>
        <translation>&amp;Отсрочка платежа:</translation>
    </message>
    <message>
        <source>&amp;Credit limit:</source>
        <translation>&amp;Кредитный лимит:</translation>
    </message>
    <message>
        <source>&amp;Company</source>
        <translation>&amp;Компания</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>По умолчанию</translation>
    </message>
    <message>
        <source>The address new orders get</source>
        <translation>Адрес, который подставляется в новые заказы</translation>
    </message>
    <message>
        <source>&amp;Add address</source>
        <translation>&amp;Добавить адрес</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <source>Home, office, a pickup point: the default one goes on new orders.</source>
        <translation>Дом, офис, пункт выдачи: адрес по умолчанию подставляется в новые заказы.</translation>
    </message>
    <message>
        <source>Addre&amp;sses</source>
        <translation>&amp;Адреса</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Должность</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>&amp;Add contact</source>
        <translation>&amp;Добавить контакт</translation>
    </message>
    <message>
        <source>The people you deal with at the company: buyer, accountant, director.</source>
        <translation>Люди, с которыми вы работаете в компании: закупщик, бухгалтер, директор.</translation>
    </message>
    <message>
        <source>Co&amp;ntacts</source>
        <translation>Ко&amp;нтакты</translation>
    </message>
    <message>
        <source>Orders:</source>
        <translation>Заказы:</translation>
    </message>
    <message>
        <source>Orders confirmed or later, not counting cancelled ones</source>
        <translation>Заказы в статусе «Подтверждён» и далее, без отменённых</translation>
    </message>
    <message>
        <source>Lifetime value:</source>
        <translation>Сумма покупок:</translation>
    </message>
    <message>
        <source>The sum of those orders&apos; totals in %1</source>
        <translation>Сумма этих заказов в %1</translation>
    </message>
    <message>
        <source>Average order:</source>
        <translation>Средний чек:</translation>
    </message>
    <message>
        <source>Lifetime value / orders</source>
        <translation>Сумма покупок / число заказов</translation>
    </message>
    <message>
        <source>First order:</source>
        <translation>Первый заказ:</translation>
    </message>
    <message>
        <source>Last order:</source>
        <translation>Последний заказ:</translation>
    </message>
    <message>
        <source>Returns:</source>
        <translation>Возвраты:</translation>
    </message>
    <message>
        <source>Returns opened, not counting cancelled ones</source>
        <translation>Оформленные возвраты, без отменённых</translation>
    </message>
    <message>
        <source>Return rate:</source>
        <translation>Доля возвратов:</translation>
    </message>
    <message>
        <source>Units returned / units shipped</source>
        <translation>Возвращено шт. / отгружено шт.</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Номер</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Оплата</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Заказы</translation>
    </message>
    <message>
        <source>Returns</source>
        <translation>Возвраты</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;История</translation>
    </message>
    <message>
        <source>%1% (%2 of %3 units)</source>
        <translation>%1% (%2 из %3 шт.)</translation>
    </message>
    <message>
        <source>— (nothing shipped yet)</source>
        <translation>— (ещё ничего не отгружено)</translation>
    </message>
    <message numerus="yes">
        <source>The latest %1 of %Ln orders</source>
        <translation>
            <numerusform>Последние %1 из %Ln заказа</numerusform>
            <numerusform>Последние %1 из %Ln заказов</numerusform>
            <numerusform>Последние %1 из %Ln заказов</numerusform>
        </translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>How the shop calls the company, e.g. Romashka</source>
        <translation>Как магазин называет компанию, например «Ромашка»</translation>
    </message>
    <message>
        <source>First and last name</source>
        <translation>Имя и фамилия</translation>
    </message>
    <message>
        <source>given on %1</source>
        <translation>дано %1</translation>
    </message>
    <message>
        <source>the date is recorded when you save</source>
        <translation>дата будет записана при сохранении</translation>
    </message>
    <message>
        <source>New customer</source>
        <translation>Новый покупатель</translation>
    </message>
    <message>
        <source>Saving checks that no other customer has the same email or phone.</source>
        <translation>При сохранении проверяется, нет ли другого покупателя с той же эл. почтой или телефоном.</translation>
    </message>
    <message>
        <source>Customer — %1</source>
        <translation>Покупатель — %1</translation>
    </message>
    <message>
        <source>(archived)</source>
        <translation>(в архиве)</translation>
    </message>
    <message>
        <source>%1 · customer since %2</source>
        <translation>%1 · покупатель с %2</translation>
    </message>
    <message>
        <source>The name is required.</source>
        <translation>Укажите имя.</translation>
    </message>
    <message>
        <source>A credit limit cannot be negative.</source>
        <translation>Кредитный лимит не может быть отрицательным.</translation>
    </message>
    <message>
        <source>Customer since %1</source>
        <translation>Покупатель с %1</translation>
    </message>
    <message>
        <source>Is it the same customer? Open their card, or create a new customer anyway.</source>
        <translation>Это тот же покупатель? Откройте его карточку или всё равно создайте нового покупателя.</translation>
    </message>
    <message>
        <source>The company&apos;s prices and volume tiers; without a list it pays the usual prices</source>
        <translation>Цены и ступени по объёму для клиента; без прайс-листа он платит обычные цены</translation>
    </message>
    <message>
        <source>P&amp;rice list:</source>
        <translation>&amp;Прайс-лист:</translation>
    </message>
    <message>
        <source>None: the usual prices</source>
        <translation>Нет: обычные цены</translation>
    </message>
    <message>
        <source>%1 (archived)</source>
        <translation>%1 (в архиве)</translation>
    </message>
    <message>
        <source>T&amp;ickets</source>
        <translation>Об&amp;ращения</translation>
    </message>
</context>
<context>
    <name>kontor::CustomerListModel</name>
    <message>
        <source>Orders confirmed or later, not counting cancelled ones</source>
        <translation>Заказы в статусе «Подтверждён» и далее, без отменённых</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Теги</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Заказы</translation>
    </message>
    <message>
        <source>Last order</source>
        <translation>Последний заказ</translation>
    </message>
    <message>
        <source>Archived: hidden from lists, history kept</source>
        <translation>В архиве: скрыт из списков, история сохранена</translation>
    </message>
    <message>
        <source>%1 (archived)</source>
        <translation>%1 (в архиве)</translation>
    </message>
</context>
<context>
    <name>kontor::CustomerPicker</name>
    <message>
        <source>Find a customer by name, phone or email</source>
        <translation>Поиск покупателя по имени, телефону или эл. почте</translation>
    </message>
    <message>
        <source>New customer…</source>
        <translation>Новый покупатель…</translation>
    </message>
    <message>
        <source>Add a customer with a name, phone and email</source>
        <translation>Добавить покупателя с именем, телефоном и эл. почтой</translation>
    </message>
</context>
<context>
    <name>kontor::CustomerService</name>
    <message>
        <source>A customer needs a name.</source>
        <translation>У покупателя должно быть имя.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an email address.</source>
        <translation>«%1» — не адрес электронной почты.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a phone number.</source>
        <translation>«%1» — не номер телефона.</translation>
    </message>
    <message>
        <source>Payment terms must be between 0 and 365 days.</source>
        <translation>Отсрочка платежа должна быть от 0 до 365 дней.</translation>
    </message>
    <message>
        <source>A credit limit cannot be negative.</source>
        <translation>Кредитный лимит не может быть отрицательным.</translation>
    </message>
    <message>
        <source>An address cannot be empty.</source>
        <translation>Адрес не может быть пустым.</translation>
    </message>
    <message>
        <source>A contact person needs a name.</source>
        <translation>У контактного лица должно быть имя.</translation>
    </message>
    <message>
        <source>%1 already has the email %2.</source>
        <translation>У покупателя %1 уже указана эл. почта %2.</translation>
    </message>
    <message>
        <source>%1 already has the phone number %2.</source>
        <translation>У покупателя %1 уже указан номер телефона %2.</translation>
    </message>
    <message>
        <source>The customer does not exist.</source>
        <translation>Такого покупателя не существует.</translation>
    </message>
</context>
<context>
    <name>kontor::CustomersPage</name>
    <message>
        <source>Show &amp;archived</source>
        <translation>Показать &amp;архивных</translation>
    </message>
    <message>
        <source>&amp;New customer…</source>
        <translation>&amp;Новый покупатель…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Открыть…</translation>
    </message>
    <message>
        <source>A&amp;rchive</source>
        <translation>В а&amp;рхив</translation>
    </message>
    <message>
        <source>Add a customer (%1)</source>
        <translation>Добавить покупателя (%1)</translation>
    </message>
    <message>
        <source>The customer&apos;s card: details, addresses, history (Enter)</source>
        <translation>Карточка покупателя: сведения, адреса, история (Enter)</translation>
    </message>
    <message>
        <source>The customer&apos;s card, to read: details, addresses, history (Enter)</source>
        <translation>Карточка покупателя, только просмотр: сведения, адреса, история (Enter)</translation>
    </message>
    <message>
        <source>Filter by name, email, phone or INN</source>
        <translation>Фильтр по имени, эл. почте, телефону или ИНН</translation>
    </message>
    <message>
        <source>People and companies</source>
        <translation>Частные лица и компании</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Частные лица</translation>
    </message>
    <message>
        <source>Companies</source>
        <translation>Компании</translation>
    </message>
    <message>
        <source>Also customers who were archived</source>
        <translation>Включая архивных покупателей</translation>
    </message>
    <message>
        <source>&lt;p style=&apos;font-size:large&apos;&gt;&lt;b&gt;No customers yet&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Add one with &lt;b&gt;New customer…&lt;/b&gt;. People and companies, with their addresses, contact people and B2B terms, and every order they placed.&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;font-size:large&apos;&gt;&lt;b&gt;Покупателей пока нет&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Добавьте первого кнопкой &lt;b&gt;Новый покупатель…&lt;/b&gt;. Здесь хранятся частные лица и компании с их адресами, контактными лицами и условиями B2B, а также все их заказы.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p style=&apos;font-size:large&apos;&gt;&lt;b&gt;No customers yet&lt;/b&gt;&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;font-size:large&apos;&gt;&lt;b&gt;Покупателей пока нет&lt;/b&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Cannot load the customers: %1</source>
        <translation>Не удалось загрузить покупателей: %1</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Загрузка…</translation>
    </message>
    <message>
        <source>No customer matches the filter.</source>
        <translation>Нет покупателей, подходящих под фильтр.</translation>
    </message>
    <message>
        <source>1 customer</source>
        <translation>1 покупатель</translation>
    </message>
    <message numerus="yes">
        <source>%n customers</source>
        <translation>
            <numerusform>%n покупатель</numerusform>
            <numerusform>%n покупателя</numerusform>
            <numerusform>%n покупателей</numerusform>
        </translation>
    </message>
    <message>
        <source>Un&amp;archive</source>
        <translation>&amp;Вернуть из архива</translation>
    </message>
    <message>
        <source>Show the customer in lists again</source>
        <translation>Снова показывать покупателя в списках</translation>
    </message>
    <message>
        <source>Hide the customer from lists; orders and history are kept</source>
        <translation>Скрыть покупателя из списков; заказы и история сохранятся</translation>
    </message>
    <message>
        <source>%1 saved.</source>
        <translation>%1: сохранено.</translation>
    </message>
    <message>
        <source>Archive customer</source>
        <translation>Перенести покупателя в архив</translation>
    </message>
    <message>
        <source>Unarchive customer</source>
        <translation>Вернуть покупателя из архива</translation>
    </message>
    <message>
        <source>%1 is archived: hidden from lists, orders and history kept.</source>
        <translation>%1 в архиве: скрыт из списков, заказы и история сохранены.</translation>
    </message>
    <message>
        <source>%1 is back in the lists.</source>
        <translation>%1 снова отображается в списках.</translation>
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
    <name>kontor::DemoOrders</name>
    <message>
        <source>Creating the demo orders was cancelled; the customers and orders already made are kept.</source>
        <translation>Создание демо-заказов отменено; уже созданные покупатели и заказы сохранены.</translation>
    </message>
    <message>
        <source>The demo customers are already there; demo orders are added only once.</source>
        <translation>Демо-покупатели уже есть; демо-заказы добавляются только один раз.</translation>
    </message>
    <message>
        <source>The marketplace warehouse %1 has no marketplace location.</source>
        <translation>У склада маркетплейса %1 нет места хранения маркетплейса.</translation>
    </message>
    <message>
        <source>Ozon FBO</source>
        <translation>Ozon FBO</translation>
    </message>
    <message>
        <source>Wildberries FBO</source>
        <translation>Wildberries FBO</translation>
    </message>
    <message>
        <source>The customer changed their mind</source>
        <translation>Покупатель передумал</translation>
    </message>
    <message>
        <source>Not paid in time</source>
        <translation>Не оплачен вовремя</translation>
    </message>
    <message>
        <source>A duplicate of another order</source>
        <translation>Дубликат другого заказа</translation>
    </message>
    <message>
        <source>The customer asked for another item</source>
        <translation>Покупатель попросил другой товар</translation>
    </message>
    <message>
        <source>Held at the carrier&apos;s sorting centre</source>
        <translation>Задержан в сортировочном центре службы доставки</translation>
    </message>
    <message>
        <source>Bad weather on the route</source>
        <translation>Плохая погода на маршруте</translation>
    </message>
    <message>
        <source>Wrong address; delivered again</source>
        <translation>Неверный адрес; доставлен повторно</translation>
    </message>
    <message>
        <source>demo data</source>
        <translation>демо-данные</translation>
    </message>
    <message>
        <source>Ordered through %1</source>
        <translation>Заказ через %1</translation>
    </message>
    <message>
        <source>Parcel</source>
        <translation>Посылка</translation>
    </message>
    <message>
        <source>Courier</source>
        <translation>Курьер</translation>
    </message>
    <message>
        <source>To a pickup point</source>
        <translation>В пункт выдачи</translation>
    </message>
</context>
<context>
    <name>kontor::DemoPurchasing</name>
    <message>
        <source>The demo suppliers are already there.</source>
        <translation>Демонстрационные поставщики уже добавлены.</translation>
    </message>
    <message>
        <source>LLC &quot;%1&quot;</source>
        <translation>ООО «%1»</translation>
    </message>
    <message>
        <source>Tuesdays and Fridays</source>
        <translation>По вторникам и пятницам</translation>
    </message>
    <message>
        <source>Any working day</source>
        <translation>В любой рабочий день</translation>
    </message>
    <message>
        <source>Mondays</source>
        <translation>По понедельникам</translation>
    </message>
    <message>
        <source>Defective and mis-sorted goods are returned at the supplier&apos;s cost within the claim period.</source>
        <translation>Брак и пересорт возвращаются за счёт поставщика в течение срока предъявления претензий.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Отменён.</translation>
    </message>
    <message>
        <source>The rest is not coming.</source>
        <translation>Остаток не поступит.</translation>
    </message>
    <message>
        <source>The supplier disputes the defect.</source>
        <translation>Поставщик оспаривает брак.</translation>
    </message>
</context>
<context>
    <name>kontor::DemoStock</name>
    <message>
        <source>Ozon FBO</source>
        <translation>Ozon FBO</translation>
    </message>
    <message>
        <source>The Ozon FBO warehouse has no marketplace location.</source>
        <translation>У склада Ozon FBO нет места хранения типа «Маркетплейс (FBO)».</translation>
    </message>
    <message>
        <source>The demo products already have stock; the demo stock history is added only once.</source>
        <translation>У демонстрационных товаров уже есть остатки; демо-история движений добавляется только один раз.</translation>
    </message>
    <message>
        <source>demo data</source>
        <translation>демо-данные</translation>
    </message>
    <message>
        <source>Supply to Ozon FBO</source>
        <translation>Поставка на склад Ozon FBO</translation>
    </message>
    <message>
        <source>Sold by Ozon from its warehouse (FBO)</source>
        <translation>Продано Ozon со своего склада (FBO)</translation>
    </message>
    <message>
        <source>Damaged in the warehouse</source>
        <translation>Повреждено на складе</translation>
    </message>
    <message>
        <source>Sold on the offline shop laptop and synced late: more than was left</source>
        <translation>Продано с ноутбука офлайн-магазина и синхронизировано с опозданием: больше, чем оставалось</translation>
    </message>
    <message>
        <source>Creating the demo stock was cancelled; the days already simulated are kept.</source>
        <translation>Создание демо-остатков отменено; уже смоделированные дни сохранены.</translation>
    </message>
</context>
<context>
    <name>kontor::DemoSupport</name>
    <message>
        <source>The demo support desk is already there.</source>
        <translation>Демонстрационные данные поддержки уже созданы.</translation>
    </message>
    <message>
        <source>Greeting</source>
        <translation>Приветствие</translation>
    </message>
    <message>
        <source>Tracking number</source>
        <translation>Трек-номер</translation>
    </message>
    <message>
        <source>Return instructions</source>
        <translation>Инструкция по возврату</translation>
    </message>
    <message>
        <source>Apology for delay</source>
        <translation>Извинение за задержку</translation>
    </message>
    <message>
        <source>Closing</source>
        <translation>Завершение</translation>
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
    <name>kontor::ExchangeRatesDialog</name>
    <message>
        <source>&amp;Add rate</source>
        <translation>&amp;Добавить курс</translation>
    </message>
    <message>
        <source>Exchange rates</source>
        <translation>Курсы валют</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Валюта</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>Действует с</translation>
    </message>
    <message>
        <source>Rate, %1</source>
        <translation>Курс, %1</translation>
    </message>
    <message>
        <source>New rate</source>
        <translation>Новый курс</translation>
    </message>
    <message>
        <source>&amp;Currency:</source>
        <translation>&amp;Валюта:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;С даты:</translation>
    </message>
    <message>
        <source>&amp;Rate:</source>
        <translation>&amp;Курс:</translation>
    </message>
    <message>
        <source>The rate is what one unit of the currency costs in %1: %2 means %3 for 1 USD. An order takes the latest rate on or before its date; a rate for the same currency and date replaces the old one.</source>
        <translation>Курс — это стоимость одной единицы валюты в %1: %2 означает %3 за 1 USD. Заказ берёт последний курс на свою дату или раньше; курс для той же валюты и даты заменяет прежний.</translation>
    </message>
    <message>
        <source>Rates of the &amp;Bank of Russia…</source>
        <translation>Курсы &amp;Банка России…</translation>
    </message>
</context>
<context>
    <name>kontor::ExportDialog</name>
    <message>
        <source>Browse…</source>
        <translation>Обзор…</translation>
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
        <source>CSV files (*.csv)</source>
        <translation>Файлы CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Ошибка экспорта</translation>
    </message>
    <message>
        <source>Export finished</source>
        <translation>Экспорт завершён</translation>
    </message>
</context>
<context>
    <name>kontor::ImportDialog</name>
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
        <source>Import nothing and list the problems</source>
        <translation>Ничего не импортировать и показать ошибки</translation>
    </message>
    <message>
        <source>Skip bad rows and import the rest</source>
        <translation>Пропустить строки с ошибками и импортировать остальные</translation>
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
        <source>%1 · separator “%2” · %n row(s)</source>
        <translation>
            <numerusform>%1 · разделитель «%2» · %n строка</numerusform>
            <numerusform>%1 · разделитель «%2» · %n строки</numerusform>
            <numerusform>%1 · разделитель «%2» · %n строк</numerusform>
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
    <name>kontor::ImportProfiles</name>
    <message>
        <source>the profile needs a name</source>
        <translation>не указано название профиля</translation>
    </message>
</context>
<context>
    <name>kontor::KitDialog</name>
    <message>
        <source>Allow &amp;backorders</source>
        <translation>Разрешить &amp;предзаказ сверх остатка</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Убрать</translation>
    </message>
    <message>
        <source>Kit and stock settings</source>
        <translation>Комплект и складские настройки</translation>
    </message>
    <message>
        <source>Orders may take more than is available; they wait unreserved until goods arrive.</source>
        <translation>Заказы могут брать больше, чем доступно; они ждут без резерва, пока не придёт товар.</translation>
    </message>
    <message>
        <source>Stock policy</source>
        <translation>Складская политика</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>Артикул</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Наименование</translation>
    </message>
    <message>
        <source>Per kit</source>
        <translation>На комплект</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Ед.</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>Доступно</translation>
    </message>
    <message>
        <source>How many of the component go into one kit</source>
        <translation>Сколько этой составляющей входит в один комплект</translation>
    </message>
    <message>
        <source>On hand minus reserved at sellable locations, now</source>
        <translation>На складе минус резерв в местах продажи, сейчас</translation>
    </message>
    <message>
        <source>Add a component: type a SKU, name or barcode</source>
        <translation>Добавить составляющую: введите артикул, наименование или штрихкод</translation>
    </message>
    <message>
        <source>Remove the selected components from the kit</source>
        <translation>Убрать выбранные составляющие из комплекта</translation>
    </message>
    <message>
        <source>This product is a kit made of:</source>
        <translation>Этот товар — комплект из:</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>Product not found</source>
        <translation>Товар не найден</translation>
    </message>
    <message>
        <source>Kit and stock settings: %1</source>
        <translation>Комплект и складские настройки: %1</translation>
    </message>
    <message>
        <source>Double-click to change how many go into one kit</source>
        <translation>Дважды щёлкните, чтобы изменить количество на один комплект</translation>
    </message>
    <message>
        <source>A kit cannot contain itself.</source>
        <translation>Комплект не может содержать сам себя.</translation>
    </message>
    <message>
        <source>%1 is a kit itself: add its components instead.</source>
        <translation>%1 сам является комплектом: добавьте вместо него его составляющие.</translation>
    </message>
    <message>
        <source>%1: not a quantity; type a number such as %2.</source>
        <translation>%1: это не количество; введите число, например %2.</translation>
    </message>
    <message>
        <source>%1: the quantity per kit must be more than zero.</source>
        <translation>%1: количество на комплект должно быть больше нуля.</translation>
    </message>
    <message>
        <source>%1 is counted in pieces: use a whole number.</source>
        <translation>%1 учитывается в штуках: укажите целое число.</translation>
    </message>
    <message>
        <source>No components: this is a normal product with stock of its own. Add components to sell it as a bundle of other products.</source>
        <translation>Составляющих нет: это обычный товар со своим остатком. Добавьте составляющие, чтобы продавать его как набор других товаров.</translation>
    </message>
    <message>
        <source>No components: once saved, this is a normal product again.</source>
        <translation>Составляющих нет: после сохранения это снова обычный товар.</translation>
    </message>
    <message>
        <source>A kit has no stock of its own: selling one ships its components.</source>
        <translation>У комплекта нет своего остатка: при продаже отгружаются его составляющие.</translation>
    </message>
    <message>
        <source>Available as kits: %1</source>
        <translation>Доступно комплектов: %1</translation>
    </message>
    <message>
        <source>Available as kits: —</source>
        <translation>Доступно комплектов: —</translation>
    </message>
    <message>
        <source>%1 (limited by %2)</source>
        <translation>%1 (ограничивает %2)</translation>
    </message>
</context>
<context>
    <name>kontor::KnowledgeBaseDialog</name>
    <message>
        <source>&amp;New article</source>
        <translation>&amp;Новая статья</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Сохранить</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <source>Help articles</source>
        <translation>Статьи базы знаний</translation>
    </message>
    <message>
        <source>Search titles, text and tags</source>
        <translation>Поиск по заголовкам, тексту и тегам</translation>
    </message>
    <message>
        <source>e.g. delivery, returns</source>
        <translation>например, доставка, возврат</translation>
    </message>
    <message>
        <source>Words the search finds the article by, separated by commas</source>
        <translation>Слова через запятую, по которым поиск находит статью</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Заголовок:</translation>
    </message>
    <message>
        <source>T&amp;ags:</source>
        <translation>&amp;Теги:</translation>
    </message>
    <message>
        <source>Te&amp;xt:</source>
        <translation>Т&amp;екст:</translation>
    </message>
    <message>
        <source>1 article</source>
        <translation>1 статья</translation>
    </message>
    <message numerus="yes">
        <source>%n articles</source>
        <translation>
            <numerusform>%n статья</numerusform>
            <numerusform>%n статьи</numerusform>
            <numerusform>%n статей</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n found</source>
        <translation>
            <numerusform>Найдена %n статья</numerusform>
            <numerusform>Найдено %n статьи</numerusform>
            <numerusform>Найдено %n статей</numerusform>
        </translation>
    </message>
    <message>
        <source>Last changed %1</source>
        <translation>Изменено %1</translation>
    </message>
    <message>
        <source>Remove the article</source>
        <translation>Удалить статью</translation>
    </message>
    <message>
        <source>Remove the article &quot;%1&quot;?</source>
        <translation>Удалить статью «%1»?</translation>
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
    <name>kontor::LocationCombo</name>
    <message>
        <source>%1 (all locations)</source>
        <translation>%1 (все места хранения)</translation>
    </message>
</context>
<context>
    <name>kontor::LocationEditDialog</name>
    <message>
        <source>New location in %1</source>
        <translation>Новое место хранения — %1</translation>
    </message>
    <message>
        <source>Location %1</source>
        <translation>Место хранения %1</translation>
    </message>
    <message>
        <source>Required, e.g. A-1</source>
        <translation>Обязательно, например A-1</translation>
    </message>
    <message>
        <source>e.g. Shelf A-1</source>
        <translation>например, Стеллаж A-1</translation>
    </message>
    <message>
        <source>The kind of a location cannot change; create a new location instead.</source>
        <translation>Тип места хранения изменить нельзя; вместо этого создайте новое место.</translation>
    </message>
    <message>
        <source>Orders take stock from locations with a lower number first.</source>
        <translation>Заказы берут товар сначала из мест хранения с меньшим числом.</translation>
    </message>
    <message>
        <source>lower ships first</source>
        <translation>меньше — отгружается раньше</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>&amp;Код:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>Наи&amp;менование:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Тип:</translation>
    </message>
    <message>
        <source>&amp;Priority:</source>
        <translation>&amp;Приоритет:</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Добавить</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Сохранить</translation>
    </message>
</context>
<context>
    <name>kontor::LocationIndex</name>
    <message>
        <source>&quot;%1&quot; is a location in several warehouses: write one of %2</source>
        <translation>«%1» — место хранения на нескольких складах: укажите одно из %2</translation>
    </message>
    <message>
        <source>there is no stock location &quot;%1&quot; (write a location code such as MAIN, or WAREHOUSE/LOCATION)</source>
        <translation>места хранения «%1» нет (укажите код места, например MAIN, или СКЛАД/МЕСТО)</translation>
    </message>
    <message>
        <source>there is no stock location &quot;%1&quot;</source>
        <translation>места хранения «%1» нет</translation>
    </message>
    <message>
        <source>the location %1 is archived</source>
        <translation>место хранения %1 в архиве</translation>
    </message>
</context>
<context>
    <name>kontor::LocationsDialog</name>
    <message>
        <source>Show &amp;archived</source>
        <translation>Показывать &amp;архивные</translation>
    </message>
    <message>
        <source>New &amp;warehouse…</source>
        <translation>Новый &amp;склад…</translation>
    </message>
    <message>
        <source>Add &amp;location…</source>
        <translation>Добавить &amp;место хранения…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Изменить…</translation>
    </message>
    <message>
        <source>Arc&amp;hive</source>
        <translation>&amp;В архив</translation>
    </message>
    <message>
        <source>Warehouses and locations</source>
        <translation>Склады и места хранения</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Наименование</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Приоритет</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>A new location in the selected warehouse</source>
        <translation>Новое место хранения на выбранном складе</translation>
    </message>
    <message>
        <source>Marketplace warehouse (FBO)</source>
        <translation>Склад маркетплейса (FBO)</translation>
    </message>
    <message>
        <source>Own warehouse</source>
        <translation>Собственный склад</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>В архиве</translation>
    </message>
    <message>
        <source>Rest&amp;ore</source>
        <translation>&amp;Восстановить</translation>
    </message>
    <message>
        <source>Use the location again</source>
        <translation>Снова использовать это место хранения</translation>
    </message>
    <message>
        <source>Hide the location from lists; only an empty location can be archived</source>
        <translation>Скрыть место хранения из списков; в архив можно убрать только пустое место</translation>
    </message>
    <message>
        <source>Archive location</source>
        <translation>Архивировать место хранения</translation>
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
    <message>
        <source>Import &amp;opening stock…</source>
        <translation>Импорт начальных &amp;остатков…</translation>
    </message>
    <message>
        <source>Export s&amp;tock…</source>
        <translation>Экспорт ост&amp;атков…</translation>
    </message>
    <message>
        <source>Replenishment</source>
        <translation>Пополнение</translation>
    </message>
    <message>
        <source>Counts</source>
        <translation>Инвентаризация</translation>
    </message>
    <message>
        <source>Stock</source>
        <translation>Остатки</translation>
    </message>
    <message>
        <source>Below reorder point</source>
        <translation>Ниже точки заказа</translation>
    </message>
    <message>
        <source>Only products whose available stock is at or below their reorder point (see Replenishment)</source>
        <translation>Только товары, доступный остаток которых на уровне точки заказа или ниже (см. «Пополнение»)</translation>
    </message>
    <message>
        <source>Dead stock</source>
        <translation>Неликвид</translation>
    </message>
    <message numerus="yes">
        <source>Only products in stock that have not sold for %n day(s)</source>
        <translation>
            <numerusform>Только товары на складе без продаж %n день</numerusform>
            <numerusform>Только товары на складе без продаж %n дня</numerusform>
            <numerusform>Только товары на складе без продаж %n дней</numerusform>
        </translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Заказы</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Покупатели</translation>
    </message>
    <message>
        <source>Returns</source>
        <translation>Возвраты</translation>
    </message>
    <message>
        <source>&amp;Prices</source>
        <translation>&amp;Цены</translation>
    </message>
    <message>
        <source>Price &amp;lists…</source>
        <translation>&amp;Прайс-листы…</translation>
    </message>
    <message>
        <source>&amp;Exchange rates…</source>
        <translation>&amp;Курсы валют…</translation>
    </message>
    <message>
        <source>&amp;VAT rate changes…</source>
        <translation>Изменения ставки &amp;НДС…</translation>
    </message>
    <message>
        <source>Suppliers</source>
        <translation>Поставщики</translation>
    </message>
    <message>
        <source>Purchase orders</source>
        <translation>Заказы поставщикам</translation>
    </message>
    <message>
        <source>Supplier claims</source>
        <translation>Претензии поставщикам</translation>
    </message>
    <message>
        <source>Supplier performance</source>
        <translation>Показатели поставщиков</translation>
    </message>
    <message>
        <source>Working &amp;calendar…</source>
        <translation>Производственный &amp;календарь…</translation>
    </message>
    <message>
        <source>&amp;Users…</source>
        <translation>&amp;Пользователи…</translation>
    </message>
    <message>
        <source>&amp;Support</source>
        <translation>&amp;Поддержка</translation>
    </message>
    <message>
        <source>&amp;SLA policies…</source>
        <translation>&amp;Политики SLA…</translation>
    </message>
    <message>
        <source>&amp;Canned responses…</source>
        <translation>&amp;Шаблоны ответов…</translation>
    </message>
    <message>
        <source>&amp;Help articles…</source>
        <translation>Статьи &amp;базы знаний…</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>Поддержка</translation>
    </message>
    <message>
        <source>Support quality</source>
        <translation>Качество поддержки</translation>
    </message>
</context>
<context>
    <name>kontor::MappedCsv</name>
    <message>
        <source>no column is mapped to the required field &quot;%1&quot;</source>
        <translation>обязательному полю «%1» не сопоставлен ни один столбец</translation>
    </message>
    <message>
        <source>the row has %1 columns but the header has %2</source>
        <translation>столбцов в строке: %1, а в заголовке: %2</translation>
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
    <name>kontor::MovementListModel</name>
    <message>
        <source>When</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Операция</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>Артикул</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Товар</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Место хранения</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Количество</translation>
    </message>
    <message>
        <source>Unit cost</source>
        <translation>Себестоимость единицы</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Кто</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <source>Reversal</source>
        <translation>Сторно</translation>
    </message>
    <message>
        <source>Happened %1, recorded %2</source>
        <translation>Произошло: %1, записано: %2</translation>
    </message>
    <message>
        <source>This movement undoes an earlier one</source>
        <translation>Это движение отменяет более раннее</translation>
    </message>
    <message>
        <source>A later reversal undid this movement</source>
        <translation>Это движение отменено более поздним сторно</translation>
    </message>
    <message>
        <source>Reversed</source>
        <translation>Сторнировано</translation>
    </message>
    <message>
        <source>(deleted product)</source>
        <translation>(удалённый товар)</translation>
    </message>
</context>
<context>
    <name>kontor::MovementsDialog</name>
    <message>
        <source>All locations</source>
        <translation>Все места хранения</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;с</translation>
    </message>
    <message>
        <source>T&amp;o</source>
        <translation>&amp;по</translation>
    </message>
    <message>
        <source>&amp;Reverse…</source>
        <translation>С&amp;торнировать…</translation>
    </message>
    <message>
        <source>Stock movements</source>
        <translation>Движения товаров</translation>
    </message>
    <message>
        <source>All products</source>
        <translation>Все товары</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Все операции</translation>
    </message>
    <message>
        <source>Undo the selected document with opposite movements; both stay in the history</source>
        <translation>Отменить выбранный документ обратными движениями; оба документа остаются в истории</translation>
    </message>
    <message>
        <source>Stock history — %1</source>
        <translation>История движений — %1</translation>
    </message>
    <message>
        <source>No movements match.</source>
        <translation>Нет подходящих движений.</translation>
    </message>
    <message>
        <source>1 movement</source>
        <translation>1 движение</translation>
    </message>
    <message numerus="yes">
        <source>%Ln movements</source>
        <translation>
            <numerusform>%Ln движение</numerusform>
            <numerusform>%Ln движения</numerusform>
            <numerusform>%Ln движений</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 shown; scroll down for older ones.</source>
        <translation>Показано %1; прокрутите вниз, чтобы увидеть более ранние.</translation>
    </message>
    <message>
        <source>This document has already been reversed.</source>
        <translation>Этот документ уже сторнирован.</translation>
    </message>
    <message>
        <source>This is a reversal; post the movement again instead of reversing it.</source>
        <translation>Это сторно; вместо его сторнирования проведите движение заново.</translation>
    </message>
    <message>
        <source>%1 of %2 %3 at %4 on %5</source>
        <translation>%1 от %5: %2 %3 в месте «%4»</translation>
    </message>
    <message>
        <source>Reverse this document?

%1</source>
        <translation>Сторнировать этот документ?

%1</translation>
    </message>
    <message numerus="yes">
        <source>All %Ln movements of the document are undone.</source>
        <translation>
            <numerusform>Будут отменены все %Ln движение документа.</numerusform>
            <numerusform>Будут отменены все %Ln движения документа.</numerusform>
            <numerusform>Будут отменены все %Ln движений документа.</numerusform>
        </translation>
    </message>
    <message>
        <source>Opposite movements dated the same are posted; the original stays in the history.</source>
        <translation>Будут проведены обратные движения той же датой; исходный документ останется в истории.</translation>
    </message>
    <message>
        <source>Reverse movement</source>
        <translation>Сторнировать движение</translation>
    </message>
</context>
<context>
    <name>kontor::NewCountDialog</name>
    <message>
        <source>Choose a category</source>
        <translation>Выберите категорию</translation>
    </message>
    <message>
        <source>&amp;Blind count: counters do not see the expected quantities</source>
        <translation>С&amp;лепая инвентаризация: считающие не видят количества по учёту</translation>
    </message>
    <message>
        <source>New count</source>
        <translation>Новая инвентаризация</translation>
    </message>
    <message>
        <source>Optional, e.g. Year-end stocktake</source>
        <translation>Необязательно, например: Инвентаризация на конец года</translation>
    </message>
    <message>
        <source>Every product at every location of the warehouse where stock can be counted</source>
        <translation>Все товары во всех местах хранения склада, где можно провести инвентаризацию</translation>
    </message>
    <message>
        <source>The products due for a count: A items often, C items rarely</source>
        <translation>Товары, которые пора посчитать: позиции класса A — часто, класса C — редко</translation>
    </message>
    <message>
        <source>all due</source>
        <translation>все, что пора</translation>
    </message>
    <message>
        <source> items</source>
        <translation> поз.</translation>
    </message>
    <message>
        <source> days</source>
        <translation> дн.</translation>
    </message>
    <message>
        <source>A every</source>
        <translation>A — каждые</translation>
    </message>
    <message>
        <source>B every</source>
        <translation>B — каждые</translation>
    </message>
    <message>
        <source>C every</source>
        <translation>C — каждые</translation>
    </message>
    <message>
        <source>at most</source>
        <translation>не более</translation>
    </message>
    <message>
        <source>A product is due when it was never counted at a location, or its last count there is older than its ABC class allows. ABC: by revenue over the last 365 days.</source>
        <translation>Товар пора посчитать, если в этом месте хранения его ещё ни разу не считали или последний подсчёт там был раньше, чем допускает его ABC-класс. ABC — по выручке за последние 365 дней.</translation>
    </message>
    <message>
        <source>Add a product by name, SKU or barcode</source>
        <translation>Добавьте товар по наименованию, артикулу или штрихкоду</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <source>Names, separated by commas</source>
        <translation>Имена через запятую</translation>
    </message>
    <message>
        <source>&amp;Start count</source>
        <translation>&amp;Начать инвентаризацию</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>Наи&amp;менование:</translation>
    </message>
    <message>
        <source>&amp;What to count:</source>
        <translation>&amp;Что считать:</translation>
    </message>
    <message>
        <source>&amp;Warehouse:</source>
        <translation>&amp;Склад:</translation>
    </message>
    <message>
        <source>&amp;Location:</source>
        <translation>Место &amp;хранения:</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>&amp;Категория:</translation>
    </message>
    <message>
        <source>Cycle:</source>
        <translation>Цикл:</translation>
    </message>
    <message>
        <source>&amp;Products:</source>
        <translation>&amp;Товары:</translation>
    </message>
    <message>
        <source>C&amp;ounters:</source>
        <translation>Кт&amp;о считает:</translation>
    </message>
    <message>
        <source>All locations</source>
        <translation>Все места хранения</translation>
    </message>
    <message>
        <source>Listing what to count…</source>
        <translation>Составление списка для подсчёта…</translation>
    </message>
    <message>
        <source>1 item</source>
        <translation>1 позиция</translation>
    </message>
    <message numerus="yes">
        <source>%Ln items</source>
        <translation>
            <numerusform>%Ln позиция</numerusform>
            <numerusform>%Ln позиции</numerusform>
            <numerusform>%Ln позиций</numerusform>
        </translation>
    </message>
    <message>
        <source>1 location</source>
        <translation>1 место хранения</translation>
    </message>
    <message numerus="yes">
        <source>%Ln locations</source>
        <translation>
            <numerusform>%Ln место хранения</numerusform>
            <numerusform>%Ln места хранения</numerusform>
            <numerusform>%Ln мест хранения</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to count with this choice.</source>
        <translation>При таком выборе считать нечего.</translation>
    </message>
    <message>
        <source>The count will list %1 at %2.</source>
        <translation>В инвентаризации: %1 (%2).</translation>
    </message>
</context>
<context>
    <name>kontor::NewTicketDialog</name>
    <message>
        <source>A c&amp;ustomer:</source>
        <translation>Пок&amp;упатель:</translation>
    </message>
    <message>
        <source>So&amp;meone else:</source>
        <translation>&amp;Другой отправитель:</translation>
    </message>
    <message>
        <source>New ticket</source>
        <translation>Новое обращение</translation>
    </message>
    <message>
        <source>What it is about, in a few words</source>
        <translation>Кратко, о чём обращение</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Email, phone or messenger to answer to</source>
        <translation>Эл. почта, телефон или мессенджер для ответа</translation>
    </message>
    <message>
        <source>The customer&apos;s order the request is about</source>
        <translation>Заказ покупателя, к которому относится обращение</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Не назначено</translation>
    </message>
    <message>
        <source>What the customer wrote or said</source>
        <translation>Что клиент написал или сказал</translation>
    </message>
    <message>
        <source>&amp;Create ticket</source>
        <translation>&amp;Создать обращение</translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation>&amp;Тема:</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>От:</translation>
    </message>
    <message>
        <source>&amp;Order:</source>
        <translation>&amp;Заказ:</translation>
    </message>
    <message>
        <source>C&amp;hannel:</source>
        <translation>Ка&amp;нал:</translation>
    </message>
    <message>
        <source>C&amp;ategory:</source>
        <translation>&amp;Категория:</translation>
    </message>
    <message>
        <source>&amp;Priority:</source>
        <translation>&amp;Приоритет:</translation>
    </message>
    <message>
        <source>Assi&amp;gnee:</source>
        <translation>&amp;Исполнитель:</translation>
    </message>
    <message>
        <source>&amp;Message:</source>
        <translation>Соо&amp;бщение:</translation>
    </message>
    <message>
        <source>No order</source>
        <translation>Без заказа</translation>
    </message>
    <message>
        <source>%1 of %2 · %3</source>
        <translation>%1 от %2 · %3</translation>
    </message>
</context>
<context>
    <name>kontor::NotificationButton</name>
    <message>
        <source>Mark all &amp;read</source>
        <translation>Отметить все как &amp;прочитанные</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Уведомления</translation>
    </message>
    <message>
        <source>No unread support notifications</source>
        <translation>Нет непрочитанных уведомлений поддержки</translation>
    </message>
    <message>
        <source>1 unread support notification</source>
        <translation>1 непрочитанное уведомление поддержки</translation>
    </message>
    <message numerus="yes">
        <source>%Ln unread support notifications</source>
        <translation>
            <numerusform>%Ln непрочитанное уведомление поддержки</numerusform>
            <numerusform>%Ln непрочитанных уведомления поддержки</numerusform>
            <numerusform>%Ln непрочитанных уведомлений поддержки</numerusform>
        </translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation>Открыть %1</translation>
    </message>
    <message>
        <source>Nothing new.</source>
        <translation>Ничего нового.</translation>
    </message>
</context>
<context>
    <name>kontor::OrderDetailPanel</name>
    <message>
        <source>Select an order to see its lines, shipping and history.</source>
        <translation>Выберите заказ, чтобы увидеть его позиции, доставку и историю.</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>Артикул</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Наименование</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Количество</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Цена</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <source>Reserved</source>
        <translation>В резерве</translation>
    </message>
    <message>
        <source>Shipped</source>
        <translation>Отгружено</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Изменение</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Кто</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <source>Customer:</source>
        <translation>Покупатель:</translation>
    </message>
    <message>
        <source>Channel:</source>
        <translation>Канал продаж:</translation>
    </message>
    <message>
        <source>Ordered:</source>
        <translation>Дата заказа:</translation>
    </message>
    <message>
        <source>Ship by:</source>
        <translation>Отгрузить до:</translation>
    </message>
    <message>
        <source>Payment:</source>
        <translation>Оплата:</translation>
    </message>
    <message>
        <source>Shipping:</source>
        <translation>Доставка:</translation>
    </message>
    <message>
        <source>Ship to:</source>
        <translation>Адрес доставки:</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>Позиции</translation>
    </message>
    <message>
        <source>History</source>
        <translation>История</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>no. %1</source>
        <translation>№ %1</translation>
    </message>
    <message>
        <source>%1, overdue</source>
        <translation>%1, просрочено</translation>
    </message>
    <message>
        <source>delivery promised by %1</source>
        <translation>доставка обещана до %1</translation>
    </message>
    <message>
        <source>%1, %2: %3 of %4</source>
        <translation>%1, %2: %3 из %4</translation>
    </message>
    <message>
        <source>%1 refunded</source>
        <translation>%1 возвращено</translation>
    </message>
    <message>
        <source>shipped %1</source>
        <translation>отгружен %1</translation>
    </message>
    <message>
        <source>delivered %1</source>
        <translation>доставлен %1</translation>
    </message>
    <message>
        <source>late: %1</source>
        <translation>опоздание: %1</translation>
    </message>
    <message>
        <source>Not shipped yet</source>
        <translation>Ещё не отгружен</translation>
    </message>
    <message>
        <source>Waits for stock</source>
        <translation>Ждёт поступления</translation>
    </message>
    <message>
        <source>PO</source>
        <translation>Заказ поставщику</translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation>Поставщик</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Supplier shipped</source>
        <translation>Отгружено поставщиком</translation>
    </message>
    <message>
        <source>When the supplier sent the parcel to the customer, and its tracking number</source>
        <translation>Когда поставщик отправил посылку покупателю, и её трек-номер</translation>
    </message>
    <message>
        <source>Ordered from suppliers (dropship)</source>
        <translation>Заказано у поставщиков (дропшиппинг)</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>ещё нет</translation>
    </message>
    <message>
        <source>dropship</source>
        <translation>дропшиппинг</translation>
    </message>
    <message>
        <source>The supplier ships this line to the customer; no stock of ours is reserved for it</source>
        <translation>Эту позицию поставщик отгружает покупателю напрямую; наш товар под неё не резервируется</translation>
    </message>
</context>
<context>
    <name>kontor::OrderDocuments</name>
    <message>
        <source>Picking list</source>
        <translation>Лист сборки</translation>
    </message>
    <message>
        <source>Packing slip</source>
        <translation>Упаковочный лист</translation>
    </message>
    <message>
        <source>Waybill</source>
        <translation>Накладная</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Счёт</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>file name: document kind, order number</comment>
        <translation>%1 %2</translation>
    </message>
    <message numerus="yes">
        <source>%1, %n orders</source>
        <comment>file name: document kind, number of orders</comment>
        <translation>
            <numerusform>%1, %n заказ</numerusform>
            <numerusform>%1, %n заказа</numerusform>
            <numerusform>%1, %n заказов</numerusform>
        </translation>
    </message>
    <message>
        <source>no VAT</source>
        <translation>без НДС</translation>
    </message>
    <message>
        <source>INN</source>
        <translation>ИНН</translation>
    </message>
    <message>
        <source>KPP</source>
        <translation>КПП</translation>
    </message>
    <message>
        <source>OGRNIP</source>
        <translation>ОГРНИП</translation>
    </message>
    <message>
        <source>OGRN</source>
        <translation>ОГРН</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Телефон:</translation>
    </message>
    <message>
        <source>Email:</source>
        <translation>Эл. почта:</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Р/с</translation>
    </message>
    <message>
        <source>at</source>
        <translation>в</translation>
    </message>
    <message>
        <source>BIC</source>
        <translation>БИК</translation>
    </message>
    <message>
        <source>corr. account</source>
        <translation>к/с</translation>
    </message>
    <message>
        <source>signature</source>
        <translation>подпись</translation>
    </message>
    <message>
        <source>full name</source>
        <translation>расшифровка подписи</translation>
    </message>
    <message numerus="yes">
        <source>Batch picking list: %n orders</source>
        <translation>
            <numerusform>Сводный лист сборки: %n заказ</numerusform>
            <numerusform>Сводный лист сборки: %n заказа</numerusform>
            <numerusform>Сводный лист сборки: %n заказов</numerusform>
        </translation>
    </message>
    <message>
        <source>Printed %1</source>
        <translation>Напечатано %1</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Заказ</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Покупатель</translation>
    </message>
    <message>
        <source>Ordered</source>
        <translation>Дата заказа</translation>
    </message>
    <message>
        <source>Ship by</source>
        <translation>Отгрузить до</translation>
    </message>
    <message>
        <source>Order %1 of %2</source>
        <translation>Заказ %1 от %2</translation>
    </message>
    <message>
        <source>Ship by %1</source>
        <translation>Отгрузить до %1</translation>
    </message>
    <message>
        <source>Picking list %1</source>
        <translation>Лист сборки %1</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Место хранения</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>Артикул</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Наименование</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>Кол-во</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Ед.</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Заказы</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>(kit %1)</source>
        <translation>(комплект %1)</translation>
    </message>
    <message>
        <source>Nothing to pick: no stock is reserved for these orders.</source>
        <translation>Нечего собирать: для этих заказов ничего не зарезервировано.</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s), %1 pcs to pick.</source>
        <translation>
            <numerusform>%n позиция, %1 шт. к сборке.</numerusform>
            <numerusform>%n позиции, %1 шт. к сборке.</numerusform>
            <numerusform>%n позиций, %1 шт. к сборке.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) to pick.</source>
        <translation>
            <numerusform>%n позиция к сборке.</numerusform>
            <numerusform>%n позиции к сборке.</numerusform>
            <numerusform>%n позиций к сборке.</numerusform>
        </translation>
    </message>
    <message>
        <source>Waiting for stock: not in this pick</source>
        <translation>Ждут поступления: не входят в эту сборку</translation>
    </message>
    <message>
        <source>Picked by</source>
        <translation>Собрал</translation>
    </message>
    <message>
        <source>Checked by</source>
        <translation>Проверил</translation>
    </message>
    <message>
        <source>Your reference: %1</source>
        <translation>Ваш номер заказа: %1</translation>
    </message>
    <message>
        <source>Packing slip %1</source>
        <translation>Упаковочный лист %1</translation>
    </message>
    <message>
        <source>Service:</source>
        <translation>Служба доставки:</translation>
    </message>
    <message>
        <source>Tracking number:</source>
        <translation>Трек-номер:</translation>
    </message>
    <message>
        <source>Ship to</source>
        <translation>Кому</translation>
    </message>
    <message>
        <source>From</source>
        <translation>От кого</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <source>Packed</source>
        <translation>Упаковано</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <source>Contains:</source>
        <translation>Состав:</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s), %1 pcs.</source>
        <translation>
            <numerusform>%n позиция, %1 шт.</numerusform>
            <numerusform>%n позиции, %1 шт.</numerusform>
            <numerusform>%n позиций, %1 шт.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s).</source>
        <translation>
            <numerusform>%n позиция.</numerusform>
            <numerusform>%n позиции.</numerusform>
            <numerusform>%n позиций.</numerusform>
        </translation>
    </message>
    <message>
        <source>Thank you for your order! Questions about it: quote %1.</source>
        <translation>Спасибо за заказ! По вопросам о нём указывайте номер %1.</translation>
    </message>
    <message>
        <source>Packed by</source>
        <translation>Упаковал</translation>
    </message>
    <message>
        <source>Waybill No. %1 of %2</source>
        <translation>Накладная № %1 от %2</translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation>Поставщик</translation>
    </message>
    <message>
        <source>Consignee</source>
        <translation>Грузополучатель</translation>
    </message>
    <message>
        <source>Payer</source>
        <translation>Плательщик</translation>
    </message>
    <message>
        <source>Basis</source>
        <translation>Основание</translation>
    </message>
    <message>
        <source>Goods</source>
        <translation>Товар</translation>
    </message>
    <message>
        <source>Price excl. VAT</source>
        <translation>Цена без НДС</translation>
    </message>
    <message>
        <source>Amount excl. VAT</source>
        <translation>Сумма без НДС</translation>
    </message>
    <message>
        <source>VAT rate</source>
        <translation>Ставка НДС</translation>
    </message>
    <message>
        <source>VAT</source>
        <translation>НДС</translation>
    </message>
    <message>
        <source>Amount incl. VAT</source>
        <translation>Сумма с НДС</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>Доставка</translation>
    </message>
    <message>
        <source>service</source>
        <translation>услуга</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Итого</translation>
    </message>
    <message numerus="yes">
        <source>Total: %n item(s) for %1</source>
        <translation>
            <numerusform>Всего: %n наименование на сумму %1</numerusform>
            <numerusform>Всего: %n наименования на сумму %1</numerusform>
            <numerusform>Всего: %n наименований на сумму %1</numerusform>
        </translation>
    </message>
    <message>
        <source>, including VAT %1.</source>
        <translation>, в том числе НДС %1.</translation>
    </message>
    <message>
        <source>, no VAT.</source>
        <translation>, без НДС.</translation>
    </message>
    <message>
        <source>Released by</source>
        <translation>Отпуск груза произвёл</translation>
    </message>
    <message>
        <source>Received by</source>
        <translation>Груз получил</translation>
    </message>
    <message>
        <source>Received under power of attorney No. ________ of ____________, issued to</source>
        <translation>Получено по доверенности № ________ от ____________, выданной</translation>
    </message>
    <message>
        <source>Recipient&apos;s bank</source>
        <translation>Банк получателя</translation>
    </message>
    <message>
        <source>Corr. account</source>
        <translation>Корр. счёт</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Получатель</translation>
    </message>
    <message>
        <source>Invoice No. %1 of %2</source>
        <translation>Счёт на оплату № %1 от %2</translation>
    </message>
    <message>
        <source>Buyer</source>
        <translation>Покупатель</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Цена</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <source>Total:</source>
        <translation>Итого:</translation>
    </message>
    <message>
        <source>Including VAT:</source>
        <translation>В том числе НДС:</translation>
    </message>
    <message>
        <source>VAT:</source>
        <translation>НДС:</translation>
    </message>
    <message>
        <source>Total to pay:</source>
        <translation>Всего к оплате:</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s), total %1.</source>
        <translation>
            <numerusform>%n наименование на сумму %1.</numerusform>
            <numerusform>%n наименования на сумму %1.</numerusform>
            <numerusform>%n наименований на сумму %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Payment within %n day(s), by %1.</source>
        <translation>
            <numerusform>Оплата в течение %n дня, до %1.</numerusform>
            <numerusform>Оплата в течение %n дней, до %1.</numerusform>
            <numerusform>Оплата в течение %n дней, до %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Payment in advance: the goods ship once the invoice is paid.</source>
        <translation>Предоплата: товар отгружается после оплаты счёта.</translation>
    </message>
    <message>
        <source>Please quote invoice No. %1 in the payment reference.</source>
        <translation>Пожалуйста, укажите в назначении платежа счёт № %1.</translation>
    </message>
    <message>
        <source>Already paid: %1; left to pay: %2.</source>
        <translation>Уже оплачено: %1; осталось оплатить: %2.</translation>
    </message>
    <message>
        <source>Director</source>
        <translation>Руководитель</translation>
    </message>
    <message>
        <source>Accountant</source>
        <translation>Бухгалтер</translation>
    </message>
    <message>
        <source>Waybill %1</source>
        <translation>Накладная %1</translation>
    </message>
    <message>
        <source>Invoice %1</source>
        <translation>Счёт %1</translation>
    </message>
    <message>
        <source>There are no orders to print.</source>
        <translation>Нет заказов для печати.</translation>
    </message>
    <message>
        <source>Cannot start printing the %1.</source>
        <translation>Не удалось начать печать: %1.</translation>
    </message>
    <message>
        <source>Cannot start page %1.</source>
        <translation>Не удалось начать печать страницы %1.</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Страница %1 из %2</translation>
    </message>
    <message>
        <source>Printing was cancelled.</source>
        <translation>Печать отменена.</translation>
    </message>
    <message>
        <source>Cannot finish printing the %1.</source>
        <translation>Не удалось завершить печать: %1.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Не удалось записать %1: %2</translation>
    </message>
</context>
<context>
    <name>kontor::OrderDocumentsDialog</name>
    <message>
        <source>Order documents</source>
        <translation>Документы заказа</translation>
    </message>
    <message>
        <source>Picking list</source>
        <translation>Лист сборки</translation>
    </message>
    <message>
        <source>Packing slip</source>
        <translation>Упаковочный лист</translation>
    </message>
    <message>
        <source>Waybill (накладная)</source>
        <translation>Накладная</translation>
    </message>
    <message>
        <source>Invoice (счёт)</source>
        <translation>Счёт на оплату</translation>
    </message>
    <message numerus="yes">
        <source>%n order(s) selected. Several orders make one file: a batch picking list, or one document after another.</source>
        <translation>
            <numerusform>Выбран %n заказ. Несколько заказов объединяются в один файл: сводный лист сборки или документы один за другим.</numerusform>
            <numerusform>Выбрано %n заказа. Несколько заказов объединяются в один файл: сводный лист сборки или документы один за другим.</numerusform>
            <numerusform>Выбрано %n заказов. Несколько заказов объединяются в один файл: сводный лист сборки или документы один за другим.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Document:</source>
        <translation>&amp;Документ:</translation>
    </message>
    <message>
        <source>Save &amp;PDF…</source>
        <translation>Сохранить в &amp;PDF…</translation>
    </message>
    <message>
        <source>P&amp;rint…</source>
        <translation>&amp;Печать…</translation>
    </message>
</context>
<context>
    <name>kontor::OrderEditor</name>
    <message>
        <source>Ship &amp;by:</source>
        <translation>Отгр&amp;узить до:</translation>
    </message>
    <message>
        <source>Deli&amp;very by:</source>
        <translation>&amp;Доставить до:</translation>
    </message>
    <message>
        <source>Automatically</source>
        <translation>Автоматически</translation>
    </message>
    <message>
        <source>&amp;Remove line</source>
        <translation>Удалить ст&amp;року</translation>
    </message>
    <message>
        <source>The shop&apos;s costs of the order</source>
        <translation>Расходы магазина по заказу</translation>
    </message>
    <message>
        <source>History</source>
        <translation>История</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Сохранить</translation>
    </message>
    <message>
        <source>Save and &amp;confirm</source>
        <translation>Сохранить и &amp;подтвердить</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>Артикул</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Наименование</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Количество</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Цена за единицу</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>Скидка</translation>
    </message>
    <message>
        <source>Line total</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>Доступно</translation>
    </message>
    <message>
        <source>Reserved</source>
        <translation>В резерве</translation>
    </message>
    <message>
        <source>Shipped</source>
        <translation>Отгружено</translation>
    </message>
    <message>
        <source>Margin</source>
        <translation>Маржа</translation>
    </message>
    <message>
        <source>On hand minus reserved where the order ships from; red when the line wants more</source>
        <translation>Остаток за вычетом резерва в месте отгрузки; красным, если строке нужно больше</translation>
    </message>
    <message>
        <source>An amount off this line</source>
        <translation>Сумма скидки на эту строку</translation>
    </message>
    <message>
        <source>The catalog price; you may change it</source>
        <translation>Цена по каталогу; её можно изменить</translation>
    </message>
    <message>
        <source>The catalog price</source>
        <translation>Цена по каталогу</translation>
    </message>
    <message>
        <source>Net of VAT and discounts minus the cost of goods</source>
        <translation>Выручка без НДС и скидок за вычетом себестоимости товара</translation>
    </message>
    <message>
        <source>Add a product: type a SKU, name or barcode</source>
        <translation>Добавить товар: введите артикул, наименование или штрихкод</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>Строки</translation>
    </message>
    <message>
        <source>Charged to the customer</source>
        <translation>Выставлено покупателю</translation>
    </message>
    <message>
        <source>S&amp;hipping:</source>
        <translation>Доста&amp;вка:</translation>
    </message>
    <message>
        <source>Order &amp;discount:</source>
        <translation>С&amp;кидка на заказ:</translation>
    </message>
    <message>
        <source>An amount off the whole order, spread over the lines</source>
        <translation>Скидка на весь заказ, распределяется по строкам</translation>
    </message>
    <message>
        <source>What the order costs the shop besides the goods; for its margin</source>
        <translation>Расходы магазина по заказу помимо товара; для расчёта маржи</translation>
    </message>
    <message>
        <source>Shipping c&amp;ost:</source>
        <translation>&amp;Затраты на доставку:</translation>
    </message>
    <message>
        <source>Co&amp;mmission:</source>
        <translation>Комисс&amp;ия:</translation>
    </message>
    <message>
        <source>Pa&amp;yment fee:</source>
        <translation>Комиссия за приём оп&amp;латы:</translation>
    </message>
    <message>
        <source>Totals</source>
        <translation>Итоги</translation>
    </message>
    <message>
        <source>Total:</source>
        <translation>Итого:</translation>
    </message>
    <message>
        <source>Subtotal:</source>
        <translation>Подытог:</translation>
    </message>
    <message>
        <source>Shipping:</source>
        <translation>Доставка:</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Изменение</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Кто</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <source>Save the draft and confirm it: stock is reserved for its lines</source>
        <translation>Сохранить черновик и подтвердить его: товар по строкам будет зарезервирован</translation>
    </message>
    <message>
        <source>&amp;Marketplace:</source>
        <translation>&amp;Маркетплейс:</translation>
    </message>
    <message>
        <source>The shop&apos;s or marketplace&apos;s own number</source>
        <translation>Собственный номер заказа в магазине или на маркетплейсе</translation>
    </message>
    <message>
        <source>Address, pickup point or locker</source>
        <translation>Адрес, пункт выдачи или постамат</translation>
    </message>
    <message>
        <source>C&amp;hannel:</source>
        <translation>Ка&amp;нал продаж:</translation>
    </message>
    <message>
        <source>E&amp;xternal number:</source>
        <translation>Вн&amp;ешний номер:</translation>
    </message>
    <message>
        <source>C&amp;ustomer:</source>
        <translation>Покупа&amp;тель:</translation>
    </message>
    <message>
        <source>Ship &amp;to:</source>
        <translation>&amp;Адрес доставки:</translation>
    </message>
    <message>
        <source>The day the order must leave at the latest (a marketplace&apos;s deadline)</source>
        <translation>Крайний срок отгрузки заказа (дедлайн маркетплейса)</translation>
    </message>
    <message>
        <source>The delivery date promised to the customer</source>
        <translation>Дата доставки, обещанная покупателю</translation>
    </message>
    <message>
        <source>Where the order ships from; automatically: the first location by priority that has everything</source>
        <translation>Откуда отгружается заказ; автоматически — первое по приоритету место хранения, где есть всё</translation>
    </message>
    <message>
        <source>&amp;Payment:</source>
        <translation>&amp;Оплата:</translation>
    </message>
    <message>
        <source>Ship &amp;from:</source>
        <translation>Место от&amp;грузки:</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>Приме&amp;чание:</translation>
    </message>
    <message>
        <source>New order</source>
        <translation>Новый заказ</translation>
    </message>
    <message>
        <source>Order %1 · %2</source>
        <translation>Заказ %1 · %2</translation>
    </message>
    <message>
        <source>Order %1</source>
        <translation>Заказ %1</translation>
    </message>
    <message>
        <source>VAT included:</source>
        <translation>В т. ч. НДС:</translation>
    </message>
    <message>
        <source>VAT:</source>
        <translation>НДС:</translation>
    </message>
    <message>
        <source>Paid %1 of %2</source>
        <translation>Оплачено %1 из %2</translation>
    </message>
    <message>
        <source>Shipped %1</source>
        <translation>Отгружен %1</translation>
    </message>
    <message>
        <source>Carrier %1</source>
        <translation>Служба доставки %1</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>через %1</translation>
    </message>
    <message>
        <source>tracking %1</source>
        <translation>трек-номер %1</translation>
    </message>
    <message>
        <source>Delivered %1</source>
        <translation>Доставлен %1</translation>
    </message>
    <message>
        <source>Late because: %1</source>
        <translation>Причина опоздания: %1</translation>
    </message>
    <message>
        <source>Not the catalog price</source>
        <translation>Цена отличается от каталожной</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Строка %1: %2</translation>
    </message>
    <message>
        <source>Line %1: the quantity must be more than zero.</source>
        <translation>Строка %1: количество должно быть больше нуля.</translation>
    </message>
    <message>
        <source>Line %1, price: %2</source>
        <translation>Строка %1, цена: %2</translation>
    </message>
    <message>
        <source>Line %1, discount: %2</source>
        <translation>Строка %1, скидка: %2</translation>
    </message>
    <message>
        <source>Only %1 available: confirming needs more stock, or backorders allowed for the product</source>
        <translation>Доступно только %1: для подтверждения нужно больше остатков или разрешённый предзаказ для товара</translation>
    </message>
    <message>
        <source>Gross margin %1 (%2); after shipping, commission and fees %3.</source>
        <translation>Валовая маржа %1 (%2); с учётом доставки, комиссии маркетплейса и комиссии за приём оплаты — %3.</translation>
    </message>
    <message>
        <source>Some products have no known cost.</source>
        <translation>У некоторых товаров не указана себестоимость.</translation>
    </message>
    <message>
        <source>The draft is saved, but it cannot be confirmed: %1</source>
        <translation>Черновик сохранён, но подтвердить его нельзя: %1</translation>
    </message>
    <message>
        <source>Unsaved order</source>
        <translation>Несохранённый заказ</translation>
    </message>
    <message>
        <source>Save the changes to this order?</source>
        <translation>Сохранить изменения в заказе?</translation>
    </message>
</context>
<context>
    <name>kontor::OrderKinds</name>
    <message>
        <source>Draft</source>
        <translation>Черновик</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Подтверждён</translation>
    </message>
    <message>
        <source>Picking</source>
        <translation>Сборка</translation>
    </message>
    <message>
        <source>Packed</source>
        <translation>Упакован</translation>
    </message>
    <message>
        <source>Shipped</source>
        <translation>Отгружен</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Доставлен</translation>
    </message>
    <message>
        <source>Not collected</source>
        <translation>Не выкуплен</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Отказ</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Отменён</translation>
    </message>
    <message>
        <source>Own site</source>
        <translation>Собственный сайт</translation>
    </message>
    <message>
        <source>Marketplace FBS</source>
        <translation>Маркетплейс FBS</translation>
    </message>
    <message>
        <source>Marketplace FBO</source>
        <translation>Маркетплейс FBO</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Social networks</source>
        <translation>Соцсети</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>Лично</translation>
    </message>
    <message>
        <source>Unpaid</source>
        <translation>Не оплачен</translation>
    </message>
    <message>
        <source>Partially paid</source>
        <translation>Частично оплачен</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Оплачен</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>Деньги возвращены</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Карта</translation>
    </message>
    <message>
        <source>Cash on delivery</source>
        <translation>Наложенный платёж</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>По счёту</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>Наличные</translation>
    </message>
    <message>
        <source>Defect</source>
        <translation>Брак</translation>
    </message>
    <message>
        <source>Wrong item (mis-sort)</source>
        <translation>Не тот товар (пересорт)</translation>
    </message>
    <message>
        <source>Not as described</source>
        <translation>Не соответствует описанию</translation>
    </message>
    <message>
        <source>Changed mind</source>
        <translation>Передумал</translation>
    </message>
    <message>
        <source>Damaged in delivery</source>
        <translation>Повреждён при доставке</translation>
    </message>
    <message>
        <source>Late delivery</source>
        <translation>Задержка доставки</translation>
    </message>
    <message>
        <source>Back to stock</source>
        <translation>Вернуть на склад</translation>
    </message>
    <message>
        <source>To quarantine</source>
        <translation>В карантин</translation>
    </message>
    <message>
        <source>Write off</source>
        <translation>Списать</translation>
    </message>
    <message>
        <source>Back to the supplier</source>
        <translation>Вернуть поставщику</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Открыт</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Получен</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Закрыт</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Организация</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Физлицо</translation>
    </message>
</context>
<context>
    <name>kontor::OrderListModel</name>
    <message>
        <source>When the order must leave; red when it has not shipped in time</source>
        <translation>Крайний срок отгрузки; красным, если заказ не отгружен вовремя</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Номер</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Покупатель</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Канал</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Оплата</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <source>Ship by</source>
        <translation>Отгрузить до</translation>
    </message>
    <message>
        <source>Tracking</source>
        <translation>Трек-номер</translation>
    </message>
    <message>
        <source>Overdue: it should have shipped by %1</source>
        <translation>Просрочен: заказ нужно было отгрузить до %1</translation>
    </message>
</context>
<context>
    <name>kontor::OrderPrinting</name>
    <message>
        <source>Nothing to print</source>
        <translation>Нечего печатать</translation>
    </message>
    <message>
        <source>Select the orders to print first.</source>
        <translation>Сначала выберите заказы для печати.</translation>
    </message>
    <message>
        <source>Cannot print</source>
        <translation>Не удалось напечатать</translation>
    </message>
    <message>
        <source>Save %1 as PDF</source>
        <translation>Сохранить %1 в PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Файлы PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saving %1…</source>
        <translation>Сохранение: %1…</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Не сохранено</translation>
    </message>
    <message>
        <source>Printing %1…</source>
        <translation>Печать: %1…</translation>
    </message>
    <message>
        <source>Not printed</source>
        <translation>Не напечатано</translation>
    </message>
</context>
<context>
    <name>kontor::OrderService</name>
    <message>
        <source>A line&apos;s product does not exist.</source>
        <translation>Товар из строки заказа не найден.</translation>
    </message>
    <message>
        <source>The goods have left: open a return instead.</source>
        <translation>Товар уже отгружен: оформите возврат.</translation>
    </message>
    <message>
        <source>The goods have already left.</source>
        <translation>Товар уже отгружен.</translation>
    </message>
    <message>
        <source>A cancelled order stays cancelled.</source>
        <translation>Отменённый заказ нельзя вернуть в работу.</translation>
    </message>
    <message>
        <source>The goods came back; the order is closed.</source>
        <translation>Товар вернулся; заказ закрыт.</translation>
    </message>
    <message>
        <source>Confirm it first.</source>
        <translation>Сначала подтвердите заказ.</translation>
    </message>
    <message>
        <source>Order %1 is %2 and cannot become %3.</source>
        <translation>Заказ %1 в статусе «%2» и не может перейти в статус «%3».</translation>
    </message>
    <message>
        <source>The order does not exist.</source>
        <translation>Заказ не найден.</translation>
    </message>
    <message>
        <source>There is no order %1.</source>
        <translation>Заказ %1 не найден.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a currency code.</source>
        <translation>«%1» — не код валюты.</translation>
    </message>
    <message>
        <source>Discounts, shipping, commission and fees cannot be negative.</source>
        <translation>Скидки, доставка и комиссии не могут быть отрицательными.</translation>
    </message>
    <message>
        <source>The order&apos;s customer does not exist.</source>
        <translation>Покупатель заказа не найден.</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>строка %1</translation>
    </message>
    <message>
        <source>The quantity on %1 must be positive.</source>
        <translation>Количество (%1) должно быть больше нуля.</translation>
    </message>
    <message>
        <source>The price and discount on %1 cannot be negative.</source>
        <translation>Цена и скидка (%1) не могут быть отрицательными.</translation>
    </message>
    <message>
        <source>%1: %2 instead of %3</source>
        <translation>%1: %2 вместо %3</translation>
    </message>
    <message>
        <source>Order %1 is %2: only a draft can be edited. Take it back to draft first.</source>
        <translation>Заказ %1 в статусе «%2»: редактировать можно только черновик. Сначала верните его в черновик.</translation>
    </message>
    <message>
        <source>An FBO order ships from the marketplace&apos;s warehouse, and there is none yet. Add the marketplace&apos;s warehouse on the Stock page first.</source>
        <translation>Заказ FBO отгружается со склада маркетплейса, а такой склад ещё не добавлен. Сначала добавьте склад маркетплейса на странице «Склад».</translation>
    </message>
    <message>
        <source>Orders cannot ship from %1: its stock is not for sale.</source>
        <translation>Отгружать заказы из «%1» нельзя: эти остатки не для продажи.</translation>
    </message>
    <message>
        <source>There is no storage location to ship from.</source>
        <translation>Нет места хранения, из которого можно отгрузить заказ.</translation>
    </message>
    <message>
        <source>Only %1 of %2 are available; the order needs %3. Reduce the quantity, or allow backorders for %2 so that the line waits for stock.</source>
        <translation>Товара «%2» доступно только %1, а для заказа нужно %3. Уменьшите количество или разрешите предзаказ для «%2», чтобы строка ждала поступления.</translation>
    </message>
    <message>
        <source>Order %1 cancelled</source>
        <translation>Заказ %1 отменён</translation>
    </message>
    <message>
        <source>Order %1 has no lines to confirm.</source>
        <translation>В заказе %1 нет строк для подтверждения.</translation>
    </message>
    <message>
        <source>%1 is archived and cannot be sold.</source>
        <translation>«%1» в архиве, его нельзя продать.</translation>
    </message>
    <message>
        <source>Nothing of order %1 can be picked yet: every line waits for stock.</source>
        <translation>Из заказа %1 пока нечего собирать: все строки ждут поступления.</translation>
    </message>
    <message>
        <source>The line to ship is not on order %1.</source>
        <translation>Отгружаемой строки нет в заказе %1.</translation>
    </message>
    <message>
        <source>Line %1 (%2) has %3 left to ship.</source>
        <translation>По строке %1 (%2) осталось отгрузить %3.</translation>
    </message>
    <message>
        <source>Only %1 of %2 are reserved for line %3; ship at most that.</source>
        <translation>Для строки %3 в резерве только %1 из %2; отгрузите не больше этого.</translation>
    </message>
    <message>
        <source>Nothing of order %1 can ship: no line has reserved stock.</source>
        <translation>Из заказа %1 нечего отгрузить: ни в одной строке нет товара в резерве.</translation>
    </message>
    <message>
        <source>Split from %1: the part not shipped</source>
        <translation>Выделен из %1: неотгруженная часть</translation>
    </message>
    <message>
        <source>Order %1 is cancelled.</source>
        <translation>Заказ %1 отменён.</translation>
    </message>
    <message>
        <source>A payment needs an amount.</source>
        <translation>Укажите сумму оплаты.</translation>
    </message>
    <message>
        <source>The correction is larger than what was paid.</source>
        <translation>Корректировка больше оплаченной суммы.</translation>
    </message>
    <message>
        <source>%1: payment of %2</source>
        <translation>%1: оплата %2</translation>
    </message>
    <message>
        <source>A refund needs a positive amount.</source>
        <translation>Сумма возврата денег должна быть больше нуля.</translation>
    </message>
    <message>
        <source>Only %1 was paid for order %2 and %3 is already refunded.</source>
        <translation>По заказу %2 оплачено только %1, а %3 уже возвращено.</translation>
    </message>
    <message>
        <source>%1: refund of %2 %3</source>
        <translation>%1: возврат денег %2 %3</translation>
    </message>
    <message>
        <source>Automatic allocation</source>
        <translation>Автоматическое распределение</translation>
    </message>
    <message>
        <source>A carrier needs a name.</source>
        <translation>Укажите название службы доставки.</translation>
    </message>
    <message>
        <source>A tracking link must start with https:// or http://.</source>
        <translation>Ссылка для отслеживания должна начинаться с https:// или http://.</translation>
    </message>
    <message>
        <source>A tracking link needs {tracking} where the tracking number goes, e.g. https://example.com/track?number={tracking}.</source>
        <translation>В ссылке для отслеживания должно быть {tracking} на месте трек-номера, например https://example.com/track?number={tracking}.</translation>
    </message>
    <message>
        <source>There is already a carrier called %1.</source>
        <translation>Служба доставки «%1» уже есть.</translation>
    </message>
    <message>
        <source>There is already an order %1.</source>
        <translation>Заказ %1 уже существует.</translation>
    </message>
    <message>
        <source>order %1 of the batch</source>
        <translation>заказ %1 из пакета</translation>
    </message>
    <message>
        <source>Cannot record %1: %2</source>
        <translation>Не удалось записать %1: %2</translation>
    </message>
    <message>
        <source>an open order is recorded as a draft and then confirmed, so that its stock is reserved.</source>
        <translation>открытый заказ записывается как черновик и затем подтверждается, чтобы его товар был зарезервирован.</translation>
    </message>
    <message>
        <source>it has no lines.</source>
        <translation>в нём нет строк.</translation>
    </message>
    <message>
        <source>an order in %1 needs the exchange rate to %2.</source>
        <translation>для заказа в %1 нужен курс валюты к %2.</translation>
    </message>
    <message>
        <source>discounts, shipping, commission, fees and payments cannot be negative, nor refunds larger than payments.</source>
        <translation>скидки, доставка, комиссия, сборы и оплаты не могут быть отрицательными, а возвраты денег — больше оплат.</translation>
    </message>
    <message>
        <source>its customer does not exist.</source>
        <translation>его покупатель не существует.</translation>
    </message>
    <message>
        <source>an FBO order ships from a marketplace&apos;s warehouse, and there is none.</source>
        <translation>заказ FBO отгружается со склада маркетплейса, а такого склада нет.</translation>
    </message>
    <message>
        <source>the quantity on %1 must be positive.</source>
        <translation>количество в %1 должно быть положительным.</translation>
    </message>
    <message>
        <source>the price and discount on %1 cannot be negative.</source>
        <translation>цена и скидка в %1 не могут быть отрицательными.</translation>
    </message>
    <message>
        <source>the product of %1 does not exist.</source>
        <translation>товар из %1 не существует.</translation>
    </message>
    <message>
        <source>there is no storage location to ship from.</source>
        <translation>нет места хранения, с которого можно отгрузить.</translation>
    </message>
    <message numerus="yes">
        <source>%n past order(s) recorded (%1)</source>
        <translation>
            <numerusform>Записан %n прошлый заказ (%1)</numerusform>
            <numerusform>Записано %n прошлых заказа (%1)</numerusform>
            <numerusform>Записано %n прошлых заказов (%1)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kontor::OrderText</name>
    <message>
        <source>1 order</source>
        <translation>1 заказ</translation>
    </message>
    <message numerus="yes">
        <source>%Ln orders</source>
        <translation>
            <numerusform>%Ln заказ</numerusform>
            <numerusform>%Ln заказа</numerusform>
            <numerusform>%Ln заказов</numerusform>
        </translation>
    </message>
    <message>
        <source>Not an amount of money: type an amount such as %1.</source>
        <translation>Это не денежная сумма: введите сумму, например %1.</translation>
    </message>
    <message>
        <source>The amount cannot be negative.</source>
        <translation>Сумма не может быть отрицательной.</translation>
    </message>
</context>
<context>
    <name>kontor::OrdersPage</name>
    <message>
        <source>O&amp;verdue to ship</source>
        <translation>&amp;Просрочена отгрузка</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;С</translation>
    </message>
    <message>
        <source>T&amp;o</source>
        <translation>П&amp;о</translation>
    </message>
    <message>
        <source>Find by number, customer or tracking number</source>
        <translation>Поиск по номеру, покупателю или трек-номеру</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Все статусы</translation>
    </message>
    <message>
        <source>Open (not shipped)</source>
        <translation>Открытые (не отгружены)</translation>
    </message>
    <message>
        <source>Drafts and confirmed orders not shipped yet</source>
        <translation>Черновики и подтверждённые заказы, ещё не отгруженные</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>Все каналы</translation>
    </message>
    <message>
        <source>Paid or not</source>
        <translation>Оплата: все</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Оплачен</translation>
    </message>
    <message>
        <source>Unpaid</source>
        <translation>Не оплачен</translation>
    </message>
    <message>
        <source>Unpaid or partly paid</source>
        <translation>Не оплачен или оплачен частично</translation>
    </message>
    <message>
        <source>Only orders past their ship-by date that have not shipped</source>
        <translation>Только заказы с истёкшим сроком отгрузки, которые ещё не отгружены</translation>
    </message>
    <message>
        <source>Cannot read the orders: %1</source>
        <translation>Не удалось прочитать заказы: %1</translation>
    </message>
    <message>
        <source>&amp;New order…</source>
        <translation>&amp;Новый заказ…</translation>
    </message>
    <message>
        <source>Enter an order: phone, messenger, in person</source>
        <translation>Оформить заказ: по телефону, из мессенджера, лично</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Открыть…</translation>
    </message>
    <message>
        <source>The whole order with its history; a draft can be edited</source>
        <translation>Весь заказ с историей; черновик можно редактировать</translation>
    </message>
    <message>
        <source>&amp;Confirm</source>
        <translation>&amp;Подтвердить</translation>
    </message>
    <message>
        <source>Reserve stock for the order; lines without stock wait if backorders are allowed</source>
        <translation>Зарезервировать товар под заказ; строки без остатка ждут поступления, если разрешён предзаказ</translation>
    </message>
    <message>
        <source>Start p&amp;icking</source>
        <translation>Начать с&amp;борку</translation>
    </message>
    <message>
        <source>Someone is collecting the goods</source>
        <translation>Товар собирается</translation>
    </message>
    <message>
        <source>Mark pac&amp;ked</source>
        <translation>Упа&amp;кован</translation>
    </message>
    <message>
        <source>The goods are packed: they move to the packing location</source>
        <translation>Товар упакован и перемещается в зону упаковки</translation>
    </message>
    <message>
        <source>&amp;Ship…</source>
        <translation>О&amp;тгрузить…</translation>
    </message>
    <message>
        <source>Hand the parcel to the carrier: carrier, tracking number, what ships now</source>
        <translation>Передать посылку службе доставки: служба доставки, трек-номер, что отгружается сейчас</translation>
    </message>
    <message>
        <source>&amp;Delivered</source>
        <translation>Дост&amp;авлен</translation>
    </message>
    <message>
        <source>The customer received the order</source>
        <translation>Покупатель получил заказ</translation>
    </message>
    <message>
        <source>Not colle&amp;cted…</source>
        <translation>Не в&amp;ыкуплен…</translation>
    </message>
    <message>
        <source>Not picked up at the pickup point: the goods come back to stock</source>
        <translation>Не забран в пункте выдачи: товар возвращается на склад</translation>
    </message>
    <message>
        <source>&amp;Refused…</source>
        <translation>Отка&amp;з…</translation>
    </message>
    <message>
        <source>The customer refused the parcel: the goods come back to stock</source>
        <translation>Покупатель отказался от посылки: товар возвращается на склад</translation>
    </message>
    <message>
        <source>Back to &amp;draft</source>
        <translation>Вернуть в &amp;черновик</translation>
    </message>
    <message>
        <source>Release the reservations so the order can be edited</source>
        <translation>Снять резерв, чтобы заказ можно было редактировать</translation>
    </message>
    <message>
        <source>Cance&amp;l order…</source>
        <translation>Отм&amp;енить заказ…</translation>
    </message>
    <message>
        <source>Cancel the order: reservations are released and picked goods go back</source>
        <translation>Отменить заказ: резерв снимается, собранный товар возвращается на места</translation>
    </message>
    <message>
        <source>Record &amp;payment…</source>
        <translation>&amp;Внести оплату…</translation>
    </message>
    <message>
        <source>Money received for the selected order</source>
        <translation>Деньги, полученные по выбранному заказу</translation>
    </message>
    <message>
        <source>Mark s&amp;hipped…</source>
        <translation>Отметить отгру&amp;женными…</translation>
    </message>
    <message>
        <source>Ship several selected orders at once, one carrier and a tracking number each</source>
        <translation>Отгрузить сразу несколько выбранных заказов: одна служба доставки, у каждого свой трек-номер</translation>
    </message>
    <message>
        <source>C&amp;arriers…</source>
        <translation>Сл&amp;ужбы доставки…</translation>
    </message>
    <message>
        <source>The carriers you ship with and their tracking pages</source>
        <translation>Службы доставки, которыми вы пользуетесь, и их страницы отслеживания</translation>
    </message>
    <message>
        <source>Doc&amp;uments…</source>
        <translation>&amp;Документы…</translation>
    </message>
    <message>
        <source>Picking list, packing slip, waybill or invoice of the selected orders, as PDF or printed</source>
        <translation>Лист сборки, упаковочный лист, накладная или счёт по выбранным заказам — в PDF или на печать</translation>
    </message>
    <message>
        <source>Pack with &amp;scanner…</source>
        <translation>Упаковать со &amp;сканером…</translation>
    </message>
    <message>
        <source>Scan every item into the parcel; a wrong item or count is refused before it is closed</source>
        <translation>Сканируйте каждый товар в посылку; не тот товар или неверное количество будут отклонены до закрытия посылки</translation>
    </message>
    <message>
        <source>New &amp;return…</source>
        <translation>Новый возв&amp;рат…</translation>
    </message>
    <message>
        <source>The customer sends goods of this order back</source>
        <translation>Покупатель возвращает товар из этого заказа</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Изменить…</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Заказы</translation>
    </message>
    <message>
        <source>Order %1</source>
        <translation>Заказ %1</translation>
    </message>
    <message>
        <source>Order %1 refused</source>
        <translation>Отказ от заказа %1</translation>
    </message>
    <message>
        <source>Order %1 not collected</source>
        <translation>Заказ %1 не выкуплен</translation>
    </message>
    <message>
        <source>The customer refused order %1. Its goods come back to stock, to the locations they left from.</source>
        <translation>Покупатель отказался от заказа %1. Товар возвращается на склад, в те места хранения, откуда был отгружен.</translation>
    </message>
    <message>
        <source>Order %1 was not picked up. Its goods come back to stock, to the locations they left from.</source>
        <translation>Заказ %1 не забрали. Товар возвращается на склад, в те места хранения, откуда был отгружен.</translation>
    </message>
    <message>
        <source>Did not come to the pickup point</source>
        <translation>Не пришёл в пункт выдачи</translation>
    </message>
    <message>
        <source>Changed their mind</source>
        <translation>Передумал</translation>
    </message>
    <message>
        <source>Damaged parcel</source>
        <translation>Посылка повреждена</translation>
    </message>
    <message>
        <source>Wrong item</source>
        <translation>Не тот товар</translation>
    </message>
    <message>
        <source>Delivered too late</source>
        <translation>Доставлен слишком поздно</translation>
    </message>
    <message>
        <source>Mark &amp;refused</source>
        <translation>Отметить &amp;отказ</translation>
    </message>
    <message>
        <source>Mark &amp;not collected</source>
        <translation>Отметить как &amp;не выкупленный</translation>
    </message>
    <message>
        <source>Cancel order %1</source>
        <translation>Отмена заказа %1</translation>
    </message>
    <message>
        <source>Order %1 will be cancelled: its reservations are released and goods already picked go back to their shelves. A cancelled order cannot be reopened.</source>
        <translation>Заказ %1 будет отменён: резерв снимается, уже собранный товар возвращается на полки. Отменённый заказ нельзя открыть снова.</translation>
    </message>
    <message>
        <source>The customer cancelled</source>
        <translation>Покупатель отменил заказ</translation>
    </message>
    <message>
        <source>Not paid in time</source>
        <translation>Не оплачен вовремя</translation>
    </message>
    <message>
        <source>Out of stock</source>
        <translation>Нет в наличии</translation>
    </message>
    <message>
        <source>Duplicate order</source>
        <translation>Дубль заказа</translation>
    </message>
    <message>
        <source>Cancelled by the marketplace</source>
        <translation>Отменён маркетплейсом</translation>
    </message>
    <message>
        <source>Suspected fraud</source>
        <translation>Подозрение на мошенничество</translation>
    </message>
    <message>
        <source>Cance&amp;l order</source>
        <translation>Отм&amp;енить заказ</translation>
    </message>
    <message>
        <source>Order %1 shipped</source>
        <translation>Заказ %1 отгружен</translation>
    </message>
    <message>
        <source>What did not ship now stays on the new order %1, which keeps its reservations.</source>
        <translation>Неотгруженная часть остаётся в новом заказе %1, резерв по ней сохраняется.</translation>
    </message>
    <message>
        <source>Mark shipped</source>
        <translation>Отметить отгруженными</translation>
    </message>
    <message numerus="yes">
        <source>%n orders are selected; ship at most %1 at once.</source>
        <translation>
            <numerusform>Выбран %n заказ; за раз можно отгрузить не более %1.</numerusform>
            <numerusform>Выбрано %n заказа; за раз можно отгрузить не более %1.</numerusform>
            <numerusform>Выбрано %n заказов; за раз можно отгрузить не более %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>S&amp;hipping details…</source>
        <translation>Данные &amp;доставки…</translation>
    </message>
    <message>
        <source>Correct the carrier, tracking number, promised delivery, delay reason or address</source>
        <translation>Исправить службу доставки, трек-номер, обещанную дату доставки, причину задержки или адрес</translation>
    </message>
    <message>
        <source>Order from s&amp;upplier</source>
        <translation>Заказать у постав&amp;щика</translation>
    </message>
    <message>
        <source>Send the dropshipped lines to their suppliers: a purchase order per supplier, marked sent; the supplier ships to the customer</source>
        <translation>Передать позиции для дропшиппинга поставщикам: на каждого поставщика создаётся заказ, отмеченный как отправленный; покупателю товар отгружает поставщик</translation>
    </message>
    <message>
        <source>Save PO as P&amp;DF…</source>
        <translation>Со&amp;хранить заказ поставщику в PDF…</translation>
    </message>
    <message>
        <source>The selected dropship purchase order as a PDF to send to the supplier</source>
        <translation>Выбранный заказ на дропшиппинг в формате PDF для отправки поставщику</translation>
    </message>
    <message>
        <source>Cannot print</source>
        <translation>Не удалось распечатать</translation>
    </message>
    <message>
        <source>Save the purchase order as PDF</source>
        <translation>Сохранить заказ поставщику в PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Файлы PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Не сохранено</translation>
    </message>
    <message>
        <source>Confirm the order first: then its dropshipped lines can be ordered from their suppliers</source>
        <translation>Сначала подтвердите заказ: после этого позиции для дропшиппинга можно будет заказать у поставщиков</translation>
    </message>
    <message>
        <source>Every dropshipped line is on a purchase order to its supplier</source>
        <translation>Все позиции для дропшиппинга уже включены в заказы поставщикам</translation>
    </message>
</context>
<context>
    <name>kontor::PackingDialog</name>
    <message>
        <source>Undo last scan (Ctrl+Z)</source>
        <translation>Отменить последнее сканирование (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Close parcel</source>
        <translation>Закрыть посылку</translation>
    </message>
    <message>
        <source>Pack order</source>
        <translation>Упаковать заказ</translation>
    </message>
    <message>
        <source>Scan an item, or type its SKU and press Enter</source>
        <translation>Отсканируйте товар или введите его артикул и нажмите Enter</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Закрыть (Esc)</translation>
    </message>
    <message>
        <source>Pack order %1</source>
        <translation>Упаковка заказа %1</translation>
    </message>
    <message>
        <source>You may not pack orders: ask someone who fulfils orders.</source>
        <translation>У вас нет права упаковывать заказы: обратитесь к сотруднику, который отвечает за сборку заказов.</translation>
    </message>
    <message>
        <source>Order %1 is %2: start picking it before packing.</source>
        <translation>Заказ %1 в статусе «%2»: перед упаковкой начните его сборку.</translation>
    </message>
    <message>
        <source>Order %1 is %2: there is nothing to pack.</source>
        <translation>Заказ %1 в статусе «%2»: упаковывать нечего.</translation>
    </message>
    <message>
        <source>Nothing of order %1 is reserved yet: there is nothing to pack.</source>
        <translation>По заказу %1 пока ничего не зарезервировано: упаковывать нечего.</translation>
    </message>
    <message>
        <source>Scan every item as it goes into the parcel.</source>
        <translation>Сканируйте каждый товар, когда кладёте его в посылку.</translation>
    </message>
    <message>
        <source>Everything is in the parcel: close it.</source>
        <translation>Всё в посылке: закройте её.</translation>
    </message>
    <message>
        <source>Nothing to undo.</source>
        <translation>Нечего отменять.</translation>
    </message>
    <message>
        <source>Taken back: %1 %2 (%3 of %4).</source>
        <translation>Извлечено из посылки: %1 %2 (%3 из %4).</translation>
    </message>
    <message>
        <source>Parcel not closed</source>
        <translation>Посылка не закрыта</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %2 scanned · %3 of %n line(s) complete</source>
        <translation>
            <numerusform>Отсканировано %1 из %2 · готово %3 из %n строки</numerusform>
            <numerusform>Отсканировано %1 из %2 · готово %3 из %n строк</numerusform>
            <numerusform>Отсканировано %1 из %2 · готово %3 из %n строк</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kontor::PackingLineModel</name>
    <message>
        <source>Done</source>
        <translation>Готово</translation>
    </message>
    <message>
        <source>To pack</source>
        <translation>К упаковке</translation>
    </message>
    <message>
        <source>%1 more</source>
        <translation>Ещё %1</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>Артикул</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Наименование</translation>
    </message>
    <message>
        <source>Ordered</source>
        <translation>Заказано</translation>
    </message>
    <message>
        <source>Scanned</source>
        <translation>Отсканировано</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
</context>
<context>
    <name>kontor::PackingVerifier</name>
    <message>
        <source>Unknown code %1: no product has it. Put the item aside.</source>
        <translation>Неизвестный код %1: такого товара нет. Отложите этот товар.</translation>
    </message>
    <message>
        <source>Wrong item: %1 %2 is not in this parcel.</source>
        <translation>Не тот товар: %1 %2 не входит в эту посылку.</translation>
    </message>
    <message>
        <source>This unit was scanned already: marking code %1 is in the parcel. Scan the next unit.</source>
        <translation>Этот экземпляр уже отсканирован: код маркировки %1 уже в посылке. Отсканируйте следующий экземпляр.</translation>
    </message>
    <message>
        <source>Too many: %1 %2 is packed in full already (%3).</source>
        <translation>Лишний товар: %1 %2 уже упакован полностью (%3).</translation>
    </message>
    <message>
        <source>Too many: only %1 more of %2 %3 go into this parcel.</source>
        <translation>Лишний товар: %2 %3 — в эту посылку осталось положить только %1.</translation>
    </message>
    <message>
        <source>%1 %2: %3 of %4.</source>
        <translation>%1 %2: %3 из %4.</translation>
    </message>
</context>
<context>
    <name>kontor::PaymentDialog</name>
    <message>
        <source>&amp;Record payment</source>
        <translation>&amp;Внести оплату</translation>
    </message>
    <message>
        <source>Payment for order %1</source>
        <translation>Оплата заказа %1</translation>
    </message>
    <message>
        <source>Order total:</source>
        <translation>Сумма заказа:</translation>
    </message>
    <message>
        <source>Paid so far:</source>
        <translation>Уже оплачено:</translation>
    </message>
    <message>
        <source>Still due:</source>
        <translation>Осталось оплатить:</translation>
    </message>
    <message>
        <source>Payment method:</source>
        <translation>Способ оплаты:</translation>
    </message>
    <message>
        <source>What the customer paid now; a negative amount corrects an earlier entry</source>
        <translation>Сколько покупатель заплатил сейчас; отрицательная сумма исправляет предыдущую запись</translation>
    </message>
    <message>
        <source>&amp;Amount received:</source>
        <translation>Полученная &amp;сумма:</translation>
    </message>
</context>
<context>
    <name>kontor::PostingDialog</name>
    <message>
        <source>Type a SKU, name or barcode</source>
        <translation>Введите артикул, наименование или штрихкод</translation>
    </message>
    <message>
        <source>&amp;Product:</source>
        <translation>&amp;Товар:</translation>
    </message>
    <message>
        <source>When the goods physically moved. Change it to record something that happened earlier.</source>
        <translation>Когда товар фактически переместился. Измените, чтобы записать то, что произошло раньше.</translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation>&amp;Дата:</translation>
    </message>
    <message>
        <source>Optional: waybill number, who brought it, …</source>
        <translation>Необязательно: номер накладной, кто привёз, …</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>Приме&amp;чание:</translation>
    </message>
    <message>
        <source>Not a quantity: type a number such as %1.</source>
        <translation>Это не количество: введите число, например %1.</translation>
    </message>
    <message>
        <source>The quantity must be more than zero.</source>
        <translation>Количество должно быть больше нуля.</translation>
    </message>
    <message>
        <source>%1 is counted in pieces: use a whole number.</source>
        <translation>%1 учитывается в штуках: укажите целое число.</translation>
    </message>
    <message>
        <source>Choose a product from the list that appears as you type.</source>
        <translation>Выберите товар из списка, который появляется при вводе.</translation>
    </message>
    <message>
        <source>This is in the future: stock can only be recorded once it has moved.</source>
        <translation>Эта дата ещё не наступила: движение товара можно записать только после того, как оно произошло.</translation>
    </message>
</context>
<context>
    <name>kontor::PriceListsDialog</name>
    <message>
        <source>&amp;New list</source>
        <translation>&amp;Новый прайс-лист</translation>
    </message>
    <message>
        <source>A&amp;rchive</source>
        <translation>В &amp;архив</translation>
    </message>
    <message>
        <source>Re&amp;move tier</source>
        <translation>&amp;Удалить ступень</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Сохранить</translation>
    </message>
    <message>
        <source>Price lists</source>
        <translation>Прайс-листы</translation>
    </message>
    <message>
        <source>Wholesale, Dealers, …</source>
        <translation>Опт, Дилеры, …</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Товар</translation>
    </message>
    <message>
        <source>From quantity</source>
        <translation>От количества</translation>
    </message>
    <message>
        <source>Price, %1</source>
        <translation>Цена, %1</translation>
    </message>
    <message>
        <source>Add a tier: type a SKU or a product name</source>
        <translation>Добавить ступень: введите артикул или название товара</translation>
    </message>
    <message>
        <source>A customer with this list pays the price of the largest tier their quantity reaches; below the first tier, the usual price.</source>
        <translation>Клиент с этим прайс-листом платит цену самой крупной ступени, которой достигает его количество; ниже первой ступени — обычную цену.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>Назван&amp;ие:</translation>
    </message>
    <message>
        <source>%1 (archived)</source>
        <translation>%1 (в архиве)</translation>
    </message>
    <message>
        <source>Tier %1: choose a product.</source>
        <translation>Ступень %1: выберите товар.</translation>
    </message>
    <message>
        <source>Tier %1: no product has the SKU or name &quot;%2&quot;.</source>
        <translation>Ступень %1: нет товара с артикулом или названием «%2».</translation>
    </message>
    <message>
        <source>Tier %1: several products match &quot;%2&quot;; type the SKU.</source>
        <translation>Ступень %1: «%2» подходит к нескольким товарам; введите артикул.</translation>
    </message>
    <message>
        <source>Tier %1: &quot;%2&quot; is not a quantity.</source>
        <translation>Ступень %1: «%2» — это не количество.</translation>
    </message>
    <message>
        <source>Tier %1: &quot;%2&quot; is not a price in %3.</source>
        <translation>Ступень %1: «%2» — это не цена в %3.</translation>
    </message>
    <message>
        <source>Rest&amp;ore</source>
        <translation>&amp;Восстановить</translation>
    </message>
</context>
<context>
    <name>kontor::PriceService</name>
    <message>
        <source>The product does not exist.</source>
        <translation>Товар не найден.</translation>
    </message>
    <message>
        <source>A price cannot be negative.</source>
        <translation>Цена не может быть отрицательной.</translation>
    </message>
    <message>
        <source>A channel price needs its channel.</source>
        <translation>Для цены канала продаж укажите канал.</translation>
    </message>
    <message>
        <source>A price list needs a name.</source>
        <translation>Укажите название прайс-листа.</translation>
    </message>
    <message>
        <source>Tier %1: the minimum quantity must be positive and the price not negative.</source>
        <translation>Ступень %1: минимальное количество должно быть больше нуля, а цена — не отрицательной.</translation>
    </message>
    <message>
        <source>Tier %1 repeats a product with the same minimum quantity.</source>
        <translation>Ступень %1 повторяет товар с тем же минимальным количеством.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a currency code such as USD.</source>
        <translation>«%1» — не код валюты (например, USD).</translation>
    </message>
    <message>
        <source>An exchange rate must be positive.</source>
        <translation>Курс валюты должен быть больше нуля.</translation>
    </message>
    <message>
        <source>There is no exchange rate for %1 on %2. Add it under Exchange rates.</source>
        <translation>Нет курса валюты %1 на %2. Добавьте его в разделе «Курсы валют».</translation>
    </message>
    <message>
        <source>A VAT change needs two different rates between 0 and 100 %.</source>
        <translation>Для смены ставки НДС нужны две разные ставки от 0 до 100 %.</translation>
    </message>
    <message>
        <source>VAT %1 → %2</source>
        <translation>НДС %1 → %2</translation>
    </message>
</context>
<context>
    <name>kontor::PriceText</name>
    <message>
        <source>&quot;%1&quot; is not a rate: type a positive number with up to four decimals, such as %2.</source>
        <translation>«%1» — это не курс: введите положительное число не более чем с четырьмя знаками после запятой, например %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a VAT rate: type a percentage from 0 to 100.</source>
        <translation>«%1» — это не ставка НДС: введите процент от 0 до 100.</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
</context>
<context>
    <name>kontor::ProblemProductsModel</name>
    <message>
        <source>Tickets opened in the period about the product: the ticket&apos;s product, or the products of its order</source>
        <translation>Обращения по товару, открытые за период: товар указан в обращении или входит в его заказ</translation>
    </message>
    <message>
        <source>Units of the product in the orders placed in the period (not drafts or cancelled)</source>
        <translation>Количество единиц товара в заказах, оформленных за период (без черновиков и отменённых)</translation>
    </message>
    <message>
        <source>Tickets per 100 units sold in the period</source>
        <translation>Обращений на 100 единиц, проданных за период</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Товар</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation>Обращения</translation>
    </message>
    <message>
        <source>Sold</source>
        <translation>Продано</translation>
    </message>
    <message>
        <source>Per 100</source>
        <translation>На 100</translation>
    </message>
    <message>
        <source>None sold in the period</source>
        <translation>За период не продавался</translation>
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
        <source>the VAT rate must be between 0 and 100 %</source>
        <translation>ставка НДС должна быть от 0 до 100 %</translation>
    </message>
    <message>
        <source>The Stock column was not imported: import opening stock with File &gt; Import opening stock.</source>
        <translation>Столбец «Остаток» не импортирован: импортируйте начальные остатки через «Файл &gt; Импорт начальных остатков».</translation>
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
    <message>
        <source>C&amp;hannel prices…</source>
        <translation>Цены по &amp;каналам…</translation>
    </message>
    <message>
        <source>Own prices for a marketplace or another sales channel</source>
        <translation>Собственные цены для маркетплейса или другого канала продаж</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>Изменить…</translation>
    </message>
    <message>
        <source>The preferred supplier, and whether it ships the product to the customer</source>
        <translation>Основной поставщик и отгружает ли он товар напрямую покупателю</translation>
    </message>
    <message>
        <source>Suppli&amp;er:</source>
        <translation>&amp;Поставщик:</translation>
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
        <source>Format:</source>
        <translation>Формат:</translation>
    </message>
    <message>
        <source>Exporting products…</source>
        <translation>Экспорт товаров…</translation>
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
        <source>Format:</source>
        <translation>Формат:</translation>
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
        <source>When a SKU already exists:</source>
        <translation>Если артикул уже есть:</translation>
    </message>
    <message>
        <source>Importing products…</source>
        <translation>Импорт товаров…</translation>
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
    <message>
        <source>Stock &amp;history…</source>
        <translation>&amp;История движений…</translation>
    </message>
    <message>
        <source>&amp;Kit and stock settings…</source>
        <translation>&amp;Комплект и складские настройки…</translation>
    </message>
    <message>
        <source>Kit…</source>
        <translation>Комплект…</translation>
    </message>
    <message>
        <source>Make the product a kit of other products, or allow backorders for it</source>
        <translation>Сделать товар комплектом из других товаров или разрешить для него предзаказ сверх остатка</translation>
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
    <name>kontor::ProductSupplierDialog</name>
    <message>
        <source>&amp;Dropshipped by this supplier</source>
        <translation>&amp;Дропшиппинг через этого поставщика</translation>
    </message>
    <message>
        <source>Supplier of %1</source>
        <translation>Поставщик товара %1</translation>
    </message>
    <message>
        <source>The preferred supplier of %1: purchase orders drafted from replenishment go to it.</source>
        <translation>Основной поставщик товара %1: ему направляются заказы, созданные при пополнении запасов.</translation>
    </message>
    <message>
        <source>The supplier ships this product straight to the customer: an order line for it moves no stock</source>
        <translation>Поставщик отгружает этот товар напрямую покупателю: строка заказа с ним не меняет остатки</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Нет</translation>
    </message>
    <message>
        <source>%1 (archived)</source>
        <translation>%1 (в архиве)</translation>
    </message>
    <message>
        <source>&amp;Supplier:</source>
        <translation>&amp;Поставщик:</translation>
    </message>
    <message>
        <source>This supplier is not marked as dropshipping; mark it so in its details.</source>
        <translation>Этот поставщик не отмечен как работающий по дропшиппингу; отметьте это в его карточке.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>(missing supplier)</source>
        <translation>(поставщик не найден)</translation>
    </message>
    <message>
        <source>%1 · dropshipped</source>
        <translation>%1 · дропшиппинг</translation>
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
    <name>kontor::PurchaseOrderDetailPanel</name>
    <message>
        <source>Select a purchase order to see its lines, delivery performance and history.</source>
        <translation>Выберите заказ поставщику, чтобы увидеть его строки, показатели поставки и историю.</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>Артикул</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Наименование</translation>
    </message>
    <message>
        <source>Supplier SKU</source>
        <translation>Артикул поставщика</translation>
    </message>
    <message>
        <source>Ordered</source>
        <translation>Заказано</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Принято</translation>
    </message>
    <message>
        <source>Defective</source>
        <translation>Брак</translation>
    </message>
    <message>
        <source>Mis-sorted</source>
        <translation>Пересорт</translation>
    </message>
    <message>
        <source>Outstanding</source>
        <translation>Ожидается</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Цена за единицу</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Кто</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Изменение</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Комментарий</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Номер</translation>
    </message>
    <message>
        <source>Received on</source>
        <translation>Дата приёмки</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Место хранения</translation>
    </message>
    <message>
        <source>Landed costs</source>
        <translation>Доп. расходы на поставку</translation>
    </message>
    <message>
        <source>Supplier:</source>
        <translation>Поставщик:</translation>
    </message>
    <message>
        <source>Contract:</source>
        <translation>Договор:</translation>
    </message>
    <message>
        <source>Ordered:</source>
        <translation>Заказан:</translation>
    </message>
    <message>
        <source>Sent:</source>
        <translation>Отправлен:</translation>
    </message>
    <message>
        <source>Confirmed:</source>
        <translation>Подтверждён:</translation>
    </message>
    <message>
        <source>Prepaid:</source>
        <translation>Предоплата:</translation>
    </message>
    <message>
        <source>Due:</source>
        <translation>Срок поставки:</translation>
    </message>
    <message>
        <source>Received at:</source>
        <translation>Место приёмки:</translation>
    </message>
    <message>
        <source>Ship to:</source>
        <translation>Адрес доставки:</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Комментарий:</translation>
    </message>
    <message>
        <source>Units of the ordered product still expected (mis-sorted units are not it)</source>
        <translation>Сколько единиц заказанного товара ещё ожидается (пересорт не засчитывается)</translation>
    </message>
    <message>
        <source>Before the volume discount</source>
        <translation>До скидки за объём</translation>
    </message>
    <message>
        <source>Line / delivery</source>
        <translation>Строка / поставка</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Срок поставки</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Кол-во</translation>
    </message>
    <message>
        <source>Days late</source>
        <translation>Дней просрочки</translation>
    </message>
    <message>
        <source>On time</source>
        <translation>Вовремя</translation>
    </message>
    <message>
        <source>In full</source>
        <translation>В полном объёме</translation>
    </message>
    <message>
        <source>Late penalty</source>
        <translation>Неустойка за просрочку</translation>
    </message>
    <message>
        <source>Defects</source>
        <translation>Брак</translation>
    </message>
    <message>
        <source>Mis-sorts</source>
        <translation>Пересорт</translation>
    </message>
    <message>
        <source>Shortage</source>
        <translation>Недопоставка</translation>
    </message>
    <message>
        <source>Units of the ordered product received by the due date, of those ordered</source>
        <translation>Доля заказанных единиц товара, поступивших к сроку поставки</translation>
    </message>
    <message>
        <source>Units accepted, of those ordered</source>
        <translation>Доля принятых единиц от заказанных</translation>
    </message>
    <message>
        <source>The late value × the rate per day × the days late, up to the cap</source>
        <translation>Сумма просроченного × ставка в день × дни просрочки, но не более предела</translation>
    </message>
    <message>
        <source>Freight, customs and fees, in the shop currency</source>
        <translation>Доставка, таможня и сборы в валюте магазина</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>Строки</translation>
    </message>
    <message>
        <source>Delivery performance</source>
        <translation>Показатели поставки</translation>
    </message>
    <message>
        <source>History</source>
        <translation>История</translation>
    </message>
    <message>
        <source>Receipts</source>
        <translation>Приёмки</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 (dropship)</source>
        <translation>%1 (дропшиппинг)</translation>
    </message>
    <message>
        <source>none valid on the order date: prices typed by hand</source>
        <translation>нет действующего на дату заказа: цены введены вручную</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 от %2</translation>
    </message>
    <message>
        <source>%1, overdue</source>
        <translation>%1, просрочен</translation>
    </message>
    <message>
        <source>set when the supplier confirms</source>
        <translation>определяется после подтверждения поставщиком</translation>
    </message>
    <message>
        <source>Typed by hand: no contract was valid on the order date</source>
        <translation>Введена вручную: на дату заказа не было действующего договора</translation>
    </message>
    <message>
        <source>Typed by hand: not the price of contract %1</source>
        <translation>Введена вручную: не совпадает с ценой по договору %1</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s)</source>
        <translation>
            <numerusform>%n строка</numerusform>
            <numerusform>%n строки</numerusform>
            <numerusform>%n строк</numerusform>
        </translation>
    </message>
    <message>
        <source>Subtotal %1</source>
        <translation>Сумма без скидки %1</translation>
    </message>
    <message>
        <source>volume discount %1: −%2</source>
        <translation>скидка за объём %1: −%2</translation>
    </message>
    <message>
        <source>Total %1</source>
        <translation>Итого %1</translation>
    </message>
    <message>
        <source>Delivery performance is measured once the order is sent and confirmed.</source>
        <translation>Показатели поставки рассчитываются после отправки и подтверждения заказа.</translation>
    </message>
    <message>
        <source>No contract was valid on the order date: no lead time or penalties apply.</source>
        <translation>На дату заказа не было действующего договора: срок поставки и неустойки не применяются.</translation>
    </message>
    <message>
        <source>started %1</source>
        <translation>отсчёт с %1</translation>
    </message>
    <message>
        <source>not started: no prepayment yet</source>
        <translation>отсчёт не начат: предоплаты ещё нет</translation>
    </message>
    <message>
        <source>not started: not confirmed yet</source>
        <translation>отсчёт не начат: заказ ещё не подтверждён</translation>
    </message>
    <message>
        <source>&lt;b&gt;Contract %1&lt;/b&gt;: %2 (%3%4)</source>
        <translation>&lt;b&gt;Договор %1&lt;/b&gt;: %2 (%3%4)</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>срок %1</translation>
    </message>
    <message>
        <source>defects: %1</source>
        <translation>брак: %1</translation>
    </message>
    <message>
        <source>mis-sorts: %1</source>
        <translation>пересорт: %1</translation>
    </message>
    <message>
        <source>shortage: %1 of the value never delivered</source>
        <translation>недопоставка: не поставлено %1 от суммы</translation>
    </message>
    <message>
        <source>shortage: none</source>
        <translation>недопоставка: нет</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 из %2</translation>
    </message>
    <message>
        <source>not due</source>
        <translation>срок не наступил</translation>
    </message>
    <message>
        <source>%1 (cap reached)</source>
        <translation>%1 (достигнут предел)</translation>
    </message>
    <message>
        <source>%1 before the cap</source>
        <translation>%1 до предела</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Received %1</source>
        <translation>Приёмка %1</translation>
    </message>
    <message>
        <source>on time</source>
        <translation>вовремя</translation>
    </message>
    <message numerus="yes">
        <source>%1 × %2 per day × %n day(s)</source>
        <translation>
            <numerusform>%1 × %2 в день × %n день</numerusform>
            <numerusform>%1 × %2 в день × %n дня</numerusform>
            <numerusform>%1 × %2 в день × %n дней</numerusform>
        </translation>
    </message>
    <message>
        <source>Still missing, late and counting</source>
        <translation>Ещё не поставлено, просрочка продолжается</translation>
    </message>
    <message>
        <source>Still missing</source>
        <translation>Ещё не поставлено</translation>
    </message>
    <message>
        <source>late %1</source>
        <translation>просрочка %1</translation>
    </message>
    <message>
        <source>(cap reached)</source>
        <translation>(достигнут предел)</translation>
    </message>
    <message>
        <source>defects %1</source>
        <translation>брак %1</translation>
    </message>
    <message>
        <source>mis-sorts %1</source>
        <translation>пересорт %1</translation>
    </message>
    <message>
        <source>shortage %1</source>
        <translation>недопоставка %1</translation>
    </message>
    <message>
        <source>Penalties as of %1: %2; &lt;b&gt;total %3&lt;/b&gt;.</source>
        <translation>Неустойки на %1: %2; &lt;b&gt;итого %3&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>Not claimed yet for lateness and shortages: %1.</source>
        <translation>По просрочке и недопоставке ещё не предъявлено претензий: %1.</translation>
    </message>
    <message>
        <source>Lateness and shortages are claimed.</source>
        <translation>Претензии по просрочке и недопоставке предъявлены.</translation>
    </message>
    <message>
        <source>Receipts (%1)</source>
        <translation>Приёмки (%1)</translation>
    </message>
    <message>
        <source>%1: %2 accepted, %3 defective, %4 mis-sorted</source>
        <translation>%1: принято %2, брак %3, пересорт %4</translation>
    </message>
    <message>
        <source>Freight %1, customs %2, fees %3, spread by %4</source>
        <translation>Доставка %1, таможня %2, сборы %3, распределено по %4</translation>
    </message>
    <message>
        <source>weight</source>
        <translation>весу</translation>
    </message>
    <message>
        <source>value</source>
        <translation>стоимости</translation>
    </message>
    <message>
        <source>Supplier shipped:</source>
        <translation>Отгружен поставщиком:</translation>
    </message>
    <message>
        <source>%1, no tracking number</source>
        <translation>%1, без трек-номера</translation>
    </message>
    <message>
        <source>%1, tracking %2</source>
        <translation>%1, трек-номер %2</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>ещё нет</translation>
    </message>
</context>
<context>
    <name>kontor::PurchaseOrderDocument</name>
    <message>
        <source>Dropship order %1</source>
        <translation>Заказ на дропшиппинг %1</translation>
    </message>
    <message>
        <source>Purchase order %1</source>
        <translation>Заказ поставщику %1</translation>
    </message>
    <message>
        <source>INN</source>
        <translation>ИНН</translation>
    </message>
    <message>
        <source>KPP</source>
        <translation>КПП</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Телефон:</translation>
    </message>
    <message>
        <source>Email:</source>
        <translation>Эл. почта:</translation>
    </message>
    <message>
        <source>Dropship order No. %1 of %2</source>
        <translation>Заказ на дропшиппинг № %1 от %2</translation>
    </message>
    <message>
        <source>Purchase order No. %1 of %2</source>
        <translation>Заказ поставщику № %1 от %2</translation>
    </message>
    <message>
        <source>Under contract No. %1</source>
        <translation>По договору № %1</translation>
    </message>
    <message>
        <source>Ship straight to our customer, in a parcel without your prices.</source>
        <translation>Отгрузите напрямую нашему покупателю, в посылке без ваших цен.</translation>
    </message>
    <message>
        <source>Warehouse: %1</source>
        <translation>Склад: %1</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Buyer</source>
        <translation>Покупатель</translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation>Поставщик</translation>
    </message>
    <message>
        <source>Ship to</source>
        <translation>Грузополучатель</translation>
    </message>
    <message>
        <source>Deliver to</source>
        <translation>Адрес доставки</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <source>Your SKU</source>
        <translation>Ваш артикул</translation>
    </message>
    <message>
        <source>Goods</source>
        <translation>Товар</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>Кол-во</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Цена</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <source>our SKU %1</source>
        <translation>наш артикул %1</translation>
    </message>
    <message>
        <source>Subtotal:</source>
        <translation>Сумма без скидки:</translation>
    </message>
    <message>
        <source>Volume discount %1:</source>
        <translation>Скидка за объём %1:</translation>
    </message>
    <message>
        <source>Total:</source>
        <translation>Итого:</translation>
    </message>
    <message>
        <source>1 line, total %1.</source>
        <translation>Всего наименований 1, на сумму %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n lines, total %1.</source>
        <translation>
            <numerusform>Всего наименований %n, на сумму %1.</numerusform>
            <numerusform>Всего наименований %n, на сумму %1.</numerusform>
            <numerusform>Всего наименований %n, на сумму %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delivery due by %1.</source>
        <translation>Срок поставки — до %1.</translation>
    </message>
    <message>
        <source>1 business day</source>
        <translation>1 рабочий день</translation>
    </message>
    <message>
        <source>1 calendar day</source>
        <translation>1 календарный день</translation>
    </message>
    <message numerus="yes">
        <source>%n business days</source>
        <translation>
            <numerusform>%n рабочий день</numerusform>
            <numerusform>%n рабочих дня</numerusform>
            <numerusform>%n рабочих дней</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n calendar days</source>
        <translation>
            <numerusform>%n календарный день</numerusform>
            <numerusform>%n календарных дня</numerusform>
            <numerusform>%n календарных дней</numerusform>
        </translation>
    </message>
    <message>
        <source>Delivery within %1 of our prepayment, as the contract says.</source>
        <translation>Срок поставки — %1 с момента нашей предоплаты, согласно договору.</translation>
    </message>
    <message>
        <source>Delivery within %1 of your confirmation, as the contract says.</source>
        <translation>Срок поставки — %1 с момента вашего подтверждения, согласно договору.</translation>
    </message>
    <message>
        <source>Please confirm this order and quote No. %1 on your waybill and invoice.</source>
        <translation>Просим подтвердить заказ и указать № %1 в накладной и счёте.</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Примечание:</translation>
    </message>
    <message>
        <source>Ordered by</source>
        <translation>Заказ оформил</translation>
    </message>
    <message>
        <source>signature</source>
        <translation>подпись</translation>
    </message>
    <message>
        <source>full name</source>
        <translation>ФИО</translation>
    </message>
    <message>
        <source>Printed on %1.</source>
        <translation>Напечатано %1.</translation>
    </message>
    <message>
        <source>Cannot start printing %1.</source>
        <translation>Не удалось начать печать %1.</translation>
    </message>
    <message>
        <source>Cannot start page %1.</source>
        <translation>Не удалось начать страницу %1.</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Страница %1 из %2</translation>
    </message>
    <message>
        <source>Cannot finish printing %1.</source>
        <translation>Не удалось завершить печать %1.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Не удалось записать %1: %2</translation>
    </message>
</context>
<context>
    <name>kontor::PurchaseOrderEditor</name>
    <message>
        <source>&amp;Remove line</source>
        <translation>&amp;Удалить строку</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Сохранить</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Choose a supplier…</source>
        <translation>Выберите поставщика…</translation>
    </message>
    <message>
        <source>The contract valid on this day gives the prices and terms</source>
        <translation>Цены и условия берутся из договора, действующего на этот день</translation>
    </message>
    <message>
        <source>Where the goods are received (and where the supplier delivers)</source>
        <translation>Где принимается товар (и куда его доставляет поставщик)</translation>
    </message>
    <message>
        <source>Printed on the PO for the supplier</source>
        <translation>Печатается в заказе поставщику</translation>
    </message>
    <message>
        <source>S&amp;upplier:</source>
        <translation>&amp;Поставщик:</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>&amp;Комментарий:</translation>
    </message>
    <message>
        <source>&amp;Ordered on:</source>
        <translation>&amp;Дата заказа:</translation>
    </message>
    <message>
        <source>Recei&amp;ve at:</source>
        <translation>&amp;Место приёмки:</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>Артикул</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Наименование</translation>
    </message>
    <message>
        <source>Supplier SKU</source>
        <translation>Артикул поставщика</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Количество</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Цена за единицу</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <source>The contract&apos;s price; a price typed by hand is kept and flagged</source>
        <translation>Цена по договору; цена, введённая вручную, сохраняется и помечается</translation>
    </message>
    <message>
        <source>Add a product: type a SKU, name or barcode</source>
        <translation>Добавить товар: введите артикул, наименование или штрихкод</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>Строки</translation>
    </message>
    <message>
        <source>Total:</source>
        <translation>Итого:</translation>
    </message>
    <message>
        <source>Subtotal:</source>
        <translation>Сумма без скидки:</translation>
    </message>
    <message>
        <source>New purchase order</source>
        <translation>Новый заказ поставщику</translation>
    </message>
    <message>
        <source>Purchase order %1 · %2</source>
        <translation>Заказ поставщику %1 · %2</translation>
    </message>
    <message>
        <source>Purchase order %1</source>
        <translation>Заказ поставщику %1</translation>
    </message>
    <message>
        <source>Choose the supplier: the contract valid on the order date gives the prices.</source>
        <translation>Выберите поставщика: цены берутся из договора, действующего на дату заказа.</translation>
    </message>
    <message>
        <source>No contract with %1 is valid on %2: type the prices by hand; no lead time or penalties apply.</source>
        <translation>На %2 нет действующего договора с %1: введите цены вручную; срок поставки и неустойки не применяются.</translation>
    </message>
    <message>
        <source>Contract %1</source>
        <translation>Договор %1</translation>
    </message>
    <message>
        <source>minimum order %1</source>
        <translation>минимальная сумма заказа %1</translation>
    </message>
    <message>
        <source>prepayment %1</source>
        <translation>предоплата %1</translation>
    </message>
    <message>
        <source>%1 from %2</source>
        <translation>%1 от %2</translation>
    </message>
    <message>
        <source>volume discount %1</source>
        <translation>скидка за объём %1</translation>
    </message>
    <message>
        <source>deliveries %1</source>
        <translation>поставки %1</translation>
    </message>
    <message>
        <source>Choose the supplier first: the prices come from its contract.</source>
        <translation>Сначала выберите поставщика: цены берутся из договора с ним.</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Строка %1: %2</translation>
    </message>
    <message>
        <source>Line %1: the quantity must be more than zero.</source>
        <translation>Строка %1: количество должно быть больше нуля.</translation>
    </message>
    <message>
        <source>Line %1, price: %2</source>
        <translation>Строка %1, цена: %2</translation>
    </message>
    <message>
        <source>Typed by hand: the contract&apos;s price is %1</source>
        <translation>Введена вручную: цена по договору — %1</translation>
    </message>
    <message>
        <source>Typed by hand: contract %1 has no price for this product</source>
        <translation>Введена вручную: в договоре %1 нет цены на этот товар</translation>
    </message>
    <message>
        <source>Typed by hand: no contract is valid on the order date</source>
        <translation>Введена вручную: на дату заказа нет действующего договора</translation>
    </message>
    <message>
        <source>The price of contract %1</source>
        <translation>Цена по договору %1</translation>
    </message>
    <message>
        <source>Volume discount %1:</source>
        <translation>Скидка за объём %1:</translation>
    </message>
    <message>
        <source>Volume discount:</source>
        <translation>Скидка за объём:</translation>
    </message>
    <message>
        <source>%1 more for a %2 discount</source>
        <translation>Ещё %1 до скидки %2</translation>
    </message>
    <message>
        <source>Below the contract&apos;s minimum order of %1: it cannot be sent yet</source>
        <translation>Меньше минимальной суммы заказа по договору (%1): отправить заказ пока нельзя</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>Unsaved purchase order</source>
        <translation>Несохранённый заказ поставщику</translation>
    </message>
    <message>
        <source>Save the changes to this purchase order?</source>
        <translation>Сохранить изменения в заказе поставщику?</translation>
    </message>
</context>
<context>
    <name>kontor::PurchaseOrderListModel</name>
    <message>
        <source>The start event (confirmation or prepayment) plus the contract&apos;s lead time</source>
        <translation>Начало отсчёта срока (подтверждение или предоплата) плюс срок поставки по договору</translation>
    </message>
    <message>
        <source>After the volume discount, in the order&apos;s currency</source>
        <translation>С учётом скидки за объём, в валюте заказа</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Номер</translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation>Поставщик</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Ordered</source>
        <translation>Дата заказа</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Срок поставки</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>Строки</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <source>Overdue: due on %1 and not received in full</source>
        <translation>Просрочен: срок поставки %1, товар принят не в полном объёме</translation>
    </message>
    <message>
        <source>Known once the supplier confirms (or the prepayment is made, as the contract says)</source>
        <translation>Станет известен после подтверждения поставщиком (или после предоплаты, согласно договору)</translation>
    </message>
    <message>
        <source>Dropship: the supplier ships straight to the customer</source>
        <translation>Дропшиппинг: поставщик отгружает напрямую покупателю</translation>
    </message>
    <message>
        <source>%1 (dropship)</source>
        <translation>%1 (дропшиппинг)</translation>
    </message>
</context>
<context>
    <name>kontor::PurchaseOrderService</name>
    <message>
        <source>The contract&apos;s minimum order of %1 is %2.</source>
        <translation>Минимальная сумма заказа по договору %1 — %2.</translation>
    </message>
    <message>
        <source>%1 comes in packs of %2: order a multiple of it.</source>
        <translation>%1 поставляется упаковками по %2: закажите кратное количество.</translation>
    </message>
    <message>
        <source>Purchase order %1 is %2: only a draft can be edited.</source>
        <translation>Заказ поставщику %1 в статусе «%2»: изменять можно только черновик.</translation>
    </message>
    <message>
        <source>Purchase order %1 is %2 and cannot become %3.</source>
        <translation>Заказ поставщику %1 в статусе «%2» и не может перейти в статус «%3».</translation>
    </message>
    <message>
        <source>Purchase order %1 has no lines to send.</source>
        <translation>В заказе поставщику %1 нет строк для отправки.</translation>
    </message>
    <message>
        <source>Contract %1 asks for orders of at least %2; purchase order %3 comes to %4.</source>
        <translation>По договору %1 минимальная сумма заказа — %2; сумма заказа поставщику %3 — %4.</translation>
    </message>
    <message>
        <source>The confirmation date must be between the order date (%1) and today.</source>
        <translation>Дата подтверждения должна быть не раньше даты заказа (%1) и не позже сегодняшнего дня.</translation>
    </message>
    <message>
        <source>A prepayment must be above zero.</source>
        <translation>Сумма предоплаты должна быть больше нуля.</translation>
    </message>
    <message>
        <source>A prepayment is recorded on a sent or confirmed purchase order; %1 is %2.</source>
        <translation>Предоплату можно зарегистрировать только по отправленному или подтверждённому заказу поставщику; %1 в статусе «%2».</translation>
    </message>
    <message>
        <source>Prepayment %1 on %2</source>
        <translation>Предоплата %1 от %2</translation>
    </message>
    <message>
        <source>The payment date must be between the order date (%1) and today.</source>
        <translation>Дата оплаты должна быть не раньше даты заказа (%1) и не позже сегодняшнего дня.</translation>
    </message>
    <message>
        <source>Goods of purchase order %1 have arrived: close it short instead.</source>
        <translation>По заказу поставщику %1 уже поступил товар: вместо этого закройте его с недопоставкой.</translation>
    </message>
    <message>
        <source>A purchase order cannot close before its date.</source>
        <translation>Заказ поставщику нельзя закрыть раньше даты заказа.</translation>
    </message>
    <message>
        <source>Purchase order %1 is a dropship order: the supplier ships it to the customer.</source>
        <translation>Заказ поставщику %1 — дропшиппинг: поставщик отгружает его напрямую покупателю.</translation>
    </message>
    <message>
        <source>Purchase order %1 is %2: goods are received against a sent or confirmed order.</source>
        <translation>Заказ поставщику %1 в статусе «%2»: приёмка возможна только по отправленному или подтверждённому заказу.</translation>
    </message>
    <message>
        <source>The receipt date must be between the order date (%1) and today.</source>
        <translation>Дата приёмки должна быть не раньше даты заказа (%1) и не позже сегодняшнего дня.</translation>
    </message>
    <message>
        <source>Landed costs cannot be negative.</source>
        <translation>Доп. расходы на поставку не могут быть отрицательными.</translation>
    </message>
    <message>
        <source>Goods are received into a storage location.</source>
        <translation>Товар принимается на место хранения.</translation>
    </message>
    <message>
        <source>A receipt line is not a line of purchase order %1.</source>
        <translation>Строка приёмки не относится к заказу поставщику %1.</translation>
    </message>
    <message>
        <source>%1: quantities cannot be negative.</source>
        <translation>%1: количество не может быть отрицательным.</translation>
    </message>
    <message>
        <source>%1: pieces are received in whole units.</source>
        <translation>%1: штучный товар принимается только целыми единицами.</translation>
    </message>
    <message>
        <source>%1: the order expects %2 more; %3 were entered. Leave the extra units with the supplier.</source>
        <translation>%1: по заказу ожидается ещё %2, введено %3. Лишние единицы оставьте поставщику.</translation>
    </message>
    <message>
        <source>%1: more mis-sorted units than were ordered.</source>
        <translation>%1: пересорта больше, чем заказано.</translation>
    </message>
    <message>
        <source>Nothing was entered as received.</source>
        <translation>Не введено ни одной принятой единицы.</translation>
    </message>
    <message>
        <source>%1 has no weight: spread the landed costs by value, or enter its weight.</source>
        <translation>У товара %1 не указан вес: распределите доп. расходы на поставку по стоимости или укажите вес товара.</translation>
    </message>
    <message>
        <source>%1, receipt %2</source>
        <translation>%1, приёмка %2</translation>
    </message>
    <message>
        <source>%1 (delivered without a confirmation: taken as confirmed when sent)</source>
        <translation>%1 (поставлено без подтверждения: считается подтверждённым в день отправки)</translation>
    </message>
    <message>
        <source>%1 for %2</source>
        <translation>%1 по %2</translation>
    </message>
    <message>
        <source>The claim does not exist.</source>
        <translation>Претензия не найдена.</translation>
    </message>
    <message numerus="yes">
        <source>%1 % of the late value per day, %n day(s) late at most</source>
        <translation>
            <numerusform>%1 % от стоимости просроченного за каждый день просрочки, но не более %n дня</numerusform>
            <numerusform>%1 % от стоимости просроченного за каждый день просрочки, но не более %n дней</numerusform>
            <numerusform>%1 % от стоимости просроченного за каждый день просрочки, но не более %n дней</numerusform>
        </translation>
    </message>
    <message>
        <source>capped at %1 %</source>
        <translation>не более %1 %</translation>
    </message>
    <message>
        <source>%1 % of the value never delivered</source>
        <translation>%1 % от стоимости непоставленного товара</translation>
    </message>
    <message>
        <source>Purchase order %1 owes no penalty for lateness or shortages beyond what was claimed.</source>
        <translation>По заказу поставщику %1 нет неустойки за просрочку или недопоставку сверх уже предъявленной.</translation>
    </message>
    <message>
        <source>Claim %1 is %2 and cannot become %3.</source>
        <translation>Претензия %1 в статусе «%2» и не может перейти в статус «%3».</translation>
    </message>
    <message>
        <source>Enter the amount the supplier paid or credited.</source>
        <translation>Введите сумму, которую поставщик выплатил или зачёл.</translation>
    </message>
    <message>
        <source>The amount collected cannot be negative.</source>
        <translation>Полученная сумма не может быть отрицательной.</translation>
    </message>
    <message>
        <source>The order has no dropshipped lines left to order from a supplier.</source>
        <translation>В заказе не осталось строк дропшиппинга, которые нужно заказать у поставщика.</translation>
    </message>
    <message>
        <source>Order %1 must be confirmed before its supplier is asked to ship it.</source>
        <translation>Заказ %1 нужно подтвердить, прежде чем просить поставщика отгрузить его.</translation>
    </message>
    <message>
        <source>Dropship for order %1</source>
        <translation>Дропшиппинг по заказу %1</translation>
    </message>
    <message>
        <source>Shipped by the supplier, tracking %1</source>
        <translation>Отгружен поставщиком, трек-номер %1</translation>
    </message>
    <message>
        <source>Purchase order %1 is not a dropship order: receive its goods instead.</source>
        <translation>Заказ поставщику %1 — не дропшиппинг: оформите приёмку товара.</translation>
    </message>
    <message>
        <source>The shipping date must be between the order date (%1) and today.</source>
        <translation>Дата отгрузки должна быть не раньше даты заказа (%1) и не позже сегодняшнего дня.</translation>
    </message>
    <message>
        <source>A line&apos;s product does not exist.</source>
        <translation>Товар в одной из строк не найден.</translation>
    </message>
    <message>
        <source>The contract sets no penalty.</source>
        <translation>Договор не предусматривает неустойку.</translation>
    </message>
    <message>
        <source>%1 × %2 per unit</source>
        <translation>%1 × %2 за единицу</translation>
    </message>
    <message>
        <source>%1 % of %2</source>
        <translation>%1 % от %2</translation>
    </message>
    <message>
        <source>The purchase order does not exist.</source>
        <translation>Заказ поставщику не найден.</translation>
    </message>
    <message>
        <source>%1 is archived: new purchase orders cannot go to it.</source>
        <translation>Поставщик %1 в архиве: оформить ему новый заказ нельзя.</translation>
    </message>
    <message>
        <source>A purchase order needs its date.</source>
        <translation>Укажите дату заказа поставщику.</translation>
    </message>
    <message>
        <source>A purchase order needs a currency.</source>
        <translation>Укажите валюту заказа поставщику.</translation>
    </message>
    <message>
        <source>Line %1 (%2)</source>
        <translation>Строка %1 (%2)</translation>
    </message>
    <message>
        <source>%1: the quantity must be above zero.</source>
        <translation>%1: количество должно быть больше нуля.</translation>
    </message>
    <message>
        <source>%1: pieces are ordered in whole units.</source>
        <translation>%1: штучный товар заказывается только целыми единицами.</translation>
    </message>
    <message>
        <source>%1: the price cannot be negative.</source>
        <translation>%1: цена не может быть отрицательной.</translation>
    </message>
    <message>
        <source>%1: the contract&apos;s minimum order is %2.</source>
        <translation>%1: минимальная партия по договору — %2.</translation>
    </message>
    <message>
        <source>The sending date must be between the order date (%1) and today.</source>
        <translation>Дата отправки должна быть не раньше даты заказа (%1) и не позже сегодняшнего дня.</translation>
    </message>
    <message>
        <source>Shipped by the supplier</source>
        <translation>Отгружен поставщиком</translation>
    </message>
</context>
<context>
    <name>kontor::PurchaseOrdersPage</name>
    <message>
        <source>O&amp;pen only</source>
        <translation>Только отк&amp;рытые</translation>
    </message>
    <message>
        <source>O&amp;verdue only</source>
        <translation>Только про&amp;сроченные</translation>
    </message>
    <message>
        <source>Find by PO number or supplier</source>
        <translation>Поиск по номеру заказа или поставщику</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Все статусы</translation>
    </message>
    <message>
        <source>Only POs sent, confirmed or partially received: goods still expected</source>
        <translation>Только отправленные, подтверждённые и частично принятые заказы: товар ещё ожидается</translation>
    </message>
    <message>
        <source>Only open POs past their due date</source>
        <translation>Только открытые заказы с истёкшим сроком поставки</translation>
    </message>
    <message>
        <source>%1 (dropship)</source>
        <translation>%1 (дропшиппинг)</translation>
    </message>
    <message>
        <source>&lt;p style=&apos;font-size:large&apos;&gt;&lt;b&gt;No purchase orders yet&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Order goods from a supplier with &lt;b&gt;New purchase order…&lt;/b&gt;, or let &lt;b&gt;Replenishment&lt;/b&gt; draft them from its suggestions. Prices come from the supplier&apos;s contract; send the PO, record the supplier&apos;s confirmation, and receive the goods when they arrive.&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;font-size:large&apos;&gt;&lt;b&gt;Заказов поставщикам пока нет&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Закажите товар у поставщика командой &lt;b&gt;Новый заказ поставщику…&lt;/b&gt; или поручите разделу &lt;b&gt;Пополнение&lt;/b&gt; подготовить черновики по его рекомендациям. Цены берутся из договора с поставщиком; отправьте заказ, зафиксируйте подтверждение поставщика и примите товар, когда он поступит.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p style=&apos;font-size:large&apos;&gt;&lt;b&gt;No purchase orders yet&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Goods ordered from suppliers appear here; receive them when they arrive.&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;font-size:large&apos;&gt;&lt;b&gt;Заказов поставщикам пока нет&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Здесь появятся товары, заказанные у поставщиков; примите их, когда они поступят.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Cannot read the purchase orders: %1</source>
        <translation>Не удалось прочитать заказы поставщикам: %1</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Загрузка…</translation>
    </message>
    <message>
        <source>&amp;New purchase order…</source>
        <translation>&amp;Новый заказ поставщику…</translation>
    </message>
    <message>
        <source>Order goods from a supplier at the prices of its contract</source>
        <translation>Заказать товар у поставщика по ценам его договора</translation>
    </message>
    <message>
        <source>&amp;Edit draft…</source>
        <translation>&amp;Изменить черновик…</translation>
    </message>
    <message>
        <source>Change the supplier, lines, prices or dates</source>
        <translation>Изменить поставщика, строки, цены или даты</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Отправить</translation>
    </message>
    <message>
        <source>The PO went to the supplier (print it with Print PO…); it can no longer be edited</source>
        <translation>Заказ передан поставщику (распечатайте его командой «Печать заказа…»); изменить его больше нельзя</translation>
    </message>
    <message>
        <source>&amp;Confirm…</source>
        <translation>&amp;Подтвердить…</translation>
    </message>
    <message>
        <source>The supplier confirmed the PO: the lead time runs from that day</source>
        <translation>Поставщик подтвердил заказ: срок поставки отсчитывается с этого дня</translation>
    </message>
    <message>
        <source>Record &amp;prepayment…</source>
        <translation>&amp;Внести предоплату…</translation>
    </message>
    <message>
        <source>The shop paid the supplier in advance; where the contract says so, the lead time runs from the payment</source>
        <translation>Магазин внёс поставщику предоплату; если так указано в договоре, срок поставки отсчитывается с даты оплаты</translation>
    </message>
    <message>
        <source>&amp;Receive…</source>
        <translation>Прин&amp;ять…</translation>
    </message>
    <message>
        <source>Goods arrived: count what was accepted, defective and mis-sorted, with a scanner</source>
        <translation>Товар поступил: посчитайте принятое, брак и пересорт, можно со сканером</translation>
    </message>
    <message>
        <source>C&amp;lose…</source>
        <translation>&amp;Закрыть…</translation>
    </message>
    <message>
        <source>Everything arrived: close the PO</source>
        <translation>Всё поступило: закрыть заказ</translation>
    </message>
    <message>
        <source>Close s&amp;hort…</source>
        <translation>Закрыть с не&amp;допоставкой…</translation>
    </message>
    <message>
        <source>The rest will not come: close the PO; the contract&apos;s shortage clause applies</source>
        <translation>Остальное не поступит: закрыть заказ; применяется условие договора о недопоставке</translation>
    </message>
    <message>
        <source>Cance&amp;l…</source>
        <translation>Отм&amp;енить…</translation>
    </message>
    <message>
        <source>Nothing will come: cancel the PO</source>
        <translation>Ничего не поступит: отменить заказ</translation>
    </message>
    <message>
        <source>Back to &amp;draft</source>
        <translation>Вернуть в &amp;черновик</translation>
    </message>
    <message>
        <source>Take the PO back to edit it (before anything arrived)</source>
        <translation>Вернуть заказ на редактирование (пока ничего не поступило)</translation>
    </message>
    <message>
        <source>Claim la&amp;teness…</source>
        <translation>Пре&amp;тензия о просрочке…</translation>
    </message>
    <message>
        <source>Open a claim to the supplier for the late and short deliveries of this PO</source>
        <translation>Открыть претензию к поставщику за просрочку и недопоставку по этому заказу</translation>
    </message>
    <message>
        <source>Print P&amp;O…</source>
        <translation>Печ&amp;ать заказа…</translation>
    </message>
    <message>
        <source>Save the PO as a PDF to send to the supplier</source>
        <translation>Сохранить заказ в PDF для отправки поставщику</translation>
    </message>
    <message>
        <source>All suppliers</source>
        <translation>Все поставщики</translation>
    </message>
    <message>
        <source>No purchase order matches the filter.</source>
        <translation>Нет заказов поставщикам, подходящих под фильтр.</translation>
    </message>
    <message>
        <source>Purchase orders</source>
        <translation>Заказы поставщикам</translation>
    </message>
    <message>
        <source>Draft %1 saved. Send it to the supplier when it is complete.</source>
        <translation>Черновик %1 сохранён. Когда он будет готов, отправьте его поставщику.</translation>
    </message>
    <message>
        <source>Send %1</source>
        <translation>Отправить %1</translation>
    </message>
    <message>
        <source>%1 is marked as sent to %2. Print it with Print PO… if the supplier needs the document.</source>
        <translation>%1 отмечен как отправленный поставщику %2. Если поставщику нужен документ, распечатайте его командой «Печать заказа…».</translation>
    </message>
    <message>
        <source>&amp;Confirmed on:</source>
        <translation>&amp;Дата подтверждения:</translation>
    </message>
    <message>
        <source>Confirm %1</source>
        <translation>Подтвердить %1</translation>
    </message>
    <message>
        <source>%1 confirmed %2. Where the contract runs the lead time from the confirmation, the due date is set from this day.</source>
        <translation>%1 подтвердил %2. Если по договору срок поставки отсчитывается от подтверждения, дата поставки рассчитывается от этого дня.</translation>
    </message>
    <message>
        <source>&amp;Confirm</source>
        <translation>&amp;Подтвердить</translation>
    </message>
    <message>
        <source>%1 confirmed: due on %2.</source>
        <translation>%1 подтверждён: срок поставки — %2.</translation>
    </message>
    <message>
        <source>%1 confirmed.</source>
        <translation>%1 подтверждён.</translation>
    </message>
    <message>
        <source>&amp;Amount paid:</source>
        <translation>&amp;Сумма оплаты:</translation>
    </message>
    <message>
        <source>&amp;Paid on:</source>
        <translation>&amp;Дата оплаты:</translation>
    </message>
    <message>
        <source>Prepayment for %1</source>
        <translation>Предоплата по %1</translation>
    </message>
    <message>
        <source>The shop paid %1 in advance for %2 (total %3). Where the contract runs the lead time from the prepayment, the due date is set from the day paid.</source>
        <translation>Магазин заранее оплатил %1 по %2 (всего %3). Если по договору срок поставки отсчитывается от предоплаты, дата поставки рассчитывается от дня оплаты.</translation>
    </message>
    <message>
        <source>&amp;Record prepayment</source>
        <translation>&amp;Внести предоплату</translation>
    </message>
    <message>
        <source>Prepayment of %1 recorded for %2.</source>
        <translation>Предоплата %1 по %2 записана.</translation>
    </message>
    <message>
        <source>Receipt %1 posted for %2.</source>
        <translation>Приёмка %1 по %2 проведена.</translation>
    </message>
    <message>
        <source>Claim %1 for %2 opened for the defective and mis-sorted units.</source>
        <translation>Претензия %1 на %2 открыта за брак и пересорт.</translation>
    </message>
    <message>
        <source>Closed &amp;on:</source>
        <translation>&amp;Дата закрытия:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Причина:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Комментарий:</translation>
    </message>
    <message>
        <source>The supplier has no more stock</source>
        <translation>У поставщика закончился товар</translation>
    </message>
    <message>
        <source>No longer needed</source>
        <translation>Больше не нужно</translation>
    </message>
    <message>
        <source>Ordered from another supplier</source>
        <translation>Заказано у другого поставщика</translation>
    </message>
    <message>
        <source>Discontinued by the supplier</source>
        <translation>Поставщик больше не поставляет этот товар</translation>
    </message>
    <message>
        <source>Close %1 short</source>
        <translation>Закрыть %1 с недопоставкой</translation>
    </message>
    <message>
        <source>Close %1</source>
        <translation>Закрыть %1</translation>
    </message>
    <message>
        <source>Not everything of %1 arrived and the rest will not come. The missing units stop counting as late, and the contract&apos;s shortage clause applies to them.</source>
        <translation>По %1 поступило не всё, а остальное не поступит. Недопоставленные единицы больше не считаются просроченными, к ним применяется условие договора о недопоставке.</translation>
    </message>
    <message>
        <source>Everything of %1 arrived. A closed PO cannot be changed.</source>
        <translation>По %1 поступило всё. Закрытый заказ изменить нельзя.</translation>
    </message>
    <message>
        <source>Close &amp;short</source>
        <translation>Закрыть с &amp;недопоставкой</translation>
    </message>
    <message>
        <source>C&amp;lose</source>
        <translation>&amp;Закрыть</translation>
    </message>
    <message>
        <source>%1 closed short.</source>
        <translation>%1 закрыт с недопоставкой.</translation>
    </message>
    <message>
        <source>%1 closed.</source>
        <translation>%1 закрыт.</translation>
    </message>
    <message>
        <source>The supplier cannot deliver</source>
        <translation>Поставщик не может поставить товар</translation>
    </message>
    <message>
        <source>Entered by mistake</source>
        <translation>Введён по ошибке</translation>
    </message>
    <message>
        <source>Cancel %1</source>
        <translation>Отменить %1</translation>
    </message>
    <message>
        <source>%1 will be cancelled: nothing more is expected from %2. A cancelled PO cannot be reopened.</source>
        <translation>%1 будет отменён: от поставщика %2 больше ничего не ожидается. Отменённый заказ нельзя открыть снова.</translation>
    </message>
    <message>
        <source>Cance&amp;l PO</source>
        <translation>&amp;Отменить заказ</translation>
    </message>
    <message>
        <source>%1 was cancelled.</source>
        <translation>%1 отменён.</translation>
    </message>
    <message>
        <source>Back to draft</source>
        <translation>Вернуть в черновик</translation>
    </message>
    <message>
        <source>Take %1 back to a draft to change it? Tell %2 that the PO they have is no longer valid.</source>
        <translation>Вернуть %1 в черновик, чтобы изменить его? Сообщите поставщику %2, что полученный им заказ больше не действителен.</translation>
    </message>
    <message>
        <source>%1 is a draft again.</source>
        <translation>%1 снова черновик.</translation>
    </message>
    <message>
        <source>Claim lateness</source>
        <translation>Претензия о просрочке</translation>
    </message>
    <message>
        <source>Open a claim to %1 for the late and short deliveries of %2 as of today: %3 by the contract, beyond what was claimed before?</source>
        <translation>Открыть претензию к поставщику %1 за просрочку и недопоставку по %2 на сегодня: %3 по договору сверх ранее предъявленного?</translation>
    </message>
    <message>
        <source>Claim %1 for %2 opened; follow it up under Supplier claims.</source>
        <translation>Претензия %1 на %2 открыта; дальнейшая работа с ней — в разделе «Претензии поставщикам».</translation>
    </message>
    <message>
        <source>Cannot print</source>
        <translation>Не удалось распечатать</translation>
    </message>
    <message>
        <source>Save the purchase order as PDF</source>
        <translation>Сохранить заказ поставщику в PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Файлы PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Не сохранено</translation>
    </message>
    <message>
        <source>%1 saved as %2.</source>
        <translation>%1 сохранён в файл %2.</translation>
    </message>
    <message>
        <source>Supplier s&amp;hipped…</source>
        <translation>Поставщик от&amp;грузил…</translation>
    </message>
    <message>
        <source>The supplier sent this dropship order to the customer: record its tracking number and date</source>
        <translation>Поставщик отправил этот заказ на дропшиппинг покупателю: укажите трек-номер и дату отгрузки</translation>
    </message>
    <message>
        <source>&amp;Tracking number:</source>
        <translation>&amp;Трек-номер:</translation>
    </message>
    <message>
        <source>The carrier&apos;s number, if the supplier gave one</source>
        <translation>Трек-номер службы доставки, если поставщик его сообщил</translation>
    </message>
    <message>
        <source>&amp;Shipped on:</source>
        <translation>&amp;Дата отгрузки:</translation>
    </message>
    <message>
        <source>%1 shipped by the supplier</source>
        <translation>%1 отгружен поставщиком</translation>
    </message>
    <message>
        <source>%1 sent the goods of %2 to the customer. The dropship order is then complete; close it once the supplier is paid.</source>
        <translation>Поставщик %1 отправил товар по заказу %2 покупателю. На этом заказ на дропшиппинг выполнен; закройте его, когда оплатите поставщику.</translation>
    </message>
    <message>
        <source>&amp;Record shipment</source>
        <translation>&amp;Отметить отгрузку</translation>
    </message>
    <message>
        <source>%1: shipped by %2 on %3.</source>
        <translation>%1: поставщик %2 отгрузил товар %3.</translation>
    </message>
    <message>
        <source>%1: shipped by %2 on %3, tracking %4.</source>
        <translation>%1: поставщик %2 отгрузил товар %3, трек-номер %4.</translation>
    </message>
</context>
<context>
    <name>kontor::PurchaseReceiveDialog</name>
    <message>
        <source>Accept &amp;all outstanding</source>
        <translation>Принять &amp;всё ожидаемое</translation>
    </message>
    <message>
        <source>&amp;Receive</source>
        <translation>&amp;Принять</translation>
    </message>
    <message>
        <source>Receive %1</source>
        <translation>Приёмка %1</translation>
    </message>
    <message>
        <source>Receive goods</source>
        <translation>Приёмка товара</translation>
    </message>
    <message>
        <source>Receive %1 from %2</source>
        <translation>Приёмка %1 от %2</translation>
    </message>
    <message>
        <source>Scan an item, or type its barcode or SKU and press Enter</source>
        <translation>Отсканируйте товар или введите его штрихкод или артикул и нажмите Enter</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>Артикул</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Наименование</translation>
    </message>
    <message>
        <source>Supplier SKU</source>
        <translation>Артикул поставщика</translation>
    </message>
    <message>
        <source>Ordered</source>
        <translation>Заказано</translation>
    </message>
    <message>
        <source>Outstanding</source>
        <translation>Ожидается</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Принято</translation>
    </message>
    <message>
        <source>Defective</source>
        <translation>Брак</translation>
    </message>
    <message>
        <source>Mis-sorted</source>
        <translation>Пересорт</translation>
    </message>
    <message>
        <source>Units of the ordered product still expected</source>
        <translation>Сколько единиц заказанного товара ещё ожидается</translation>
    </message>
    <message>
        <source>Good units of the ordered product: they go to stock</source>
        <translation>Годные единицы заказанного товара: поступают на склад</translation>
    </message>
    <message>
        <source>Broken units of the ordered product: they go to quarantine and are claimed</source>
        <translation>Повреждённые единицы заказанного товара: помещаются в карантин, по ним выставляется претензия</translation>
    </message>
    <message>
        <source>A wrong item or variant delivered for this line: quarantined and claimed</source>
        <translation>Не тот товар или вариант, поставленный по этой строке: помещается в карантин, по нему выставляется претензия</translation>
    </message>
    <message>
        <source>Everything still expected arrived in good order</source>
        <translation>Всё ожидаемое поступило в надлежащем виде</translation>
    </message>
    <message>
        <source>The day the goods arrived: lateness is counted to it</source>
        <translation>День поступления товара: просрочка считается по этот день</translation>
    </message>
    <message>
        <source>Waybill number, the driver, the state of the boxes</source>
        <translation>Номер накладной, водитель, состояние коробок</translation>
    </message>
    <message>
        <source>Received &amp;on:</source>
        <translation>&amp;Дата приёмки:</translation>
    </message>
    <message>
        <source>Recei&amp;ve at:</source>
        <translation>&amp;Место приёмки:</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>&amp;Комментарий:</translation>
    </message>
    <message>
        <source>Landed costs (%1)</source>
        <translation>Доп. расходы на поставку (%1)</translation>
    </message>
    <message>
        <source>What getting the goods here cost besides their price; added to their cost</source>
        <translation>Во что обошлась доставка товара помимо его цены; добавляется к себестоимости</translation>
    </message>
    <message>
        <source>&amp;Freight:</source>
        <translation>Дост&amp;авка:</translation>
    </message>
    <message>
        <source>C&amp;ustoms:</source>
        <translation>&amp;Таможня:</translation>
    </message>
    <message>
        <source>F&amp;ees:</source>
        <translation>&amp;Сборы:</translation>
    </message>
    <message>
        <source>by value</source>
        <translation>по стоимости</translation>
    </message>
    <message>
        <source>by weight</source>
        <translation>по весу</translation>
    </message>
    <message>
        <source>How the landed costs are shared among the lines</source>
        <translation>Как распределить доп. расходы на поставку между строками</translation>
    </message>
    <message>
        <source>&amp;Spread:</source>
        <translation>&amp;Распределить:</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>%1 is %2: nothing can be received against it.</source>
        <translation>%1 в статусе «%2»: приёмка по нему невозможна.</translation>
    </message>
    <message>
        <source>Scan each item as it comes out of the box, or type the quantities.</source>
        <translation>Сканируйте каждый товар, доставая его из коробки, или введите количество.</translation>
    </message>
    <message>
        <source>“%1” is not a code that can be read: %2</source>
        <translation>Код «%1» не удаётся распознать: %2</translation>
    </message>
    <message>
        <source>No product has the code “%1”. Put the item aside and check it against the waybill.</source>
        <translation>Товар с кодом «%1» не найден. Отложите его и сверьте с накладной.</translation>
    </message>
    <message>
        <source>%1 %2 is not on %3. If it came instead of an ordered item, count it as mis-sorted on that line.</source>
        <translation>%1 %2 отсутствует в %3. Если он пришёл вместо заказанного товара, учтите его как пересорт в той строке.</translation>
    </message>
    <message>
        <source>All %1 of %2 still expected are counted already: the extra unit stays with the supplier.</source>
        <translation>Все ожидаемые единицы %2 (%1) уже посчитаны: лишняя единица остаётся у поставщика.</translation>
    </message>
    <message>
        <source>%1 %2: %3 of %4 counted.</source>
        <translation>%1 %2: посчитано %3 из %4.</translation>
    </message>
    <message>
        <source>%1: %2 accepted and defective, but only %3 still expected.</source>
        <translation>%1: принято и в браке — %2, но ожидается только %3.</translation>
    </message>
    <message numerus="yes">
        <source>Counted: %1 unit(s) on %2 of %n line(s)</source>
        <translation>
            <numerusform>Посчитано: %1 ед. в %2 из %n строки</numerusform>
            <numerusform>Посчитано: %1 ед. в %2 из %n строк</numerusform>
            <numerusform>Посчитано: %1 ед. в %2 из %n строк</numerusform>
        </translation>
    </message>
    <message>
        <source>Claim opened</source>
        <translation>Претензия открыта</translation>
    </message>
    <message>
        <source>Receipt %1 is posted. The defective and mis-sorted units went to quarantine, and claim %2 for %3 was opened to %4. Send it to the supplier from Supplier claims.</source>
        <translation>Приёмка %1 проведена. Брак и пересорт помещены в карантин, поставщику %4 открыта претензия %2 на %3. Отправьте её поставщику из раздела «Претензии поставщикам».</translation>
    </message>
</context>
<context>
    <name>kontor::PurchaseStepDialog</name>
    <message>
        <source>Choose or type a reason</source>
        <translation>Выберите или введите причину</translation>
    </message>
    <message>
        <source>Optional: choose or type a note</source>
        <translation>Необязательно: выберите или введите комментарий</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Назад</translation>
    </message>
    <message>
        <source>The amount must be more than zero.</source>
        <translation>Сумма должна быть больше нуля.</translation>
    </message>
</context>
<context>
    <name>kontor::PurchaseText</name>
    <message>
        <source>1 business day</source>
        <translation>1 рабочий день</translation>
    </message>
    <message>
        <source>1 calendar day</source>
        <translation>1 календарный день</translation>
    </message>
    <message numerus="yes">
        <source>%n business days</source>
        <translation>
            <numerusform>%n рабочий день</numerusform>
            <numerusform>%n рабочих дня</numerusform>
            <numerusform>%n рабочих дней</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n calendar days</source>
        <translation>
            <numerusform>%n календарный день</numerusform>
            <numerusform>%n календарных дня</numerusform>
            <numerusform>%n календарных дней</numerusform>
        </translation>
    </message>
    <message>
        <source>1 purchase order</source>
        <translation>1 заказ поставщику</translation>
    </message>
    <message numerus="yes">
        <source>%Ln purchase orders</source>
        <translation>
            <numerusform>%Ln заказ поставщику</numerusform>
            <numerusform>%Ln заказа поставщикам</numerusform>
            <numerusform>%Ln заказов поставщикам</numerusform>
        </translation>
    </message>
    <message>
        <source>1 claim</source>
        <translation>1 претензия</translation>
    </message>
    <message numerus="yes">
        <source>%Ln claims</source>
        <translation>
            <numerusform>%Ln претензия</numerusform>
            <numerusform>%Ln претензии</numerusform>
            <numerusform>%Ln претензий</numerusform>
        </translation>
    </message>
    <message>
        <source>from the prepayment</source>
        <translation>от предоплаты</translation>
    </message>
    <message>
        <source>from the confirmation</source>
        <translation>от подтверждения</translation>
    </message>
    <message>
        <source>lead time %1 %2</source>
        <translation>срок поставки %1 %2</translation>
    </message>
    <message>
        <source>no penalty for lateness</source>
        <translation>без неустойки за просрочку</translation>
    </message>
    <message>
        <source>late: %1 of the late value per day</source>
        <translation>просрочка: %1 от стоимости просроченного в день</translation>
    </message>
    <message>
        <source>capped at %1 of the order&apos;s value</source>
        <translation>не более %1 от стоимости заказа</translation>
    </message>
    <message>
        <source>capped at %1 of the line&apos;s value</source>
        <translation>не более %1 от стоимости строки</translation>
    </message>
    <message>
        <source>no cap</source>
        <translation>без предела</translation>
    </message>
    <message>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>%1 per unit</source>
        <translation>%1 за единицу</translation>
    </message>
    <message>
        <source>%1 of their value</source>
        <translation>%1 от их стоимости</translation>
    </message>
</context>
<context>
    <name>kontor::PurchasingKinds</name>
    <message>
        <source>Own stock</source>
        <translation>Собственный склад</translation>
    </message>
    <message>
        <source>Dropshipping</source>
        <translation>Дропшиппинг</translation>
    </message>
    <message>
        <source>Marketplace FBS</source>
        <translation>Маркетплейс FBS</translation>
    </message>
    <message>
        <source>Marketplace FBO</source>
        <translation>Маркетплейс FBO</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Черновик</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Действует</translation>
    </message>
    <message>
        <source>Terminated</source>
        <translation>Расторгнут</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Отправлен</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Подтверждён</translation>
    </message>
    <message>
        <source>Partially received</source>
        <translation>Частично принят</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Принят</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Закрыт</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Отменён</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Открыта</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Принята</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Оплачена</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Отклонена</translation>
    </message>
    <message>
        <source>Defect</source>
        <translation>Брак</translation>
    </message>
    <message>
        <source>Mis-sort</source>
        <translation>Пересорт</translation>
    </message>
    <message>
        <source>Shortage</source>
        <translation>Недопоставка</translation>
    </message>
    <message>
        <source>Late delivery</source>
        <translation>Просрочка поставки</translation>
    </message>
    <message>
        <source>prepayment</source>
        <translation>предоплата</translation>
    </message>
    <message>
        <source>confirmation</source>
        <translation>подтверждение</translation>
    </message>
</context>
<context>
    <name>kontor::PurchasingWarningsDialog</name>
    <message>
        <source>1 warning</source>
        <translation>1 предупреждение</translation>
    </message>
    <message numerus="yes">
        <source>%n warnings</source>
        <translation>
            <numerusform>%n предупреждение</numerusform>
            <numerusform>%n предупреждения</numerusform>
            <numerusform>%n предупреждений</numerusform>
        </translation>
    </message>
    <message>
        <source>Purchasing warnings</source>
        <translation>Предупреждения по закупкам</translation>
    </message>
    <message>
        <source>Nothing needs attention on %1.</source>
        <translation>На %1 ничего не требует внимания.</translation>
    </message>
    <message>
        <source>%1 on %2.</source>
        <translation>%1 на %2.</translation>
    </message>
    <message>
        <source>PO</source>
        <translation>Заказ поставщику</translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation>Поставщик</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Срок поставки</translation>
    </message>
    <message>
        <source>Days overdue</source>
        <translation>Дней просрочки</translation>
    </message>
    <message>
        <source>Purchase orders overdue (%1)</source>
        <translation>Просроченные заказы поставщикам (%1)</translation>
    </message>
    <message>
        <source>No purchase order is past its due date.</source>
        <translation>Просроченных заказов поставщикам нет.</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Договор</translation>
    </message>
    <message>
        <source>Valid to</source>
        <translation>Действует до</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>Осталось дней</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>истёк</translation>
    </message>
    <message>
        <source>Contracts expiring (%1)</source>
        <translation>Истекающие договоры (%1)</translation>
    </message>
    <message>
        <source>No contract ends within its renewal notice.</source>
        <translation>Нет договоров, истекающих в пределах срока уведомления о продлении.</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Показатель</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>В этом месяце</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Норматив</translation>
    </message>
    <message>
        <source>Double-click to see the supplier&apos;s scorecard</source>
        <translation>Дважды щёлкните, чтобы открыть оценку поставщика</translation>
    </message>
    <message>
        <source>Suppliers missing their targets this month (%1)</source>
        <translation>Поставщики, не выполняющие нормативы в этом месяце (%1)</translation>
    </message>
    <message>
        <source>Every supplier meets the targets of its contract so far this month.</source>
        <translation>В этом месяце все поставщики пока выполняют нормативы по своим договорам.</translation>
    </message>
    <message>
        <source>Double-click a supplier to see its scorecard.</source>
        <translation>Дважды щёлкните поставщика, чтобы открыть его оценку.</translation>
    </message>
</context>
<context>
    <name>kontor::QuickCustomerDialog</name>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Создать</translation>
    </message>
    <message>
        <source>New customer</source>
        <translation>Новый покупатель</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Имя:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Телефон:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;Эл. почта:</translation>
    </message>
    <message>
        <source>Addresses, company details and the rest are on the customer&apos;s card.</source>
        <translation>Адреса, реквизиты компании и остальное — в карточке покупателя.</translation>
    </message>
    <message>
        <source>Customer exists</source>
        <translation>Покупатель уже есть</translation>
    </message>
    <message>
        <source>%1 Use %2 for this order? Choose No to add a second customer anyway.</source>
        <translation>%1 Использовать %2 для этого заказа? Выберите «Нет», чтобы всё равно добавить ещё одного покупателя.</translation>
    </message>
</context>
<context>
    <name>kontor::ReasonDialog</name>
    <message>
        <source>Choose or type a reason</source>
        <translation>Выберите или введите причину</translation>
    </message>
    <message>
        <source>Optional: choose or type a note</source>
        <translation>Необязательно: выберите или введите примечание</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Причина:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>Приме&amp;чание:</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Назад</translation>
    </message>
</context>
<context>
    <name>kontor::ReceiveDialog</name>
    <message>
        <source>Receive stock</source>
        <translation>Приёмка товара</translation>
    </message>
    <message>
        <source>&amp;Receive</source>
        <translation>&amp;Принять</translation>
    </message>
    <message>
        <source>&amp;Location:</source>
        <translation>&amp;Место хранения:</translation>
    </message>
    <message>
        <source>&amp;Quantity:</source>
        <translation>&amp;Количество:</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>необязательно</translation>
    </message>
    <message>
        <source>The purchase price of one unit; it updates the product&apos;s average cost.</source>
        <translation>Закупочная цена одной единицы; по ней пересчитывается средняя себестоимость товара.</translation>
    </message>
    <message>
        <source>Unit &amp;cost:</source>
        <translation>&amp;Себестоимость единицы:</translation>
    </message>
    <message>
        <source>On hand there now: %1</source>
        <translation>Сейчас в этом месте: %1</translation>
    </message>
    <message>
        <source>Not an amount of money: type a price such as %1.</source>
        <translation>Это не денежная сумма: введите цену, например %1.</translation>
    </message>
    <message>
        <source>A cost cannot be negative.</source>
        <translation>Себестоимость не может быть отрицательной.</translation>
    </message>
</context>
<context>
    <name>kontor::ReplenishmentPage</name>
    <message>
        <source>Edit &amp;rule…</source>
        <translation>Изменить &amp;правило…</translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation>&amp;Экспорт в CSV…</translation>
    </message>
    <message>
        <source>Re&amp;calculate</source>
        <translation>Пере&amp;считать</translation>
    </message>
    <message>
        <source>Filter by SKU or name</source>
        <translation>Отбор по артикулу или наименованию</translation>
    </message>
    <message>
        <source>Demand and stock of one warehouse, or of all together</source>
        <translation>Спрос и остатки одного склада или всех складов вместе</translation>
    </message>
    <message>
        <source>Set the reorder point, target, safety stock or lead time of the selected product</source>
        <translation>Задать точку заказа, целевой остаток, страховой запас или срок поставки выбранного товара</translation>
    </message>
    <message>
        <source>Save the list shown as a CSV file</source>
        <translation>Сохранить показанный список в файл CSV</translation>
    </message>
    <message>
        <source>Calculate the figures again (%1)</source>
        <translation>Пересчитать показатели (%1)</translation>
    </message>
    <message>
        <source>Average daily sales are taken over this many days before today</source>
        <translation>Среднедневные продажи рассчитываются за это число дней до сегодняшнего</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>How often stock should last until the next delivery arrives; higher keeps more safety stock</source>
        <translation>В какой доле случаев запаса должно хватать до прихода следующей поставки; чем выше, тем больше страховой запас</translation>
    </message>
    <message>
        <source>Days from ordering to receiving, for products without a lead time of their own</source>
        <translation>Дней от заказа до приёмки — для товаров, у которых не задан собственный срок поставки</translation>
    </message>
    <message>
        <source>Sales of the last</source>
        <translation>Продажи за последние</translation>
    </message>
    <message>
        <source>days</source>
        <translation>дн.</translation>
    </message>
    <message>
        <source>Service level</source>
        <translation>Уровень сервиса</translation>
    </message>
    <message>
        <source>Default lead time</source>
        <translation>Срок поставки по умолчанию</translation>
    </message>
    <message>
        <source>All warehouses</source>
        <translation>Все склады</translation>
    </message>
    <message>
        <source>Calculating…</source>
        <translation>Расчёт…</translation>
    </message>
    <message>
        <source>The figures could not be calculated</source>
        <translation>Не удалось рассчитать показатели</translation>
    </message>
    <message>
        <source>Calculated at %1</source>
        <translation>Рассчитано: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n product(s) analysed</source>
        <translation>
            <numerusform>Проанализирован %n товар</numerusform>
            <numerusform>Проанализировано %n товара</numerusform>
            <numerusform>Проанализировано %n товаров</numerusform>
        </translation>
    </message>
    <message>
        <source>Suggestions</source>
        <translation>Рекомендации к заказу</translation>
    </message>
    <message>
        <source>Low stock</source>
        <translation>Мало на складе</translation>
    </message>
    <message>
        <source>Overstock</source>
        <translation>Избыток</translation>
    </message>
    <message>
        <source>Dead stock</source>
        <translation>Неликвид</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Nothing needs reordering.</source>
        <translation>Дозаказывать ничего не нужно.</translation>
    </message>
    <message>
        <source>Products whose available stock (on hand minus reserved) is at or below the reorder point.</source>
        <translation>Товары, у которых доступный остаток (на складе минус резерв) не выше точки заказа.</translation>
    </message>
    <message>
        <source>No product is low on stock.</source>
        <translation>Нет товаров, которых мало на складе.</translation>
    </message>
    <message>
        <source>Products with more available stock than their target, or enough for more than %1 of sales.</source>
        <translation>Товары, доступный остаток которых больше целевого или которых хватит больше чем на %1 продаж.</translation>
    </message>
    <message>
        <source>No product is overstocked.</source>
        <translation>Избыточных остатков нет.</translation>
    </message>
    <message>
        <source>Products in stock that have not sold for %1 and arrived before that.</source>
        <translation>Товары на складе, которые не продавались %1 и поступили раньше этого срока.</translation>
    </message>
    <message>
        <source>No dead stock.</source>
        <translation>Неликвида нет.</translation>
    </message>
    <message>
        <source>The figures could not be calculated.</source>
        <translation>Не удалось рассчитать показатели.</translation>
    </message>
    <message>
        <source>No product in this list matches &quot;%1&quot;.</source>
        <translation>В этом списке нет товаров, подходящих под «%1».</translation>
    </message>
    <message>
        <source>reorder-suggestions</source>
        <translation>рекомендации-к-заказу</translation>
    </message>
    <message>
        <source>low-stock</source>
        <translation>мало-на-складе</translation>
    </message>
    <message>
        <source>overstock</source>
        <translation>избыток</translation>
    </message>
    <message>
        <source>dead-stock</source>
        <translation>неликвид</translation>
    </message>
    <message>
        <source>Export the list</source>
        <translation>Экспорт списка</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Файлы CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Ошибка экспорта</translation>
    </message>
    <message numerus="yes">
        <source>%n product(s) written to %1</source>
        <translation>
            <numerusform>В файл %1 записан %n товар</numerusform>
            <numerusform>В файл %1 записано %n товара</numerusform>
            <numerusform>В файл %1 записано %n товаров</numerusform>
        </translation>
    </message>
    <message>
        <source>Create purchase &amp;orders…</source>
        <translation>Создать &amp;заказы поставщикам…</translation>
    </message>
    <message>
        <source>Draft purchase orders for the suggested quantities, one per preferred supplier (only the selected products when some are selected)</source>
        <translation>Создать черновики заказов поставщикам на рекомендуемое количество, по одному на каждого основного поставщика (если выбраны товары — только для них)</translation>
    </message>
    <message>
        <source>Products at or below their reorder point, with the quantity that brings them up to their target, less what open purchase orders still bring.</source>
        <translation>Товары, остаток которых достиг точки заказа или опустился ниже, с количеством, доводящим их до целевого значения, за вычетом того, что ещё поступит по открытым заказам поставщикам.</translation>
    </message>
    <message>
        <source>Create purchase orders</source>
        <translation>Создание заказов поставщикам</translation>
    </message>
    <message>
        <source>The selected products have no suggested quantity to order.</source>
        <translation>Для выбранных товаров нет рекомендуемого количества к заказу.</translation>
    </message>
    <message numerus="yes">
        <source>Draft purchase orders for the %n selected product(s) with a suggested quantity, one per preferred supplier?</source>
        <translation>
            <numerusform>Создать черновики заказов поставщикам для %n выбранного товара с рекомендуемым количеством, по одному на каждого основного поставщика?</numerusform>
            <numerusform>Создать черновики заказов поставщикам для %n выбранных товаров с рекомендуемым количеством, по одному на каждого основного поставщика?</numerusform>
            <numerusform>Создать черновики заказов поставщикам для %n выбранных товаров с рекомендуемым количеством, по одному на каждого основного поставщика?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Draft purchase orders for all %n suggested product(s), one per preferred supplier?</source>
        <translation>
            <numerusform>Создать черновики заказов поставщикам для %n рекомендуемого товара, по одному на каждого основного поставщика?</numerusform>
            <numerusform>Создать черновики заказов поставщикам для всех %n рекомендуемых товаров, по одному на каждого основного поставщика?</numerusform>
            <numerusform>Создать черновики заказов поставщикам для всех %n рекомендуемых товаров, по одному на каждого основного поставщика?</numerusform>
        </translation>
    </message>
    <message>
        <source>Quantities are rounded up to the contract&apos;s minimum and packs. Check the drafts under Purchase orders before sending them.</source>
        <translation>Количество округляется вверх до минимальной партии и кратности упаковки по договору. Перед отправкой проверьте черновики в разделе «Заказы поставщикам».</translation>
    </message>
    <message numerus="yes">
        <source>%1 to %2: %n line(s)</source>
        <translation>
            <numerusform>%1 поставщику %2: %n строка</numerusform>
            <numerusform>%1 поставщику %2: %n строки</numerusform>
            <numerusform>%1 поставщику %2: %n строк</numerusform>
        </translation>
    </message>
    <message>
        <source>No purchase order was made.</source>
        <translation>Ни одного заказа поставщику не создано.</translation>
    </message>
    <message numerus="yes">
        <source>%n draft purchase order(s) made:</source>
        <translation>
            <numerusform>Создан %n черновик заказа поставщику:</numerusform>
            <numerusform>Создано %n черновика заказов поставщикам:</numerusform>
            <numerusform>Создано %n черновиков заказов поставщикам:</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message numerus="yes">
        <source>%n product(s) without a preferred supplier (or dropshipped) were left out; set their supplier on the supplier&apos;s card:</source>
        <translation>
            <numerusform>%n товар без основного поставщика (или на дропшиппинге) пропущен; укажите для него поставщика в карточке поставщика:</numerusform>
            <numerusform>%n товара без основного поставщика (или на дропшиппинге) пропущены; укажите для них поставщика в карточке поставщика:</numerusform>
            <numerusform>%n товаров без основного поставщика (или на дропшиппинге) пропущено; укажите для них поставщика в карточке поставщика:</numerusform>
        </translation>
    </message>
    <message>
        <source>Purchase orders created</source>
        <translation>Заказы поставщикам созданы</translation>
    </message>
    <message numerus="yes">
        <source>%n draft purchase order(s) made</source>
        <translation>
            <numerusform>Создан %n черновик заказа поставщику</numerusform>
            <numerusform>Создано %n черновика заказов поставщикам</numerusform>
            <numerusform>Создано %n черновиков заказов поставщикам</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kontor::ReplenishmentRuleDialog</name>
    <message>
        <source>&amp;Remove rule</source>
        <translation>&amp;Удалить правило</translation>
    </message>
    <message>
        <source>Replenishment rule — %1</source>
        <translation>Правило пополнения — %1</translation>
    </message>
    <message>
        <source>Rules are kept per location; the figures of a warehouse add up its locations&apos; rules</source>
        <translation>Правила задаются для каждого места хранения; показатели склада складываются из правил его мест хранения</translation>
    </message>
    <message>
        <source>computed</source>
        <translation>рассчитывается</translation>
    </message>
    <message>
        <source>Now: reorder point %1, target %2, safety stock %3 %4; lead time %5 (%6); sold %7 a day.</source>
        <translation>Сейчас: точка заказа %1, целевой остаток %2, страховой запас %3 %4; срок поставки %5 (%6); продаётся %7 в день.</translation>
    </message>
    <message>
        <source>Leave a field empty to compute it from sales: reorder point = demand x lead time + safety stock; target = reorder point + demand x review period.</source>
        <translation>Оставьте поле пустым, чтобы рассчитать его по продажам: точка заказа = спрос × срок поставки + страховой запас; целевой остаток = точка заказа + спрос × период пересмотра.</translation>
    </message>
    <message>
        <source>&amp;Location:</source>
        <translation>&amp;Место хранения:</translation>
    </message>
    <message>
        <source>Re&amp;order point:</source>
        <translation>&amp;Точка заказа:</translation>
    </message>
    <message>
        <source>&amp;Target (max):</source>
        <translation>&amp;Целевой остаток (макс.):</translation>
    </message>
    <message>
        <source>&amp;Safety stock:</source>
        <translation>&amp;Страховой запас:</translation>
    </message>
    <message>
        <source>L&amp;ead time:</source>
        <translation>Срок &amp;поставки:</translation>
    </message>
    <message>
        <source>days</source>
        <translation>дн.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a quantity.</source>
        <translation>«%1» не является количеством.</translation>
    </message>
    <message>
        <source>The lead time is a whole number of days.</source>
        <translation>Срок поставки задаётся целым числом дней.</translation>
    </message>
</context>
<context>
    <name>kontor::ReplenishmentService</name>
    <message>
        <source>rule</source>
        <translation>правило</translation>
    </message>
    <message>
        <source>learned from receipts</source>
        <translation>по приёмкам</translation>
    </message>
    <message>
        <source>default</source>
        <translation>по умолчанию</translation>
    </message>
    <message>
        <source>The replenishment settings are out of range.</source>
        <translation>Параметры пополнения вне допустимого диапазона.</translation>
    </message>
    <message>
        <source>The calculation was cancelled.</source>
        <translation>Расчёт отменён.</translation>
    </message>
    <message>
        <source>The product does not exist or was deleted.</source>
        <translation>Товар не найден или был удалён.</translation>
    </message>
    <message>
        <source>%1 is a kit: it has no stock of its own. Set the rules of its components.</source>
        <translation>%1 — комплект: собственного остатка у него нет. Задайте правила для его составляющих.</translation>
    </message>
    <message>
        <source>The stock location does not exist.</source>
        <translation>Такого места хранения нет.</translation>
    </message>
    <message>
        <source>Replenishment rules are for locations that sell: stock in transit, in quarantine or at a marketplace is never available.</source>
        <translation>Правила пополнения задаются для мест хранения, из которых идут продажи: товар в пути, в карантине или на маркетплейсе никогда не бывает доступен.</translation>
    </message>
    <message>
        <source>A replenishment quantity cannot be negative.</source>
        <translation>Количество в правиле пополнения не может быть отрицательным.</translation>
    </message>
    <message>
        <source>%1 is counted in pieces: use a whole number.</source>
        <translation>%1 учитывается в штуках: укажите целое число.</translation>
    </message>
    <message>
        <source>The target must be at least the reorder point.</source>
        <translation>Целевой остаток должен быть не меньше точки заказа.</translation>
    </message>
    <message numerus="yes">
        <source>The lead time must be between 0 and %n day(s).</source>
        <translation>
            <numerusform>Срок поставки должен быть от 0 до %n дня.</numerusform>
            <numerusform>Срок поставки должен быть от 0 до %n дней.</numerusform>
            <numerusform>Срок поставки должен быть от 0 до %n дней.</numerusform>
        </translation>
    </message>
    <message>
        <source>Replenishment rule of %1</source>
        <translation>Правило пополнения для %1</translation>
    </message>
    <message>
        <source>Replenishment rule of %1 removed</source>
        <translation>Удалено правило пополнения для %1</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>Артикул</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Наименование</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Ед. изм.</translation>
    </message>
    <message>
        <source>On hand</source>
        <translation>На складе</translation>
    </message>
    <message>
        <source>Reserved</source>
        <translation>В резерве</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>Доступно</translation>
    </message>
    <message>
        <source>Daily demand</source>
        <translation>Спрос в день</translation>
    </message>
    <message>
        <source>Days of cover</source>
        <translation>Дней запаса</translation>
    </message>
    <message>
        <source>Lead time, days</source>
        <translation>Срок поставки, дн.</translation>
    </message>
    <message>
        <source>Lead time source</source>
        <translation>Источник срока поставки</translation>
    </message>
    <message>
        <source>Safety stock</source>
        <translation>Страховой запас</translation>
    </message>
    <message>
        <source>Reorder point</source>
        <translation>Точка заказа</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Целевой остаток</translation>
    </message>
    <message>
        <source>Suggested order</source>
        <translation>Рекомендуемый заказ</translation>
    </message>
    <message>
        <source>Below reorder point</source>
        <translation>Ниже точки заказа</translation>
    </message>
    <message>
        <source>Overstock</source>
        <translation>Избыток</translation>
    </message>
    <message>
        <source>Dead stock</source>
        <translation>Неликвид</translation>
    </message>
    <message>
        <source>Last sale</source>
        <translation>Последняя продажа</translation>
    </message>
    <message>
        <source>First received</source>
        <translation>Первая приёмка</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <source>no</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Не удаётся записать %1: %2</translation>
    </message>
</context>
<context>
    <name>kontor::ReplenishmentTableModel</name>
    <message>
        <source>What to order to reach the target: target - (available + on order)</source>
        <translation>Сколько заказать до целевого остатка: целевой остаток − (доступно + в заказе)</translation>
    </message>
    <message>
        <source>On hand minus reserved, over the locations that sell</source>
        <translation>На складе минус резерв, по местам хранения, из которых идут продажи</translation>
    </message>
    <message>
        <source>Average units sold a day, leaving out days the product was out of stock</source>
        <translation>Среднее количество продаж в день без учёта дней, когда товара не было в наличии</translation>
    </message>
    <message>
        <source>How many days the available stock lasts at the daily demand</source>
        <translation>На сколько дней хватит доступного остатка при текущем дневном спросе</translation>
    </message>
    <message>
        <source>Days from ordering to receiving</source>
        <translation>Дней от заказа до приёмки</translation>
    </message>
    <message>
        <source>Stock kept against a demand higher than average during the lead time</source>
        <translation>Запас на случай спроса выше среднего в течение срока поставки</translation>
    </message>
    <message>
        <source>Order when the available stock falls to this: demand x lead time + safety stock</source>
        <translation>Заказывать, когда доступный остаток опустится до этого уровня: спрос × срок поставки + страховой запас</translation>
    </message>
    <message>
        <source>Stock to order up to: reorder point + demand x review period</source>
        <translation>Остаток, до которого делается заказ: точка заказа + спрос × период пересмотра</translation>
    </message>
    <message>
        <source>Available stock above the target</source>
        <translation>Доступный остаток сверх целевого</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>Артикул</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Наименование</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Заказать</translation>
    </message>
    <message>
        <source>On hand</source>
        <translation>На складе</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>Доступно</translation>
    </message>
    <message>
        <source>Sold a day</source>
        <translation>Продажи в день</translation>
    </message>
    <message>
        <source>Days of cover</source>
        <translation>Дней запаса</translation>
    </message>
    <message>
        <source>Lead time</source>
        <translation>Срок поставки</translation>
    </message>
    <message>
        <source>Lead time from</source>
        <translation>Источник срока</translation>
    </message>
    <message>
        <source>Safety stock</source>
        <translation>Страховой запас</translation>
    </message>
    <message>
        <source>Reorder point</source>
        <translation>Точка заказа</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Целевой остаток</translation>
    </message>
    <message>
        <source>Excess</source>
        <translation>Избыток</translation>
    </message>
    <message>
        <source>Last sale</source>
        <translation>Последняя продажа</translation>
    </message>
    <message>
        <source>First received</source>
        <translation>Первая приёмка</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1 день</translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%n день</numerusform>
            <numerusform>%n дня</numerusform>
            <numerusform>%n дней</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 days</source>
        <comment>a fractional number of days</comment>
        <translation>%1 дн.</translation>
    </message>
    <message>
        <source>Set by a rule</source>
        <translation>Задано правилом</translation>
    </message>
    <message>
        <source>Computed</source>
        <translation>Рассчитано</translation>
    </message>
    <message>
        <source>Reserved: %1</source>
        <translation>В резерве: %1</translation>
    </message>
    <message>
        <source>Over %1 in stock</source>
        <translation>Запаса больше чем на %1</translation>
    </message>
    <message>
        <source>No sales in the period: nothing to divide by</source>
        <translation>За период не было продаж: делить не на что</translation>
    </message>
    <message>
        <source>no sales</source>
        <translation>нет продаж</translation>
    </message>
    <message>
        <source>never</source>
        <translation>никогда</translation>
    </message>
    <message>
        <source>Units on purchase orders sent or confirmed and not received yet</source>
        <translation>Единицы в отправленных или подтверждённых заказах поставщикам, ещё не принятые</translation>
    </message>
    <message>
        <source>On order</source>
        <translation>Заказано</translation>
    </message>
</context>
<context>
    <name>kontor::ReturnDialog</name>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Найти</translation>
    </message>
    <message>
        <source>&amp;Refund the money</source>
        <translation>&amp;Вернуть деньги</translation>
    </message>
    <message>
        <source>&amp;Exchange: send the same goods again</source>
        <translation>&amp;Обмен: отправить такой же товар повторно</translation>
    </message>
    <message>
        <source>New return</source>
        <translation>Новый возврат</translation>
    </message>
    <message>
        <source>SO-00042 or the shop&apos;s order number</source>
        <translation>SO-00042 или номер заказа в магазине</translation>
    </message>
    <message>
        <source>&amp;Order:</source>
        <translation>&amp;Заказ:</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>Артикул</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Наименование</translation>
    </message>
    <message>
        <source>Shipped</source>
        <translation>Отгружено</translation>
    </message>
    <message>
        <source>Can return</source>
        <translation>Можно вернуть</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>Возврат</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Решение</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Возврат денег</translation>
    </message>
    <message>
        <source>Shipped, less what is already returned or in another open return</source>
        <translation>Отгружено за вычетом уже возвращённого или включённого в другой открытый возврат</translation>
    </message>
    <message>
        <source>How many come back; leave empty for none</source>
        <translation>Сколько возвращается; оставьте пустым, если ничего</translation>
    </message>
    <message>
        <source>What happens to the goods when they arrive: back to stock, to quarantine to be inspected, written off, or to quarantine to go back to the supplier</source>
        <translation>Что будет с товаром, когда он поступит: вернуть на склад, поместить в карантин на проверку, списать или поместить в карантин для возврата поставщику</translation>
    </message>
    <message>
        <source>Prefilled with the line&apos;s share of what was paid</source>
        <translation>По умолчанию — доля строки в оплаченной сумме</translation>
    </message>
    <message>
        <source>Closing the return creates a draft order with the returned products at no charge</source>
        <translation>При закрытии возврата создаётся черновик заказа с возвращёнными товарами бесплатно</translation>
    </message>
    <message>
        <source>What the customer said, the courier&apos;s act number, …</source>
        <translation>Что сказал покупатель, номер акта курьера, …</translation>
    </message>
    <message>
        <source>Resolution:</source>
        <translation>Компенсация:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Примечание:</translation>
    </message>
    <message>
        <source>Open return</source>
        <translation>Открыть возврат</translation>
    </message>
    <message>
        <source>Type the number of the order the goods were shipped with.</source>
        <translation>Введите номер заказа, по которому был отгружен товар.</translation>
    </message>
    <message>
        <source>Order %1 is %2: only goods shipped to the customer can be returned.</source>
        <translation>Заказ %1 в статусе «%2»: вернуть можно только товар, отгруженный покупателю.</translation>
    </message>
    <message>
        <source>Find the order to see its lines.</source>
        <translation>Найдите заказ, чтобы увидеть его строки.</translation>
    </message>
    <message>
        <source>Order %1</source>
        <translation>Заказ %1</translation>
    </message>
    <message>
        <source>shipped %1</source>
        <translation>отгружен %1</translation>
    </message>
    <message>
        <source>total %1, paid %2</source>
        <translation>сумма %1, оплачено %2</translation>
    </message>
    <message>
        <source>refunded %1</source>
        <translation>возвращено %1</translation>
    </message>
    <message>
        <source>Refund, %1</source>
        <translation>Возврат денег, %1</translation>
    </message>
    <message>
        <source>Everything shipped with order %1 is already returned or in an open return.</source>
        <translation>Всё отгруженное по заказу %1 уже возвращено или включено в открытый возврат.</translation>
    </message>
    <message>
        <source>Nothing left to return on this line</source>
        <translation>По этой строке возвращать больше нечего</translation>
    </message>
    <message>
        <source>sealed, worn, box damaged…</source>
        <translation>запечатан, ношеный, повреждена коробка…</translation>
    </message>
    <message>
        <source>the quantity cannot be negative.</source>
        <translation>количество не может быть отрицательным.</translation>
    </message>
    <message>
        <source>only %1 can be returned.</source>
        <translation>вернуть можно только %1.</translation>
    </message>
    <message>
        <source>the refund must be more than zero (empty: the line&apos;s share).</source>
        <translation>сумма возврата должна быть больше нуля (если пусто — доля строки).</translation>
    </message>
    <message>
        <source>the refund is more than the line cost (%1).</source>
        <translation>сумма возврата больше стоимости строки (%1).</translation>
    </message>
    <message>
        <source>Line %1 (%2): %3</source>
        <translation>Строка %1 (%2): %3</translation>
    </message>
    <message>
        <source>No refund: the same goods go out again</source>
        <translation>Без возврата денег: такой же товар отправляется повторно</translation>
    </message>
    <message>
        <source>Refund: %1</source>
        <translation>Возврат денег: %1</translation>
    </message>
</context>
<context>
    <name>kontor::ReturnLineModel</name>
    <message>
        <source>SKU</source>
        <translation>Артикул</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Наименование</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Количество</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Решение</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Возврат денег</translation>
    </message>
</context>
<context>
    <name>kontor::ReturnListModel</name>
    <message>
        <source>Exchange</source>
        <translation>Обмен</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Возврат денег</translation>
    </message>
    <message>
        <source>What the customer gets back, in the order&apos;s currency</source>
        <translation>Сколько получает покупатель, в валюте заказа</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Номер</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Заказ</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Покупатель</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Компенсация</translation>
    </message>
    <message>
        <source>Waiting for the goods to come back</source>
        <translation>Ожидается возврат товара</translation>
    </message>
    <message>
        <source>The goods are back; close the return with a refund or an exchange</source>
        <translation>Товар вернулся; закройте возврат с возвратом денег или обменом</translation>
    </message>
    <message>
        <source>Refunded on %1</source>
        <translation>Деньги возвращены %1</translation>
    </message>
</context>
<context>
    <name>kontor::ReturnService</name>
    <message>
        <source>The return does not exist.</source>
        <translation>Возврат не найден.</translation>
    </message>
    <message>
        <source>Order %1 is %2: only goods shipped to the customer can be returned.</source>
        <translation>Заказ %1 в статусе «%2»: вернуть можно только товар, отгруженный покупателю.</translation>
    </message>
    <message>
        <source>A return needs at least one line.</source>
        <translation>В возврате должна быть хотя бы одна строка.</translation>
    </message>
    <message>
        <source>Return line %1 is not a line of order %2.</source>
        <translation>Строка возврата %1 не относится к заказу %2.</translation>
    </message>
    <message>
        <source>The quantity on return line %1 must be positive.</source>
        <translation>Количество в строке возврата %1 должно быть больше нуля.</translation>
    </message>
    <message>
        <source>Only %1 of %2 can be returned (shipped, less what is already returned or in an open return).</source>
        <translation>Вернуть можно только %1 из %2 (отгружено за вычетом уже возвращённого или включённого в открытый возврат).</translation>
    </message>
    <message>
        <source>The refund on return line %1 is more than the line cost.</source>
        <translation>Сумма возврата в строке возврата %1 больше стоимости строки.</translation>
    </message>
    <message>
        <source>%1 for order %2</source>
        <translation>%1 по заказу %2</translation>
    </message>
    <message>
        <source>Return %1 is %2; only an open return can be received.</source>
        <translation>Возврат %1 в статусе «%2»; принять можно только открытый возврат.</translation>
    </message>
    <message>
        <source>A line of return %1 is no longer on its order.</source>
        <translation>Одной из строк возврата %1 больше нет в его заказе.</translation>
    </message>
    <message>
        <source>Return %1 is %2; it can be closed once the goods are received.</source>
        <translation>Возврат %1 в статусе «%2»; закрыть его можно после приёмки товара.</translation>
    </message>
    <message>
        <source>Exchange for %1 (order %2)</source>
        <translation>Обмен по %1 (заказ %2)</translation>
    </message>
    <message>
        <source>Return %1 is %2; only an open return can be cancelled.</source>
        <translation>Возврат %1 в статусе «%2»; отменить можно только открытый возврат.</translation>
    </message>
    <message>
        <source>A return of order %1 cannot be dated before the order shipped or in the future.</source>
        <translation>Дата возврата по заказу %1 не может быть раньше отгрузки заказа или в будущем.</translation>
    </message>
    <message>
        <source>Return %1 cannot be closed before its goods were received or in the future.</source>
        <translation>Возврат %1 нельзя закрыть датой раньше приёмки товара или датой в будущем.</translation>
    </message>
</context>
<context>
    <name>kontor::ReturnsPage</name>
    <message>
        <source>&amp;New return…</source>
        <translation>&amp;Новый возврат…</translation>
    </message>
    <message>
        <source>&amp;Receive…</source>
        <translation>&amp;Принять…</translation>
    </message>
    <message>
        <source>&amp;Close…</source>
        <translation>&amp;Закрыть…</translation>
    </message>
    <message>
        <source>Cancel return…</source>
        <translation>Отменить возврат…</translation>
    </message>
    <message>
        <source>A customer sends goods back: open a return against the shipped order (%1)</source>
        <translation>Покупатель отправляет товар обратно: откройте возврат по отгруженному заказу (%1)</translation>
    </message>
    <message>
        <source>The goods arrived: move them back to stock, to quarantine or write them off, as each line says</source>
        <translation>Товар поступил: верните его на склад, поместите в карантин или спишите — как указано в каждой строке</translation>
    </message>
    <message>
        <source>Refund the money or create the exchange order, and close the return</source>
        <translation>Верните деньги или создайте заказ на обмен и закройте возврат</translation>
    </message>
    <message>
        <source>The goods will not come back: cancel the open return</source>
        <translation>Товар не вернётся: отмените открытый возврат</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Все статусы</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>За всё время</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>За последние 7 дней</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>За последние 30 дней</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>За последние 90 дней</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>В этом году</translation>
    </message>
    <message>
        <source>Between dates…</source>
        <translation>За период…</translation>
    </message>
    <message>
        <source>When the return was opened</source>
        <translation>Когда был открыт возврат</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Статус:</translation>
    </message>
    <message>
        <source>Opened:</source>
        <translation>Открыт:</translation>
    </message>
    <message>
        <source>&lt;p style=&apos;font-size:large&apos;&gt;&lt;b&gt;No returns yet&lt;/b&gt;&lt;/p&gt;&lt;p&gt;When a customer sends goods back, open a return with &lt;b&gt;New return…&lt;/b&gt; against the shipped order. When the goods arrive, &lt;b&gt;Receive&lt;/b&gt; them: each line goes back to stock, to quarantine or is written off, as you decided. &lt;b&gt;Close&lt;/b&gt; the return with a refund or an exchange.&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;font-size:large&apos;&gt;&lt;b&gt;Возвратов пока нет&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Когда покупатель отправляет товар обратно, откройте возврат по отгруженному заказу командой &lt;b&gt;Новый возврат…&lt;/b&gt;. Когда товар поступит, &lt;b&gt;примите&lt;/b&gt; его: каждая строка вернётся на склад, в карантин или будет списана — как вы решили. &lt;b&gt;Закройте&lt;/b&gt; возврат с возвратом денег или обменом.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p style=&apos;font-size:large&apos;&gt;&lt;b&gt;No returns yet&lt;/b&gt;&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;font-size:large&apos;&gt;&lt;b&gt;Возвратов пока нет&lt;/b&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Cannot load the returns: %1</source>
        <translation>Не удалось загрузить возвраты: %1</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Загрузка…</translation>
    </message>
    <message>
        <source>No return matches the filter.</source>
        <translation>Нет возвратов, соответствующих фильтру.</translation>
    </message>
    <message>
        <source>1 return</source>
        <translation>1 возврат</translation>
    </message>
    <message numerus="yes">
        <source>%n returns</source>
        <translation>
            <numerusform>%n возврат</numerusform>
            <numerusform>%n возврата</numerusform>
            <numerusform>%n возвратов</numerusform>
        </translation>
    </message>
    <message>
        <source>Refunding money needs the permission to refund customers</source>
        <translation>Для возврата денег нужно право возвращать деньги покупателям</translation>
    </message>
    <message>
        <source>An exchange order needs the permission to manage sales orders</source>
        <translation>Для заказа на обмен нужно право управлять заказами покупателей</translation>
    </message>
    <message>
        <source>Select a return to see its lines.</source>
        <translation>Выберите возврат, чтобы увидеть его строки.</translation>
    </message>
    <message>
        <source>%1 for order %2</source>
        <translation>%1 по заказу %2</translation>
    </message>
    <message>
        <source>received %1</source>
        <translation>принят %1</translation>
    </message>
    <message>
        <source>refunded %1 on %2</source>
        <translation>возвращено %1 — %2</translation>
    </message>
    <message>
        <source>exchange order %1 (%2)</source>
        <translation>заказ на обмен %1 (%2)</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Примечание: %1</translation>
    </message>
    <message>
        <source>Return %1 opened for order %2. Receive it when the goods arrive.</source>
        <translation>Возврат %1 по заказу %2 открыт. Примите его, когда поступит товар.</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Receive return</source>
        <translation>Приёмка возврата</translation>
    </message>
    <message>
        <source>Have the goods of return %1 arrived?

%2</source>
        <translation>Товар по возврату %1 поступил?

%2</translation>
    </message>
    <message>
        <source>Return %1 received: the stock moved as decided.</source>
        <translation>Возврат %1 принят: остатки перемещены согласно решениям.</translation>
    </message>
    <message>
        <source>Refund %1 to %2 for order %3 and close return %4?</source>
        <translation>Вернуть %1 покупателю %2 по заказу %3 и закрыть возврат %4?</translation>
    </message>
    <message>
        <source>Close return %1 and create a draft order that sends the same goods to %2 at no charge?</source>
        <translation>Закрыть возврат %1 и создать черновик заказа, чтобы бесплатно отправить такой же товар покупателю %2?</translation>
    </message>
    <message>
        <source>Close return</source>
        <translation>Закрытие возврата</translation>
    </message>
    <message>
        <source>Return %1 closed: %2 refunded on order %3.</source>
        <translation>Возврат %1 закрыт: по заказу %3 возвращено %2.</translation>
    </message>
    <message>
        <source>Return %1 closed: exchange order %2 is a draft; confirm it to ship the goods.</source>
        <translation>Возврат %1 закрыт: заказ на обмен %2 создан как черновик; подтвердите его, чтобы отгрузить товар.</translation>
    </message>
    <message>
        <source>Cancel return</source>
        <translation>Отмена возврата</translation>
    </message>
    <message>
        <source>Cancel return %1? The goods are not expected back and nothing is refunded.</source>
        <translation>Отменить возврат %1? Товар больше не ожидается, деньги не возвращаются.</translation>
    </message>
    <message>
        <source>Return %1 was cancelled.</source>
        <translation>Возврат %1 отменён.</translation>
    </message>
    <message>
        <source>Return and buyout &amp;rates…</source>
        <translation>Доля &amp;возвратов и выкупа…</translation>
    </message>
    <message>
        <source>Return rate per product and reason, buyout rate per product, channel and customer</source>
        <translation>Доля возвратов по товарам и причинам, доля выкупа по товарам, каналам и покупателям</translation>
    </message>
</context>
<context>
    <name>kontor::ReviewDialog</name>
    <message>
        <source>Only &amp;differences and stock nobody counted</source>
        <translation>Только &amp;расхождения и непосчитанные позиции</translation>
    </message>
    <message>
        <source>&amp;leave their stock as it is</source>
        <translation>оставить их остаток &amp;как есть</translation>
    </message>
    <message>
        <source>set their stock to &amp;zero (looked for, not found)</source>
        <translation>установить &amp;нулевой остаток (искали, но не нашли)</translation>
    </message>
    <message>
        <source>&amp;Recount selected</source>
        <translation>&amp;Пересчитать выбранные</translation>
    </message>
    <message>
        <source>&amp;Back to counting</source>
        <translation>&amp;Вернуться к подсчёту</translation>
    </message>
    <message>
        <source>&amp;Post count…</source>
        <translation>Провести &amp;инвентаризацию…</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Проверка</translation>
    </message>
    <message>
        <source>Review of count %1</source>
        <translation>Проверка инвентаризации %1</translation>
    </message>
    <message>
        <source>Items nobody counted:</source>
        <translation>Непосчитанные позиции:</translation>
    </message>
    <message>
        <source>Count the selected products again: their lines so far are set aside</source>
        <translation>Посчитать выбранные товары заново: их текущие строки будут отложены</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>Comparing the count with the ledger…</source>
        <translation>Сравнение подсчёта с журналом движений…</translation>
    </message>
    <message>
        <source>%1 of %2 items counted</source>
        <translation>Посчитано позиций: %1 из %2</translation>
    </message>
    <message>
        <source>expected quantities are hidden while a blind count is open</source>
        <translation>пока открыта слепая инвентаризация, количества по учёту скрыты</translation>
    </message>
    <message>
        <source>1 item short</source>
        <translation>недостача: 1 позиция</translation>
    </message>
    <message numerus="yes">
        <source>%Ln items short</source>
        <translation>
            <numerusform>недостача: %Ln позиция</numerusform>
            <numerusform>недостача: %Ln позиции</numerusform>
            <numerusform>недостача: %Ln позиций</numerusform>
        </translation>
    </message>
    <message>
        <source>1 item over</source>
        <translation>излишек: 1 позиция</translation>
    </message>
    <message numerus="yes">
        <source>%Ln items over</source>
        <translation>
            <numerusform>излишек: %Ln позиция</numerusform>
            <numerusform>излишек: %Ln позиции</numerusform>
            <numerusform>излишек: %Ln позиций</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln not counted</source>
        <translation>
            <numerusform>не посчитано: %Ln</numerusform>
            <numerusform>не посчитано: %Ln</numerusform>
            <numerusform>не посчитано: %Ln</numerusform>
        </translation>
    </message>
    <message>
        <source>net %1</source>
        <translation>итого %1</translation>
    </message>
    <message>
        <source>Nothing has been counted yet</source>
        <translation>Пока ничего не посчитано</translation>
    </message>
    <message>
        <source>Recount</source>
        <translation>Пересчёт</translation>
    </message>
    <message>
        <source>Back to counting</source>
        <translation>Возврат к подсчёту</translation>
    </message>
    <message>
        <source>Items nobody counted are set to zero.</source>
        <translation>Остаток непосчитанных позиций будет обнулён.</translation>
    </message>
    <message>
        <source>Items nobody counted keep their stock.</source>
        <translation>Остаток непосчитанных позиций не изменится.</translation>
    </message>
    <message>
        <source>Post count</source>
        <translation>Провести инвентаризацию</translation>
    </message>
    <message>
        <source>Post count %1? The counted quantities become the stock at the time they were counted.

%2
%3</source>
        <translation>Провести инвентаризацию %1? Посчитанные количества станут остатками на момент подсчёта.

%2
%3</translation>
    </message>
    <message>
        <source>Posting the count…</source>
        <translation>Проведение инвентаризации…</translation>
    </message>
</context>
<context>
    <name>kontor::SalesRatesDialog</name>
    <message>
        <source>Returns and buyout</source>
        <translation>Возвраты и выкуп</translation>
    </message>
    <message>
        <source>Shipped in the last 30 days</source>
        <translation>Отгружено за последние 30 дней</translation>
    </message>
    <message>
        <source>Shipped in the last 90 days</source>
        <translation>Отгружено за последние 90 дней</translation>
    </message>
    <message>
        <source>Shipped in the last 365 days</source>
        <translation>Отгружено за последние 365 дней</translation>
    </message>
    <message>
        <source>All shipments</source>
        <translation>Все отгрузки</translation>
    </message>
    <message>
        <source>Return rate by product</source>
        <translation>Доля возвратов по товарам</translation>
    </message>
    <message>
        <source>Return rate by product and reason</source>
        <translation>Доля возвратов по товарам и причинам</translation>
    </message>
    <message>
        <source>Buyout rate by product</source>
        <translation>Доля выкупа по товарам</translation>
    </message>
    <message>
        <source>Buyout rate by channel</source>
        <translation>Доля выкупа по каналам продаж</translation>
    </message>
    <message>
        <source>Buyout rate by customer</source>
        <translation>Доля выкупа по покупателям</translation>
    </message>
    <message>
        <source>Return rate: units returned / units shipped, both of the shipments made in the period. Buyout rate: orders collected / orders shipped that reached the pickup point (marketplace and cash-on-delivery orders).</source>
        <translation>Доля возвратов: возвращено единиц / отгружено единиц — по отгрузкам за период. Доля выкупа: выкупленные заказы / отгруженные заказы, дошедшие до пункта выдачи (заказы маркетплейсов и с наложенным платежом).</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>Артикул</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Наименование</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>Shipped</source>
        <translation>Отгружено</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>Возвращено</translation>
    </message>
    <message>
        <source>Return rate</source>
        <translation>Доля возвратов</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Канал продаж</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Покупатель</translation>
    </message>
    <message>
        <source>Reached the pickup point</source>
        <translation>Дошли до пункта выдачи</translation>
    </message>
    <message>
        <source>Collected</source>
        <translation>Выкуплено</translation>
    </message>
    <message>
        <source>Buyout rate</source>
        <translation>Доля выкупа</translation>
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
    <name>kontor::ScorecardLineModel</name>
    <message>
        <source>%1, cap reached</source>
        <translation>%1, достигнут предел</translation>
    </message>
    <message>
        <source>The contract&apos;s start event: the PO&apos;s confirmation or its prepayment</source>
        <translation>Начало отсчёта срока по договору: подтверждение заказа поставщику или предоплата по нему</translation>
    </message>
    <message>
        <source>Start + the contract&apos;s lead time</source>
        <translation>Начало отсчёта + срок поставки по договору</translation>
    </message>
    <message>
        <source>Units of the ordered product received by the due date (at most the ordered quantity)</source>
        <translation>Единиц заказанного товара, поступивших к сроку поставки (не более заказанного количества)</translation>
    </message>
    <message>
        <source>Units accepted (at most the ordered quantity)</source>
        <translation>Принято единиц (не более заказанного количества)</translation>
    </message>
    <message>
        <source>The accepted units received by the due date cover the ordered quantity</source>
        <translation>Принятые единицы, поступившие к сроку поставки, покрывают заказанное количество</translation>
    </message>
    <message>
        <source>The latest delivery, or the units still missing, in the contract&apos;s kind of days</source>
        <translation>Опоздание последней поставки или ещё не поставленных единиц — в днях того вида, что указан в договоре</translation>
    </message>
    <message>
        <source>Ordered quantity × unit price net of the PO&apos;s discount</source>
        <translation>Заказанное количество × цена за единицу за вычетом скидки по заказу поставщику</translation>
    </message>
    <message>
        <source>Value of each late part × rate per day × days late, up to the contract&apos;s cap</source>
        <translation>Стоимость каждой просроченной части × ставка в день × дни просрочки, но не более предела по договору</translation>
    </message>
    <message>
        <source>The clauses of the contract the PO was placed under</source>
        <translation>Условия договора, по которому размещён заказ поставщику</translation>
    </message>
    <message>
        <source>PO</source>
        <translation>Заказ поставщику</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>Артикул</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Наименование</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Договор</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Начало</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Срок поставки</translation>
    </message>
    <message>
        <source>Ordered</source>
        <translation>Заказано</translation>
    </message>
    <message>
        <source>On time</source>
        <translation>Вовремя</translation>
    </message>
    <message>
        <source>In full</source>
        <translation>В полном объёме</translation>
    </message>
    <message>
        <source>OTIF</source>
        <translation>OTIF</translation>
    </message>
    <message>
        <source>Days late</source>
        <translation>Дней просрочки</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Стоимость</translation>
    </message>
    <message>
        <source>Late penalty</source>
        <translation>Неустойка за просрочку</translation>
    </message>
    <message>
        <source>Defects</source>
        <translation>Брак</translation>
    </message>
    <message>
        <source>Mis-sorts</source>
        <translation>Пересорт</translation>
    </message>
    <message>
        <source>Shortage</source>
        <translation>Недопоставка</translation>
    </message>
    <message>
        <source>Clauses</source>
        <translation>Условия</translation>
    </message>
    <message>
        <source>%1 accepted, %2 defective, %3 mis-sorted</source>
        <translation>Принято %1, брак %2, пересорт %3</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Да</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Нет</translation>
    </message>
    <message>
        <source>%1, %2 (%3): due %4 = %5 + %6 under contract %7.</source>
        <translation>%1, %2 (%3): срок поставки %4 = %5 + %6 по договору %7.</translation>
    </message>
    <message>
        <source>Ordered %1; %2 on time, %3 accepted, %4 defective, %5 mis-sorted, %6 missing.</source>
        <translation>Заказано %1; вовремя %2, принято %3, брак %4, пересорт %5, недопоставка %6.</translation>
    </message>
</context>
<context>
    <name>kontor::ScorecardTableModel</name>
    <message>
        <source>No target in the contract</source>
        <translation>В договоре нет норматива</translation>
    </message>
    <message>
        <source>missed</source>
        <translation>не выполнен</translation>
    </message>
    <message>
        <source>PO lines due in the period whose due date has passed (or that arrived complete)</source>
        <translation>Строки заказов поставщикам со сроком поставки в периоде, срок которых уже наступил (или поставленные полностью)</translation>
    </message>
    <message>
        <source>Units of the ordered product received by the due date, of the units ordered on the lines judged (each line counts at most its ordered quantity)</source>
        <translation>Доля единиц заказанного товара, поступивших к сроку поставки, от единиц, заказанных в оцениваемых строках (каждая строка учитывается не более чем в заказанном количестве)</translation>
    </message>
    <message>
        <source>Units accepted, of the units ordered on the lines judged (each line counts at most its ordered quantity)</source>
        <translation>Доля принятых единиц от единиц, заказанных в оцениваемых строках (каждая строка учитывается не более чем в заказанном количестве)</translation>
    </message>
    <message>
        <source>Lines whose accepted units received by the due date cover the ordered quantity, of the lines judged</source>
        <translation>Доля оцениваемых строк, в которых принятые единицы, поступившие к сроку поставки, покрывают заказанное количество</translation>
    </message>
    <message>
        <source>Defective units, of the units received in the period</source>
        <translation>Доля брака от единиц, поступивших за период</translation>
    </message>
    <message>
        <source>Wrong items or variants, of the units received in the period</source>
        <translation>Доля не тех товаров или вариантов от единиц, поступивших за период</translation>
    </message>
    <message>
        <source>Mean calendar days from the PO&apos;s confirmation to each receipt in the period</source>
        <translation>Среднее число календарных дней от подтверждения заказа поставщику до каждой приёмки за период</translation>
    </message>
    <message>
        <source>Nine receipts in ten came within this many calendar days of confirmation</source>
        <translation>Девять приёмок из десяти прошли не позже чем через столько календарных дней после подтверждения</translation>
    </message>
    <message>
        <source>The lead time of the contract valid at the end of the period</source>
        <translation>Срок поставки по договору, действующему на конец периода</translation>
    </message>
    <message>
        <source>Late, defect, mis-sort and shortage penalties of the lines judged, as the contract gives them, in the shop currency</source>
        <translation>Неустойки по оцениваемым строкам за просрочку, брак, пересорт и недопоставку по условиям договора, в валюте магазина</translation>
    </message>
    <message>
        <source>Claims made in the period (rejected ones left out)</source>
        <translation>Претензии, предъявленные за период (без отклонённых)</translation>
    </message>
    <message>
        <source>What the supplier paid on the claims made in the period</source>
        <translation>Сколько поставщик оплатил по претензиям, предъявленным за период</translation>
    </message>
    <message>
        <source>Goods accepted in the period at the PO price, in the shop currency</source>
        <translation>Товары, принятые за период, по цене заказа поставщику, в валюте магазина</translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation>Поставщик</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>Строки</translation>
    </message>
    <message>
        <source>On time</source>
        <translation>Вовремя</translation>
    </message>
    <message>
        <source>In full</source>
        <translation>В полном объёме</translation>
    </message>
    <message>
        <source>OTIF</source>
        <translation>OTIF</translation>
    </message>
    <message>
        <source>Defects</source>
        <translation>Брак</translation>
    </message>
    <message>
        <source>Mis-sorts</source>
        <translation>Пересорт</translation>
    </message>
    <message>
        <source>Lead time</source>
        <translation>Срок поставки</translation>
    </message>
    <message>
        <source>p90</source>
        <translation>p90</translation>
    </message>
    <message>
        <source>Promised</source>
        <translation>Срок по договору</translation>
    </message>
    <message>
        <source>Penalties</source>
        <translation>Неустойки</translation>
    </message>
    <message>
        <source>Claimed</source>
        <translation>Предъявлено</translation>
    </message>
    <message>
        <source>Collected</source>
        <translation>Получено</translation>
    </message>
    <message>
        <source>Spend</source>
        <translation>Закупки</translation>
    </message>
    <message>
        <source>No contract valid at the end of the period: no targets</source>
        <translation>На конец периода нет действующего договора: нормативов нет</translation>
    </message>
    <message>
        <source>Targets of contract %1</source>
        <translation>Нормативы договора %1</translation>
    </message>
    <message>
        <source>%1 units ordered on 1 line judged</source>
        <translation>%1 ед. заказано в 1 оцениваемой строке</translation>
    </message>
    <message numerus="yes">
        <source>%1 units ordered on %n lines judged</source>
        <translation>
            <numerusform>%1 ед. заказано в %n оцениваемой строке</numerusform>
            <numerusform>%1 ед. заказано в %n оцениваемых строках</numerusform>
            <numerusform>%1 ед. заказано в %n оцениваемых строках</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 units on time</source>
        <translation>%1 из %2 ед. вовремя</translation>
    </message>
    <message>
        <source>%1 of %2 units accepted</source>
        <translation>%1 из %2 ед. принято</translation>
    </message>
    <message>
        <source>%1 of 1 line on time and in full</source>
        <translation>%1 из 1 строки вовремя и в полном объёме</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n lines on time and in full</source>
        <translation>
            <numerusform>%1 из %n строки вовремя и в полном объёме</numerusform>
            <numerusform>%1 из %n строк вовремя и в полном объёме</numerusform>
            <numerusform>%1 из %n строк вовремя и в полном объёме</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 units received were defective</source>
        <translation>%1 из %2 поступивших ед. — брак</translation>
    </message>
    <message>
        <source>%1 of %2 units received were mis-sorted</source>
        <translation>%1 из %2 поступивших ед. — пересорт</translation>
    </message>
    <message>
        <source>No receipt in the period</source>
        <translation>За период приёмок не было</translation>
    </message>
    <message>
        <source>1 receipt</source>
        <translation>1 приёмка</translation>
    </message>
    <message numerus="yes">
        <source>%n receipts</source>
        <translation>
            <numerusform>%n приёмка</numerusform>
            <numerusform>%n приёмки</numerusform>
            <numerusform>%n приёмок</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 to %2 days from confirmation</source>
        <translation>От %1 до %2 дн. после подтверждения</translation>
    </message>
    <message>
        <source>No contract valid at the end of the period</source>
        <translation>На конец периода нет действующего договора</translation>
    </message>
    <message>
        <source>Contract %1: %2</source>
        <translation>Договор %1: %2</translation>
    </message>
    <message>
        <source>%1 bd</source>
        <comment>business days, short</comment>
        <translation>%1 раб. дн.</translation>
    </message>
</context>
<context>
    <name>kontor::ScorecardText</name>
    <message>
        <source>Target at most %1</source>
        <translation>Норматив: не более %1</translation>
    </message>
    <message>
        <source>Target %1</source>
        <translation>Норматив: %1</translation>
    </message>
    <message>
        <source>On time</source>
        <translation>Вовремя</translation>
    </message>
    <message>
        <source>In full</source>
        <translation>В полном объёме</translation>
    </message>
    <message>
        <source>Defects</source>
        <translation>Брак</translation>
    </message>
    <message>
        <source>at most %1</source>
        <translation>не более %1</translation>
    </message>
    <message>
        <source>Mis-sorts</source>
        <translation>Пересорт</translation>
    </message>
    <message>
        <source>1 business day</source>
        <translation>1 рабочий день</translation>
    </message>
    <message numerus="yes">
        <source>%n business days</source>
        <translation>
            <numerusform>%n рабочий день</numerusform>
            <numerusform>%n рабочих дня</numerusform>
            <numerusform>%n рабочих дней</numerusform>
        </translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1 день</translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%n день</numerusform>
            <numerusform>%n дня</numerusform>
            <numerusform>%n дней</numerusform>
        </translation>
    </message>
    <message>
        <source>from prepayment</source>
        <translation>с момента предоплаты</translation>
    </message>
    <message>
        <source>from confirmation</source>
        <translation>с момента подтверждения</translation>
    </message>
    <message>
        <source>1 business day %1</source>
        <translation>1 рабочий день %1</translation>
    </message>
    <message numerus="yes">
        <source>%n business days %1</source>
        <translation>
            <numerusform>%n рабочий день %1</numerusform>
            <numerusform>%n рабочих дня %1</numerusform>
            <numerusform>%n рабочих дней %1</numerusform>
        </translation>
    </message>
    <message>
        <source>1 calendar day %1</source>
        <translation>1 календарный день %1</translation>
    </message>
    <message numerus="yes">
        <source>%n calendar days %1</source>
        <translation>
            <numerusform>%n календарный день %1</numerusform>
            <numerusform>%n календарных дня %1</numerusform>
            <numerusform>%n календарных дней %1</numerusform>
        </translation>
    </message>
    <message>
        <source>no late penalty</source>
        <translation>без неустойки за просрочку</translation>
    </message>
    <message>
        <source>%1 of the late value per day</source>
        <translation>%1 от стоимости просроченного в день</translation>
    </message>
    <message>
        <source>cap %1 of the order</source>
        <translation>не более %1 от суммы заказа</translation>
    </message>
    <message>
        <source>cap %1 of the line</source>
        <translation>не более %1 от суммы строки</translation>
    </message>
    <message>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>%1 per unit</source>
        <translation>%1 за единицу</translation>
    </message>
    <message>
        <source>%1 of their value</source>
        <translation>%1 от их стоимости</translation>
    </message>
    <message>
        <source>Lead time %1</source>
        <translation>Срок поставки %1</translation>
    </message>
    <message>
        <source>late: %1</source>
        <translation>просрочка: %1</translation>
    </message>
    <message>
        <source>defects: %1</source>
        <translation>брак: %1</translation>
    </message>
    <message>
        <source>mis-sorts: %1</source>
        <translation>пересорт: %1</translation>
    </message>
    <message>
        <source>shortage: %1 of the undelivered value</source>
        <translation>недопоставка: %1 от стоимости непоставленного</translation>
    </message>
    <message>
        <source>%1 received %2, %3 late: %4 × %5 × %6 = %7</source>
        <translation>%1 поступило %2, просрочка %3: %4 × %5 × %6 = %7</translation>
    </message>
    <message>
        <source>%1 missing, %2 late: %3 × %4 × %5 = %6</source>
        <translation>%1 не поставлено, просрочка %2: %3 × %4 × %5 = %6</translation>
    </message>
    <message>
        <source>Delivered by the due date: no late penalty.</source>
        <translation>Поставлено к сроку: неустойки за просрочку нет.</translation>
    </message>
    <message>
        <source>%1 in all, above the cap of %2 of the order: this line&apos;s share is %3 (cap reached)</source>
        <translation>Всего %1, это больше предела в %2 от суммы заказа: доля этой строки — %3 (достигнут предел)</translation>
    </message>
    <message>
        <source>%1 in all, capped at %2 of the line&apos;s %3 = %4 (cap reached)</source>
        <translation>Всего %1, ограничено пределом %2 от суммы строки %3 = %4 (достигнут предел)</translation>
    </message>
    <message>
        <source>Late penalty %1</source>
        <translation>Неустойка за просрочку %1</translation>
    </message>
    <message>
        <source>%1 defective, %2: %3</source>
        <translation>Брак %1, %2: %3</translation>
    </message>
    <message>
        <source>%1 mis-sorted, %2: %3</source>
        <translation>Пересорт %1, %2: %3</translation>
    </message>
    <message>
        <source>%1 never delivered (closed short), %2 of their value: %3</source>
        <translation>Не поставлено %1 (закрыто с недопоставкой), %2 от их стоимости: %3</translation>
    </message>
</context>
<context>
    <name>kontor::ScorecardTrendChart</name>
    <message>
        <source>Delivery by month</source>
        <translation>Поставки по месяцам</translation>
    </message>
    <message>
        <source>Defects by month</source>
        <translation>Брак по месяцам</translation>
    </message>
    <message>
        <source>On-time and in-full target %1</source>
        <translation>Норматив «вовремя и в полном объёме»: %1</translation>
    </message>
    <message>
        <source>On-time target %1</source>
        <translation>Норматив «вовремя»: %1</translation>
    </message>
    <message>
        <source>In-full target %1</source>
        <translation>Норматив «в полном объёме»: %1</translation>
    </message>
    <message>
        <source>On time</source>
        <translation>Вовремя</translation>
    </message>
    <message>
        <source>In full</source>
        <translation>В полном объёме</translation>
    </message>
    <message>
        <source>OTIF</source>
        <translation>OTIF</translation>
    </message>
    <message>
        <source>Defects</source>
        <translation>Брак</translation>
    </message>
    <message>
        <source>Defects at most %1</source>
        <translation>Брак: не более %1</translation>
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
    <message>
        <source>General</source>
        <translation>Общие</translation>
    </message>
    <message>
        <source>Shop details</source>
        <translation>Реквизиты магазина</translation>
    </message>
</context>
<context>
    <name>kontor::ShipDialog</name>
    <message>
        <source>&amp;Ship</source>
        <translation>&amp;Отгрузить</translation>
    </message>
    <message>
        <source>Ship order %1</source>
        <translation>Отгрузка заказа %1</translation>
    </message>
    <message>
        <source>Order %1</source>
        <translation>Заказ %1</translation>
    </message>
    <message>
        <source>Order %1 for %2</source>
        <translation>Заказ %1 — %2</translation>
    </message>
    <message>
        <source>No carrier</source>
        <translation>Без службы доставки</translation>
    </message>
    <message>
        <source>The number on the parcel&apos;s label</source>
        <translation>Номер на этикетке посылки</translation>
    </message>
    <message>
        <source>e.g. courier, pickup point, express</source>
        <translation>например, курьер, пункт выдачи, экспресс</translation>
    </message>
    <message>
        <source>Why it ships late, for the customer and the marketplace</source>
        <translation>Почему отгрузка задерживается — для покупателя и маркетплейса</translation>
    </message>
    <message>
        <source>&amp;Carrier:</source>
        <translation>&amp;Служба доставки:</translation>
    </message>
    <message>
        <source>&amp;Tracking number:</source>
        <translation>&amp;Трек-номер:</translation>
    </message>
    <message>
        <source>Ser&amp;vice:</source>
        <translation>&amp;Услуга:</translation>
    </message>
    <message>
        <source>This order should have shipped by %1.</source>
        <translation>Этот заказ нужно было отгрузить до %1.</translation>
    </message>
    <message>
        <source>&amp;Delay reason:</source>
        <translation>&amp;Причина задержки:</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>Артикул</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Наименование</translation>
    </message>
    <message>
        <source>Ordered</source>
        <translation>Заказано</translation>
    </message>
    <message>
        <source>Can ship</source>
        <translation>Можно отгрузить</translation>
    </message>
    <message>
        <source>Ship now</source>
        <translation>Отгрузить сейчас</translation>
    </message>
    <message>
        <source>Ordered and not shipped yet</source>
        <translation>Заказано и ещё не отгружено</translation>
    </message>
    <message>
        <source>Reserved for the order: what can leave now</source>
        <translation>В резерве под заказ: что можно отгрузить сейчас</translation>
    </message>
    <message>
        <source>Ship less to split the rest into a new order that keeps its reservations</source>
        <translation>Отгрузите меньше, чтобы выделить остаток в новый заказ с сохранением резервов</translation>
    </message>
    <message>
        <source>waits for stock</source>
        <translation>ждёт поступления</translation>
    </message>
    <message>
        <source>Tracking page</source>
        <translation>Страница отслеживания</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Строка %1: %2</translation>
    </message>
    <message>
        <source>Line %1 can ship from 0 to %2.</source>
        <translation>В строке %1 можно отгрузить от 0 до %2.</translation>
    </message>
    <message>
        <source>Ship at least one unit.</source>
        <translation>Отгрузите хотя бы одну единицу.</translation>
    </message>
    <message>
        <source>Nothing of this order is reserved yet.</source>
        <translation>По этому заказу пока ничего не зарезервировано.</translation>
    </message>
    <message>
        <source>Not everything ships now: what stays goes to a new order that keeps its reservations and ships later.</source>
        <translation>Отгружается не всё: остаток переходит в новый заказ, сохраняет резервы и будет отгружен позже.</translation>
    </message>
</context>
<context>
    <name>kontor::ShippingDetailsDialog</name>
    <message>
        <source>Promised &amp;delivery:</source>
        <translation>&amp;Обещанная доставка:</translation>
    </message>
    <message>
        <source>Shipping details of order %1</source>
        <translation>Данные доставки заказа %1</translation>
    </message>
    <message>
        <source>No carrier</source>
        <translation>Без службы доставки</translation>
    </message>
    <message>
        <source>&amp;Carrier:</source>
        <translation>&amp;Служба доставки:</translation>
    </message>
    <message>
        <source>&amp;Service:</source>
        <translation>&amp;Тариф:</translation>
    </message>
    <message>
        <source>&amp;Tracking number:</source>
        <translation>Т&amp;рек-номер:</translation>
    </message>
    <message>
        <source>Delay &amp;reason:</source>
        <translation>&amp;Причина задержки:</translation>
    </message>
    <message>
        <source>Ship &amp;to:</source>
        <translation>&amp;Адрес доставки:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>Пр&amp;имечание:</translation>
    </message>
</context>
<context>
    <name>kontor::ShopDetailsForm</name>
    <message>
        <source>Seller</source>
        <translation>Продавец</translation>
    </message>
    <message>
        <source>Shop &amp;name:</source>
        <translation>&amp;Название магазина:</translation>
    </message>
    <message>
        <source>as customers know it</source>
        <translation>как его знают покупатели</translation>
    </message>
    <message>
        <source>&amp;Legal name:</source>
        <translation>&amp;Юридическое наименование:</translation>
    </message>
    <message>
        <source>ООО «Ромашка», ИП Иванов И. И.</source>
        <translation>ООО «Ромашка», ИП Иванов И. И.</translation>
    </message>
    <message>
        <source>&amp;INN:</source>
        <translation>&amp;ИНН:</translation>
    </message>
    <message>
        <source>10 or 12 digits</source>
        <translation>10 или 12 цифр</translation>
    </message>
    <message>
        <source>&amp;KPP:</source>
        <translation>&amp;КПП:</translation>
    </message>
    <message>
        <source>9 characters, companies only</source>
        <translation>9 символов, только для организаций</translation>
    </message>
    <message>
        <source>&amp;OGRN:</source>
        <translation>&amp;ОГРН:</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>необязательно</translation>
    </message>
    <message>
        <source>Legal &amp;address:</source>
        <translation>Юридический а&amp;дрес:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Телефон:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;Эл. почта:</translation>
    </message>
    <message>
        <source>Bank details (for invoices)</source>
        <translation>Банковские реквизиты (для счетов)</translation>
    </message>
    <message>
        <source>&amp;Bank:</source>
        <translation>Б&amp;анк:</translation>
    </message>
    <message>
        <source>BI&amp;C:</source>
        <translation>&amp;БИК:</translation>
    </message>
    <message>
        <source>9 digits</source>
        <translation>9 цифр</translation>
    </message>
    <message>
        <source>A&amp;ccount:</source>
        <translation>&amp;Расчётный счёт:</translation>
    </message>
    <message>
        <source>20 digits</source>
        <translation>20 цифр</translation>
    </message>
    <message>
        <source>Co&amp;rr. account:</source>
        <translation>Корр. с&amp;чёт:</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Документы</translation>
    </message>
    <message>
        <source>&amp;VAT note:</source>
        <translation>&amp;Примечание об НДС:</translation>
    </message>
    <message>
        <source>printed when goods carry no VAT: Без НДС (УСН)</source>
        <translation>печатается, если товар не облагается НДС: Без НДС (УСН)</translation>
    </message>
    <message>
        <source>Only a user who may change settings can edit the shop details.</source>
        <translation>Изменять реквизиты магазина может только пользователь с правом изменять настройки.</translation>
    </message>
</context>
<context>
    <name>kontor::ShopDetailsService</name>
    <message>
        <source>ИНН %1 is not valid: it has 10 digits (a company) or 12 (a sole trader) and its check digits must match.</source>
        <translation>ИНН %1 указан неверно: он состоит из 10 цифр (организация) или 12 (ИП), и контрольные цифры должны совпадать.</translation>
    </message>
    <message>
        <source>КПП %1 is not valid: it has 9 characters, such as 771301001.</source>
        <translation>КПП %1 указан неверно: он состоит из 9 символов, например 771301001.</translation>
    </message>
    <message>
        <source>A sole trader (12-digit ИНН) has no КПП: leave it empty.</source>
        <translation>У ИП (ИНН из 12 цифр) нет КПП: оставьте поле пустым.</translation>
    </message>
    <message>
        <source>ОГРН %1 is not valid: it has 13 digits (ОГРНИП 15) and its check digit must match.</source>
        <translation>ОГРН %1 указан неверно: он состоит из 13 цифр (ОГРНИП — из 15), и контрольная цифра должна совпадать.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an email address.</source>
        <translation>«%1» — не адрес электронной почты.</translation>
    </message>
    <message>
        <source>БИК %1 is not valid: it has 9 digits.</source>
        <translation>БИК %1 указан неверно: он состоит из 9 цифр.</translation>
    </message>
    <message>
        <source>Account %1 is not valid: a bank account has 20 digits.</source>
        <translation>Счёт %1 указан неверно: расчётный счёт состоит из 20 цифр.</translation>
    </message>
    <message>
        <source>Enter the bank&apos;s БИК with the account.</source>
        <translation>Укажите вместе со счётом БИК банка.</translation>
    </message>
    <message>
        <source>Account %1 does not match БИК %2: check both for a mistyped digit.</source>
        <translation>Счёт %1 не соответствует БИК %2: проверьте, нет ли опечатки в цифрах.</translation>
    </message>
    <message>
        <source>Correspondent account %1 is not valid: it has 20 digits.</source>
        <translation>Корреспондентский счёт %1 указан неверно: он состоит из 20 цифр.</translation>
    </message>
    <message>
        <source>Enter the bank&apos;s БИК with the correspondent account.</source>
        <translation>Укажите вместе с корреспондентским счётом БИК банка.</translation>
    </message>
    <message>
        <source>Correspondent account %1 does not match БИК %2: check both for a mistyped digit.</source>
        <translation>Корреспондентский счёт %1 не соответствует БИК %2: проверьте, нет ли опечатки в цифрах.</translation>
    </message>
    <message>
        <source>Shop details changed</source>
        <translation>Реквизиты магазина изменены</translation>
    </message>
</context>
<context>
    <name>kontor::SlaPoliciesDialog</name>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 мин</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 ч</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 ч %2 мин</translation>
    </message>
    <message>
        <source>Priority: %1</source>
        <translation>Приоритет: %1</translation>
    </message>
    <message>
        <source>Channel: %1</source>
        <translation>Канал: %1</translation>
    </message>
    <message>
        <source>Customer tag: %1</source>
        <translation>Тег покупателя: %1</translation>
    </message>
    <message>
        <source>Any ticket</source>
        <translation>Любое обращение</translation>
    </message>
    <message>
        <source>&amp;Business hours</source>
        <translation>&amp;Рабочие часы</translation>
    </message>
    <message>
        <source>Round the c&amp;lock</source>
        <translation>Кр&amp;углосуточно</translation>
    </message>
    <message>
        <source>&amp;Waiting for the customer also pauses the first response</source>
        <translation>&amp;Ожидание клиента приостанавливает и первый ответ</translation>
    </message>
    <message>
        <source>Raise the &amp;priority one step</source>
        <translation>Повысить приори&amp;тет на один уровень</translation>
    </message>
    <message>
        <source>A&amp;ctive</source>
        <translation>&amp;Активна</translation>
    </message>
    <message>
        <source>&amp;New policy</source>
        <translation>&amp;Новая политика</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Сохранить</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Переместить &amp;вверх</translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation>Переместить вн&amp;из</translation>
    </message>
    <message>
        <source>Sa&amp;ve period</source>
        <translation>Сохранить сро&amp;к</translation>
    </message>
    <message>
        <source>SLA policies</source>
        <translation>Политики SLA</translation>
    </message>
    <message>
        <source>A new ticket gets the active policy whose conditions all match it. When several match, the one with the most conditions wins; among equals, the one higher in this list. Targets count in the shop&apos;s working hours, or round the clock.</source>
        <translation>Новому обращению назначается активная политика, все условия которой ему соответствуют. Если подходят несколько, выбирается политика с наибольшим числом условий, а при равенстве — та, что выше в списке. Нормативы отсчитываются в рабочие часы магазина или круглосуточно.</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>Политика</translation>
    </message>
    <message>
        <source>Applies to</source>
        <translation>Применяется к</translation>
    </message>
    <message>
        <source>First response</source>
        <translation>Первый ответ</translation>
    </message>
    <message>
        <source>Next response</source>
        <translation>Следующий ответ</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Решение</translation>
    </message>
    <message>
        <source>Clock</source>
        <translation>Отсчёт</translation>
    </message>
    <message>
        <source>The position in the order policies are tried</source>
        <translation>Место политики в порядке проверки</translation>
    </message>
    <message>
        <source>Try this policy before the one above it</source>
        <translation>Проверять эту политику раньше той, что выше</translation>
    </message>
    <message>
        <source>Try this policy after the one below it</source>
        <translation>Проверять эту политику после той, что ниже</translation>
    </message>
    <message>
        <source>Among policies that match a ticket equally well, the lower number is tried first</source>
        <translation>Из политик, одинаково подходящих обращению, первой проверяется политика с меньшим номером</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Любой</translation>
    </message>
    <message>
        <source>Only tickets of customers with this tag, e.g. VIP or B2B</source>
        <translation>Только обращения покупателей с этим тегом, например VIP или B2B</translation>
    </message>
    <message>
        <source>An inactive policy is kept but never chosen for a new ticket</source>
        <translation>Неактивная политика сохраняется, но не назначается новым обращениям</translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation>На&amp;звание:</translation>
    </message>
    <message>
        <source>P&amp;osition:</source>
        <translation>&amp;Порядок:</translation>
    </message>
    <message>
        <source>Applies to tickets with</source>
        <translation>Применяется к обращениям, у которых</translation>
    </message>
    <message>
        <source>P&amp;riority:</source>
        <translation>Приорит&amp;ет:</translation>
    </message>
    <message>
        <source>C&amp;hannel:</source>
        <translation>Кана&amp;л:</translation>
    </message>
    <message>
        <source>Customer &amp;tag:</source>
        <translation>Те&amp;г покупателя:</translation>
    </message>
    <message>
        <source>&amp;First response</source>
        <translation>Перв&amp;ый ответ</translation>
    </message>
    <message>
        <source>Ne&amp;xt response</source>
        <translation>Сле&amp;дующий ответ</translation>
    </message>
    <message>
        <source>Resolut&amp;ion</source>
        <translation>Ре&amp;шение</translation>
    </message>
    <message>
        <source> h</source>
        <translation> ч</translation>
    </message>
    <message>
        <source> min</source>
        <translation> мин</translation>
    </message>
    <message>
        <source>From the ticket&apos;s opening to the first reply</source>
        <translation>От открытия обращения до первого ответа</translation>
    </message>
    <message>
        <source>From each later message of the customer to the next reply</source>
        <translation>От каждого следующего сообщения клиента до очередного ответа</translation>
    </message>
    <message>
        <source>From the ticket&apos;s opening until it is resolved</source>
        <translation>От открытия обращения до его решения</translation>
    </message>
    <message>
        <source>Targets count only in the working hours of the shop calendar (Settings → Working calendar)</source>
        <translation>Нормативы отсчитываются только в рабочие часы по календарю магазина (Настройки → Производственный календарь)</translation>
    </message>
    <message>
        <source>Targets count every hour, nights and days off included</source>
        <translation>Нормативы отсчитываются круглосуточно, включая ночи и выходные</translation>
    </message>
    <message>
        <source>Waiting for the customer or a third party always pauses the next response and the resolution</source>
        <translation>Ожидание клиента или третьей стороны всегда приостанавливает отсчёт следующего ответа и решения</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>of a target used</source>
        <translation>норматива</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Никогда</translation>
    </message>
    <message>
        <source>When due soon (amber)</source>
        <translation>Когда скоро срок (жёлтый)</translation>
    </message>
    <message>
        <source>When overdue</source>
        <translation>При просрочке</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>Нормативы</translation>
    </message>
    <message>
        <source>Clock:</source>
        <translation>Отсчёт времени:</translation>
    </message>
    <message>
        <source>&amp;Amber at:</source>
        <translation>&amp;Жёлтая зона с:</translation>
    </message>
    <message>
        <source>Escalation</source>
        <translation>Эскалация</translation>
    </message>
    <message>
        <source>&amp;Escalate:</source>
        <translation>&amp;Эскалировать:</translation>
    </message>
    <message>
        <source>Reassi&amp;gn to:</source>
        <translation>Переназна&amp;чить:</translation>
    </message>
    <message>
        <source>Changing SLA policies and the reopen period needs the permission to change settings.</source>
        <translation>Для изменения политик SLA и срока повторного открытия нужно право на изменение настроек.</translation>
    </message>
    <message>
        <source> days</source>
        <translation> дн.</translation>
    </message>
    <message>
        <source>Later, the customer&apos;s message opens a new ticket linked to the old one; a resolved ticket is closed when the period is over</source>
        <translation>Позже сообщение клиента открывает новое обращение, связанное со старым; решённое обращение закрывается по истечении срока</translation>
    </message>
    <message>
        <source>Reopen a resolved ticket when the customer writes within</source>
        <translation>Открывать решённое обращение повторно, если клиент пишет в течение</translation>
    </message>
    <message>
        <source>%1 (inactive)</source>
        <translation>%1 (неакт.)</translation>
    </message>
    <message>
        <source>Business hours</source>
        <translation>Рабочие часы</translation>
    </message>
    <message>
        <source>Round the clock</source>
        <translation>Круглосуточно</translation>
    </message>
    <message>
        <source>Nobody: keep the assignee</source>
        <translation>Никому: оставить исполнителя</translation>
    </message>
    <message>
        <source>Policy %1</source>
        <translation>Политика «%1»</translation>
    </message>
    <message>
        <source>New policy</source>
        <translation>Новая политика</translation>
    </message>
</context>
<context>
    <name>kontor::SnippetDialog</name>
    <message>
        <source>Insert a canned response</source>
        <translation>Вставить шаблон ответа</translation>
    </message>
    <message>
        <source>Insert a help article</source>
        <translation>Вставить статью базы знаний</translation>
    </message>
    <message>
        <source>Find a response by its title or text</source>
        <translation>Поиск шаблона по названию или тексту</translation>
    </message>
    <message>
        <source>Find an article by its title, text or tags</source>
        <translation>Поиск статьи по заголовку, тексту или тегам</translation>
    </message>
    <message>
        <source>&amp;Insert</source>
        <translation>&amp;Вставить</translation>
    </message>
    <message>
        <source>There are no canned responses yet.</source>
        <translation>Шаблонов ответов пока нет.</translation>
    </message>
    <message>
        <source>No response matches “%1”.</source>
        <translation>Нет шаблонов по запросу «%1».</translation>
    </message>
    <message>
        <source>There are no help articles yet.</source>
        <translation>Статей базы знаний пока нет.</translation>
    </message>
    <message>
        <source>No article matches “%1”.</source>
        <translation>Нет статей по запросу «%1».</translation>
    </message>
</context>
<context>
    <name>kontor::StockCsv</name>
    <message>
        <source>SKU</source>
        <translation>Артикул</translation>
    </message>
    <message>
        <source>Barcode</source>
        <translation>Штрихкод</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Место хранения</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Количество</translation>
    </message>
    <message>
        <source>Unit cost</source>
        <translation>Себестоимость единицы</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>no column is mapped to the SKU or the barcode</source>
        <translation>ни один столбец не сопоставлен артикулу или штрихкоду</translation>
    </message>
    <message>
        <source>there is no product with the SKU %1</source>
        <translation>нет товара с артикулом %1</translation>
    </message>
    <message>
        <source>there is no product with the barcode %1</source>
        <translation>нет товара со штрихкодом %1</translation>
    </message>
    <message>
        <source>neither a SKU nor a barcode is given</source>
        <translation>не указан ни артикул, ни штрихкод</translation>
    </message>
    <message>
        <source>the SKU is empty</source>
        <translation>не указан артикул</translation>
    </message>
    <message>
        <source>the barcode is empty</source>
        <translation>не указан штрихкод</translation>
    </message>
    <message>
        <source>%1 is a kit: it has no stock of its own; import its components</source>
        <translation>%1 — комплект: собственного остатка у него нет; импортируйте его составляющие</translation>
    </message>
    <message>
        <source>the quantity is empty</source>
        <translation>не указано количество</translation>
    </message>
    <message>
        <source>opening stock cannot be negative</source>
        <translation>начальный остаток не может быть отрицательным</translation>
    </message>
    <message>
        <source>%1 is counted in pieces: use a whole number, not %2</source>
        <translation>%1 учитывается в штуках: укажите целое число, а не %2</translation>
    </message>
    <message>
        <source>importing unit costs needs the permission to view costs; leave the cost column out</source>
        <translation>для импорта себестоимости нужно право просматривать себестоимость; уберите столбец себестоимости</translation>
    </message>
    <message>
        <source>the cost cannot be negative</source>
        <translation>себестоимость не может быть отрицательной</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date (write 2026-01-31 or 31.01.2026)</source>
        <translation>«%1» не является датой (укажите 2026-01-31 или 31.01.2026)</translation>
    </message>
    <message>
        <source>the date %1 is in the future</source>
        <translation>дата %1 в будущем</translation>
    </message>
    <message>
        <source>Opening stock: %1, line %2</source>
        <translation>Начальные остатки: %1, строка %2</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) repeat a product and location of an earlier line; their quantities were added up.</source>
        <translation>
            <numerusform>%n строка повторяет товар и место хранения одной из предыдущих строк; их количества сложены.</numerusform>
            <numerusform>%n строки повторяют товар и место хранения предыдущих строк; их количества сложены.</numerusform>
            <numerusform>%n строк повторяют товар и место хранения предыдущих строк; их количества сложены.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) added to stock that was already there: opening stock adds to a balance, it does not replace it.</source>
        <translation>
            <numerusform>%n строка прибавлена к уже имевшемуся остатку: начальный остаток прибавляется к остатку, а не заменяет его.</numerusform>
            <numerusform>%n строки прибавлены к уже имевшемуся остатку: начальный остаток прибавляется к остатку, а не заменяет его.</numerusform>
            <numerusform>%n строк прибавлено к уже имевшемуся остатку: начальный остаток прибавляется к остатку, а не заменяет его.</numerusform>
        </translation>
    </message>
    <message>
        <source>The export was cancelled; no file was written.</source>
        <translation>Экспорт отменён; файл не записан.</translation>
    </message>
</context>
<context>
    <name>kontor::StockDetailPanel</name>
    <message>
        <source>Select a row to see the product&apos;s stock at every location and its latest movements.</source>
        <translation>Выберите строку, чтобы увидеть остатки товара во всех местах хранения и его последние движения.</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Место хранения</translation>
    </message>
    <message>
        <source>On hand</source>
        <translation>На складе</translation>
    </message>
    <message>
        <source>Reserved</source>
        <translation>В резерве</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>Доступно</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Операция</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Количество</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Кто</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <source>Full &amp;history…</source>
        <translation>Вся &amp;история…</translation>
    </message>
    <message>
        <source>Mark &amp;arrived…</source>
        <translation>Отметить при&amp;бытие…</translation>
    </message>
    <message>
        <source>Every movement of this product, with filters</source>
        <translation>Все движения этого товара, с отбором</translation>
    </message>
    <message>
        <source>Move the goods waiting in transit into their destination</source>
        <translation>Переместить товар, ожидающий в пути, в место назначения</translation>
    </message>
    <message>
        <source>Stock by location</source>
        <translation>Остатки по местам хранения</translation>
    </message>
    <message>
        <source>Latest movements</source>
        <translation>Последние движения</translation>
    </message>
    <message>
        <source>Not for sale from here</source>
        <translation>Отсюда не продаётся</translation>
    </message>
    <message>
        <source>On hand in all locations: %1 · available to sell: %2</source>
        <translation>На складе во всех местах хранения: %1 · доступно для продажи: %2</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>не указано</translation>
    </message>
</context>
<context>
    <name>kontor::StockExportDialog</name>
    <message>
        <source>Export stock</source>
        <translation>Экспорт остатков</translation>
    </message>
    <message>
        <source>stock</source>
        <translation>остатки</translation>
    </message>
    <message>
        <source>Exporting stock…</source>
        <translation>Экспорт остатков…</translation>
    </message>
    <message>
        <source>Kontor CSV</source>
        <translation>Kontor CSV</translation>
    </message>
    <message>
        <source>Excel, Russian locale (semicolon, decimal comma)</source>
        <translation>Excel, русские региональные настройки (точка с запятой, десятичная запятая)</translation>
    </message>
    <message>
        <source>All warehouses</source>
        <translation>Все склады</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Формат:</translation>
    </message>
    <message>
        <source>Warehouse:</source>
        <translation>Склад:</translation>
    </message>
    <message numerus="yes">
        <source>%n stock line(s) written to %1.</source>
        <translation>
            <numerusform>В файл %1 записана %n строка остатков.</numerusform>
            <numerusform>В файл %1 записаны %n строки остатков.</numerusform>
            <numerusform>В файл %1 записано %n строк остатков.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kontor::StockImportDialog</name>
    <message>
        <source>Import opening stock</source>
        <translation>Импорт начальных остатков</translation>
    </message>
    <message>
        <source>Importing opening stock…</source>
        <translation>Импорт начальных остатков…</translation>
    </message>
    <message>
        <source>Each line adds its quantity to the product&apos;s stock at the location, as opening stock. An empty location means the main stock; write other locations by code (MAIN, PACK) or as WAREHOUSE/LOCATION. A unit cost sets the product&apos;s average cost like a receipt. Without a date the stock counts from now.</source>
        <translation>Каждая строка прибавляет своё количество к остатку товара в месте хранения как начальный остаток. Пустое место хранения означает «Основное хранение»; другие места указывайте кодом (MAIN, PACK) или в виде СКЛАД/МЕСТО. Себестоимость единицы задаёт среднюю себестоимость товара, как при приёмке. Без даты остаток учитывается с текущего момента.</translation>
    </message>
    <message>
        <source>Lines posted: %1
Zero quantity (nothing to post): %2
Skipped: %3</source>
        <translation>Проведено строк: %1
С нулевым количеством (нечего проводить): %2
Пропущено: %3</translation>
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
    <message>
        <source>Put back from packing</source>
        <translation>Возвращено с упаковки</translation>
    </message>
    <message>
        <source>Not collected by the customer</source>
        <translation>Не выкуплен покупателем</translation>
    </message>
    <message>
        <source>Refused by the customer</source>
        <translation>Отказ покупателя</translation>
    </message>
    <message>
        <source>Purchase order</source>
        <translation>Заказ поставщику</translation>
    </message>
    <message>
        <source>Defective on arrival</source>
        <translation>Брак при приёмке</translation>
    </message>
    <message>
        <source>Mis-sort on arrival</source>
        <translation>Пересорт при приёмке</translation>
    </message>
</context>
<context>
    <name>kontor::StockPage</name>
    <message>
        <source>All locations</source>
        <translation>Все места хранения</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Все категории</translation>
    </message>
    <message>
        <source>&amp;Negative only</source>
        <translation>&amp;Только отрицательные</translation>
    </message>
    <message>
        <source>Show &amp;zero rows</source>
        <translation>Показывать &amp;нулевые</translation>
    </message>
    <message>
        <source>&amp;Receive…</source>
        <translation>&amp;Приёмка…</translation>
    </message>
    <message>
        <source>&amp;Adjust…</source>
        <translation>&amp;Корректировка…</translation>
    </message>
    <message>
        <source>&amp;Transfer…</source>
        <translation>Пере&amp;мещение…</translation>
    </message>
    <message>
        <source>Mark arri&amp;ved…</source>
        <translation>&amp;Отметить прибытие…</translation>
    </message>
    <message>
        <source>&amp;Movements…</source>
        <translation>&amp;Движения…</translation>
    </message>
    <message>
        <source>&amp;Locations…</source>
        <translation>Места &amp;хранения…</translation>
    </message>
    <message>
        <source>Goods arrived: add them to a location</source>
        <translation>Поступление товара: добавить его в место хранения</translation>
    </message>
    <message>
        <source>Correct the stock at a location: damage, loss, found goods, write-off</source>
        <translation>Исправить остаток в месте хранения: повреждение, потеря, найденный товар, списание</translation>
    </message>
    <message>
        <source>Move stock between locations or warehouses</source>
        <translation>Переместить товар между местами хранения или складами</translation>
    </message>
    <message>
        <source>Goods waiting in transit arrived at their warehouse</source>
        <translation>Товар, ожидавший в пути, прибыл на свой склад</translation>
    </message>
    <message>
        <source>Every stock movement, with filters; reverse a wrong one</source>
        <translation>Все движения товаров с отбором; ошибочное движение можно сторнировать</translation>
    </message>
    <message>
        <source>Warehouses and their locations</source>
        <translation>Склады и их места хранения</translation>
    </message>
    <message>
        <source>Filter by SKU or name</source>
        <translation>Отбор по артикулу или наименованию</translation>
    </message>
    <message>
        <source>Show one location, or a whole warehouse</source>
        <translation>Показать одно место хранения или весь склад</translation>
    </message>
    <message>
        <source>Show the products of a category and its sub-categories</source>
        <translation>Показать товары категории и её подкатегорий</translation>
    </message>
    <message>
        <source>Only rows where more left than the ledger knows arrived</source>
        <translation>Только строки, где убыло больше, чем поступило по журналу движений</translation>
    </message>
    <message>
        <source>Also rows whose stock went back to zero</source>
        <translation>Также строки, остаток в которых снова стал нулевым</translation>
    </message>
    <message>
        <source>Cannot load the stock: %1</source>
        <translation>Не удаётся загрузить остатки: %1</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Загрузка…</translation>
    </message>
    <message>
        <source> (of %1)</source>
        <translation> (из %1)</translation>
    </message>
    <message>
        <source>total value %1</source>
        <translation>общая стоимость %1</translation>
    </message>
    <message>
        <source>Stock &amp;history…</source>
        <translation>&amp;История движений…</translation>
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
    <message>
        <source>The stock import was cancelled; nothing was posted.</source>
        <translation>Импорт остатков отменён; ничего не проведено.</translation>
    </message>
    <message>
        <source>Stock imported from %1: %2 posted, %3 skipped</source>
        <translation>Импорт остатков из %1: проведено %2, пропущено %3</translation>
    </message>
    <message numerus="yes">
        <source>%n past stock movement(s) recorded (%1)</source>
        <translation>
            <numerusform>Записано %n прошлое движение товара (%1)</numerusform>
            <numerusform>Записано %n прошлых движения товара (%1)</numerusform>
            <numerusform>Записано %n прошлых движений товара (%1)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kontor::StockTableModel</name>
    <message>
        <source>Allocated to confirmed orders that have not shipped yet</source>
        <translation>Зарезервировано под подтверждённые заказы, которые ещё не отгружены</translation>
    </message>
    <message>
        <source>On hand minus reserved. Stock in transit, in quarantine or at a marketplace is never available.</source>
        <translation>На складе минус резерв. Товар в пути, в карантине или на маркетплейсе никогда не бывает доступен.</translation>
    </message>
    <message>
        <source>Moving-average purchase cost per unit</source>
        <translation>Средняя закупочная себестоимость единицы (скользящее среднее)</translation>
    </message>
    <message>
        <source>On hand × average cost</source>
        <translation>На складе × средняя себестоимость</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>Артикул</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Наименование</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Место хранения</translation>
    </message>
    <message>
        <source>On hand</source>
        <translation>На складе</translation>
    </message>
    <message>
        <source>Reserved</source>
        <translation>В резерве</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>Доступно</translation>
    </message>
    <message>
        <source>Average cost</source>
        <translation>Средняя себестоимость</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Стоимость</translation>
    </message>
    <message>
        <source>More left this location than the ledger knows arrived: count it or post the missing receipt.</source>
        <translation>Из этого места хранения убыло больше, чем в него поступило по журналу движений: проведите инвентаризацию или недостающую приёмку.</translation>
    </message>
    <message>
        <source>Stock in transit, in quarantine or at a marketplace cannot be sold from here.</source>
        <translation>Товар в пути, в карантине или на маркетплейсе нельзя продать отсюда.</translation>
    </message>
</context>
<context>
    <name>kontor::StockText</name>
    <message>
        <source>1 row</source>
        <translation>1 строка</translation>
    </message>
    <message numerus="yes">
        <source>%Ln rows</source>
        <translation>
            <numerusform>%Ln строка</numerusform>
            <numerusform>%Ln строки</numerusform>
            <numerusform>%Ln строк</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kontor::SupplierCard</name>
    <message>
        <source>Select a supplier to see its details, contracts and products.</source>
        <translation>Выберите поставщика, чтобы увидеть его реквизиты, договоры и товары.</translation>
    </message>
    <message>
        <source>Contracts</source>
        <translation>Договоры</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Номер</translation>
    </message>
    <message>
        <source>Validity</source>
        <translation>Срок действия</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Preferred supplier of</source>
        <translation>Основной поставщик для</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>Артикул</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Товар</translation>
    </message>
    <message>
        <source>Dropship</source>
        <translation>Дропшиппинг</translation>
    </message>
    <message>
        <source>Double-click a contract to open it</source>
        <translation>Дважды щёлкните договор, чтобы открыть его</translation>
    </message>
    <message>
        <source>The supplier ships this product straight to the customer</source>
        <translation>Поставщик отгружает этот товар напрямую покупателю</translation>
    </message>
    <message>
        <source>%1 (archived)</source>
        <translation>%1 (в архиве)</translation>
    </message>
    <message>
        <source>%1 · prices in %2</source>
        <translation>%1 · цены в %2</translation>
    </message>
    <message>
        <source>Legal name</source>
        <translation>Юридическое наименование</translation>
    </message>
    <message>
        <source>INN %1</source>
        <translation>ИНН %1</translation>
    </message>
    <message>
        <source>KPP %1</source>
        <translation>КПП %1</translation>
    </message>
    <message>
        <source>Tax codes</source>
        <translation>ИНН / КПП</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Сайт</translation>
    </message>
    <message>
        <source>Bank</source>
        <translation>Банк</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Контакты</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Примечания</translation>
    </message>
    <message>
        <source>Contract %1 %2: time to agree the next one.</source>
        <translation>Договор %1 %2: пора согласовать следующий.</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message numerus="yes">
        <source>Preferred supplier of %n products, the first %1 shown</source>
        <translation>
            <numerusform>Основной поставщик для %n товара, показаны первые %1</numerusform>
            <numerusform>Основной поставщик для %n товаров, показаны первые %1</numerusform>
            <numerusform>Основной поставщик для %n товаров, показаны первые %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Preferred supplier of 1 product</source>
        <translation>Основной поставщик для 1 товара</translation>
    </message>
    <message numerus="yes">
        <source>Preferred supplier of %n products</source>
        <translation>
            <numerusform>Основной поставщик для %n товара</numerusform>
            <numerusform>Основной поставщик для %n товаров</numerusform>
            <numerusform>Основной поставщик для %n товаров</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kontor::SupplierDialog</name>
    <message>
        <source>New supplier</source>
        <translation>Новый поставщик</translation>
    </message>
    <message>
        <source>How the shop calls the supplier, e.g. Textile Wholesale</source>
        <translation>Как поставщика называют в магазине, например «Текстиль Опт»</translation>
    </message>
    <message>
        <source>LLC &quot;Textile Wholesale&quot;</source>
        <translation>ООО «Текстиль Опт»</translation>
    </message>
    <message>
        <source>INN: 10 digits for a company, 12 for a sole trader</source>
        <translation>ИНН: 10 цифр у организации, 12 — у ИП</translation>
    </message>
    <message>
        <source>KPP: the 9-digit registration reason code of a company</source>
        <translation>КПП: 9-значный код причины постановки на учёт организации</translation>
    </message>
    <message>
        <source>&amp;KPP:</source>
        <translation>&amp;КПП:</translation>
    </message>
    <message>
        <source>Bank, BIC, settlement and correspondent accounts</source>
        <translation>Банк, БИК, расчётный и корреспондентский счета</translation>
    </message>
    <message>
        <source>orders@supplier.ru</source>
        <translation>orders@supplier.ru</translation>
    </message>
    <message>
        <source>+7 495 123-45-67</source>
        <translation>+7 495 123-45-67</translation>
    </message>
    <message>
        <source>https://supplier.ru</source>
        <translation>https://supplier.ru</translation>
    </message>
    <message>
        <source>The ISO code of the currency the supplier sells in; empty: the shop&apos;s (%1)</source>
        <translation>ISO-код валюты, в которой продаёт поставщик; если пусто — валюта магазина (%1)</translation>
    </message>
    <message>
        <source>The shop buys, stores and ships the goods</source>
        <translation>Магазин закупает, хранит и отгружает товар</translation>
    </message>
    <message>
        <source>The supplier ships orders straight to the shop&apos;s customers</source>
        <translation>Поставщик отгружает заказы напрямую покупателям магазина</translation>
    </message>
    <message>
        <source>Goods for marketplace orders that the shop ships itself</source>
        <translation>Товар для заказов маркетплейсов, которые магазин отгружает сам</translation>
    </message>
    <message>
        <source>Goods delivered straight to a marketplace warehouse</source>
        <translation>Товар поставляется сразу на склад маркетплейса</translation>
    </message>
    <message>
        <source>Anything the team should know: how to order, who to call</source>
        <translation>Всё, что нужно знать команде: как заказывать, кому звонить</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Наименование:</translation>
    </message>
    <message>
        <source>&amp;Legal name:</source>
        <translation>&amp;Юридическое наименование:</translation>
    </message>
    <message>
        <source>&amp;INN:</source>
        <translation>&amp;ИНН:</translation>
    </message>
    <message>
        <source>Legal &amp;address:</source>
        <translation>Юридический &amp;адрес:</translation>
    </message>
    <message>
        <source>&amp;Bank details:</source>
        <translation>&amp;Банковские реквизиты:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;Эл. почта:</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>&amp;Телефон:</translation>
    </message>
    <message>
        <source>&amp;Website:</source>
        <translation>&amp;Сайт:</translation>
    </message>
    <message>
        <source>C&amp;urrency:</source>
        <translation>&amp;Валюта:</translation>
    </message>
    <message>
        <source>Works as:</source>
        <translation>Формат работы:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>&amp;Примечания:</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>&amp;Реквизиты</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Должность</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>&amp;Add contact</source>
        <translation>&amp;Добавить контакт</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <source>The people you deal with: sales manager, warehouse, accountant.</source>
        <translation>Люди, с которыми вы работаете: менеджер по продажам, склад, бухгалтер.</translation>
    </message>
    <message>
        <source>Co&amp;ntacts</source>
        <translation>Ко&amp;нтакты</translation>
    </message>
    <message>
        <source>Supplier — %1</source>
        <translation>Поставщик — %1</translation>
    </message>
    <message>
        <source>%1 (archived)</source>
        <translation>%1 (в архиве)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
</context>
<context>
    <name>kontor::SupplierListModel</name>
    <message>
        <source>How the shop works with the supplier</source>
        <translation>Как магазин работает с поставщиком</translation>
    </message>
    <message>
        <source>The contract valid today</source>
        <translation>Договор, действующий сегодня</translation>
    </message>
    <message>
        <source>The last day of the contract valid today</source>
        <translation>Последний день действия текущего договора</translation>
    </message>
    <message>
        <source>Purchase orders sent, confirmed or partially received</source>
        <translation>Заказы поставщику: отправленные, подтверждённые или частично принятые</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Наименование</translation>
    </message>
    <message>
        <source>Works as</source>
        <translation>Формат работы</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Договор</translation>
    </message>
    <message>
        <source>Valid to</source>
        <translation>Действует до</translation>
    </message>
    <message>
        <source>Open POs</source>
        <translation>Открытые заказы</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Валюта</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <source>Archived: hidden from lists, contracts and history kept</source>
        <translation>В архиве: скрыт из списков, договоры и история сохранены</translation>
    </message>
    <message>
        <source>Contract %1 %2: time to agree the next one.</source>
        <translation>Договор %1 %2: пора согласовать следующий.</translation>
    </message>
    <message>
        <source>%1 (archived)</source>
        <translation>%1 (в архиве)</translation>
    </message>
    <message>
        <source>no end</source>
        <translation>бессрочно</translation>
    </message>
</context>
<context>
    <name>kontor::SupplierPerformance</name>
    <message>
        <source>The forecast horizon and the demand window are 1 to 365 days.</source>
        <translation>Горизонт прогноза и период расчёта спроса — от 1 до 365 дней.</translation>
    </message>
</context>
<context>
    <name>kontor::SupplierReportDialog</name>
    <message>
        <source>Supplier report</source>
        <translation>Отчёт по поставщику</translation>
    </message>
    <message>
        <source>A PDF to share with &lt;b&gt;%1&lt;/b&gt;: the scorecard for %2 against the contract&apos;s targets, the open claims, and the demand forecast for its products.</source>
        <translation>PDF-файл для передачи поставщику &lt;b&gt;%1&lt;/b&gt;: оценка поставщика за %2 в сравнении с нормативами договора, открытые претензии и прогноз спроса на его товары.</translation>
    </message>
    <message>
        <source> days</source>
        <translation> дн.</translation>
    </message>
    <message>
        <source>How many days ahead the demand forecast covers</source>
        <translation>На сколько дней вперёд строится прогноз спроса</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Обзор…</translation>
    </message>
    <message>
        <source>&amp;Forecast:</source>
        <translation>&amp;Прогноз:</translation>
    </message>
    <message>
        <source>&amp;Save to:</source>
        <translation>&amp;Сохранить в:</translation>
    </message>
    <message>
        <source>&amp;Save PDF</source>
        <translation>Сохранить &amp;PDF</translation>
    </message>
    <message>
        <source>Save supplier report as PDF</source>
        <translation>Сохранить отчёт по поставщику в PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Файлы PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>kontor::SupplierReportDocument</name>
    <message>
        <source>Supplier report, %1, %2 – %3</source>
        <translation>Отчёт по поставщику, %1, %2 – %3</translation>
    </message>
    <message>
        <source>Supplier report %1 %2–%3</source>
        <comment>file name: supplier, first and last day</comment>
        <translation>Отчёт по поставщику %1 %2–%3</translation>
    </message>
    <message>
        <source>missed</source>
        <translation>не выполнен</translation>
    </message>
    <message>
        <source>met</source>
        <translation>выполнен</translation>
    </message>
    <message>
        <source>at most %1</source>
        <translation>не более %1</translation>
    </message>
    <message>
        <source>Scorecard</source>
        <translation>Оценка поставщика</translation>
    </message>
    <message>
        <source>Delivery figures judge the order lines due in the period; quality, lead time and purchases come from the deliveries received in it. Targets are those of the contract valid at the end of the period.</source>
        <translation>Показатели поставок оценивают строки заказов со сроком поставки в периоде; качество, срок поставки и закупки считаются по поставкам, принятым в этом периоде. Нормативы берутся из договора, действующего на конец периода.</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Показатель</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Результат</translation>
    </message>
    <message>
        <source>Basis</source>
        <translation>Основа расчёта</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Норматив</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>%1 of %2 units</source>
        <translation>%1 из %2 ед.</translation>
    </message>
    <message>
        <source>On time</source>
        <translation>Вовремя</translation>
    </message>
    <message>
        <source>In full</source>
        <translation>В полном объёме</translation>
    </message>
    <message>
        <source>On time and in full (OTIF)</source>
        <translation>Вовремя и в полном объёме (OTIF)</translation>
    </message>
    <message>
        <source>%1 of 1 order line</source>
        <translation>%1 из 1 строки заказа</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n order lines</source>
        <translation>
            <numerusform>%1 из %n строки заказа</numerusform>
            <numerusform>%1 из %n строк заказа</numerusform>
            <numerusform>%1 из %n строк заказа</numerusform>
        </translation>
    </message>
    <message>
        <source>Defects</source>
        <translation>Брак</translation>
    </message>
    <message>
        <source>%1 of %2 units received</source>
        <translation>%1 из %2 поступивших ед.</translation>
    </message>
    <message>
        <source>Mis-sorts</source>
        <translation>Пересорт</translation>
    </message>
    <message>
        <source>1 day promised</source>
        <translation>1 день по договору</translation>
    </message>
    <message numerus="yes">
        <source>%n days promised</source>
        <translation>
            <numerusform>%n день по договору</numerusform>
            <numerusform>%n дня по договору</numerusform>
            <numerusform>%n дней по договору</numerusform>
        </translation>
    </message>
    <message>
        <source>Lead time, mean / p90</source>
        <translation>Срок поставки, среднее / p90</translation>
    </message>
    <message>
        <source>%1 / %2 days</source>
        <translation>%1 / %2 дн.</translation>
    </message>
    <message>
        <source>1 delivery, calendar days from confirmation</source>
        <translation>1 поставка, календарные дни от подтверждения</translation>
    </message>
    <message numerus="yes">
        <source>%n deliveries, calendar days from confirmation</source>
        <translation>
            <numerusform>%n поставка, календарные дни от подтверждения</numerusform>
            <numerusform>%n поставки, календарные дни от подтверждения</numerusform>
            <numerusform>%n поставок, календарные дни от подтверждения</numerusform>
        </translation>
    </message>
    <message>
        <source>no delivery in the period</source>
        <translation>за период поставок не было</translation>
    </message>
    <message>
        <source>Penalties accrued</source>
        <translation>Начислено неустоек</translation>
    </message>
    <message>
        <source>late, defect, mis-sort and shortage penalties of the lines judged</source>
        <translation>неустойки за просрочку, брак, пересорт и недопоставку по оцениваемым строкам</translation>
    </message>
    <message>
        <source>Penalties claimed</source>
        <translation>Предъявлено неустоек</translation>
    </message>
    <message>
        <source>claims made in the period</source>
        <translation>претензии, предъявленные за период</translation>
    </message>
    <message>
        <source>Penalties paid</source>
        <translation>Оплачено неустоек</translation>
    </message>
    <message>
        <source>paid on the claims made in the period</source>
        <translation>оплачено по претензиям, предъявленным за период</translation>
    </message>
    <message>
        <source>Purchases</source>
        <translation>Закупки</translation>
    </message>
    <message>
        <source>goods accepted in the period</source>
        <translation>товары, принятые за период</translation>
    </message>
    <message>
        <source>Open claims</source>
        <translation>Открытые претензии</translation>
    </message>
    <message>
        <source>No open claims.</source>
        <translation>Открытых претензий нет.</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>Претензия</translation>
    </message>
    <message>
        <source>Purchase order</source>
        <translation>Заказ поставщику</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <source>Answer by</source>
        <translation>Ответить до</translation>
    </message>
    <message>
        <source>no deadline</source>
        <translation>без срока</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Итого</translation>
    </message>
    <message>
        <source>Demand forecast for the next day</source>
        <translation>Прогноз спроса на следующий день</translation>
    </message>
    <message numerus="yes">
        <source>Demand forecast for the next %n days</source>
        <translation>
            <numerusform>Прогноз спроса на следующий %n день</numerusform>
            <numerusform>Прогноз спроса на следующие %n дня</numerusform>
            <numerusform>Прогноз спроса на следующие %n дней</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sold per day: average daily sales over the last %n days. Forecast: sold per day × the days ahead, whole pieces rounded up. On order: units on open purchase orders not yet received.</source>
        <translation>
            <numerusform>Продажи в день: средние продажи в день за последний %n день. Прогноз: продажи в день × число дней вперёд, с округлением вверх до целых штук. В заказе: единицы в открытых заказах поставщику, ещё не принятые.</numerusform>
            <numerusform>Продажи в день: средние продажи в день за последние %n дня. Прогноз: продажи в день × число дней вперёд, с округлением вверх до целых штук. В заказе: единицы в открытых заказах поставщику, ещё не принятые.</numerusform>
            <numerusform>Продажи в день: средние продажи в день за последние %n дней. Прогноз: продажи в день × число дней вперёд, с округлением вверх до целых штук. В заказе: единицы в открытых заказах поставщику, ещё не принятые.</numerusform>
        </translation>
    </message>
    <message>
        <source>No products of this supplier.</source>
        <translation>У этого поставщика нет товаров.</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>Артикул</translation>
    </message>
    <message>
        <source>Supplier SKU</source>
        <translation>Артикул поставщика</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Наименование</translation>
    </message>
    <message>
        <source>Sold per day</source>
        <translation>Продажи в день</translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation>Прогноз</translation>
    </message>
    <message>
        <source>On order</source>
        <translation>В заказе</translation>
    </message>
    <message>
        <source>Supplier performance report</source>
        <translation>Отчёт о показателях поставщика</translation>
    </message>
    <message>
        <source>Period %1 – %2 · prepared %3</source>
        <translation>Период %1 – %2 · составлен %3</translation>
    </message>
    <message>
        <source>INN</source>
        <translation>ИНН</translation>
    </message>
    <message>
        <source>KPP</source>
        <translation>КПП</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Телефон:</translation>
    </message>
    <message>
        <source>Email:</source>
        <translation>Эл. почта:</translation>
    </message>
    <message>
        <source>Buyer</source>
        <translation>Покупатель</translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation>Поставщик</translation>
    </message>
    <message>
        <source>Cannot start printing the supplier report.</source>
        <translation>Не удалось начать печать отчёта по поставщику.</translation>
    </message>
    <message>
        <source>Cannot start page %1.</source>
        <translation>Не удалось начать страницу %1.</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Страница %1 из %2</translation>
    </message>
    <message>
        <source>Printing was cancelled.</source>
        <translation>Печать отменена.</translation>
    </message>
    <message>
        <source>Cannot finish printing the supplier report.</source>
        <translation>Не удалось завершить печать отчёта по поставщику.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Не удалось записать %1: %2</translation>
    </message>
</context>
<context>
    <name>kontor::SupplierScorecardPage</name>
    <message>
        <source>Supplier &amp;report (PDF)…</source>
        <translation>&amp;Отчёт по поставщику (PDF)…</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Предупреждения</translation>
    </message>
    <message>
        <source>Overdue purchase orders, contracts ending, suppliers missing their targets</source>
        <translation>Просроченные заказы поставщикам, истекающие договоры, поставщики, не выполняющие нормативы</translation>
    </message>
    <message>
        <source>A PDF for the selected supplier: the scorecard against the contract&apos;s targets, open claims and the demand forecast for its products</source>
        <translation>PDF-файл по выбранному поставщику: оценка в сравнении с нормативами договора, открытые претензии и прогноз спроса на его товары</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Этот месяц</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>Прошлый месяц</translation>
    </message>
    <message>
        <source>This quarter</source>
        <translation>Этот квартал</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>Последние 12 месяцев</translation>
    </message>
    <message>
        <source>Between dates…</source>
        <translation>Между датами…</translation>
    </message>
    <message>
        <source>Delivery figures judge the PO lines due in the period; quality, lead time and spend come from the receipts dated in it</source>
        <translation>Показатели поставок оценивают строки заказов поставщикам со сроком поставки в периоде; качество, срок поставки и закупки считаются по приёмкам, датированным этим периодом</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Период:</translation>
    </message>
    <message>
        <source>Trend, last 12 months</source>
        <translation>Динамика за последние 12 месяцев</translation>
    </message>
    <message>
        <source>Why this figure?</source>
        <translation>Откуда эта цифра?</translation>
    </message>
    <message>
        <source>%1 (to date)</source>
        <translation>%1 (на сегодня)</translation>
    </message>
    <message>
        <source>Cannot compute the scorecards: %1</source>
        <translation>Не удалось рассчитать оценки поставщиков: %1</translation>
    </message>
    <message>
        <source>&lt;p style=&apos;font-size:large&apos;&gt;&lt;b&gt;No supplier activity in this period&lt;/b&gt;&lt;/p&gt;&lt;p&gt;No purchase order line was due and nothing was received from %1 to %2. Choose a longer period; suppliers are measured once their purchase orders are confirmed under a contract.&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;font-size:large&apos;&gt;&lt;b&gt;За этот период у поставщиков нет активности&lt;/b&gt;&lt;/p&gt;&lt;p&gt;С %1 по %2 не было строк заказов поставщикам со сроком поставки и ничего не было принято. Выберите период подлиннее; поставщики оцениваются, как только их заказы подтверждены по договору.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>1 supplier</source>
        <translation>1 поставщик</translation>
    </message>
    <message numerus="yes">
        <source>%n suppliers</source>
        <translation>
            <numerusform>%n поставщик</numerusform>
            <numerusform>%n поставщика</numerusform>
            <numerusform>%n поставщиков</numerusform>
        </translation>
    </message>
    <message>
        <source>1 missing its targets</source>
        <translation>1 не выполняет нормативы</translation>
    </message>
    <message numerus="yes">
        <source>%n missing their targets</source>
        <translation>
            <numerusform>%n не выполняет нормативы</numerusform>
            <numerusform>%n не выполняют нормативы</numerusform>
            <numerusform>%n не выполняют нормативы</numerusform>
        </translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>Расчёт…</translation>
    </message>
    <message>
        <source>Cannot compute the supplier&apos;s figures: %1</source>
        <translation>Не удалось рассчитать показатели поставщика: %1</translation>
    </message>
    <message>
        <source>Cannot read the warnings: %1</source>
        <translation>Не удалось прочитать предупреждения: %1</translation>
    </message>
    <message>
        <source>Warnings (%1)</source>
        <translation>Предупреждения (%1)</translation>
    </message>
    <message>
        <source>%1: overdue purchase orders, contracts ending, suppliers missing their targets this month</source>
        <translation>%1: просроченные заказы поставщикам, истекающие договоры, поставщики, не выполняющие нормативы в этом месяце</translation>
    </message>
    <message>
        <source>Nothing needs attention: no purchase order is overdue, no contract is ending and every supplier meets its targets this month</source>
        <translation>Ничего не требует внимания: просроченных заказов поставщикам нет, истекающих договоров нет, и все поставщики выполняют нормативы в этом месяце</translation>
    </message>
    <message>
        <source>Computing the supplier figures…</source>
        <translation>Расчёт показателей поставщиков…</translation>
    </message>
    <message>
        <source>Select a supplier to see its trend and the lines behind its figures.</source>
        <translation>Выберите поставщика, чтобы увидеть динамику и строки, на которых основаны его показатели.</translation>
    </message>
    <message>
        <source>on time %1</source>
        <translation>вовремя %1</translation>
    </message>
    <message>
        <source>in full %1</source>
        <translation>в полном объёме %1</translation>
    </message>
    <message>
        <source>defects at most %1</source>
        <translation>брак не более %1</translation>
    </message>
    <message>
        <source>mis-sorts at most %1</source>
        <translation>пересорт не более %1</translation>
    </message>
    <message>
        <source>no contract valid at the end of the period, so no targets</source>
        <translation>на конец периода нет действующего договора, поэтому нормативов нет</translation>
    </message>
    <message>
        <source>contract %1 sets no targets</source>
        <translation>в договоре %1 нормативы не заданы</translation>
    </message>
    <message>
        <source>targets of contract %1: %2</source>
        <translation>нормативы договора %1: %2</translation>
    </message>
    <message>
        <source>No PO line was due in the period, so nothing was judged for delivery.</source>
        <translation>В периоде не было строк заказов поставщикам со сроком поставки, поэтому поставки не оценивались.</translation>
    </message>
    <message>
        <source>1 line judged</source>
        <translation>1 оцениваемая строка</translation>
    </message>
    <message numerus="yes">
        <source>%n lines judged</source>
        <translation>
            <numerusform>%n оцениваемая строка</numerusform>
            <numerusform>%n оцениваемые строки</numerusform>
            <numerusform>%n оцениваемых строк</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 of %3 units on time = %4; %5 of %3 in full = %6; %7 of %8 OTIF = %9</source>
        <translation>%1: вовремя %2 из %3 ед. = %4; в полном объёме %5 из %3 = %6; OTIF %7 из %8 = %9</translation>
    </message>
    <message>
        <source>penalties %1</source>
        <translation>неустойки %1</translation>
    </message>
    <message>
        <source>1 receipt in the period</source>
        <translation>1 приёмка за период</translation>
    </message>
    <message numerus="yes">
        <source>%n receipts in the period</source>
        <translation>
            <numerusform>%n приёмка за период</numerusform>
            <numerusform>%n приёмки за период</numerusform>
            <numerusform>%n приёмок за период</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 units received, %2 defective = %3, %4 mis-sorted = %5; lead time %6 to %7 days, mean %8, p90 %9</source>
        <translation>Поступило %1 ед., брак %2 = %3, пересорт %4 = %5; срок поставки от %6 до %7 дн., в среднем %8, p90 %9</translation>
    </message>
    <message>
        <source>spend %1</source>
        <translation>закупки %1</translation>
    </message>
    <message>
        <source>Nothing was received in the period.</source>
        <translation>За период ничего не поступило.</translation>
    </message>
    <message>
        <source>Select a line to see how its figures and penalties were computed.</source>
        <translation>Выберите строку, чтобы увидеть, как рассчитаны её показатели и неустойки.</translation>
    </message>
    <message>
        <source>Writing the supplier report…</source>
        <translation>Формирование отчёта по поставщику…</translation>
    </message>
    <message>
        <source>The report was cancelled.</source>
        <translation>Формирование отчёта отменено.</translation>
    </message>
    <message>
        <source>Supplier report not saved</source>
        <translation>Отчёт по поставщику не сохранён</translation>
    </message>
    <message>
        <source>Report for %1 saved to %2.</source>
        <translation>Отчёт по поставщику %1 сохранён в %2.</translation>
    </message>
</context>
<context>
    <name>kontor::SupplierService</name>
    <message>
        <source>%1 may not see supplier contracts: that needs the permission to manage suppliers or to view purchase prices.</source>
        <translation>%1 не может просматривать договоры поставщиков: для этого нужно право управлять поставщиками или просматривать закупочные цены.</translation>
    </message>
    <message>
        <source>This user</source>
        <translation>Этот пользователь</translation>
    </message>
    <message>
        <source>A supplier needs a name.</source>
        <translation>Укажите наименование поставщика.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a currency code: use three letters, such as RUB or CNY.</source>
        <translation>«%1» — не код валюты: укажите три буквы, например RUB или CNY.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an email address.</source>
        <translation>«%1» — не адрес электронной почты.</translation>
    </message>
    <message>
        <source>Choose at least one way of working with the supplier.</source>
        <translation>Выберите хотя бы один формат работы с поставщиком.</translation>
    </message>
    <message>
        <source>A contact person needs a name.</source>
        <translation>Укажите имя контактного лица.</translation>
    </message>
    <message>
        <source>There is already a supplier named %1.</source>
        <translation>Поставщик с наименованием %1 уже есть.</translation>
    </message>
    <message>
        <source>The supplier does not exist.</source>
        <translation>Поставщик не существует.</translation>
    </message>
    <message>
        <source>The product does not exist.</source>
        <translation>Товар не существует.</translation>
    </message>
    <message>
        <source>%1 is archived: unarchive the supplier before making it a product&apos;s supplier.</source>
        <translation>%1 в архиве: верните поставщика из архива, прежде чем назначать его поставщиком товара.</translation>
    </message>
    <message>
        <source>%1 must be between 0 and 100 %.</source>
        <translation>%1: значение должно быть от 0 до 100 %.</translation>
    </message>
    <message>
        <source>%1 must be between 0 and %2 days.</source>
        <translation>%1: значение должно быть от 0 до %2 дн.</translation>
    </message>
    <message>
        <source>%1 cannot be negative.</source>
        <translation>%1: значение не может быть отрицательным.</translation>
    </message>
    <message>
        <source>The contract&apos;s supplier does not exist.</source>
        <translation>Поставщик по договору не существует.</translation>
    </message>
    <message>
        <source>A contract needs its number.</source>
        <translation>Укажите номер договора.</translation>
    </message>
    <message>
        <source>The contract cannot end (%1) before it starts (%2).</source>
        <translation>Договор не может закончиться (%1) раньше, чем начнётся (%2).</translation>
    </message>
    <message>
        <source>The renewal notice</source>
        <translation>Срок уведомления о продлении</translation>
    </message>
    <message>
        <source>The lead time</source>
        <translation>Срок поставки</translation>
    </message>
    <message>
        <source>The payment deferral</source>
        <translation>Отсрочка платежа</translation>
    </message>
    <message>
        <source>The claim deadline</source>
        <translation>Срок подачи претензии</translation>
    </message>
    <message>
        <source>The minimum order value</source>
        <translation>Минимальная сумма заказа</translation>
    </message>
    <message>
        <source>The prepayment</source>
        <translation>Предоплата</translation>
    </message>
    <message>
        <source>The on-time target</source>
        <translation>Норматив поставок вовремя</translation>
    </message>
    <message>
        <source>The in-full target</source>
        <translation>Норматив поставок в полном объёме</translation>
    </message>
    <message>
        <source>The maximum defect rate</source>
        <translation>Максимальная доля брака</translation>
    </message>
    <message>
        <source>The maximum mis-sort rate</source>
        <translation>Максимальная доля пересорта</translation>
    </message>
    <message>
        <source>The late penalty per day</source>
        <translation>Неустойка за просрочку в день</translation>
    </message>
    <message>
        <source>The cap of the late penalty</source>
        <translation>Предел неустойки за просрочку</translation>
    </message>
    <message>
        <source>The shortage penalty</source>
        <translation>Неустойка за недопоставку</translation>
    </message>
    <message>
        <source>The defect penalty</source>
        <translation>Неустойка за брак</translation>
    </message>
    <message>
        <source>The mis-sort penalty</source>
        <translation>Неустойка за пересорт</translation>
    </message>
    <message>
        <source>A price line needs its product.</source>
        <translation>В строке цен не указан товар.</translation>
    </message>
    <message>
        <source>A product in the prices does not exist.</source>
        <translation>Товар из цен не существует.</translation>
    </message>
    <message>
        <source>%1 is listed twice in the prices.</source>
        <translation>%1 указан в ценах дважды.</translation>
    </message>
    <message>
        <source>The price of %1 cannot be negative.</source>
        <translation>Цена %1 не может быть отрицательной.</translation>
    </message>
    <message>
        <source>The minimum quantity of %1 cannot be negative.</source>
        <translation>Минимальное количество %1 не может быть отрицательным.</translation>
    </message>
    <message>
        <source>The pack size of %1 cannot be negative.</source>
        <translation>Кратность упаковки %1 не может быть отрицательной.</translation>
    </message>
    <message>
        <source>A volume discount needs an order value above zero.</source>
        <translation>Для скидки за объём укажите сумму заказа больше нуля.</translation>
    </message>
    <message>
        <source>Two volume discounts start at the same order value.</source>
        <translation>Две скидки за объём начинаются с одной и той же суммы заказа.</translation>
    </message>
    <message>
        <source>A volume discount must be above 0 % and below 100 %.</source>
        <translation>Скидка за объём должна быть больше 0 % и меньше 100 %.</translation>
    </message>
    <message>
        <source>Contract %1 is active, so its %2 cannot change. Make a new contract with the new terms (as a supplement to the contract would be).</source>
        <translation>Договор %1 действует, поэтому нельзя изменить %2. Создайте новый договор с новыми условиями (как это делается дополнительным соглашением к договору).</translation>
    </message>
    <message>
        <source>Contract %1 is terminated, so its %2 cannot change.</source>
        <translation>Договор %1 расторгнут, поэтому нельзя изменить %2.</translation>
    </message>
    <message>
        <source>supplier</source>
        <translation>поставщика</translation>
    </message>
    <message>
        <source>number</source>
        <translation>номер</translation>
    </message>
    <message>
        <source>signing date</source>
        <translation>дату подписания</translation>
    </message>
    <message>
        <source>start of validity</source>
        <translation>дату начала действия</translation>
    </message>
    <message>
        <source>currency</source>
        <translation>валюту</translation>
    </message>
    <message>
        <source>terms</source>
        <translation>условия</translation>
    </message>
    <message>
        <source>payment terms</source>
        <translation>условия оплаты</translation>
    </message>
    <message>
        <source>exclusivity</source>
        <translation>эксклюзивность</translation>
    </message>
    <message>
        <source>service level targets</source>
        <translation>целевые значения уровня сервиса</translation>
    </message>
    <message>
        <source>prices</source>
        <translation>цены</translation>
    </message>
    <message>
        <source>volume discounts</source>
        <translation>скидки за объём</translation>
    </message>
    <message>
        <source>validity and conditions</source>
        <translation>срок действия и условия</translation>
    </message>
    <message>
        <source>Contract %1 would then overlap contract %2 of the same supplier (valid from %3).</source>
        <translation>Тогда договор %1 пересечётся с договором %2 того же поставщика (действует с %3).</translation>
    </message>
    <message>
        <source>Contract %1 is already active.</source>
        <translation>Договор %1 уже действует.</translation>
    </message>
    <message>
        <source>Contract %1 is terminated; make a new contract.</source>
        <translation>Договор %1 расторгнут; создайте новый договор.</translation>
    </message>
    <message>
        <source>A contract needs its number before it is activated.</source>
        <translation>Перед активацией договора укажите его номер.</translation>
    </message>
    <message>
        <source>A contract needs the day it is valid from before it is activated.</source>
        <translation>Перед активацией договора укажите дату начала его действия.</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>с %1 по %2</translation>
    </message>
    <message>
        <source>%1 with no end</source>
        <translation>с %1, бессрочно</translation>
    </message>
    <message>
        <source>Contract %1 of the same supplier is valid %2, which overlaps this contract. Terminate it or change the dates first.</source>
        <translation>Договор %1 того же поставщика действует %2 и пересекается с этим договором. Сначала расторгните его или измените даты.</translation>
    </message>
    <message>
        <source>Contract %1 is a draft: delete it instead of terminating it.</source>
        <translation>Договор %1 — черновик: удалите его, а не расторгайте.</translation>
    </message>
    <message>
        <source>Contract %1 is already terminated.</source>
        <translation>Договор %1 уже расторгнут.</translation>
    </message>
    <message>
        <source>The last day (%1) cannot be before the contract starts (%2).</source>
        <translation>Последний день (%1) не может быть раньше начала действия договора (%2).</translation>
    </message>
    <message>
        <source>Contract %1 is not a draft: it can be terminated, not deleted.</source>
        <translation>Договор %1 — не черновик: его можно расторгнуть, но не удалить.</translation>
    </message>
    <message>
        <source>Contract %1 is referred to by purchase orders.</source>
        <translation>На договор %1 ссылаются заказы поставщику.</translation>
    </message>
    <message>
        <source>The contract does not exist.</source>
        <translation>Договор не существует.</translation>
    </message>
    <message>
        <source>A file needs a name.</source>
        <translation>Укажите имя файла.</translation>
    </message>
    <message>
        <source>The file %1 is empty.</source>
        <translation>Файл %1 пуст.</translation>
    </message>
    <message>
        <source>The file %1 is %2 MB; files up to %3 MB can be attached.</source>
        <translation>Файл %1 занимает %2 МБ; прикрепить можно файлы до %3 МБ.</translation>
    </message>
    <message>
        <source>The file does not exist.</source>
        <translation>Файл не существует.</translation>
    </message>
</context>
<context>
    <name>kontor::SupplierText</name>
    <message>
        <source>%1: &quot;%2&quot; is not a percentage; type a number from 0 to 100 with up to two decimals.</source>
        <translation>%1: «%2» — не процент; введите число от 0 до 100, не более двух знаков после запятой.</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 cannot be negative.</source>
        <translation>%1: значение не может быть отрицательным.</translation>
    </message>
    <message>
        <source>no dates yet</source>
        <translation>даты пока не указаны</translation>
    </message>
    <message>
        <source>from %1, no end</source>
        <translation>с %1, бессрочно</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>1 byte</source>
        <translation>1 байт</translation>
    </message>
    <message numerus="yes">
        <source>%n bytes</source>
        <translation>
            <numerusform>%n байт</numerusform>
            <numerusform>%n байта</numerusform>
            <numerusform>%n байт</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 KB</source>
        <translation>%1 КБ</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 МБ</translation>
    </message>
    <message>
        <source>ends today</source>
        <translation>истекает сегодня</translation>
    </message>
    <message>
        <source>ends tomorrow</source>
        <translation>истекает завтра</translation>
    </message>
    <message numerus="yes">
        <source>ends in %n days</source>
        <translation>
            <numerusform>истекает через %n день</numerusform>
            <numerusform>истекает через %n дня</numerusform>
            <numerusform>истекает через %n дней</numerusform>
        </translation>
    </message>
    <message>
        <source>ended yesterday</source>
        <translation>истёк вчера</translation>
    </message>
    <message numerus="yes">
        <source>ended %n days ago</source>
        <translation>
            <numerusform>истёк %n день назад</numerusform>
            <numerusform>истёк %n дня назад</numerusform>
            <numerusform>истёк %n дней назад</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kontor::SuppliersPage</name>
    <message>
        <source>Show &amp;archived</source>
        <translation>Показать &amp;архивные</translation>
    </message>
    <message>
        <source>&amp;New supplier…</source>
        <translation>&amp;Новый поставщик…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Изменить…</translation>
    </message>
    <message>
        <source>A&amp;rchive</source>
        <translation>В а&amp;рхив</translation>
    </message>
    <message>
        <source>New &amp;contract…</source>
        <translation>Новый &amp;договор…</translation>
    </message>
    <message>
        <source>&amp;Open contract…</source>
        <translation>&amp;Открыть договор…</translation>
    </message>
    <message>
        <source>&amp;Working calendar…</source>
        <translation>&amp;Производственный календарь…</translation>
    </message>
    <message>
        <source>Add a supplier (%1)</source>
        <translation>Добавить поставщика (%1)</translation>
    </message>
    <message>
        <source>The supplier&apos;s details and contact people (Enter)</source>
        <translation>Реквизиты и контактные лица поставщика (Enter)</translation>
    </message>
    <message>
        <source>The supplier&apos;s details and contact people, to read (Enter)</source>
        <translation>Реквизиты и контактные лица поставщика, только просмотр (Enter)</translation>
    </message>
    <message>
        <source>A new draft contract with the selected supplier: terms, prices, discounts</source>
        <translation>Новый черновик договора с выбранным поставщиком: условия, цены, скидки</translation>
    </message>
    <message>
        <source>The contract selected in the card, else the one valid today (double-click a contract in the card)</source>
        <translation>Договор, выбранный в карточке, иначе действующий сегодня (дважды щёлкните договор в карточке)</translation>
    </message>
    <message>
        <source>Holidays and moved working days, for contracts that count business days</source>
        <translation>Праздничные дни и перенесённые рабочие дни — для договоров, где срок считается в рабочих днях</translation>
    </message>
    <message>
        <source>Filter by name, INN, email or phone</source>
        <translation>Фильтр по наименованию, ИНН, эл. почте или телефону</translation>
    </message>
    <message>
        <source>Also suppliers who were archived</source>
        <translation>Также поставщики в архиве</translation>
    </message>
    <message>
        <source>&lt;p style=&apos;font-size:large&apos;&gt;&lt;b&gt;No suppliers yet&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Add one with &lt;b&gt;New supplier…&lt;/b&gt;, then its contract with &lt;b&gt;New contract…&lt;/b&gt;: lead time, service targets, penalties, prices and volume discounts.&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;font-size:large&apos;&gt;&lt;b&gt;Поставщиков пока нет&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Добавьте поставщика кнопкой &lt;b&gt;Новый поставщик…&lt;/b&gt;, затем его договор кнопкой &lt;b&gt;Новый договор…&lt;/b&gt;: срок поставки, целевые значения сервиса, неустойки, цены и скидки за объём.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p style=&apos;font-size:large&apos;&gt;&lt;b&gt;No suppliers yet&lt;/b&gt;&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;font-size:large&apos;&gt;&lt;b&gt;Поставщиков пока нет&lt;/b&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Cannot load the suppliers: %1</source>
        <translation>Не удалось загрузить поставщиков: %1</translation>
    </message>
    <message>
        <source>No supplier matches the filter.</source>
        <translation>Нет поставщиков, подходящих под фильтр.</translation>
    </message>
    <message>
        <source>1 supplier</source>
        <translation>1 поставщик</translation>
    </message>
    <message numerus="yes">
        <source>%n suppliers</source>
        <translation>
            <numerusform>%n поставщик</numerusform>
            <numerusform>%n поставщика</numerusform>
            <numerusform>%n поставщиков</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 with %2 %3</source>
        <translation>%1 с %2 — %3</translation>
    </message>
    <message>
        <source>Contracts to renew: %1</source>
        <translation>Договоры к продлению: %1</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>и ещё %n</numerusform>
            <numerusform>и ещё %n</numerusform>
            <numerusform>и ещё %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Un&amp;archive</source>
        <translation>Вернуть из а&amp;рхива</translation>
    </message>
    <message>
        <source>Show the supplier in lists again</source>
        <translation>Снова показывать поставщика в списках</translation>
    </message>
    <message>
        <source>Hide the supplier from lists; contracts and history are kept</source>
        <translation>Скрыть поставщика из списков; договоры и история сохранятся</translation>
    </message>
    <message>
        <source>%1 saved.</source>
        <translation>%1: сохранено.</translation>
    </message>
    <message>
        <source>Archive supplier</source>
        <translation>Перенести поставщика в архив</translation>
    </message>
    <message>
        <source>Unarchive supplier</source>
        <translation>Вернуть поставщика из архива</translation>
    </message>
    <message>
        <source>%1 is archived: hidden from lists, contracts and history kept.</source>
        <translation>%1 в архиве: скрыт из списков, договоры и история сохранены.</translation>
    </message>
    <message>
        <source>%1 is back in the lists.</source>
        <translation>%1 снова в списках.</translation>
    </message>
    <message>
        <source>Contract %1 saved.</source>
        <translation>Договор %1 сохранён.</translation>
    </message>
</context>
<context>
    <name>kontor::SupportKinds</name>
    <message>
        <source>New</source>
        <translation>Новое</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Открыто</translation>
    </message>
    <message>
        <source>Waiting for customer</source>
        <translation>Ждём клиента</translation>
    </message>
    <message>
        <source>Waiting for third party</source>
        <translation>Ждём третью сторону</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Решено</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Закрыто</translation>
    </message>
    <message>
        <source>Reopened</source>
        <translation>Открыто повторно</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Низкий</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Обычный</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Высокий</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>Срочный</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>Чат</translation>
    </message>
    <message>
        <source>Messenger</source>
        <translation>Мессенджер</translation>
    </message>
    <message>
        <source>Social network</source>
        <translation>Соцсеть</translation>
    </message>
    <message>
        <source>Marketplace</source>
        <translation>Маркетплейс</translation>
    </message>
    <message>
        <source>Web form</source>
        <translation>Форма на сайте</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>Доставка</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>Возврат</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Оплата</translation>
    </message>
    <message>
        <source>Product question</source>
        <translation>Вопрос о товаре</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>Жалоба</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Другое</translation>
    </message>
    <message>
        <source>First response</source>
        <translation>Первый ответ</translation>
    </message>
    <message>
        <source>Next response</source>
        <translation>Следующий ответ</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Решение</translation>
    </message>
    <message>
        <source>No target</source>
        <translation>Без норматива</translation>
    </message>
    <message>
        <source>On track</source>
        <translation>В срок</translation>
    </message>
    <message>
        <source>Due soon</source>
        <translation>Скоро срок</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Просрочено</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>На паузе</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>Выполнено</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>Нарушено</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>Стандартная</translation>
    </message>
    <message>
        <source>High priority</source>
        <translation>Высокий приоритет</translation>
    </message>
</context>
<context>
    <name>kontor::SupportMetrics</name>
    <message>
        <source>Unassigned</source>
        <translation>Не назначено</translation>
    </message>
</context>
<context>
    <name>kontor::SupportMetricsCharts</name>
    <message>
        <source>Tickets per month</source>
        <translation>Обращения по месяцам</translation>
    </message>
    <message>
        <source>Tickets per week</source>
        <translation>Обращения по неделям</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Создано</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Решено</translation>
    </message>
    <message>
        <source>%1 created, %2 resolved</source>
        <translation>Создано: %1, решено: %2</translation>
    </message>
    <message>
        <source>SLA compliance per month</source>
        <translation>Соблюдение SLA по месяцам</translation>
    </message>
    <message>
        <source>SLA compliance per week</source>
        <translation>Соблюдение SLA по неделям</translation>
    </message>
    <message>
        <source>Targets met</source>
        <translation>Выполнено нормативов</translation>
    </message>
    <message>
        <source>%1 (%2 targets met)</source>
        <translation>%1 (выполнено нормативов: %2)</translation>
    </message>
    <message>
        <source>Open tickets by age</source>
        <translation>Открытые обращения по давности</translation>
    </message>
    <message>
        <source>Open tickets</source>
        <translation>Открытые обращения</translation>
    </message>
    <message>
        <source>0–1</source>
        <translation>0–1</translation>
    </message>
    <message>
        <source>1–3</source>
        <translation>1–3</translation>
    </message>
    <message>
        <source>3–7</source>
        <translation>3–7</translation>
    </message>
    <message>
        <source>7+</source>
        <translation>7+</translation>
    </message>
    <message>
        <source>Days since the ticket came in</source>
        <translation>Дней с момента поступления обращения</translation>
    </message>
</context>
<context>
    <name>kontor::SupportMetricsPage</name>
    <message>
        <source>This month</source>
        <translation>Этот месяц</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Последние 30 дней</translation>
    </message>
    <message>
        <source>This quarter</source>
        <translation>Этот квартал</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>Этот год</translation>
    </message>
    <message>
        <source>Between dates…</source>
        <translation>Произвольный период…</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Период:</translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation>Обращения</translation>
    </message>
    <message>
        <source>Tickets opened in the period, how many were resolved, and tickets per 100 orders placed in the period</source>
        <translation>Обращения, открытые за период, сколько из них решено и сколько обращений приходится на 100 заказов, оформленных за период</translation>
    </message>
    <message>
        <source>First response</source>
        <translation>Первый ответ</translation>
    </message>
    <message>
        <source>Average time from a ticket&apos;s opening to the first reply, in business hours of the shop calendar; p90: nine replies in ten came within it</source>
        <translation>Среднее время от открытия обращения до первого ответа в рабочих часах календаря магазина; p90: в это время уложились девять ответов из десяти</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Решение</translation>
    </message>
    <message>
        <source>Average time from opening to resolution in business hours, without the time spent waiting for the customer or a third party</source>
        <translation>Среднее время от открытия до решения в рабочих часах, без времени ожидания клиента или третьей стороны</translation>
    </message>
    <message>
        <source>SLA compliance</source>
        <translation>Соблюдение SLA</translation>
    </message>
    <message>
        <source>SLA targets met, of the targets due in the period (first response, next responses, resolution); a breach stays a breach</source>
        <translation>Доля выполненных нормативов SLA среди тех, срок которых пришёлся на период (первый ответ, следующие ответы, решение); нарушение остаётся нарушением</translation>
    </message>
    <message>
        <source>First contact resolution</source>
        <translation>Решено с первого ответа</translation>
    </message>
    <message>
        <source>Tickets resolved with exactly one reply and never reopened, of the tickets resolved in the period</source>
        <translation>Доля обращений, решённых ровно одним ответом и ни разу не открытых повторно, среди решённых за период</translation>
    </message>
    <message>
        <source>CSAT</source>
        <translation>Удовлетворённость (CSAT)</translation>
    </message>
    <message>
        <source>Customers satisfied (4 or 5 of 5), of those who answered, on the tickets resolved in the period</source>
        <translation>Доля довольных клиентов (оценка 4 или 5 из 5) среди ответивших по обращениям, решённым за период</translation>
    </message>
    <message>
        <source>Open now</source>
        <translation>Открыто сейчас</translation>
    </message>
    <message>
        <source>Tickets not yet resolved, whenever they came in</source>
        <translation>Ещё не решённые обращения, когда бы они ни поступили</translation>
    </message>
    <message>
        <source>By agent</source>
        <translation>По сотрудникам</translation>
    </message>
    <message>
        <source>By channel</source>
        <translation>По каналам</translation>
    </message>
    <message>
        <source>By week</source>
        <translation>По неделям</translation>
    </message>
    <message>
        <source>By month</source>
        <translation>По месяцам</translation>
    </message>
    <message>
        <source>&lt;b&gt;Figures&lt;/b&gt;</source>
        <translation>&lt;b&gt;Показатели&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Products asked about most&lt;/b&gt;</source>
        <translation>&lt;b&gt;Товары, о которых спрашивают чаще всего&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Cannot compute the figures: %1</source>
        <translation>Не удалось рассчитать показатели: %1</translation>
    </message>
    <message>
        <source>No ticket in the period names a product or an order.</source>
        <translation>Ни в одном обращении за период не указан товар или заказ.</translation>
    </message>
    <message>
        <source>A ticket counts for its product, or for every product of its order.</source>
        <translation>Обращение учитывается для своего товара или для каждого товара своего заказа.</translation>
    </message>
    <message>
        <source>Computing the support figures…</source>
        <translation>Расчёт показателей поддержки…</translation>
    </message>
    <message>
        <source>%1 resolved</source>
        <translation>решено: %1</translation>
    </message>
    <message>
        <source>%1 per 100 orders</source>
        <translation>%1 на 100 заказов</translation>
    </message>
    <message>
        <source>no orders in the period</source>
        <translation>нет заказов за период</translation>
    </message>
    <message>
        <source>none in the period</source>
        <translation>за период нет</translation>
    </message>
    <message>
        <source>median %1</source>
        <translation>медиана %1</translation>
    </message>
    <message>
        <source>p90 %1</source>
        <translation>p90 %1</translation>
    </message>
    <message>
        <source>no target due</source>
        <translation>нормативов за период нет</translation>
    </message>
    <message>
        <source>%1 targets met</source>
        <translation>выполнено нормативов: %1</translation>
    </message>
    <message>
        <source>nothing resolved</source>
        <translation>ничего не решено</translation>
    </message>
    <message>
        <source>no answers</source>
        <translation>нет оценок</translation>
    </message>
    <message numerus="yes">
        <source>%n answers</source>
        <translation>
            <numerusform>%n оценка</numerusform>
            <numerusform>%n оценки</numerusform>
            <numerusform>%n оценок</numerusform>
        </translation>
    </message>
    <message>
        <source>none older than 7 days</source>
        <translation>старше 7 дней нет</translation>
    </message>
    <message numerus="yes">
        <source>%n older than 7 days</source>
        <translation>
            <numerusform>%n старше 7 дней</numerusform>
            <numerusform>%n старше 7 дней</numerusform>
            <numerusform>%n старше 7 дней</numerusform>
        </translation>
    </message>
    <message>
        <source>Times are in %1, without the time spent waiting for the customer or a third party, or resolved before a reopen. Median and p90: half and nine in ten of the tickets stayed within them.</source>
        <translation>Подсчёт времени: %1; без времени ожидания клиента или третьей стороны и времени в статусе «Решено» до повторного открытия. Медиана и p90: в эти сроки уложились половина и девять из десяти обращений.</translation>
    </message>
</context>
<context>
    <name>kontor::SupportMetricsTableModel</name>
    <message>
        <source>Tickets opened in the period (duplicates merged into another ticket left out)</source>
        <translation>Обращения, открытые за период (без дублей, объединённых с другими обращениями)</translation>
    </message>
    <message>
        <source>Tickets whose final resolution fell in the period</source>
        <translation>Обращения, окончательно решённые за период</translation>
    </message>
    <message>
        <source>Average time from the ticket&apos;s opening to the first reply, in the SLA policy&apos;s clock (business hours), of the first replies in the period</source>
        <translation>Среднее время от открытия обращения до первого ответа по часам политики SLA (рабочие часы) для первых ответов за период</translation>
    </message>
    <message>
        <source>Nine first replies in ten came within this time (nearest rank)</source>
        <translation>В это время уложились девять первых ответов из десяти (метод ближайшего ранга)</translation>
    </message>
    <message>
        <source>Average time from opening to resolution, in the SLA policy&apos;s clock (business hours), without the time spent waiting for the customer or a third party, or resolved before a reopen</source>
        <translation>Среднее время от открытия до решения по часам политики SLA (рабочие часы), без времени ожидания клиента или третьей стороны и времени в статусе «Решено» до повторного открытия</translation>
    </message>
    <message>
        <source>Nine tickets in ten were resolved within this time (nearest rank)</source>
        <translation>В это время решены девять обращений из десяти (метод ближайшего ранга)</translation>
    </message>
    <message>
        <source>SLA targets met, of the targets due in the period: a target breached in the period is missed; one done in the period without a breach is met</source>
        <translation>Доля выполненных нормативов SLA среди тех, срок которых пришёлся на период: норматив, нарушенный в периоде, считается нарушенным, а выполненный в периоде без нарушения — выполненным</translation>
    </message>
    <message>
        <source>First contact resolution: tickets resolved with exactly one reply and never reopened, of the tickets resolved</source>
        <translation>Решено с первого ответа (FCR): доля обращений, решённых ровно одним ответом и ни разу не открытых повторно, среди решённых</translation>
    </message>
    <message>
        <source>Satisfied answers (4 or 5 of 5), of the answers on the tickets resolved</source>
        <translation>Доля положительных оценок (4 или 5 из 5) среди всех оценок по решённым обращениям</translation>
    </message>
    <message>
        <source>Tickets open now (not resolved or closed)</source>
        <translation>Обращения, открытые сейчас (не решённые и не закрытые)</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Сотрудник</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Канал</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Неделя</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Месяц</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Создано</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Решено</translation>
    </message>
    <message>
        <source>First response</source>
        <translation>Первый ответ</translation>
    </message>
    <message>
        <source>p90</source>
        <comment>first response</comment>
        <translation>p90</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Решение</translation>
    </message>
    <message>
        <source>p90</source>
        <comment>resolution</comment>
        <translation>p90</translation>
    </message>
    <message>
        <source>SLA</source>
        <translation>SLA</translation>
    </message>
    <message>
        <source>FCR</source>
        <translation>FCR</translation>
    </message>
    <message>
        <source>CSAT</source>
        <translation>CSAT</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Открыто</translation>
    </message>
    <message>
        <source>No first reply in the period</source>
        <translation>За период не было первых ответов</translation>
    </message>
    <message numerus="yes">
        <source>%n first replies: average %1, median %2, p90 %3</source>
        <translation>
            <numerusform>%n первый ответ: среднее %1, медиана %2, p90 %3</numerusform>
            <numerusform>%n первых ответа: среднее %1, медиана %2, p90 %3</numerusform>
            <numerusform>%n первых ответов: среднее %1, медиана %2, p90 %3</numerusform>
        </translation>
    </message>
    <message>
        <source>No ticket resolved in the period</source>
        <translation>За период не решено ни одного обращения</translation>
    </message>
    <message numerus="yes">
        <source>%n resolutions: average %1, median %2, p90 %3</source>
        <translation>
            <numerusform>%n решённое обращение: среднее %1, медиана %2, p90 %3</numerusform>
            <numerusform>%n решённых обращения: среднее %1, медиана %2, p90 %3</numerusform>
            <numerusform>%n решённых обращений: среднее %1, медиана %2, p90 %3</numerusform>
        </translation>
    </message>
    <message>
        <source>No SLA target was due in the period</source>
        <translation>Ни у одного норматива SLA срок не пришёлся на период</translation>
    </message>
    <message>
        <source>%1: %2 met (%3)</source>
        <translation>%1: выполнено %2 (%3)</translation>
    </message>
    <message>
        <source>%1 targets met</source>
        <translation>Выполнено нормативов: %1</translation>
    </message>
    <message>
        <source>%1 resolved at first contact</source>
        <translation>Решено с первого ответа: %1</translation>
    </message>
    <message>
        <source>No answers</source>
        <translation>Нет оценок</translation>
    </message>
    <message>
        <source>%1 answers satisfied</source>
        <translation>Положительных оценок: %1</translation>
    </message>
</context>
<context>
    <name>kontor::SupportMetricsText</name>
    <message>
        <source>&lt; 1 min</source>
        <translation>&lt; 1 мин</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 мин</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 ч</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 ч %2 мин</translation>
    </message>
    <message>
        <source>business hours of the shop calendar</source>
        <translation>рабочие часы календаря магазина</translation>
    </message>
    <message>
        <source>calendar hours</source>
        <translation>календарное время</translation>
    </message>
    <message>
        <source>business or calendar hours, as each ticket&apos;s SLA policy counts them</source>
        <translation>рабочие или календарные часы — как считает политика SLA каждого обращения</translation>
    </message>
    <message>
        <source>All tickets</source>
        <translation>Все обращения</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 из %2</translation>
    </message>
</context>
<context>
    <name>kontor::SupportPage</name>
    <message>
        <source>&amp;New ticket…</source>
        <translation>&amp;Новое обращение…</translation>
    </message>
    <message>
        <source>Find by number, subject, name or address</source>
        <translation>Поиск по номеру, теме, имени или адресу</translation>
    </message>
    <message>
        <source>My tickets</source>
        <translation>Мои обращения</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Не назначено</translation>
    </message>
    <message>
        <source>All tickets</source>
        <translation>Все обращения</translation>
    </message>
    <message>
        <source>Tickets assigned to you</source>
        <translation>Обращения, назначенные вам</translation>
    </message>
    <message>
        <source>Open tickets</source>
        <translation>Открытые обращения</translation>
    </message>
    <message>
        <source>Every ticket not resolved or closed</source>
        <translation>Все обращения, кроме решённых и закрытых</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Все статусы</translation>
    </message>
    <message>
        <source>All priorities</source>
        <translation>Все приоритеты</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>Все каналы</translation>
    </message>
    <message>
        <source>Take down a call, a chat or a letter as a ticket</source>
        <translation>Зарегистрировать звонок, чат или письмо как обращение</translation>
    </message>
    <message>
        <source>Cannot read the tickets: %1</source>
        <translation>Не удалось загрузить обращения: %1</translation>
    </message>
</context>
<context>
    <name>kontor::SupportService</name>
    <message>
        <source>No such ticket.</source>
        <translation>Обращение не найдено.</translation>
    </message>
    <message>
        <source>Ticket %1, step %2: %3</source>
        <translation>Обращение %1, шаг %2: %3</translation>
    </message>
    <message>
        <source>Cancelled after %1 tickets.</source>
        <translation>Отменено. Обработано обращений: %1.</translation>
    </message>
    <message>
        <source>A ticket that is %1 cannot become %2.</source>
        <translation>Обращение в статусе «%1» нельзя перевести в статус «%2».</translation>
    </message>
    <message>
        <source>A ticket needs a subject.</source>
        <translation>Укажите тему обращения.</translation>
    </message>
    <message>
        <source>Choose the customer, or write who the request is from.</source>
        <translation>Выберите покупателя или укажите, от кого обращение.</translation>
    </message>
    <message>
        <source>The customer does not exist.</source>
        <translation>Покупатель не найден.</translation>
    </message>
    <message>
        <source>The message is empty.</source>
        <translation>Сообщение пустое.</translation>
    </message>
    <message>
        <source>This ticket was merged into another; write there.</source>
        <translation>Это обращение объединено с другим — пишите в него.</translation>
    </message>
    <message>
        <source>Write the reply first.</source>
        <translation>Сначала напишите ответ.</translation>
    </message>
    <message>
        <source>The ticket is closed.</source>
        <translation>Обращение закрыто.</translation>
    </message>
    <message>
        <source>Write the note first.</source>
        <translation>Сначала напишите заметку.</translation>
    </message>
    <message>
        <source>This user does not exist or is deactivated.</source>
        <translation>Пользователь не найден или деактивирован.</translation>
    </message>
    <message>
        <source>A ticket cannot be merged into itself.</source>
        <translation>Обращение нельзя объединить с самим собой.</translation>
    </message>
    <message>
        <source>Ticket %1 is closed; merge into an open ticket.</source>
        <translation>Обращение %1 закрыто — объединяйте с открытым обращением.</translation>
    </message>
    <message>
        <source>Ticket %1 was already merged.</source>
        <translation>Обращение %1 уже объединено с другим.</translation>
    </message>
    <message>
        <source>No such message.</source>
        <translation>Сообщение не найдено.</translation>
    </message>
    <message>
        <source>Only a customer&apos;s message can start a ticket of its own.</source>
        <translation>Выделить в отдельное обращение можно только сообщение клиента.</translation>
    </message>
    <message>
        <source>The ticket has only this message; there is nothing to split off.</source>
        <translation>В обращении только это сообщение — выделять нечего.</translation>
    </message>
    <message>
        <source>Satisfaction is rated from 1 to 5.</source>
        <translation>Удовлетворённость оценивается от 1 до 5.</translation>
    </message>
    <message>
        <source>Satisfaction is asked once the ticket is resolved.</source>
        <translation>Оценку удовлетворённости запрашивают после решения обращения.</translation>
    </message>
    <message>
        <source>There is no ticket %1.</source>
        <translation>Обращение %1 не найдено.</translation>
    </message>
    <message>
        <source>No such attachment.</source>
        <translation>Вложение не найдено.</translation>
    </message>
    <message>
        <source>The policy needs a name.</source>
        <translation>Укажите название политики.</translation>
    </message>
    <message>
        <source>Set at least one target.</source>
        <translation>Задайте хотя бы один норматив.</translation>
    </message>
    <message>
        <source>A target must be longer than zero.</source>
        <translation>Норматив должен быть больше нуля.</translation>
    </message>
    <message>
        <source>The amber share is between 1 and 100 %.</source>
        <translation>Жёлтая зона должна составлять от 1 до 100 % норматива.</translation>
    </message>
    <message>
        <source>The reopen period is from 0 to 365 days.</source>
        <translation>Срок повторного открытия — от 0 до 365 дней.</translation>
    </message>
    <message>
        <source>Reopen period changed</source>
        <translation>Срок повторного открытия изменён</translation>
    </message>
    <message>
        <source>The response needs a title.</source>
        <translation>Укажите название шаблона ответа.</translation>
    </message>
    <message>
        <source>The response needs its text.</source>
        <translation>Укажите текст шаблона ответа.</translation>
    </message>
    <message>
        <source>The article needs a title.</source>
        <translation>Укажите заголовок статьи.</translation>
    </message>
    <message>
        <source>The article needs its text.</source>
        <translation>Укажите текст статьи.</translation>
    </message>
</context>
<context>
    <name>kontor::SupportText</name>
    <message>
        <source>&lt; 1 min</source>
        <translation>&lt; 1 мин</translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation>%1 дн.</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 дн. %2 ч</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 мин</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 ч</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 ч %2 мин</translation>
    </message>
    <message>
        <source>overdue %1</source>
        <translation>просрочено на %1</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>осталось %1</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>просрочено</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>на паузе</translation>
    </message>
    <message>
        <source>met</source>
        <translation>выполнено</translation>
    </message>
    <message>
        <source>missed</source>
        <translation>нарушено</translation>
    </message>
    <message>
        <source>paused, overdue %1</source>
        <translation>на паузе, просрочено на %1</translation>
    </message>
    <message>
        <source>paused, %1 left</source>
        <translation>на паузе, осталось %1</translation>
    </message>
    <message>
        <source>missed by %1</source>
        <translation>нарушено на %1</translation>
    </message>
    <message>
        <source>%1: SLA due soon (%2)</source>
        <translation>%1: скоро срок SLA (%2)</translation>
    </message>
    <message>
        <source>%1: SLA breached (%2)</source>
        <translation>%1: нарушение SLA (%2)</translation>
    </message>
    <message>
        <source>%1 escalated</source>
        <translation>Обращение %1 эскалировано</translation>
    </message>
    <message>
        <source>%1 escalated to %2 priority</source>
        <translation>Обращение %1 эскалировано, приоритет: %2</translation>
    </message>
    <message>
        <source>%1 assigned to you</source>
        <translation>Вам назначено обращение %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>неизвестный пользователь</translation>
    </message>
    <message>
        <source>Ticket opened</source>
        <translation>Обращение создано</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Priority %1 → %2</source>
        <translation>Приоритет: %1 → %2</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Назначение снято</translation>
    </message>
    <message>
        <source>Assigned to %1</source>
        <translation>Назначено: %1</translation>
    </message>
    <message>
        <source>Merged into %1</source>
        <translation>Объединено с %1</translation>
    </message>
    <message>
        <source>%1 merged into this ticket</source>
        <translation>Обращение %1 объединено с этим</translation>
    </message>
    <message>
        <source>A message split off into %1</source>
        <translation>Сообщение выделено в отдельное обращение %1</translation>
    </message>
    <message>
        <source>Split off from %1</source>
        <translation>Выделено из обращения %1</translation>
    </message>
    <message>
        <source>Follows %1</source>
        <translation>Продолжение обращения %1</translation>
    </message>
    <message>
        <source>SLA due soon: %1</source>
        <translation>Скоро срок SLA: %1</translation>
    </message>
    <message>
        <source>SLA breached: %1</source>
        <translation>Нарушение SLA: %1</translation>
    </message>
    <message>
        <source>Escalated</source>
        <translation>Эскалировано</translation>
    </message>
    <message>
        <source>Satisfaction: %1 of 5</source>
        <translation>Удовлетворённость: %1 из 5</translation>
    </message>
    <message>
        <source>1 ticket</source>
        <translation>1 обращение</translation>
    </message>
    <message numerus="yes">
        <source>%Ln tickets</source>
        <translation>
            <numerusform>%Ln обращение</numerusform>
            <numerusform>%Ln обращения</numerusform>
            <numerusform>%Ln обращений</numerusform>
        </translation>
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
    <name>kontor::TicketCustomerPanel</name>
    <message>
        <source>Order</source>
        <translation>Заказ</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>Возврат</translation>
    </message>
    <message>
        <source>&amp;Link to ticket</source>
        <translation>&amp;Привязать к обращению</translation>
    </message>
    <message>
        <source>Create re&amp;turn…</source>
        <translation>Создать &amp;возврат…</translation>
    </message>
    <message>
        <source>Customer c&amp;ard…</source>
        <translation>&amp;Карточка покупателя…</translation>
    </message>
    <message>
        <source>The ticket is about the selected order</source>
        <translation>Обращение касается выбранного заказа</translation>
    </message>
    <message>
        <source>Open a return for the ticket&apos;s order (or the selected one) and link it to the ticket</source>
        <translation>Оформить возврат по заказу из обращения (или по выбранному заказу) и привязать его к обращению</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Заказы</translation>
    </message>
    <message>
        <source>Returns</source>
        <translation>Возвраты</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; is not among the customers.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — нет в списке покупателей.</translation>
    </message>
    <message>
        <source>The sender</source>
        <translation>Отправитель</translation>
    </message>
    <message>
        <source>Tags: %1</source>
        <translation>Теги: %1</translation>
    </message>
    <message>
        <source>Wrote from %1</source>
        <translation>Контакт отправителя: %1</translation>
    </message>
    <message>
        <source>The ticket is about this order</source>
        <translation>Обращение касается этого заказа</translation>
    </message>
    <message>
        <source>The latest %1 orders</source>
        <translation>Последние %1 заказов</translation>
    </message>
    <message>
        <source>Link the ticket to an order, or select one, to open a return</source>
        <translation>Чтобы оформить возврат, привяжите обращение к заказу или выберите заказ</translation>
    </message>
    <message>
        <source>Open a return for %1 and link it to the ticket</source>
        <translation>Оформить возврат по заказу %1 и привязать его к обращению</translation>
    </message>
</context>
<context>
    <name>kontor::TicketListModel</name>
    <message>
        <source>Time to the nearest SLA deadline, in the working hours of the shop calendar (or round the clock, as the ticket&apos;s policy says)</source>
        <translation>Время до ближайшего срока SLA в рабочих часах календаря магазина (или круглосуточно — как задано в политике SLA обращения)</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Номер</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Тема</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Приоритет</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Исполнитель</translation>
    </message>
    <message>
        <source>SLA</source>
        <translation>SLA</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Не назначено</translation>
    </message>
    <message>
        <source>Due %1</source>
        <translation>Срок: %1</translation>
    </message>
    <message>
        <source>Counted in working hours</source>
        <translation>Считается в рабочих часах</translation>
    </message>
    <message>
        <source>Counted round the clock</source>
        <translation>Считается круглосуточно</translation>
    </message>
    <message>
        <source>An SLA target of this ticket was breached</source>
        <translation>По обращению нарушен норматив SLA</translation>
    </message>
</context>
<context>
    <name>kontor::TicketView</name>
    <message>
        <source>Select a ticket to read its thread and answer it.</source>
        <translation>Выберите обращение, чтобы прочитать переписку и ответить.</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Записать</translation>
    </message>
    <message>
        <source>Each SLA target of the ticket and the time left to it, in the policy&apos;s clock</source>
        <translation>Нормативы SLA обращения и оставшееся до них время (в рабочих или календарных часах, как задано в политике SLA)</translation>
    </message>
    <message>
        <source>More</source>
        <translation>Ещё</translation>
    </message>
    <message>
        <source>Reply to the customer (%1 sends it, %2 adds it as an internal note; %3 inserts a canned response)</source>
        <translation>Ответ клиенту (%1 — отправить, %2 — добавить как внутреннюю заметку; %3 — вставить шаблон ответа)</translation>
    </message>
    <message>
        <source>Add not&amp;e</source>
        <translation>Добавить за&amp;метку</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>1 — very dissatisfied</source>
        <translation>1 — очень недоволен</translation>
    </message>
    <message>
        <source>2 — dissatisfied</source>
        <translation>2 — недоволен</translation>
    </message>
    <message>
        <source>3 — neutral</source>
        <translation>3 — нейтрально</translation>
    </message>
    <message>
        <source>4 — satisfied</source>
        <translation>4 — доволен</translation>
    </message>
    <message>
        <source>5 — very satisfied</source>
        <translation>5 — очень доволен</translation>
    </message>
    <message>
        <source>What the customer said about it</source>
        <translation>Комментарий клиента</translation>
    </message>
    <message>
        <source>Customer satisfaction:</source>
        <translation>Удовлетворённость клиента:</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&amp;Send reply</source>
        <translation>&amp;Отправить ответ</translation>
    </message>
    <message>
        <source>Send the reply to the customer</source>
        <translation>Отправить ответ клиенту</translation>
    </message>
    <message>
        <source>Send and &amp;wait for customer</source>
        <translation>Отправить и &amp;ждать клиента</translation>
    </message>
    <message>
        <source>Send the reply and wait for the customer&apos;s answer (the SLA clocks pause)</source>
        <translation>Отправить ответ и ждать ответа клиента (отсчёт SLA приостанавливается)</translation>
    </message>
    <message>
        <source>Send and &amp;resolve</source>
        <translation>Отправить и &amp;решить</translation>
    </message>
    <message>
        <source>Send the reply and mark the ticket resolved</source>
        <translation>Отправить ответ и отметить обращение как решённое</translation>
    </message>
    <message>
        <source>Add internal &amp;note</source>
        <translation>Добавить внутреннюю &amp;заметку</translation>
    </message>
    <message>
        <source>Add the text as a note for the team; the customer never sees it</source>
        <translation>Добавить текст как заметку для команды; клиент её не увидит</translation>
    </message>
    <message>
        <source>&amp;Reply</source>
        <translation>&amp;Ответить</translation>
    </message>
    <message>
        <source>Write a reply</source>
        <translation>Написать ответ</translation>
    </message>
    <message>
        <source>S&amp;tatus</source>
        <translation>&amp;Статус</translation>
    </message>
    <message>
        <source>Change the status</source>
        <translation>Изменить статус</translation>
    </message>
    <message>
        <source>&amp;Priority</source>
        <translation>&amp;Приоритет</translation>
    </message>
    <message>
        <source>Change the priority</source>
        <translation>Изменить приоритет</translation>
    </message>
    <message>
        <source>&amp;Assign</source>
        <translation>&amp;Назначить</translation>
    </message>
    <message>
        <source>Assign the ticket to someone</source>
        <translation>Назначить исполнителя обращения</translation>
    </message>
    <message>
        <source>&amp;Merge into…</source>
        <translation>&amp;Объединить с…</translation>
    </message>
    <message>
        <source>This ticket is a duplicate: move its messages into another ticket and close it</source>
        <translation>Обращение — дубликат: перенести его сообщения в другое обращение и закрыть это</translation>
    </message>
    <message>
        <source>Canned response…</source>
        <translation>Шаблон ответа…</translation>
    </message>
    <message>
        <source>Insert a canned response with this ticket&apos;s details filled in (%1)</source>
        <translation>Вставить шаблон ответа с подставленными данными обращения (%1)</translation>
    </message>
    <message>
        <source>Help article…</source>
        <translation>Статья базы знаний…</translation>
    </message>
    <message>
        <source>Find a help article and insert its text (%1)</source>
        <translation>Найти статью базы знаний и вставить её текст (%1)</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>неизвестно</translation>
    </message>
    <message>
        <source>From %1</source>
        <translation>От: %1</translation>
    </message>
    <message>
        <source>opened %1</source>
        <translation>создано %1</translation>
    </message>
    <message>
        <source>Order %1</source>
        <translation>Заказ %1</translation>
    </message>
    <message>
        <source>Return %1</source>
        <translation>Возврат %1</translation>
    </message>
    <message>
        <source>Product %1</source>
        <translation>Товар %1</translation>
    </message>
    <message>
        <source>Follows %1</source>
        <translation>Продолжение обращения %1</translation>
    </message>
    <message>
        <source>Merged into %1</source>
        <translation>Объединено с %1</translation>
    </message>
    <message>
        <source>no SLA policy</source>
        <translation>без политики SLA</translation>
    </message>
    <message>
        <source>SLA policy: %1</source>
        <translation>Политика SLA: %1</translation>
    </message>
    <message>
        <source>Tags: %1</source>
        <translation>Теги: %1</translation>
    </message>
    <message>
        <source>Satisfaction: %1 of 5</source>
        <translation>Удовлетворённость: %1 из 5</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>No SLA targets</source>
        <translation>Нет нормативов SLA</translation>
    </message>
    <message>
        <source>wrote</source>
        <translation>сообщение</translation>
    </message>
    <message>
        <source>replied</source>
        <translation>ответ</translation>
    </message>
    <message>
        <source>internal note</source>
        <translation>внутренняя заметка</translation>
    </message>
    <message>
        <source>Split into a new ticket…</source>
        <translation>Выделить в отдельное обращение…</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>Сохранить…</translation>
    </message>
    <message>
        <source>Files:</source>
        <translation>Файлы:</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Статус: %1</translation>
    </message>
    <message>
        <source>No change possible</source>
        <translation>Нет доступных статусов</translation>
    </message>
    <message>
        <source>Priority: %1</source>
        <translation>Приоритет: %1</translation>
    </message>
    <message>
        <source>unassigned</source>
        <translation>не назначен</translation>
    </message>
    <message>
        <source>Assignee: %1</source>
        <translation>Исполнитель: %1</translation>
    </message>
    <message>
        <source>Assign to &amp;me</source>
        <translation>Назначить &amp;мне</translation>
    </message>
    <message>
        <source>&amp;Unassign</source>
        <translation>&amp;Снять назначение</translation>
    </message>
    <message>
        <source>Ticket %1</source>
        <translation>Обращение %1</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>Поддержка</translation>
    </message>
    <message>
        <source>Reply sent to %1; the ticket is resolved.</source>
        <translation>Ответ отправлен, получатель: %1; обращение решено.</translation>
    </message>
    <message>
        <source>Reply sent to %1; waiting for their answer.</source>
        <translation>Ответ отправлен, получатель: %1; ждём ответа клиента.</translation>
    </message>
    <message>
        <source>Reply sent to %1.</source>
        <translation>Ответ отправлен, получатель: %1.</translation>
    </message>
    <message>
        <source>Internal note added.</source>
        <translation>Внутренняя заметка добавлена.</translation>
    </message>
    <message>
        <source>Status: %1.</source>
        <translation>Статус: %1.</translation>
    </message>
    <message>
        <source>The ticket is unassigned.</source>
        <translation>Назначение обращения снято.</translation>
    </message>
    <message>
        <source>Assigned to %1.</source>
        <translation>Назначено: %1.</translation>
    </message>
    <message>
        <source>Merge %1 into another ticket</source>
        <translation>Объединить %1 с другим обращением</translation>
    </message>
    <message>
        <source>The ticket to keep (its number, like TK-00042). The messages of %1 move into it and %1 is closed as merged.</source>
        <translation>Обращение, которое останется (его номер, например TK-00042). Сообщения из %1 перейдут в него, а %1 будет закрыто как объединённое.</translation>
    </message>
    <message>
        <source>&amp;Merge…</source>
        <translation>&amp;Объединить…</translation>
    </message>
    <message>
        <source>Merge %1 into %2</source>
        <translation>Объединить %1 с %2</translation>
    </message>
    <message>
        <source>The messages of %1 (%2) move into %3 (%4), and %1 is closed as merged. This cannot be undone.</source>
        <translation>Сообщения из %1 («%2») перейдут в %3 («%4»), а %1 будет закрыто как объединённое. Отменить это нельзя.</translation>
    </message>
    <message>
        <source>%1 is merged into this ticket.</source>
        <translation>Обращение %1 объединено с этим.</translation>
    </message>
    <message>
        <source>Split into a new ticket</source>
        <translation>Выделить в отдельное обращение</translation>
    </message>
    <message>
        <source>The customer&apos;s message moves to a new ticket linked to %1. Its subject:</source>
        <translation>Сообщение клиента будет перенесено в новое обращение, связанное с %1. Тема нового обращения:</translation>
    </message>
    <message>
        <source>&amp;Split</source>
        <translation>&amp;Выделить</translation>
    </message>
    <message>
        <source>The message is now ticket %1.</source>
        <translation>Сообщение выделено в обращение %1.</translation>
    </message>
    <message>
        <source>Satisfaction recorded: %1 of 5.</source>
        <translation>Оценка удовлетворённости записана: %1 из 5.</translation>
    </message>
    <message>
        <source>Save file</source>
        <translation>Сохранить файл</translation>
    </message>
    <message>
        <source>%1 cannot be saved: %2</source>
        <translation>Не удалось сохранить %1: %2</translation>
    </message>
    <message>
        <source>The ticket is about order %1.</source>
        <translation>Обращение привязано к заказу %1.</translation>
    </message>
    <message>
        <source>Create return</source>
        <translation>Создать возврат</translation>
    </message>
    <message>
        <source>Link the ticket to the customer&apos;s order first, or select the order.</source>
        <translation>Сначала привяжите обращение к заказу покупателя или выберите заказ.</translation>
    </message>
    <message>
        <source>Return %1 opened and linked to the ticket.</source>
        <translation>Возврат %1 оформлен и привязан к обращению.</translation>
    </message>
</context>
<context>
    <name>kontor::TransferDialog</name>
    <message>
        <source>Transfer stock</source>
        <translation>Перемещение товара</translation>
    </message>
    <message>
        <source>&amp;Transfer</source>
        <translation>&amp;Переместить</translation>
    </message>
    <message>
        <source>&amp;Goods arrive later (in transit)</source>
        <translation>Товар прибудет позже (&amp;в пути)</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Откуда:</translation>
    </message>
    <message>
        <source>The goods leave now and wait in the destination&apos;s in-transit location until you mark them arrived. Without this, they arrive at once.</source>
        <translation>Товар отправляется сейчас и ожидает в месте «В пути» склада назначения, пока вы не отметите его прибытие. Без этого флажка товар прибывает сразу.</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>К&amp;уда:</translation>
    </message>
    <message>
        <source>&amp;Quantity:</source>
        <translation>&amp;Количество:</translation>
    </message>
    <message>
        <source>The goods wait in %1 until you mark them arrived.</source>
        <translation>Товар будет ожидать в месте «%1», пока вы не отметите его прибытие.</translation>
    </message>
    <message>
        <source>The goods arrive at once.</source>
        <translation>Товар прибудет сразу.</translation>
    </message>
    <message>
        <source>On hand there: %1, of which %2 reserved for orders</source>
        <translation>В этом месте: %1, из них в резерве под заказы: %2</translation>
    </message>
    <message>
        <source>On hand there: %1</source>
        <translation>В этом месте: %1</translation>
    </message>
    <message>
        <source>Choose another location than the one the goods leave.</source>
        <translation>Выберите место хранения, отличное от места отправления.</translation>
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
    <name>kontor::UserService</name>
    <message>
        <source>Owner</source>
        <translation>Владелец</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Менеджер</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>Поддержка</translation>
    </message>
    <message>
        <source>Warehouse</source>
        <translation>Склад</translation>
    </message>
    <message>
        <source>No such user.</source>
        <translation>Пользователь не найден.</translation>
    </message>
    <message>
        <source>The user needs a name.</source>
        <translation>Укажите имя пользователя.</translation>
    </message>
    <message>
        <source>The shop owner stays the owner and stays active.</source>
        <translation>Владелец магазина всегда остаётся владельцем и не может быть деактивирован.</translation>
    </message>
    <message>
        <source>A shop has one owner; choose another role.</source>
        <translation>У магазина может быть только один владелец — выберите другую роль.</translation>
    </message>
    <message>
        <source>There is already a user called %1.</source>
        <translation>Пользователь с именем «%1» уже есть.</translation>
    </message>
    <message>
        <source>The shop owner cannot be deactivated.</source>
        <translation>Владельца магазина нельзя деактивировать.</translation>
    </message>
</context>
<context>
    <name>kontor::UsersDialog</name>
    <message>
        <source>Everything, settings and users included.</source>
        <translation>Всё, включая настройки и пользователей.</translation>
    </message>
    <message>
        <source>Everything but the settings and users.</source>
        <translation>Всё, кроме настроек и пользователей.</translation>
    </message>
    <message>
        <source>Tickets, orders, returns and customers; no purchase prices.</source>
        <translation>Обращения, заказы, возвраты и покупатели; без закупочных цен.</translation>
    </message>
    <message>
        <source>Stock, counts, shipping and returns.</source>
        <translation>Остатки, инвентаризация, отгрузка и возвраты.</translation>
    </message>
    <message>
        <source>May %1.</source>
        <translation>Может %1.</translation>
    </message>
    <message>
        <source>&amp;New user</source>
        <translation>&amp;Новый пользователь</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Сохранить</translation>
    </message>
    <message>
        <source>&amp;Deactivate</source>
        <translation>&amp;Деактивировать</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Пользователи</translation>
    </message>
    <message>
        <source>The people who work in the shop. Support tickets are assigned to them, and the role says what each of them may do. Logins and passwords come in a later version: until then Kontor on this computer works as the owner.</source>
        <translation>Сотрудники магазина. На них назначаются обращения в поддержку, а роль определяет, что разрешено каждому из них. Вход по логину и паролю появится в одной из следующих версий, а пока Kontor на этом компьютере работает от имени владельца.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>name@example.com</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Имя:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Роль:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;Эл. почта:</translation>
    </message>
    <message>
        <source>Changing users needs the permission to manage users.</source>
        <translation>Для изменения пользователей нужно право управлять пользователями.</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Активен</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Неактивен</translation>
    </message>
    <message>
        <source>User %1</source>
        <translation>Пользователь %1</translation>
    </message>
    <message>
        <source>New user</source>
        <translation>Новый пользователь</translation>
    </message>
    <message>
        <source>&amp;Activate</source>
        <translation>&amp;Активировать</translation>
    </message>
</context>
<context>
    <name>kontor::VatChangesDialog</name>
    <message>
        <source>&amp;Add change</source>
        <translation>&amp;Добавить изменение</translation>
    </message>
    <message>
        <source>VAT rate changes</source>
        <translation>Изменения ставки НДС</translation>
    </message>
    <message>
        <source>Products carry today&apos;s VAT rate. An order dated before a change is taxed at the rate that applied before it: record each change here, with the day the new rate took effect.</source>
        <translation>У товаров указана текущая ставка НДС. Заказ, датированный раньше изменения, облагается по ставке, действовавшей до него: записывайте здесь каждое изменение с датой, когда новая ставка вступила в силу.</translation>
    </message>
    <message>
        <source>Old rate</source>
        <translation>Старая ставка</translation>
    </message>
    <message>
        <source>New rate</source>
        <translation>Новая ставка</translation>
    </message>
    <message>
        <source>Effective from</source>
        <translation>Действует с</translation>
    </message>
    <message>
        <source>New change</source>
        <translation>Новое изменение</translation>
    </message>
    <message>
        <source>&amp;Old rate, %:</source>
        <translation>&amp;Старая ставка, %:</translation>
    </message>
    <message>
        <source>&amp;New rate, %:</source>
        <translation>&amp;Новая ставка, %:</translation>
    </message>
    <message>
        <source>Effective &amp;from:</source>
        <translation>Действу&amp;ет с:</translation>
    </message>
</context>
<context>
    <name>kontor::WarehouseDialog</name>
    <message>
        <source>The shop&apos;s &amp;own premises</source>
        <translation>Собственные &amp;помещения магазина</translation>
    </message>
    <message>
        <source>A &amp;marketplace&apos;s warehouse (FBO)</source>
        <translation>&amp;Склад маркетплейса (FBO)</translation>
    </message>
    <message>
        <source>New warehouse</source>
        <translation>Новый склад</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>Со&amp;здать</translation>
    </message>
    <message>
        <source>Required, e.g. SPB or OZON-1</source>
        <translation>Обязательно, например SPB или OZON-1</translation>
    </message>
    <message>
        <source>e.g. Saint Petersburg</source>
        <translation>например, Санкт-Петербург</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>&amp;Код:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>Наи&amp;менование:</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Тип:</translation>
    </message>
    <message>
        <source>Comes with a storage, an in-transit and a quarantine location.</source>
        <translation>Вместе со складом создаются места хранения с типами «Хранение», «В пути» и «Карантин».</translation>
    </message>
    <message>
        <source>Comes with one location for the goods the marketplace holds; they are never available to the shop&apos;s own orders.</source>
        <translation>Вместе со складом создаётся одно место для товара, который хранит маркетплейс; этот товар никогда не доступен для собственных заказов магазина.</translation>
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
        <source>Sample products with four months of stock (receipts, sales, a marketplace warehouse) to look around with. Archive them when you are ready for your own.</source>
        <translation>Примеры товаров с историей остатков за четыре месяца (приёмки, продажи, склад маркетплейса), чтобы осмотреться. Когда будете готовы добавить свои товары, переместите примеры в архив.</translation>
    </message>
</context>
<context>
    <name>kontor::WorkingCalendarDialog</name>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Добавить</translation>
    </message>
    <message>
        <source>Working calendar</source>
        <translation>Производственный календарь</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Год:</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Weekday</source>
        <translation>День недели</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>День</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Day off</source>
        <translation>Выходной день</translation>
    </message>
    <message>
        <source>Working day</source>
        <translation>Рабочий день</translation>
    </message>
    <message>
        <source>A day off on a weekday (a holiday), or a working day on a weekend (a transfer)</source>
        <translation>Выходной в будний день (праздник) или рабочий день в выходные (перенос)</translation>
    </message>
    <message>
        <source>e.g. New Year holidays</source>
        <translation>например, новогодние каникулы</translation>
    </message>
    <message>
        <source>&amp;Remove the selected day</source>
        <translation>&amp;Удалить выбранный день</translation>
    </message>
    <message>
        <source>Add a day:</source>
        <translation>Добавить день:</translation>
    </message>
    <message>
        <source>Changing the calendar needs the permission to change settings.</source>
        <translation>Для изменения календаря нужно право изменять настройки.</translation>
    </message>
    <message>
        <source>1 day off</source>
        <translation>1 выходной день</translation>
    </message>
    <message numerus="yes">
        <source>%n days off</source>
        <translation>
            <numerusform>%n выходной день</numerusform>
            <numerusform>%n выходных дня</numerusform>
            <numerusform>%n выходных дней</numerusform>
        </translation>
    </message>
    <message>
        <source>1 working day moved</source>
        <translation>1 перенесённый рабочий день</translation>
    </message>
    <message numerus="yes">
        <source>%n working days moved</source>
        <translation>
            <numerusform>%n перенесённый рабочий день</numerusform>
            <numerusform>%n перенесённых рабочих дня</numerusform>
            <numerusform>%n перенесённых рабочих дней</numerusform>
        </translation>
    </message>
    <message>
        <source>Round the c&amp;lock</source>
        <translation>&amp;Круглосуточно</translation>
    </message>
    <message>
        <source>&amp;Save the working week</source>
        <translation>&amp;Сохранить рабочую неделю</translation>
    </message>
    <message>
        <source>The shop&apos;s working days and hours. Contracts count lead time in working days; support SLA targets in business hours count only the working hours.</source>
        <translation>Рабочие дни и часы магазина. Сроки поставки по договорам считаются в рабочих днях, а нормативы SLA поддержки в рабочих часах учитывают только рабочее время.</translation>
    </message>
    <message>
        <source>00:00 means until midnight</source>
        <translation>00:00 — до полуночи</translation>
    </message>
    <message>
        <source>Working hours from 00:00 to 24:00</source>
        <translation>Рабочие часы с 00:00 до 24:00</translation>
    </message>
    <message>
        <source>to</source>
        <translation>до</translation>
    </message>
    <message>
        <source>%1 — this computer</source>
        <translation>%1 — этот компьютер</translation>
    </message>
    <message>
        <source>Working &amp;days:</source>
        <translation>&amp;Рабочие дни:</translation>
    </message>
    <message>
        <source>&amp;Hours from:</source>
        <translation>&amp;Часы работы: с</translation>
    </message>
    <message>
        <source>&amp;Time zone:</source>
        <translation>Часовой &amp;пояс:</translation>
    </message>
    <message>
        <source>Working week</source>
        <translation>Рабочая неделя</translation>
    </message>
    <message>
        <source>Holidays and moved working days</source>
        <translation>Праздники и перенесённые рабочие дни</translation>
    </message>
    <message>
        <source>%1, now %2 there</source>
        <translation>%1, там сейчас %2</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 ч</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 ч %2 мин</translation>
    </message>
    <message>
        <source>The working day must start before it ends.</source>
        <translation>Начало рабочего дня должно быть раньше его окончания.</translation>
    </message>
    <message>
        <source>Choose at least one working day of the week.</source>
        <translation>Выберите хотя бы один рабочий день недели.</translation>
    </message>
    <message>
        <source>%1 a day, %2 a week</source>
        <translation>%1 в день, %2 в неделю</translation>
    </message>
    <message>
        <source>not saved yet</source>
        <translation>ещё не сохранено</translation>
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
        <source>Add the demo catalog even if the database already has products.</source>
        <translation>Добавить демо-каталог, даже если в базе данных уже есть товары.</translation>
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
        <source>Created %n products and their stock history in %1 s.</source>
        <translation>
            <numerusform>Создан %n товар и история его движений за %1 с.</numerusform>
            <numerusform>Создано %n товара и история их движений за %1 с.</numerusform>
            <numerusform>Создано %n товаров и история их движений за %1 с.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stock history: %n movements over the last %1 days.</source>
        <translation>
            <numerusform>История движений: %n движение за последние %1 дн.</numerusform>
            <numerusform>История движений: %n движения за последние %1 дн.</numerusform>
            <numerusform>История движений: %n движений за последние %1 дн.</numerusform>
        </translation>
    </message>
    <message>
        <source>small (1,000 products, 2,000 orders) or large (50,000 products, 200,000 orders, for trying out speed); default small.</source>
        <translation>small (1 000 товаров, 2 000 заказов) или large (50 000 товаров, 200 000 заказов, для проверки скорости); по умолчанию small.</translation>
    </message>
    <message numerus="yes">
        <source>Customers: %n.</source>
        <translation>
            <numerusform>Покупателей: %n.</numerusform>
            <numerusform>Покупателей: %n.</numerusform>
            <numerusform>Покупателей: %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Orders: %n over the last %1 days.</source>
        <translation>
            <numerusform>Заказов: %n за последние %1 дн.</numerusform>
            <numerusform>Заказов: %n за последние %1 дн.</numerusform>
            <numerusform>Заказов: %n за последние %1 дн.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Open orders holding reserved stock: %n.</source>
        <translation>
            <numerusform>Открытых заказов с товаром в резерве: %n.</numerusform>
            <numerusform>Открытых заказов с товаром в резерве: %n.</numerusform>
            <numerusform>Открытых заказов с товаром в резерве: %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Suppliers: %n, with their contracts.</source>
        <translation>
            <numerusform>Поставщики: %n, с договорами.</numerusform>
            <numerusform>Поставщики: %n, с договорами.</numerusform>
            <numerusform>Поставщики: %n, с договорами.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Purchase orders: %n over the last %1 days.</source>
        <translation>
            <numerusform>Заказы поставщику: %n за последние %1 дн.</numerusform>
            <numerusform>Заказы поставщику: %n за последние %1 дн.</numerusform>
            <numerusform>Заказы поставщику: %n за последние %1 дн.</numerusform>
        </translation>
    </message>
    <message>
        <source>Fill the database with a demo shop (catalog, stock, customers, orders, suppliers, support tickets) to try Kontor out.</source>
        <translation>Заполнить базу данными демонстрационного магазина (каталог, остатки, покупатели, заказы, поставщики, обращения в поддержку), чтобы опробовать Kontor.</translation>
    </message>
    <message numerus="yes">
        <source>Support tickets: %n over the last %1 days.</source>
        <translation>
            <numerusform>%n обращение в поддержку за последние %1 дн.</numerusform>
            <numerusform>%n обращения в поддержку за последние %1 дн.</numerusform>
            <numerusform>%n обращений в поддержку за последние %1 дн.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Returns: %n.</source>
        <translation>
            <numerusform>Возвратов: %n.</numerusform>
            <numerusform>Возвратов: %n.</numerusform>
            <numerusform>Возвратов: %n.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kontor::cli::ExportCommand</name>
    <message>
        <source>The CSV file to write.</source>
        <translation>Файл CSV для записи.</translation>
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
    <message>
        <source>What to export: products or stock (current balances).</source>
        <translation>Что экспортировать: products (товары) или stock (текущие остатки).</translation>
    </message>
    <message>
        <source>kontor (default), woocommerce (products only), or excel (semicolon, decimal comma, UTF-8 with BOM).</source>
        <translation>kontor (по умолчанию), woocommerce (только для товаров) или excel (точка с запятой, десятичная запятая, UTF-8 с BOM).</translation>
    </message>
    <message>
        <source>Products: leave archived products out.</source>
        <translation>Товары: не экспортировать архивные товары.</translation>
    </message>
    <message>
        <source>Export products or stock balances to a CSV file: export products|stock FILE.</source>
        <translation>Экспорт товаров или остатков в файл CSV: export products|stock ФАЙЛ.</translation>
    </message>
    <message>
        <source>What to export: products or stock.</source>
        <translation>Что экспортировать: products или stock.</translation>
    </message>
    <message>
        <source>usage: kontor-cli export products|stock FILE [options]</source>
        <translation>использование: kontor-cli export products|stock ФАЙЛ [параметры]</translation>
    </message>
    <message>
        <source>--format must be kontor or excel</source>
        <translation>--format может быть только kontor или excel</translation>
    </message>
    <message>
        <source>--active-only applies to products only</source>
        <translation>--active-only применяется только к товарам</translation>
    </message>
    <message numerus="yes">
        <source>%n stock line(s) written to %1</source>
        <translation>
            <numerusform>В файл %1 записана %n строка остатков</numerusform>
            <numerusform>В файл %1 записаны %n строки остатков</numerusform>
            <numerusform>В файл %1 записано %n строк остатков</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kontor::cli::ImportCommand</name>
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
        <source>Import the good rows and skip bad ones (default: import nothing).</source>
        <translation>Импортировать корректные строки и пропустить строки с ошибками (по умолчанию ничего не импортируется).</translation>
    </message>
    <message>
        <source>The CSV file.</source>
        <translation>Файл CSV.</translation>
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
    <message>
        <source>What to import: products or stock (opening stock).</source>
        <translation>Что импортировать: products (товары) или stock (начальные остатки).</translation>
    </message>
    <message>
        <source>Products: auto (default), kontor, woocommerce or mapped.</source>
        <translation>Товары: auto (по умолчанию), kontor, woocommerce или mapped.</translation>
    </message>
    <message>
        <source>Products: update (default) or report: what to do with a SKU already in the catalog.</source>
        <translation>Товары: update (по умолчанию) или report — что делать с артикулом, который уже есть в каталоге.</translation>
    </message>
    <message>
        <source>Import products or opening stock from a CSV file: import products|stock FILE.</source>
        <translation>Импорт товаров или начальных остатков из файла CSV: import products|stock ФАЙЛ.</translation>
    </message>
    <message>
        <source>What to import: products or stock.</source>
        <translation>Что импортировать: products или stock.</translation>
    </message>
    <message>
        <source>usage: kontor-cli import products|stock FILE [options]</source>
        <translation>использование: kontor-cli import products|stock ФАЙЛ [параметры]</translation>
    </message>
    <message>
        <source>--format and --existing apply to products only</source>
        <translation>--format и --existing применяются только к товарам</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n line(s) of opening stock posted, %2 with zero quantity, %3 skipped</source>
        <translation>
            <numerusform>%1: проведена %n строка начальных остатков, с нулевым количеством — %2, пропущено — %3</numerusform>
            <numerusform>%1: проведены %n строки начальных остатков, с нулевым количеством — %2, пропущено — %3</numerusform>
            <numerusform>%1: проведено %n строк начальных остатков, с нулевым количеством — %2, пропущено — %3</numerusform>
        </translation>
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
<context>
    <name>kontor::cli::SupportCommand</name>
    <message>
        <source>Support tickets: support sweep (record SLA breaches, escalate), support status.</source>
        <translation>Обращения в поддержку: support sweep (зафиксировать нарушения SLA, эскалировать), support status.</translation>
    </message>
    <message>
        <source>sweep: record SLA warnings and breaches up to now, escalate, close tickets resolved long ago; status: count open tickets by SLA state.</source>
        <translation>sweep: зафиксировать предупреждения и нарушения SLA на текущий момент, эскалировать, закрыть давно решённые обращения; status: подсчитать открытые обращения по состоянию SLA.</translation>
    </message>
    <message>
        <source>Use: support sweep, or support status.</source>
        <translation>Использование: support sweep или support status.</translation>
    </message>
    <message numerus="yes">
        <source>SLA warnings recorded: %n.</source>
        <translation>
            <numerusform>Зафиксировано %n предупреждение SLA.</numerusform>
            <numerusform>Зафиксировано %n предупреждения SLA.</numerusform>
            <numerusform>Зафиксировано %n предупреждений SLA.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>SLA breaches recorded: %n.</source>
        <translation>
            <numerusform>Зафиксировано %n нарушение SLA.</numerusform>
            <numerusform>Зафиксировано %n нарушения SLA.</numerusform>
            <numerusform>Зафиксировано %n нарушений SLA.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Tickets escalated: %n.</source>
        <translation>
            <numerusform>Эскалировано %n обращение.</numerusform>
            <numerusform>Эскалировано %n обращения.</numerusform>
            <numerusform>Эскалировано %n обращений.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Resolved tickets closed: %n.</source>
        <translation>
            <numerusform>Закрыто %n решённое обращение.</numerusform>
            <numerusform>Закрыто %n решённых обращения.</numerusform>
            <numerusform>Закрыто %n решённых обращений.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Open tickets: %n.</source>
        <translation>
            <numerusform>%n открытое обращение.</numerusform>
            <numerusform>%n открытых обращения.</numerusform>
            <numerusform>%n открытых обращений.</numerusform>
        </translation>
    </message>
</context>
</TS>
