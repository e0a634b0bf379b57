-- R3: the mergers quota-service publishes, so that a service lets the continuing municipality answer for the merged
-- ones' objects from the merger date on (nl.permitholders.platform.merger.Succession). Services that own no objects of
-- a municipality leave it empty.
-- A repeatable migration, because the platform's scripts run before each service's own numbered ones and a new
-- platform version would sort below versions a database already has: keep every statement idempotent.
CREATE TABLE IF NOT EXISTS municipality_merger (
    merged_code     TEXT PRIMARY KEY,
    continuing_code TEXT NOT NULL,
    effective_date  DATE NOT NULL,
    merger_id       UUID NOT NULL
);
-- R3, splits: a municipality split over others, one row per receiving municipality. Until COA names the receiver of one
-- of its open couplings, every receiver reads it, as "te verdelen".
CREATE TABLE IF NOT EXISTS municipality_split_receiver (
    split_code     TEXT    NOT NULL,
    receiver_code  TEXT    NOT NULL,
    position       INTEGER NOT NULL,
    share          BIGINT  NOT NULL,
    effective_date DATE    NOT NULL,
    split_id       UUID    NOT NULL,
    PRIMARY KEY (split_code, receiver_code)
);
