-- Mergers learned from quota.events (R3): each merged municipality's backlog carries into the new one.
CREATE TABLE merger (
    merged_code       TEXT PRIMARY KEY,
    new_code          TEXT NOT NULL,
    effective_period  TEXT NOT NULL
);
CREATE INDEX merger_new_code ON merger (new_code);
