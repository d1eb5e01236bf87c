-- Files that go with toolkit items. ${binary_type} is BYTEA on PostgreSQL and BLOB on H2.
CREATE TABLE attachment (
    id           UUID                     NOT NULL,
    item_id      UUID                     NOT NULL,
    filename     VARCHAR(200)             NOT NULL,
    type         VARCHAR(10)              NOT NULL,
    size_bytes   BIGINT                   NOT NULL,
    content      ${binary_type}           NOT NULL,
    uploaded_by  VARCHAR(100)             NOT NULL,
    uploaded_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_attachment PRIMARY KEY (id),
    CONSTRAINT fk_attachment_item FOREIGN KEY (item_id) REFERENCES toolkit_item (id) ON DELETE CASCADE
);

CREATE INDEX ix_attachment_item ON attachment (item_id);
