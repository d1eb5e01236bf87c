-- The synonym list of the field, as experts keep it in the portal (one row: the current list).
-- Search reads it at start and after every change; the version guards against silent overwrites.
CREATE TABLE synonym_list (
    id          INTEGER                  NOT NULL,
    list_text   VARCHAR(100000)          NOT NULL,
    version     BIGINT                   NOT NULL,
    changed_by  VARCHAR(100)             NOT NULL,
    changed_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_synonym_list PRIMARY KEY (id),
    CONSTRAINT ck_synonym_list_single CHECK (id = 1)
);

-- Content gaps: per month and normalised query text, how often a search found nothing, how often
-- its results were shown in the portal and how often one of them was opened. No user identity, no
-- time finer than the month; query texts with digits are never stored.
CREATE TABLE search_gap (
    search_month     CHAR(7)      NOT NULL,
    query_text       VARCHAR(100) NOT NULL,
    without_results  INTEGER      NOT NULL,
    results_shown    INTEGER      NOT NULL,
    results_opened   INTEGER      NOT NULL,
    CONSTRAINT pk_search_gap PRIMARY KEY (search_month, query_text)
);
