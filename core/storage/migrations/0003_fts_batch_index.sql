-- Kontor schema version 3: new products are added to the search index by the code that inserts
-- them, once per batch, instead of by a trigger per row. FTS5 flushes its pending terms at every
-- statement savepoint, so the trigger made every imported product its own index segment (about
-- half the cost of an import). Updates and deletes keep their trigger.
DROP TRIGGER products_fts_insert;
