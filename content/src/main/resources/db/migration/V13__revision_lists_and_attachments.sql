-- 1. The ordered lists of a revision (themes, target groups, sources) are keyed by revision, position
-- and value. EclipseLink addresses each row of an ordered element collection by exactly those three
-- and runs its inserts, moves and deletes in no fixed order: with a key of revision and position
-- alone, replacing ["a"] by ["x"] or swapping two themes briefly held two rows at one position and
-- the save failed. A list now holds each value once (EclipseLink deletes every copy of a value when
-- one copy leaves the list), so copies stored before are dropped, keeping the first, and the
-- positions renumbered without gaps. Portable SQL for H2 and PostgreSQL.
CREATE TABLE v13_theme AS
SELECT revision_id, theme, ROW_NUMBER() OVER (PARTITION BY revision_id ORDER BY MIN(sort_order)) - 1 AS position
FROM revision_theme GROUP BY revision_id, theme;
DELETE FROM revision_theme;
INSERT INTO revision_theme (revision_id, sort_order, theme) SELECT revision_id, position, theme FROM v13_theme;
DROP TABLE v13_theme;

CREATE TABLE v13_target_group AS
SELECT revision_id, target_group, ROW_NUMBER() OVER (PARTITION BY revision_id ORDER BY MIN(sort_order)) - 1 AS position
FROM revision_target_group GROUP BY revision_id, target_group;
DELETE FROM revision_target_group;
INSERT INTO revision_target_group (revision_id, sort_order, target_group) SELECT revision_id, position, target_group FROM v13_target_group;
DROP TABLE v13_target_group;

CREATE TABLE v13_source AS
SELECT revision_id, source, ROW_NUMBER() OVER (PARTITION BY revision_id ORDER BY MIN(sort_order)) - 1 AS position
FROM revision_source GROUP BY revision_id, source;
DELETE FROM revision_source;
INSERT INTO revision_source (revision_id, sort_order, source) SELECT revision_id, position, source FROM v13_source;
DROP TABLE v13_source;

ALTER TABLE revision_theme DROP CONSTRAINT pk_revision_theme;
ALTER TABLE revision_theme ADD CONSTRAINT pk_revision_theme PRIMARY KEY (revision_id, sort_order, theme);
ALTER TABLE revision_target_group DROP CONSTRAINT pk_revision_target_group;
ALTER TABLE revision_target_group ADD CONSTRAINT pk_revision_target_group PRIMARY KEY (revision_id, sort_order, target_group);
ALTER TABLE revision_source DROP CONSTRAINT pk_revision_source;
ALTER TABLE revision_source ADD CONSTRAINT pk_revision_source PRIMARY KEY (revision_id, sort_order, source);

-- 2. Files belong to revisions, so they pass the same four eyes as the text: a file added to a
-- published item goes to its draft and readers see it once a second expert approves that draft.
-- A new draft starts with the files of the version it starts from (the same rows, not copies).
CREATE TABLE revision_attachment (
    revision_id    UUID NOT NULL,
    attachment_id  UUID NOT NULL,
    CONSTRAINT pk_revision_attachment PRIMARY KEY (revision_id, attachment_id),
    CONSTRAINT fk_revision_attachment_revision FOREIGN KEY (revision_id) REFERENCES item_revision (id) ON DELETE CASCADE,
    CONSTRAINT fk_revision_attachment_file FOREIGN KEY (attachment_id) REFERENCES attachment (id) ON DELETE CASCADE
);

CREATE INDEX ix_revision_attachment_file ON revision_attachment (attachment_id);

-- Files stored before this change stay where people saw them: with the latest published version
-- and with the open draft of their item.
INSERT INTO revision_attachment (revision_id, attachment_id)
SELECT r.id, a.id
FROM attachment a
JOIN item_revision r ON r.item_id = a.item_id
WHERE r.published_at IS NULL
   OR r.revision_number = (SELECT MAX(p.revision_number) FROM item_revision p
                           WHERE p.item_id = r.item_id AND p.published_at IS NOT NULL);
