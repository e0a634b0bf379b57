-- Family members (nareizigers) who arrived to join a housed referent; they count on arrived_on (R5). Counts only (R9).
CREATE TABLE reunification (
    id                 UUID PRIMARY KEY,
    coupling_id        UUID        NOT NULL REFERENCES coupling (id),
    municipality_code  TEXT        NOT NULL,
    persons            INT         NOT NULL CHECK (persons >= 1),
    arrived_on         DATE        NOT NULL,
    recorded_at        TIMESTAMPTZ NOT NULL
);
CREATE INDEX reunification_coupling ON reunification (coupling_id, arrived_on);
