-- A unit offered to a coupling. While OPEN it reserves the persons in the unit; a coupling has at most one open offer.
CREATE TABLE offer (
    id                 UUID PRIMARY KEY,
    coupling_id        UUID        NOT NULL REFERENCES coupling (id),
    unit_id            UUID        NOT NULL,
    municipality_code  TEXT        NOT NULL,
    persons            INT         NOT NULL CHECK (persons >= 1),
    offered_on         DATE        NOT NULL,
    status             TEXT        NOT NULL,
    closed_on          DATE,
    decline_reason     TEXT,
    recorded_at        TIMESTAMPTZ NOT NULL
);
CREATE UNIQUE INDEX offer_one_open_per_coupling ON offer (coupling_id) WHERE status = 'OPEN';
CREATE INDEX offer_open_in_unit ON offer (unit_id) WHERE status = 'OPEN';
CREATE INDEX offer_coupling ON offer (coupling_id, offered_on);
