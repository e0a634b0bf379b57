-- Planned capacity: projects with their expected delivery per half-year, and what was delivered.
CREATE TABLE capacity_project (
    id                    UUID        PRIMARY KEY,
    owner_id              TEXT        NOT NULL,
    external_id           TEXT        NOT NULL,
    municipality_code     TEXT        NOT NULL,
    name                  TEXT        NOT NULL,
    type                  TEXT        NOT NULL,
    units                 INT         NOT NULL CHECK (units >= 1),
    permit_holder_places  INT         NOT NULL CHECK (permit_holder_places >= 0),
    registered_at         TIMESTAMPTZ NOT NULL,
    planned_at            TIMESTAMPTZ NOT NULL,
    UNIQUE (owner_id, external_id)
);
CREATE INDEX capacity_project_municipality ON capacity_project (municipality_code);

CREATE TABLE capacity_expected_delivery (
    project_id            UUID NOT NULL REFERENCES capacity_project (id),
    period                TEXT NOT NULL,
    units                 INT  NOT NULL CHECK (units >= 0),
    permit_holder_places  INT  NOT NULL CHECK (permit_holder_places >= 0),
    PRIMARY KEY (project_id, period)
);

CREATE TABLE capacity_delivery (
    id                    UUID        PRIMARY KEY,
    project_id            UUID        NOT NULL REFERENCES capacity_project (id),
    delivered_on          DATE        NOT NULL,
    units                 INT         NOT NULL CHECK (units >= 1),
    permit_holder_places  INT         NOT NULL CHECK (permit_holder_places >= 0),
    recorded_at           TIMESTAMPTZ NOT NULL,
    UNIQUE (project_id, delivered_on)
);
