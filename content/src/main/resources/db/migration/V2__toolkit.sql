-- The toolkit: items, their revisions (the working one and the immutable published versions),
-- and the audit trail. Portable SQL for H2 and PostgreSQL.

CREATE TABLE toolkit_item (
    id                 UUID                     NOT NULL,
    slug               VARCHAR(100)             NOT NULL,
    kind               VARCHAR(40)              NOT NULL,
    municipality_code  VARCHAR(16),
    owner              VARCHAR(100)             NOT NULL,
    status             VARCHAR(20)              NOT NULL,
    submitted_by       VARCHAR(100),
    review_comment     VARCHAR(2000),
    created_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    version            BIGINT                   NOT NULL,
    CONSTRAINT pk_toolkit_item PRIMARY KEY (id),
    CONSTRAINT uq_toolkit_item_slug UNIQUE (slug),
    CONSTRAINT fk_toolkit_item_municipality FOREIGN KEY (municipality_code) REFERENCES municipality (code)
);

CREATE INDEX ix_toolkit_item_status ON toolkit_item (status);
CREATE INDEX ix_toolkit_item_municipality ON toolkit_item (municipality_code);

CREATE TABLE item_revision (
    id               UUID                     NOT NULL,
    item_id          UUID                     NOT NULL,
    revision_number  INTEGER                  NOT NULL,
    title            VARCHAR(150)             NOT NULL,
    summary          VARCHAR(500)             NOT NULL,
    body             VARCHAR(100000)          NOT NULL,
    evidence_level   VARCHAR(32),
    review_by        DATE,
    created_by       VARCHAR(100)             NOT NULL,
    last_editor      VARCHAR(100)             NOT NULL,
    updated_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    published_at     TIMESTAMP WITH TIME ZONE,
    reviewer         VARCHAR(100),
    CONSTRAINT pk_item_revision PRIMARY KEY (id),
    CONSTRAINT uq_item_revision_number UNIQUE (item_id, revision_number),
    CONSTRAINT fk_item_revision_item FOREIGN KEY (item_id) REFERENCES toolkit_item (id) ON DELETE CASCADE
);

CREATE TABLE revision_life_domain (
    revision_id  UUID        NOT NULL,
    life_domain  VARCHAR(32) NOT NULL,
    CONSTRAINT pk_revision_life_domain PRIMARY KEY (revision_id, life_domain),
    CONSTRAINT fk_revision_life_domain FOREIGN KEY (revision_id) REFERENCES item_revision (id) ON DELETE CASCADE
);

CREATE TABLE revision_theme (
    revision_id  UUID        NOT NULL,
    sort_order   INTEGER     NOT NULL,
    theme        VARCHAR(80) NOT NULL,
    CONSTRAINT pk_revision_theme PRIMARY KEY (revision_id, sort_order),
    CONSTRAINT fk_revision_theme FOREIGN KEY (revision_id) REFERENCES item_revision (id) ON DELETE CASCADE
);

CREATE TABLE revision_target_group (
    revision_id   UUID        NOT NULL,
    sort_order    INTEGER     NOT NULL,
    target_group  VARCHAR(80) NOT NULL,
    CONSTRAINT pk_revision_target_group PRIMARY KEY (revision_id, sort_order),
    CONSTRAINT fk_revision_target_group FOREIGN KEY (revision_id) REFERENCES item_revision (id) ON DELETE CASCADE
);

CREATE TABLE revision_source (
    revision_id  UUID         NOT NULL,
    sort_order   INTEGER      NOT NULL,
    source       VARCHAR(500) NOT NULL,
    CONSTRAINT pk_revision_source PRIMARY KEY (revision_id, sort_order),
    CONSTRAINT fk_revision_source FOREIGN KEY (revision_id) REFERENCES item_revision (id) ON DELETE CASCADE
);

-- Who published, archived, restored or otherwise changed what, and when.
CREATE TABLE audit_entry (
    id                 UUID                     NOT NULL,
    occurred_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    actor              VARCHAR(100)             NOT NULL,
    action             VARCHAR(40)              NOT NULL,
    subject_kind       VARCHAR(40)              NOT NULL,
    subject_id         VARCHAR(100)             NOT NULL,
    municipality_code  VARCHAR(16),
    detail             VARCHAR(1000),
    CONSTRAINT pk_audit_entry PRIMARY KEY (id)
);

CREATE INDEX ix_audit_entry_subject ON audit_entry (subject_kind, subject_id);
