-- Who did what to a coupling (or its offers, placements, reunifications), when and why. Append-only.
CREATE TABLE audit_entry (
    id           BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    coupling_id  UUID        NOT NULL REFERENCES coupling (id),
    action       TEXT        NOT NULL,
    subject_id   UUID        NOT NULL,
    actor        TEXT        NOT NULL,
    reason       TEXT,
    details      TEXT        NOT NULL,
    at           TIMESTAMPTZ NOT NULL
);
CREATE INDEX audit_entry_coupling ON audit_entry (coupling_id, id);
