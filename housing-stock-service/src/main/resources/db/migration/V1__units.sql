-- A housing unit as registered by its owner; the owner's own id makes registration idempotent.
CREATE TABLE unit (
    id                 UUID        PRIMARY KEY,
    external_id        TEXT        NOT NULL,
    owner_id           TEXT        NOT NULL,
    municipality_code  TEXT        NOT NULL,
    type               TEXT        NOT NULL,
    capacity           INT         NOT NULL CHECK (capacity >= 1),
    registered_at      TIMESTAMPTZ NOT NULL,
    UNIQUE (owner_id, external_id)
);
CREATE INDEX unit_municipality ON unit (municipality_code);
