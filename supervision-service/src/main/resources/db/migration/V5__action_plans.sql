-- Action plans (plan van aanpak) of municipalities, recorded by province staff. version rises with every change
-- and travels in nl.permitholders.supervision.action-plan-updated.v1.
CREATE TABLE action_plan (
    id                 UUID PRIMARY KEY,
    municipality_code  TEXT        NOT NULL,
    title              TEXT        NOT NULL,
    adopted_on         DATE        NOT NULL,
    version            INT         NOT NULL,
    recorded_at        TIMESTAMPTZ NOT NULL
);
CREATE INDEX action_plan_municipality ON action_plan (municipality_code, adopted_on);

-- Every version of every measure, never changed: the highest version of a measure is how it now stands, the others
-- are its history. expected_housed is JSON: [{"period":"2025-H1","persons":15}, ...].
CREATE TABLE measure_version (
    id               UUID PRIMARY KEY,
    measure_id       UUID        NOT NULL,
    version          INT         NOT NULL,
    action_plan_id   UUID        NOT NULL REFERENCES action_plan (id),
    plan_version     INT         NOT NULL,
    title            TEXT        NOT NULL,
    term             TEXT        NOT NULL,
    status           TEXT        NOT NULL,
    expected_housed  TEXT        NOT NULL,
    reason           TEXT,
    changed_by       TEXT        NOT NULL,
    recorded_at      TIMESTAMPTZ NOT NULL,
    UNIQUE (measure_id, version)
);
CREATE INDEX measure_version_plan ON measure_version (action_plan_id, measure_id, version);
