-- Municipalities (gemeenten), their teams and the members who sign in.
-- Portable SQL: the same script runs on H2 (embedded default) and PostgreSQL (production).

CREATE TABLE municipality (
    code        VARCHAR(16)  NOT NULL,
    name        VARCHAR(100) NOT NULL,
    version     BIGINT       NOT NULL,
    CONSTRAINT pk_municipality PRIMARY KEY (code)
);

CREATE TABLE team (
    id                 UUID         NOT NULL,
    code               VARCHAR(64)  NOT NULL,
    municipality_code  VARCHAR(16)  NOT NULL,
    name               VARCHAR(120) NOT NULL,
    version            BIGINT       NOT NULL,
    CONSTRAINT pk_team PRIMARY KEY (id),
    CONSTRAINT uq_team_code UNIQUE (code),
    CONSTRAINT fk_team_municipality FOREIGN KEY (municipality_code) REFERENCES municipality (code)
);

CREATE INDEX ix_team_municipality ON team (municipality_code);

CREATE TABLE member (
    id                 UUID                     NOT NULL,
    username           VARCHAR(100)             NOT NULL,
    display_name       VARCHAR(150)             NOT NULL,
    municipality_code  VARCHAR(16),
    team_code          VARCHAR(64),
    first_sign_in      TIMESTAMP WITH TIME ZONE NOT NULL,
    last_sign_in       TIMESTAMP WITH TIME ZONE NOT NULL,
    version            BIGINT                   NOT NULL,
    CONSTRAINT pk_member PRIMARY KEY (id),
    CONSTRAINT uq_member_username UNIQUE (username)
);

CREATE INDEX ix_member_municipality ON member (municipality_code);

CREATE TABLE member_role (
    member_id  UUID        NOT NULL,
    role       VARCHAR(32) NOT NULL,
    CONSTRAINT pk_member_role PRIMARY KEY (member_id, role),
    CONSTRAINT fk_member_role_member FOREIGN KEY (member_id) REFERENCES member (id) ON DELETE CASCADE
);
