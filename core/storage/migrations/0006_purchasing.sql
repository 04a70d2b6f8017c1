-- Kontor schema version 6: suppliers, contracts and their terms, purchase orders, receipts against
-- them, supplier claims, and the shop's working-day calendar (contracts may count business days);
-- dropshipped order lines; a search index over orders.
-- Money is in minor units of the row's currency; quantities are thousandths of the product's unit;
-- rates are basis points; dates a user agrees with a supplier are ISO 'YYYY-MM-DD' text (a due date
-- is a day, not an instant); moments are UTC milliseconds.

CREATE TABLE suppliers (
    local_id        INTEGER PRIMARY KEY,
    id              BLOB NOT NULL UNIQUE,
    name            TEXT NOT NULL,
    legal_name      TEXT NOT NULL DEFAULT '',
    tax_id          TEXT NOT NULL DEFAULT '', -- ИНН
    tax_reason_code TEXT NOT NULL DEFAULT '', -- КПП
    legal_address   TEXT NOT NULL DEFAULT '',
    bank_details    TEXT NOT NULL DEFAULT '',
    email           TEXT NOT NULL DEFAULT '',
    phone           TEXT NOT NULL DEFAULT '',
    website         TEXT NOT NULL DEFAULT '',
    currency        TEXT NOT NULL,
    -- how the shop works with the supplier, a bit set: 1 own stock, 2 dropshipping, 4 marketplace
    -- FBS, 8 marketplace FBO
    models          INTEGER NOT NULL DEFAULT 1,
    notes           TEXT NOT NULL DEFAULT '',
    search_text     TEXT NOT NULL DEFAULT '',
    archived        INTEGER NOT NULL DEFAULT 0,
    hlc             INTEGER NOT NULL,
    created_at      INTEGER NOT NULL,
    updated_at      INTEGER NOT NULL
);
CREATE UNIQUE INDEX suppliers_name ON suppliers(name COLLATE NOCASE);

CREATE TABLE supplier_contacts (
    local_id    INTEGER PRIMARY KEY,
    id          BLOB NOT NULL UNIQUE,
    supplier_id BLOB NOT NULL REFERENCES suppliers(id),
    position    INTEGER NOT NULL,
    name        TEXT NOT NULL,
    role        TEXT NOT NULL DEFAULT '',
    email       TEXT NOT NULL DEFAULT '',
    phone       TEXT NOT NULL DEFAULT '',
    hlc         INTEGER NOT NULL
);
CREATE INDEX supplier_contacts_supplier ON supplier_contacts(supplier_id, position);

-- The preferred supplier of a product (replenishment groups draft POs by it); dropship: the
-- supplier ships this product straight to the customer, so an order line for it moves no stock.
CREATE TABLE product_suppliers (
    product_id  BLOB PRIMARY KEY REFERENCES products(id),
    supplier_id BLOB NOT NULL REFERENCES suppliers(id),
    dropship    INTEGER NOT NULL DEFAULT 0,
    hlc         INTEGER NOT NULL
) WITHOUT ROWID;
CREATE INDEX product_suppliers_supplier ON product_suppliers(supplier_id);

-- An order line for a dropshipped product: no reservation, no stock leaves the shop.
ALTER TABLE sales_order_lines ADD COLUMN dropship INTEGER NOT NULL DEFAULT 0;

-- A contract's terms are fixed once it is active (a change is a new contract, as a supplement
-- to a contract is in practice), so every figure computed under it stays explainable.
CREATE TABLE contracts (
    local_id             INTEGER PRIMARY KEY,
    id                   BLOB NOT NULL UNIQUE,
    supplier_id          BLOB NOT NULL REFERENCES suppliers(id),
    number               TEXT NOT NULL,
    status               TEXT NOT NULL CHECK (status IN ('draft', 'active', 'terminated')),
    signed_on            TEXT,
    valid_from           TEXT NOT NULL,
    valid_to             TEXT, -- NULL: open-ended
    renewal_notice_days  INTEGER NOT NULL DEFAULT 30,
    currency             TEXT NOT NULL,
    lead_time_days       INTEGER NOT NULL DEFAULT 0,
    lead_time_business   INTEGER NOT NULL DEFAULT 0, -- 1: lead time and lateness in business days
    start_event          TEXT NOT NULL DEFAULT 'confirmation' CHECK (start_event IN ('confirmation',
                                                                                      'prepayment')),
    delivery_schedule    TEXT NOT NULL DEFAULT '',
    min_order_value      INTEGER NOT NULL DEFAULT 0,
    prepayment_bp        INTEGER NOT NULL DEFAULT 0,
    deferral_days        INTEGER NOT NULL DEFAULT 0, -- payment due this many days after delivery
    exclusive            INTEGER NOT NULL DEFAULT 0,
    region               TEXT NOT NULL DEFAULT '',
    target_on_time_bp    INTEGER,
    target_in_full_bp    INTEGER,
    max_defect_bp        INTEGER,
    max_missort_bp       INTEGER,
    late_bp_per_day      INTEGER NOT NULL DEFAULT 0, -- of the late value, per day late
    late_cap_bp          INTEGER,                    -- NULL: no cap
    late_cap_basis       TEXT NOT NULL DEFAULT 'line' CHECK (late_cap_basis IN ('line', 'order')),
    defect_penalty_kind  TEXT NOT NULL DEFAULT 'none' CHECK (defect_penalty_kind IN ('none', 'per_unit',
                                                                                      'percent')),
    defect_penalty       INTEGER NOT NULL DEFAULT 0, -- minor units per unit, or bp of the value
    missort_penalty_kind TEXT NOT NULL DEFAULT 'none' CHECK (missort_penalty_kind IN ('none', 'per_unit',
                                                                                       'percent')),
    missort_penalty      INTEGER NOT NULL DEFAULT 0,
    shortage_bp          INTEGER NOT NULL DEFAULT 0, -- of the value never delivered, when a line is closed short
    claim_days           INTEGER NOT NULL DEFAULT 0, -- claims are due within this many days of a receipt
    return_procedure     TEXT NOT NULL DEFAULT '',
    notes                TEXT NOT NULL DEFAULT '',
    hlc                  INTEGER NOT NULL,
    created_at           INTEGER NOT NULL,
    updated_at           INTEGER NOT NULL
);
CREATE INDEX contracts_supplier ON contracts(supplier_id, valid_from);

CREATE TABLE contract_prices (
    contract_id  BLOB NOT NULL REFERENCES contracts(id),
    product_id   BLOB NOT NULL REFERENCES products(id),
    supplier_sku TEXT NOT NULL DEFAULT '',
    price        INTEGER NOT NULL CHECK (price >= 0), -- minor units of the contract's currency
    min_quantity INTEGER NOT NULL DEFAULT 0,
    pack_size    INTEGER NOT NULL DEFAULT 0, -- 0: any quantity; else multiples of it
    hlc          INTEGER NOT NULL,
    PRIMARY KEY (contract_id, product_id)
) WITHOUT ROWID;
CREATE INDEX contract_prices_product ON contract_prices(product_id);

-- Volume discounts: an order of at least min_value gets discount_bp off (the largest tier reached).
CREATE TABLE contract_discounts (
    contract_id BLOB NOT NULL REFERENCES contracts(id),
    min_value   INTEGER NOT NULL CHECK (min_value > 0),
    discount_bp INTEGER NOT NULL CHECK (discount_bp > 0 AND discount_bp < 10000),
    hlc         INTEGER NOT NULL,
    PRIMARY KEY (contract_id, min_value)
) WITHOUT ROWID;

-- Scans of the signed contract and its supplements, kept in the database so a backup keeps them.
CREATE TABLE contract_files (
    local_id    INTEGER PRIMARY KEY,
    id          BLOB NOT NULL UNIQUE,
    contract_id BLOB NOT NULL REFERENCES contracts(id),
    name        TEXT NOT NULL,
    size        INTEGER NOT NULL,
    data        BLOB NOT NULL,
    added_at    INTEGER NOT NULL,
    hlc         INTEGER NOT NULL
);
CREATE INDEX contract_files_contract ON contract_files(contract_id);

CREATE TABLE purchase_orders (
    local_id       INTEGER PRIMARY KEY,
    id             BLOB NOT NULL UNIQUE,
    number         TEXT NOT NULL UNIQUE,
    kind           TEXT NOT NULL DEFAULT 'stock' CHECK (kind IN ('stock', 'dropship')),
    supplier_id    BLOB NOT NULL REFERENCES suppliers(id),
    contract_id    BLOB REFERENCES contracts(id), -- the contract valid on ordered_on
    status         TEXT NOT NULL CHECK (status IN ('draft', 'sent', 'confirmed', 'partially_received',
                                                   'received', 'closed', 'cancelled')),
    currency       TEXT NOT NULL,
    location_id    BLOB REFERENCES locations(id), -- where the goods are received
    ordered_on     TEXT NOT NULL,
    sent_at        INTEGER,
    confirmed_on   TEXT,
    prepaid_on     TEXT,
    prepaid_amount INTEGER NOT NULL DEFAULT 0,
    due_on         TEXT, -- start event + lead time; NULL until the start event happened
    discount_bp    INTEGER NOT NULL DEFAULT 0, -- the contract's volume discount
    sales_order_id BLOB REFERENCES sales_orders(id), -- a dropship PO: the order it fulfils
    ship_to        TEXT NOT NULL DEFAULT '',
    supplier_shipped_on TEXT, -- dropship: the supplier reported the parcel sent
    supplier_tracking   TEXT NOT NULL DEFAULT '',
    closed_on      TEXT,
    note           TEXT NOT NULL DEFAULT '',
    hlc            INTEGER NOT NULL,
    created_at     INTEGER NOT NULL,
    updated_at     INTEGER NOT NULL
);
CREATE INDEX purchase_orders_supplier ON purchase_orders(supplier_id, ordered_on);
CREATE INDEX purchase_orders_status ON purchase_orders(status, due_on);
CREATE INDEX purchase_orders_sales_order ON purchase_orders(sales_order_id) WHERE sales_order_id IS NOT NULL;

CREATE TABLE purchase_order_lines (
    local_id      INTEGER PRIMARY KEY,
    id            BLOB NOT NULL UNIQUE,
    po_id         BLOB NOT NULL REFERENCES purchase_orders(id),
    position      INTEGER NOT NULL,
    product_id    BLOB NOT NULL REFERENCES products(id),
    supplier_sku  TEXT NOT NULL DEFAULT '',
    quantity      INTEGER NOT NULL CHECK (quantity > 0),
    unit_price    INTEGER NOT NULL CHECK (unit_price >= 0), -- PO currency, before the PO's discount
    manual_price  INTEGER NOT NULL DEFAULT 0, -- 1: not from the contract's price list
    sales_order_line_id BLOB REFERENCES sales_order_lines(id),
    hlc           INTEGER NOT NULL
);
CREATE INDEX purchase_order_lines_po ON purchase_order_lines(po_id, position);
CREATE INDEX purchase_order_lines_product ON purchase_order_lines(product_id);

CREATE TABLE purchase_order_events (
    local_id    INTEGER PRIMARY KEY,
    id          BLOB NOT NULL UNIQUE,
    po_id       BLOB NOT NULL REFERENCES purchase_orders(id),
    from_status TEXT NOT NULL,
    to_status   TEXT NOT NULL,
    at          INTEGER NOT NULL,
    user_id     BLOB,
    user_name   TEXT NOT NULL,
    note        TEXT NOT NULL DEFAULT '',
    hlc         INTEGER NOT NULL
);
CREATE INDEX purchase_order_events_po ON purchase_order_events(po_id, at);
CREATE TRIGGER purchase_order_events_no_update BEFORE UPDATE ON purchase_order_events
BEGIN
    SELECT RAISE(ABORT, 'purchase order events are append-only');
END;
CREATE TRIGGER purchase_order_events_no_delete BEFORE DELETE ON purchase_order_events
BEGIN
    SELECT RAISE(ABORT, 'purchase order events are append-only');
END;

-- A delivery against a PO. The receipt date is what the SLA is measured on. Landed costs are in
-- the shop currency and spread over the accepted goods by value or by weight.
CREATE TABLE supplier_receipts (
    local_id    INTEGER PRIMARY KEY,
    id          BLOB NOT NULL UNIQUE,
    number      TEXT NOT NULL UNIQUE,
    po_id       BLOB NOT NULL REFERENCES purchase_orders(id),
    received_on TEXT NOT NULL,
    location_id BLOB NOT NULL REFERENCES locations(id),
    freight     INTEGER NOT NULL DEFAULT 0,
    customs     INTEGER NOT NULL DEFAULT 0,
    fees        INTEGER NOT NULL DEFAULT 0,
    spread_by   TEXT NOT NULL DEFAULT 'value' CHECK (spread_by IN ('value', 'weight')),
    rate_e6     INTEGER NOT NULL DEFAULT 1000000, -- shop currency per unit of the PO's, x 10^6
    stock_doc_id BLOB, -- the stock movements it posted
    note        TEXT NOT NULL DEFAULT '',
    user_name   TEXT NOT NULL DEFAULT '',
    created_at  INTEGER NOT NULL,
    hlc         INTEGER NOT NULL
);
CREATE INDEX supplier_receipts_po ON supplier_receipts(po_id, received_on);
CREATE INDEX supplier_receipts_received ON supplier_receipts(received_on);

CREATE TABLE supplier_receipt_lines (
    local_id   INTEGER PRIMARY KEY,
    id         BLOB NOT NULL UNIQUE,
    receipt_id BLOB NOT NULL REFERENCES supplier_receipts(id),
    po_line_id BLOB NOT NULL REFERENCES purchase_order_lines(id),
    product_id BLOB NOT NULL REFERENCES products(id),
    accepted   INTEGER NOT NULL DEFAULT 0 CHECK (accepted >= 0),
    defective  INTEGER NOT NULL DEFAULT 0 CHECK (defective >= 0),
    missorted  INTEGER NOT NULL DEFAULT 0 CHECK (missorted >= 0),
    unit_cost  INTEGER NOT NULL DEFAULT 0, -- landed, shop currency
    hlc        INTEGER NOT NULL
);
CREATE INDEX supplier_receipt_lines_receipt ON supplier_receipt_lines(receipt_id);
CREATE INDEX supplier_receipt_lines_po_line ON supplier_receipt_lines(po_line_id);

-- The shop's formal demands to a supplier (претензии) for defects, mis-sorts, shortages and late
-- delivery, with the penalty the contract gives.
CREATE TABLE supplier_claims (
    local_id    INTEGER PRIMARY KEY,
    id          BLOB NOT NULL UNIQUE,
    number      TEXT NOT NULL UNIQUE,
    supplier_id BLOB NOT NULL REFERENCES suppliers(id),
    po_id       BLOB NOT NULL REFERENCES purchase_orders(id),
    receipt_id  BLOB REFERENCES supplier_receipts(id),
    status      TEXT NOT NULL CHECK (status IN ('open', 'sent', 'accepted', 'paid', 'rejected')),
    currency    TEXT NOT NULL,
    amount      INTEGER NOT NULL DEFAULT 0, -- the penalty claimed
    collected   INTEGER NOT NULL DEFAULT 0, -- what the supplier paid or credited
    deadline_on TEXT,                       -- the contract's deadline for claims
    note        TEXT NOT NULL DEFAULT '',
    created_at  INTEGER NOT NULL,
    updated_at  INTEGER NOT NULL,
    hlc         INTEGER NOT NULL
);
CREATE INDEX supplier_claims_supplier ON supplier_claims(supplier_id, created_at);
CREATE INDEX supplier_claims_po ON supplier_claims(po_id);

CREATE TABLE supplier_claim_lines (
    local_id   INTEGER PRIMARY KEY,
    id         BLOB NOT NULL UNIQUE,
    claim_id   BLOB NOT NULL REFERENCES supplier_claims(id),
    po_line_id BLOB NOT NULL REFERENCES purchase_order_lines(id),
    product_id BLOB NOT NULL REFERENCES products(id),
    reason     TEXT NOT NULL CHECK (reason IN ('defect', 'missort', 'shortage', 'late')),
    quantity   INTEGER NOT NULL DEFAULT 0,
    value      INTEGER NOT NULL DEFAULT 0, -- the goods concerned, claim currency
    penalty    INTEGER NOT NULL DEFAULT 0,
    basis      TEXT NOT NULL DEFAULT '',   -- how the penalty was computed, in words
    hlc        INTEGER NOT NULL
);
CREATE INDEX supplier_claim_lines_claim ON supplier_claim_lines(claim_id);

-- Exceptions to the working week (Monday to Friday): public holidays, and weekend days made
-- working days by a transfer (перенос), which Russia does several times a year.
CREATE TABLE calendar_days (
    day     TEXT PRIMARY KEY,
    working INTEGER NOT NULL,
    name    TEXT NOT NULL DEFAULT '',
    hlc     INTEGER NOT NULL
) WITHOUT ROWID;

-- The carriers' on-time rates without reading every order.
CREATE INDEX sales_orders_carrier ON sales_orders(carrier_id, delivered_at) WHERE carrier_id IS NOT NULL;

-- Orders found by any part of their number, marketplace number, tracking number or customer name,
-- case-insensitively, without reading every order (the list's search at 200,000 orders). New orders
-- are indexed by the code that inserts them (once per batch for imports, as products are: FTS5
-- makes a segment per statement); changes and deletes by triggers.
CREATE VIRTUAL TABLE sales_orders_fts USING fts5(
    number, external_ref, tracking_number, customer_name,
    content = 'sales_orders', content_rowid = 'local_id', tokenize = 'trigram');
INSERT INTO sales_orders_fts(sales_orders_fts) VALUES ('rebuild');
CREATE TRIGGER sales_orders_fts_update AFTER UPDATE OF external_ref, tracking_number, customer_name
ON sales_orders WHEN old.external_ref IS NOT new.external_ref OR old.tracking_number IS NOT new.tracking_number
    OR old.customer_name IS NOT new.customer_name
BEGIN
    INSERT INTO sales_orders_fts(sales_orders_fts, rowid, number, external_ref, tracking_number, customer_name)
        VALUES ('delete', old.local_id, old.number, old.external_ref, old.tracking_number, old.customer_name);
    INSERT INTO sales_orders_fts(rowid, number, external_ref, tracking_number, customer_name)
        VALUES (new.local_id, new.number, new.external_ref, new.tracking_number, new.customer_name);
END;
CREATE TRIGGER sales_orders_fts_delete AFTER DELETE ON sales_orders
BEGIN
    INSERT INTO sales_orders_fts(sales_orders_fts, rowid, number, external_ref, tracking_number, customer_name)
        VALUES ('delete', old.local_id, old.number, old.external_ref, old.tracking_number, old.customer_name);
END;
