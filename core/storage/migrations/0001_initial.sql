-- Kontor schema version 1: storage metadata, change log, audit log, shop settings, catalog.
-- Conventions: every synced table has a 16-byte UUID `id` (unique) next to an integer primary key
-- that stays local; times are int64 UTC milliseconds; money is integer minor units; rates are
-- basis points; `hlc` is the hybrid logical clock stamp of the row's last change.

PRAGMA application_id = 1263424594; -- 0x4B4E5452 "KNTR"

CREATE TABLE local_meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) WITHOUT ROWID;

-- One row per change to a synced table, written in the change's own transaction.
CREATE TABLE change_log (
    seq        INTEGER PRIMARY KEY AUTOINCREMENT,
    hlc        INTEGER NOT NULL,
    device_id  BLOB NOT NULL,
    user_id    BLOB,
    table_name TEXT NOT NULL,
    row_id     BLOB NOT NULL,
    op         TEXT NOT NULL CHECK (op IN ('insert', 'update', 'delete')),
    payload    TEXT NOT NULL
);
CREATE INDEX change_log_row ON change_log(table_name, row_id);

-- Who did what and when, with before/after values. Append-only.
CREATE TABLE audit_log (
    seq       INTEGER PRIMARY KEY AUTOINCREMENT,
    at        INTEGER NOT NULL,
    user_id   BLOB,
    user_name TEXT NOT NULL,
    action    TEXT NOT NULL,
    entity    TEXT NOT NULL,
    entity_id BLOB,
    summary   TEXT NOT NULL DEFAULT '',
    before    TEXT,
    after     TEXT
);
CREATE INDEX audit_log_entity ON audit_log(entity, entity_id);
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'the audit log is append-only');
END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'the audit log is append-only');
END;

-- Shop-wide settings shared by every device (currency, prices with or without VAT, ...).
CREATE TABLE shop_settings (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL,
    hlc   INTEGER NOT NULL DEFAULT 0
) WITHOUT ROWID;
INSERT INTO shop_settings(key, value) VALUES ('currency', 'RUB');

CREATE TABLE categories (
    local_id   INTEGER PRIMARY KEY,
    id         BLOB NOT NULL UNIQUE,
    parent_id  BLOB REFERENCES categories(id),
    name       TEXT NOT NULL,
    deleted    INTEGER NOT NULL DEFAULT 0,
    hlc        INTEGER NOT NULL,
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL
);
CREATE INDEX categories_parent ON categories(parent_id);

CREATE TABLE products (
    local_id    INTEGER PRIMARY KEY,
    id          BLOB NOT NULL UNIQUE,
    sku         TEXT NOT NULL,
    name        TEXT NOT NULL,
    description TEXT NOT NULL DEFAULT '',
    category_id BLOB REFERENCES categories(id),
    unit        TEXT NOT NULL DEFAULT 'pcs' CHECK (unit IN ('pcs', 'kg', 'm', 'l')),
    currency    TEXT NOT NULL,
    list_price  INTEGER NOT NULL DEFAULT 0,
    cost        INTEGER,
    vat_rate    INTEGER,
    weight_g    INTEGER,
    parent_id   BLOB REFERENCES products(id),
    attributes  TEXT NOT NULL DEFAULT '{}',
    archived    INTEGER NOT NULL DEFAULT 0,
    deleted     INTEGER NOT NULL DEFAULT 0,
    search_text TEXT NOT NULL DEFAULT '',
    hlc         INTEGER NOT NULL,
    created_at  INTEGER NOT NULL,
    updated_at  INTEGER NOT NULL
);
CREATE UNIQUE INDEX products_sku ON products(sku COLLATE NOCASE) WHERE deleted = 0;
CREATE INDEX products_parent ON products(parent_id) WHERE parent_id IS NOT NULL;
CREATE INDEX products_category ON products(category_id) WHERE category_id IS NOT NULL;

CREATE TABLE product_barcodes (
    local_id   INTEGER PRIMARY KEY,
    id         BLOB NOT NULL UNIQUE,
    product_id BLOB NOT NULL REFERENCES products(id),
    code       TEXT NOT NULL UNIQUE,
    kind       TEXT NOT NULL CHECK (kind IN ('ean13', 'upca', 'ean8', 'internal')),
    hlc        INTEGER NOT NULL
);
CREATE INDEX product_barcodes_product ON product_barcodes(product_id);

-- Substring search over the normalised search text (case-folded, ё as е): the trigram tokenizer
-- finds "081" inside "00081". Kept in step with products by triggers.
CREATE VIRTUAL TABLE products_fts USING fts5(
    search_text, content = 'products', content_rowid = 'local_id', tokenize = 'trigram');
CREATE TRIGGER products_fts_insert AFTER INSERT ON products
BEGIN
    INSERT INTO products_fts(rowid, search_text) VALUES (new.local_id, new.search_text);
END;
CREATE TRIGGER products_fts_delete AFTER DELETE ON products
BEGIN
    INSERT INTO products_fts(products_fts, rowid, search_text) VALUES ('delete', old.local_id, old.search_text);
END;
CREATE TRIGGER products_fts_update AFTER UPDATE OF search_text ON products
BEGIN
    INSERT INTO products_fts(products_fts, rowid, search_text) VALUES ('delete', old.local_id, old.search_text);
    INSERT INTO products_fts(rowid, search_text) VALUES (new.local_id, new.search_text);
END;

-- Saved column mappings for CSV import, by name.
CREATE TABLE import_profiles (
    name       TEXT PRIMARY KEY,
    kind       TEXT NOT NULL,
    mapping    TEXT NOT NULL,
    updated_at INTEGER NOT NULL
) WITHOUT ROWID;
