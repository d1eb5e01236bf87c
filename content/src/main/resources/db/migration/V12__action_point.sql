-- Action points a team agrees on after a self-assessment round: about one dimension (and maybe one
-- statement) of the checklist, with an owner in the team, a due date, a status and toolkit items
-- that help. Portable SQL for H2 and PostgreSQL.

CREATE TABLE action_point (
    id                 UUID                     NOT NULL,
    municipality_code  VARCHAR(16)              NOT NULL,
    team_code          VARCHAR(64)              NOT NULL,
    round_id           UUID,
    dimension_code     VARCHAR(64)              NOT NULL,
    item_key           VARCHAR(64),
    description        VARCHAR(1000)            NOT NULL,
    owner              VARCHAR(100)             NOT NULL,
    due_on             DATE                     NOT NULL,
    status             VARCHAR(16)              NOT NULL,
    toolkit_slugs      VARCHAR(1000)            NOT NULL,
    created_by         VARCHAR(100)             NOT NULL,
    created_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    version            BIGINT                   NOT NULL,
    CONSTRAINT pk_action_point PRIMARY KEY (id),
    CONSTRAINT fk_action_point_round FOREIGN KEY (round_id) REFERENCES assessment_round (id),
    CONSTRAINT ck_action_point_status CHECK (status IN ('OPEN', 'IN_PROGRESS', 'DONE'))
);

CREATE INDEX ix_action_point_team ON action_point (municipality_code, team_code);
