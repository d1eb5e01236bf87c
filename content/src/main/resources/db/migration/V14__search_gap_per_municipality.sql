-- Content gaps per municipality: each count now belongs to the municipality of the professional
-- who searched, so experts see only the gaps of the municipalities they work for. The rows counted
-- so far have no municipality and nobody may see them any more, so they are dropped with the old
-- table (data minimisation: an unseen count has no use). Query texts are filtered for personal
-- data before they are stored; months older than brug.gaps.retention-months are deleted.
DROP TABLE search_gap;

CREATE TABLE search_gap (
    search_month       CHAR(7)      NOT NULL,
    municipality_code  VARCHAR(16)  NOT NULL,
    query_text         VARCHAR(100) NOT NULL,
    without_results    INTEGER      NOT NULL,
    results_shown      INTEGER      NOT NULL,
    results_opened     INTEGER      NOT NULL,
    CONSTRAINT pk_search_gap PRIMARY KEY (search_month, municipality_code, query_text)
);
