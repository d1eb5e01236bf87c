-- A toolkit item's short name (slug) is unique within its scope only: the national toolkit, or
-- one municipality. A globally unique slug let an expert of one municipality learn that another
-- municipality had an item with that name (409 on create), which tenant isolation forbids.
-- Portable SQL for H2 and PostgreSQL.

ALTER TABLE toolkit_item ADD COLUMN slug_scope VARCHAR(16);

UPDATE toolkit_item SET slug_scope = COALESCE(municipality_code, '*');

ALTER TABLE toolkit_item ALTER COLUMN slug_scope SET NOT NULL;

ALTER TABLE toolkit_item DROP CONSTRAINT uq_toolkit_item_slug;

ALTER TABLE toolkit_item ADD CONSTRAINT uq_toolkit_item_slug_in_scope UNIQUE (slug, slug_scope);
