-- Kontor schema version 2: a sale price beside the regular list price (WooCommerce's "Sale price";
-- marketplaces' discounted price). NULL: no sale.
ALTER TABLE products ADD COLUMN sale_price INTEGER CHECK (sale_price IS NULL OR sale_price >= 0);
