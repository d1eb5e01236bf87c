-- The languages a revision is available in: Dutch always, plus every language its interview-guide
-- questions are all translated into. Existing revisions are Dutch.
CREATE TABLE revision_language (
    revision_id  UUID        NOT NULL,
    language     VARCHAR(8)  NOT NULL,
    CONSTRAINT pk_revision_language PRIMARY KEY (revision_id, language),
    CONSTRAINT fk_revision_language FOREIGN KEY (revision_id) REFERENCES item_revision (id) ON DELETE CASCADE
);

INSERT INTO revision_language (revision_id, language) SELECT id, 'NL' FROM item_revision;
