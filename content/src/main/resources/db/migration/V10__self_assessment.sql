-- Diversity self-assessment of teams: checklist template versions (immutable once published),
-- rounds of a team on one template version, and each member's own answers. Portable SQL for H2
-- and PostgreSQL.

CREATE TABLE checklist_template (
    id              UUID                     NOT NULL,
    code            VARCHAR(64)              NOT NULL,
    version_number  INTEGER                  NOT NULL,
    title           VARCHAR(200)             NOT NULL,
    document        VARCHAR(200000)          NOT NULL,
    published_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    version         BIGINT                   NOT NULL,
    CONSTRAINT pk_checklist_template PRIMARY KEY (id),
    CONSTRAINT uq_checklist_template_version UNIQUE (code, version_number)
);

CREATE TABLE assessment_round (
    id                 UUID                     NOT NULL,
    template_id        UUID                     NOT NULL,
    municipality_code  VARCHAR(16)              NOT NULL,
    team_code          VARCHAR(64)              NOT NULL,
    period             VARCHAR(80)              NOT NULL,
    closes_on          DATE                     NOT NULL,
    started_by         VARCHAR(100)             NOT NULL,
    started_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    version            BIGINT                   NOT NULL,
    CONSTRAINT pk_assessment_round PRIMARY KEY (id),
    CONSTRAINT fk_assessment_round_template FOREIGN KEY (template_id) REFERENCES checklist_template (id)
);

CREATE INDEX ix_assessment_round_team ON assessment_round (municipality_code, team_code);

CREATE TABLE round_response (
    id            UUID                     NOT NULL,
    round_id      UUID                     NOT NULL,
    member        VARCHAR(100)             NOT NULL,
    answers       VARCHAR(20000)           NOT NULL,
    submitted_at  TIMESTAMP WITH TIME ZONE,
    version       BIGINT                   NOT NULL,
    CONSTRAINT pk_round_response PRIMARY KEY (id),
    CONSTRAINT uq_round_response_member UNIQUE (round_id, member),
    CONSTRAINT fk_round_response_round FOREIGN KEY (round_id) REFERENCES assessment_round (id)
);
