-- A corporation's report that a unit becomes available (mutatie); idempotent on the corporation's own id.
CREATE TABLE vacancy (
    id                 UUID        PRIMARY KEY,
    corporation_id     TEXT        NOT NULL,
    external_id        TEXT        NOT NULL,
    municipality_code  TEXT        NOT NULL,
    available_from     DATE        NOT NULL,
    unit_external_id   TEXT,
    unit_id            UUID,
    reported_at        TIMESTAMPTZ NOT NULL,
    UNIQUE (corporation_id, external_id)
);
CREATE INDEX vacancy_municipality_date ON vacancy (municipality_code, available_from);
CREATE INDEX vacancy_corporation_date ON vacancy (corporation_id, available_from);
