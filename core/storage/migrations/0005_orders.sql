-- Kontor schema version 5: customers, sales orders and their lifecycle, carriers, returns (RMA).
-- Money is in minor units of the row's currency; quantities are thousandths of the product's unit;
-- rates are basis points; times are UTC milliseconds.

INSERT INTO shop_settings(key, value) VALUES ('prices_include_vat', '1');

CREATE TABLE customers (
    local_id          INTEGER PRIMARY KEY,
    id                BLOB NOT NULL UNIQUE,
    kind              TEXT NOT NULL DEFAULT 'person' CHECK (kind IN ('person', 'company')),
    name              TEXT NOT NULL,
    email             TEXT NOT NULL DEFAULT '',
    phone             TEXT NOT NULL DEFAULT '',
    email_key         TEXT NOT NULL DEFAULT '', -- lower case, for duplicate detection
    phone_key         TEXT NOT NULL DEFAULT '', -- the last 10 digits
    -- company details (B2B)
    legal_name        TEXT NOT NULL DEFAULT '',
    tax_id            TEXT NOT NULL DEFAULT '', -- ИНН
    tax_reason_code   TEXT NOT NULL DEFAULT '', -- КПП
    legal_address     TEXT NOT NULL DEFAULT '',
    bank_details      TEXT NOT NULL DEFAULT '',
    payment_terms_days INTEGER NOT NULL DEFAULT 0, -- 0: pay before shipping
    credit_limit      INTEGER,                     -- minor units of the shop currency; NULL: none
    price_list_id     BLOB,                        -- a B2B price list with volume tiers
    marketing_consent INTEGER NOT NULL DEFAULT 0,
    consent_at        INTEGER,
    notes             TEXT NOT NULL DEFAULT '',
    tags              TEXT NOT NULL DEFAULT '', -- comma separated
    search_text       TEXT NOT NULL DEFAULT '', -- normalised name, email, phone, tax id
    archived          INTEGER NOT NULL DEFAULT 0,
    hlc               INTEGER NOT NULL,
    created_at        INTEGER NOT NULL,
    updated_at        INTEGER NOT NULL
);
CREATE INDEX customers_email ON customers(email_key) WHERE email_key <> '';
CREATE INDEX customers_phone ON customers(phone_key) WHERE phone_key <> '';
CREATE INDEX customers_name ON customers(name COLLATE NOCASE);

-- Prices other than the catalog's. Resolution order for an order line: the customer's price list
-- (the tier with the largest minimum quantity not above the line's), the order channel's price,
-- the sale price, the list price. Amounts are minor units of the shop currency.
CREATE TABLE channel_prices (
    product_id BLOB NOT NULL REFERENCES products(id),
    channel    TEXT NOT NULL,
    price      INTEGER NOT NULL CHECK (price >= 0),
    hlc        INTEGER NOT NULL,
    PRIMARY KEY (product_id, channel)
) WITHOUT ROWID;

CREATE TABLE price_lists (
    local_id INTEGER PRIMARY KEY,
    id       BLOB NOT NULL UNIQUE,
    name     TEXT NOT NULL,
    archived INTEGER NOT NULL DEFAULT 0,
    hlc      INTEGER NOT NULL
);

CREATE TABLE price_list_tiers (
    price_list_id BLOB NOT NULL REFERENCES price_lists(id),
    product_id    BLOB NOT NULL REFERENCES products(id),
    min_quantity  INTEGER NOT NULL CHECK (min_quantity > 0), -- thousandths of the product's unit
    price         INTEGER NOT NULL CHECK (price >= 0),
    hlc           INTEGER NOT NULL,
    PRIMARY KEY (price_list_id, product_id, min_quantity)
) WITHOUT ROWID;

-- Shop-currency units per unit of `currency`, x 10^6, from valid_from on (the user keeps or imports them).
CREATE TABLE exchange_rates (
    currency   TEXT NOT NULL,
    valid_from INTEGER NOT NULL,
    rate_e6    INTEGER NOT NULL CHECK (rate_e6 > 0),
    hlc        INTEGER NOT NULL,
    PRIMARY KEY (currency, valid_from)
) WITHOUT ROWID;

-- VAT rates change by law ("20 % becomes 22 % from 1 January 2026"). Products carry today's rate;
-- an order dated before a change takes the rate before it.
CREATE TABLE vat_rate_changes (
    old_bp         INTEGER NOT NULL,
    new_bp         INTEGER NOT NULL,
    effective_from INTEGER NOT NULL,
    hlc            INTEGER NOT NULL,
    PRIMARY KEY (new_bp, effective_from)
) WITHOUT ROWID;

CREATE TABLE customer_addresses (
    local_id    INTEGER PRIMARY KEY,
    id          BLOB NOT NULL UNIQUE,
    customer_id BLOB NOT NULL REFERENCES customers(id),
    label       TEXT NOT NULL DEFAULT '',
    address     TEXT NOT NULL,
    is_default  INTEGER NOT NULL DEFAULT 0,
    hlc         INTEGER NOT NULL
);
CREATE INDEX customer_addresses_customer ON customer_addresses(customer_id);

-- Contact people of a company customer.
CREATE TABLE customer_contacts (
    local_id    INTEGER PRIMARY KEY,
    id          BLOB NOT NULL UNIQUE,
    customer_id BLOB NOT NULL REFERENCES customers(id),
    name        TEXT NOT NULL,
    role        TEXT NOT NULL DEFAULT '',
    email       TEXT NOT NULL DEFAULT '',
    phone       TEXT NOT NULL DEFAULT '',
    hlc         INTEGER NOT NULL
);
CREATE INDEX customer_contacts_customer ON customer_contacts(customer_id);

-- User-defined carriers (Russian Post, CDEK, Boxberry, DHL, ...). tracking_url holds "{tracking}".
CREATE TABLE carriers (
    local_id     INTEGER PRIMARY KEY,
    id           BLOB NOT NULL UNIQUE,
    name         TEXT NOT NULL,
    tracking_url TEXT NOT NULL DEFAULT '',
    archived     INTEGER NOT NULL DEFAULT 0,
    hlc          INTEGER NOT NULL
);
CREATE UNIQUE INDEX carriers_name ON carriers(name COLLATE NOCASE);

CREATE TABLE sales_orders (
    local_id          INTEGER PRIMARY KEY,
    id                BLOB NOT NULL UNIQUE,
    number            TEXT NOT NULL UNIQUE,
    channel           TEXT NOT NULL CHECK (channel IN ('site', 'marketplace_fbs', 'marketplace_fbo',
                                                       'phone', 'social', 'in_person')),
    marketplace       TEXT NOT NULL DEFAULT '', -- Ozon, Wildberries, ... for marketplace channels
    external_ref      TEXT NOT NULL DEFAULT '', -- the shop's or marketplace's own order number
    customer_id       BLOB REFERENCES customers(id),
    customer_name     TEXT NOT NULL DEFAULT '', -- as on the order (lists, documents)
    ship_to           TEXT NOT NULL DEFAULT '',
    status            TEXT NOT NULL CHECK (status IN ('draft', 'confirmed', 'picking', 'packed', 'shipped',
                                                      'delivered', 'not_collected', 'refused', 'cancelled')),
    ordered_at        INTEGER NOT NULL,
    currency          TEXT NOT NULL,
    rate_e6           INTEGER NOT NULL DEFAULT 1000000, -- shop currency per unit of the order's, x 10^6
    prices_include_vat INTEGER NOT NULL DEFAULT 1,
    order_discount    INTEGER NOT NULL DEFAULT 0, -- spread over the lines by largest remainder
    shipping_charge   INTEGER NOT NULL DEFAULT 0, -- what the customer pays for delivery
    subtotal          INTEGER NOT NULL DEFAULT 0, -- lines after discounts, as priced
    vat_total         INTEGER NOT NULL DEFAULT 0,
    total             INTEGER NOT NULL DEFAULT 0, -- what the customer pays
    payment_status    TEXT NOT NULL DEFAULT 'unpaid' CHECK (payment_status IN ('unpaid', 'partial', 'paid',
                                                                               'refunded')),
    payment_method    TEXT NOT NULL DEFAULT 'card' CHECK (payment_method IN ('card', 'cash_on_delivery',
                                                                             'invoice', 'cash')),
    paid_amount       INTEGER NOT NULL DEFAULT 0,
    refunded_amount   INTEGER NOT NULL DEFAULT 0,
    -- the shop's own costs of the order, for its contribution margin
    shipping_cost     INTEGER NOT NULL DEFAULT 0,
    commission        INTEGER NOT NULL DEFAULT 0,
    payment_fee       INTEGER NOT NULL DEFAULT 0,
    location_id       BLOB REFERENCES locations(id), -- chosen by the user; NULL: by the allocation rule
    carrier_id        BLOB REFERENCES carriers(id),
    shipping_service  TEXT NOT NULL DEFAULT '',
    tracking_number   TEXT NOT NULL DEFAULT '',
    ship_by           INTEGER, -- promised dispatch
    promised_delivery INTEGER,
    shipped_at        INTEGER,
    delivered_at      INTEGER,
    delay_reason      TEXT NOT NULL DEFAULT '',
    split_from        BLOB, -- the order a partial shipment split this one from
    note              TEXT NOT NULL DEFAULT '',
    hlc               INTEGER NOT NULL,
    created_at        INTEGER NOT NULL,
    updated_at        INTEGER NOT NULL
);
CREATE INDEX sales_orders_ordered ON sales_orders(ordered_at, local_id);
CREATE INDEX sales_orders_status ON sales_orders(status, ordered_at);
CREATE INDEX sales_orders_customer ON sales_orders(customer_id, ordered_at);
CREATE INDEX sales_orders_channel ON sales_orders(channel, ordered_at);

CREATE TABLE sales_order_lines (
    local_id        INTEGER PRIMARY KEY,
    id              BLOB NOT NULL UNIQUE,
    order_id        BLOB NOT NULL REFERENCES sales_orders(id),
    position        INTEGER NOT NULL,
    product_id      BLOB NOT NULL REFERENCES products(id),
    sku             TEXT NOT NULL,
    name            TEXT NOT NULL,
    quantity        INTEGER NOT NULL CHECK (quantity > 0),
    unit_price      INTEGER NOT NULL,
    line_discount   INTEGER NOT NULL DEFAULT 0,
    order_discount  INTEGER NOT NULL DEFAULT 0, -- this line's share of the order discount
    vat_bp          INTEGER, -- NULL: not subject to VAT
    net             INTEGER NOT NULL DEFAULT 0, -- after discounts, without VAT
    vat             INTEGER NOT NULL DEFAULT 0,
    total           INTEGER NOT NULL DEFAULT 0, -- after discounts, with VAT
    price_overridden INTEGER NOT NULL DEFAULT 0,
    location_id     BLOB REFERENCES locations(id), -- where it is reserved / ships from
    reserved        INTEGER NOT NULL DEFAULT 0,     -- 0 on a confirmed line: backordered, waiting
    picked          INTEGER NOT NULL DEFAULT 0,     -- moved to the packing location
    shipped         INTEGER NOT NULL DEFAULT 0,
    returned        INTEGER NOT NULL DEFAULT 0,
    unit_cost       INTEGER, -- average cost frozen at shipment (shop currency)
    hlc             INTEGER NOT NULL
);
CREATE INDEX sales_order_lines_order ON sales_order_lines(order_id, position);
CREATE INDEX sales_order_lines_product ON sales_order_lines(product_id);

-- Every transition with time and user. Append-only.
CREATE TABLE sales_order_events (
    local_id    INTEGER PRIMARY KEY,
    id          BLOB NOT NULL UNIQUE,
    order_id    BLOB NOT NULL REFERENCES sales_orders(id),
    from_status TEXT NOT NULL,
    to_status   TEXT NOT NULL,
    at          INTEGER NOT NULL,
    user_id     BLOB,
    user_name   TEXT NOT NULL,
    note        TEXT NOT NULL DEFAULT '',
    hlc         INTEGER NOT NULL
);
CREATE INDEX sales_order_events_order ON sales_order_events(order_id, at);
CREATE TRIGGER sales_order_events_no_update BEFORE UPDATE ON sales_order_events
BEGIN
    SELECT RAISE(ABORT, 'order events are append-only');
END;
CREATE TRIGGER sales_order_events_no_delete BEFORE DELETE ON sales_order_events
BEGIN
    SELECT RAISE(ABORT, 'order events are append-only');
END;

-- Returns (RMA) against an order's lines.
CREATE TABLE returns (
    local_id      INTEGER PRIMARY KEY,
    id            BLOB NOT NULL UNIQUE,
    number        TEXT NOT NULL UNIQUE,
    order_id      BLOB NOT NULL REFERENCES sales_orders(id),
    customer_id   BLOB REFERENCES customers(id),
    status        TEXT NOT NULL CHECK (status IN ('open', 'received', 'closed', 'cancelled')),
    resolution    TEXT NOT NULL DEFAULT 'refund' CHECK (resolution IN ('refund', 'exchange')),
    refund_amount INTEGER NOT NULL DEFAULT 0, -- order currency
    refunded_at   INTEGER,
    exchange_order_id BLOB REFERENCES sales_orders(id),
    note          TEXT NOT NULL DEFAULT '',
    created_at    INTEGER NOT NULL,
    received_at   INTEGER,
    hlc           INTEGER NOT NULL
);
CREATE INDEX returns_order ON returns(order_id);
CREATE INDEX returns_created ON returns(created_at);

CREATE TABLE return_lines (
    local_id      INTEGER PRIMARY KEY,
    id            BLOB NOT NULL UNIQUE,
    return_id     BLOB NOT NULL REFERENCES returns(id),
    order_line_id BLOB NOT NULL REFERENCES sales_order_lines(id),
    product_id    BLOB NOT NULL REFERENCES products(id),
    quantity      INTEGER NOT NULL CHECK (quantity > 0),
    reason        TEXT NOT NULL CHECK (reason IN ('defect', 'wrong_item', 'not_as_described', 'changed_mind',
                                                  'damaged_in_delivery', 'late_delivery')),
    condition     TEXT NOT NULL DEFAULT '',
    decision      TEXT NOT NULL CHECK (decision IN ('restock', 'quarantine', 'write_off', 'to_supplier')),
    refund        INTEGER NOT NULL DEFAULT 0,
    hlc           INTEGER NOT NULL
);
CREATE INDEX return_lines_return ON return_lines(return_id);
CREATE INDEX return_lines_product ON return_lines(product_id);
