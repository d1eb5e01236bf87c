-- What a reader opened lately, for "onlangs bekeken". Only item ids and times; at most 20 per reader.
CREATE TABLE item_view (
    id         UUID                     NOT NULL,
    username   VARCHAR(100)             NOT NULL,
    item_id    UUID                     NOT NULL,
    viewed_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_item_view PRIMARY KEY (id),
    CONSTRAINT uq_item_view UNIQUE (username, item_id),
    CONSTRAINT fk_item_view_item FOREIGN KEY (item_id) REFERENCES toolkit_item (id) ON DELETE CASCADE
);
