-- Kontor schema version 4: stock. Warehouses and their locations, the movement ledger and count
-- events (both append-only and synced by union), balances maintained from them (local, derived,
-- rebuilt by `stock verify --repair`), reservations, kits, replenishment settings and count sessions.
-- Quantities are thousandths of the product's unit; costs are minor units of the shop currency.

CREATE TABLE warehouses (
    local_id    INTEGER PRIMARY KEY,
    id          BLOB NOT NULL UNIQUE,
    code        TEXT NOT NULL,
    name        TEXT NOT NULL DEFAULT '',
    -- 'own': the shop's premises; 'marketplace': an FBO warehouse of Ozon, Wildberries, ...
    kind        TEXT NOT NULL DEFAULT 'own' CHECK (kind IN ('own', 'marketplace')),
    archived    INTEGER NOT NULL DEFAULT 0,
    hlc         INTEGER NOT NULL,
    created_at  INTEGER NOT NULL,
    updated_at  INTEGER NOT NULL
);
CREATE UNIQUE INDEX warehouses_code ON warehouses(code COLLATE NOCASE);

-- Storage and packing locations are sellable (their stock can be available to orders); goods in
-- transit, in quarantine or in a marketplace's warehouse (FBO) are on hand but never available.
CREATE TABLE locations (
    local_id     INTEGER PRIMARY KEY,
    id           BLOB NOT NULL UNIQUE,
    warehouse_id BLOB NOT NULL REFERENCES warehouses(id),
    code         TEXT NOT NULL,
    name         TEXT NOT NULL DEFAULT '',
    kind         TEXT NOT NULL CHECK (kind IN ('storage', 'packing', 'transit', 'quarantine', 'fbo')),
    priority     INTEGER NOT NULL DEFAULT 100, -- lower ships first when allocating
    archived     INTEGER NOT NULL DEFAULT 0,
    hlc          INTEGER NOT NULL,
    created_at   INTEGER NOT NULL,
    updated_at   INTEGER NOT NULL
);
CREATE UNIQUE INDEX locations_code ON locations(warehouse_id, code COLLATE NOCASE);

-- The built-in main warehouse has fixed ids, so every device that migrates creates the same rows
-- and sync merges them. An empty name is shown translated by code.
INSERT INTO warehouses(id, code, kind, hlc, created_at, updated_at)
    VALUES (X'00000000000070008000000000000001', 'MAIN', 'own', 0, 0, 0);
INSERT INTO locations(id, warehouse_id, code, kind, priority, hlc, created_at, updated_at) VALUES
    (X'00000000000070008000000000000011', X'00000000000070008000000000000001', 'MAIN', 'storage', 10, 0, 0, 0),
    (X'00000000000070008000000000000012', X'00000000000070008000000000000001', 'PACK', 'packing', 90, 0, 0, 0),
    (X'00000000000070008000000000000013', X'00000000000070008000000000000001', 'TRANSIT', 'transit', 100, 0, 0, 0),
    (X'00000000000070008000000000000014', X'00000000000070008000000000000001', 'QUARANTINE', 'quarantine', 100, 0, 0, 0);

-- The ledger: signed quantity changes. Legs of one posting (a transfer's two legs, a kit's
-- components) share doc_id. A wrong movement is reversed by another one (reverses_id), never edited.
CREATE TABLE stock_movements (
    local_id    INTEGER PRIMARY KEY,
    id          BLOB NOT NULL UNIQUE,
    doc_id      BLOB NOT NULL,
    kind        TEXT NOT NULL CHECK (kind IN ('receipt', 'shipment', 'transfer', 'adjustment',
                                              'customer_return', 'supplier_return')),
    reason      TEXT NOT NULL DEFAULT '',
    product_id  BLOB NOT NULL REFERENCES products(id),
    location_id BLOB NOT NULL REFERENCES locations(id),
    quantity    INTEGER NOT NULL CHECK (quantity <> 0),
    unit_cost   INTEGER, -- receipts: purchase cost; shipments: the average cost frozen at shipment
    note        TEXT NOT NULL DEFAULT '',
    occurred_at INTEGER NOT NULL, -- when it physically happened
    recorded_at INTEGER NOT NULL,
    user_id     BLOB,
    user_name   TEXT NOT NULL,
    reverses_id BLOB,
    ref_kind    TEXT NOT NULL DEFAULT '', -- 'order', 'purchase', 'count', ...
    ref_id      BLOB,
    hlc         INTEGER NOT NULL
);
CREATE INDEX stock_movements_place ON stock_movements(product_id, location_id, occurred_at);
CREATE INDEX stock_movements_time ON stock_movements(occurred_at);
CREATE INDEX stock_movements_doc ON stock_movements(doc_id);
CREATE INDEX stock_movements_location ON stock_movements(location_id, occurred_at);
CREATE UNIQUE INDEX stock_movements_reverses ON stock_movements(reverses_id) WHERE reverses_id IS NOT NULL;
CREATE TRIGGER stock_movements_no_update BEFORE UPDATE ON stock_movements
BEGIN
    SELECT RAISE(ABORT, 'stock movements are append-only');
END;
CREATE TRIGGER stock_movements_no_delete BEFORE DELETE ON stock_movements
BEGIN
    SELECT RAISE(ABORT, 'stock movements are append-only');
END;

-- Count events: the absolute quantity of one product at one location at counted_at.
CREATE TABLE stock_counts (
    local_id    INTEGER PRIMARY KEY,
    id          BLOB NOT NULL UNIQUE,
    session_id  BLOB,
    product_id  BLOB NOT NULL REFERENCES products(id),
    location_id BLOB NOT NULL REFERENCES locations(id),
    quantity    INTEGER NOT NULL CHECK (quantity >= 0),
    counted_at  INTEGER NOT NULL,
    recorded_at INTEGER NOT NULL,
    user_id     BLOB,
    user_name   TEXT NOT NULL,
    hlc         INTEGER NOT NULL
);
CREATE INDEX stock_counts_place ON stock_counts(product_id, location_id, counted_at);
CREATE TRIGGER stock_counts_no_update BEFORE UPDATE ON stock_counts
BEGIN
    SELECT RAISE(ABORT, 'stock counts are append-only');
END;
CREATE TRIGGER stock_counts_no_delete BEFORE DELETE ON stock_counts
BEGIN
    SELECT RAISE(ABORT, 'stock counts are append-only');
END;

-- Derived from the ledger (never synced): on hand = the governing count (latest counted_at) +
-- movements that occurred after it; reserved = sum of reservations. Read in O(1).
CREATE TABLE stock_balances (
    product_id  BLOB NOT NULL,
    location_id BLOB NOT NULL,
    on_hand     INTEGER NOT NULL DEFAULT 0,
    reserved    INTEGER NOT NULL DEFAULT 0,
    count_at    INTEGER, -- counted_at of the governing count, NULL when never counted
    count_hlc   INTEGER,
    PRIMARY KEY (product_id, location_id)
) WITHOUT ROWID;
CREATE INDEX stock_balances_location ON stock_balances(location_id);

-- Stock allocated to a confirmed, not yet shipped order line (or another document).
CREATE TABLE stock_reservations (
    local_id    INTEGER PRIMARY KEY,
    id          BLOB NOT NULL UNIQUE,
    product_id  BLOB NOT NULL REFERENCES products(id),
    location_id BLOB NOT NULL REFERENCES locations(id),
    quantity    INTEGER NOT NULL CHECK (quantity > 0),
    ref_kind    TEXT NOT NULL,
    ref_id      BLOB NOT NULL,
    created_at  INTEGER NOT NULL,
    hlc         INTEGER NOT NULL
);
CREATE INDEX stock_reservations_ref ON stock_reservations(ref_kind, ref_id);
CREATE INDEX stock_reservations_place ON stock_reservations(product_id, location_id);

-- Moving-average cost per product (minor units of the shop currency), updated by receipts.
CREATE TABLE stock_costs (
    product_id   BLOB PRIMARY KEY,
    average_cost INTEGER NOT NULL,
    updated_at   INTEGER NOT NULL
) WITHOUT ROWID;

-- A kit (bundle) sells from its components: quantity of each component per kit.
CREATE TABLE kit_components (
    kit_id       BLOB NOT NULL REFERENCES products(id),
    component_id BLOB NOT NULL REFERENCES products(id),
    quantity     INTEGER NOT NULL CHECK (quantity > 0),
    hlc          INTEGER NOT NULL,
    PRIMARY KEY (kit_id, component_id),
    CHECK (kit_id <> component_id)
) WITHOUT ROWID;
CREATE INDEX kit_components_component ON kit_components(component_id);

-- Per product: what happens when an order wants more than is available.
CREATE TABLE stock_policies (
    product_id       BLOB PRIMARY KEY REFERENCES products(id),
    allow_backorders INTEGER NOT NULL DEFAULT 0,
    hlc              INTEGER NOT NULL
) WITHOUT ROWID;

-- Per product and location: reorder point and target (max). NULL reorder point: computed from
-- demand and lead time (DOMAIN.md); NULL lead time: the shop default.
CREATE TABLE replenishment_rules (
    product_id     BLOB NOT NULL REFERENCES products(id),
    location_id    BLOB NOT NULL REFERENCES locations(id),
    reorder_point  INTEGER,
    target         INTEGER,
    safety_stock   INTEGER,
    lead_time_days INTEGER,
    hlc            INTEGER NOT NULL,
    PRIMARY KEY (product_id, location_id)
) WITHOUT ROWID;

-- Inventory count sessions. Lines are working data until the session is posted; posting writes
-- one count event per product and location (the sum of its current lines).
CREATE TABLE count_sessions (
    local_id     INTEGER PRIMARY KEY,
    id           BLOB NOT NULL UNIQUE,
    number       TEXT NOT NULL,
    name         TEXT NOT NULL DEFAULT '',
    scope        TEXT NOT NULL CHECK (scope IN ('full', 'location', 'category', 'cycle', 'list')),
    warehouse_id BLOB REFERENCES warehouses(id),
    location_id  BLOB REFERENCES locations(id),
    category_id  BLOB REFERENCES categories(id),
    blind        INTEGER NOT NULL DEFAULT 0,
    counters     TEXT NOT NULL DEFAULT '[]', -- JSON array of names
    status       TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'review', 'posted', 'cancelled')),
    created_at   INTEGER NOT NULL,
    created_by   TEXT NOT NULL,
    posted_at    INTEGER,
    posted_by    TEXT,
    hlc          INTEGER NOT NULL
);

-- What a session is to count, with the on-hand snapshot when it was added (for review).
CREATE TABLE count_session_items (
    session_id  BLOB NOT NULL REFERENCES count_sessions(id),
    product_id  BLOB NOT NULL REFERENCES products(id),
    location_id BLOB NOT NULL REFERENCES locations(id),
    expected    INTEGER NOT NULL DEFAULT 0,
    recount     INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (session_id, product_id, location_id)
) WITHOUT ROWID;

CREATE TABLE count_lines (
    local_id    INTEGER PRIMARY KEY,
    id          BLOB NOT NULL UNIQUE,
    session_id  BLOB NOT NULL REFERENCES count_sessions(id),
    product_id  BLOB NOT NULL REFERENCES products(id),
    location_id BLOB NOT NULL REFERENCES locations(id),
    quantity    INTEGER NOT NULL CHECK (quantity >= 0),
    counted_at  INTEGER NOT NULL,
    counter     TEXT NOT NULL DEFAULT '',
    scan        TEXT NOT NULL DEFAULT '', -- the raw scan, if scanned
    serial      TEXT, -- a marking code's serial: each unit counts once per session
    superseded  INTEGER NOT NULL DEFAULT 0 -- replaced by a recount
);
CREATE INDEX count_lines_session ON count_lines(session_id, product_id, location_id);
CREATE UNIQUE INDEX count_lines_serial ON count_lines(session_id, serial)
    WHERE serial IS NOT NULL AND superseded = 0;
