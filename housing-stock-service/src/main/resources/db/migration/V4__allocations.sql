-- An allocation (toewijzing) of a unit to a household, as a corporation's allocation system reported it;
-- idempotent on (organisation, idExtern). Counts only: nothing that identifies the household (R9).
CREATE TABLE allocation (
    id                       UUID        PRIMARY KEY,
    corporation_id           TEXT        NOT NULL,
    external_id              TEXT        NOT NULL,
    municipality_code        TEXT        NOT NULL,
    unit_reference           TEXT        NOT NULL,
    unit_id                  UUID,
    allocated_on             DATE        NOT NULL,
    persons                  INT         NOT NULL CHECK (persons >= 1),
    permit_holders           BOOLEAN     NOT NULL,
    additional_target_group  TEXT,
    recorded_at              TIMESTAMPTZ NOT NULL,
    UNIQUE (corporation_id, external_id)
);
CREATE INDEX allocation_municipality_date ON allocation (municipality_code, allocated_on);
CREATE INDEX allocation_corporation_date ON allocation (corporation_id, allocated_on);
