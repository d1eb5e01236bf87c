-- An item's own translations (title, summary, body per language, with status) travel with its revision.
ALTER TABLE item_revision ADD COLUMN translations_json VARCHAR(400000);
