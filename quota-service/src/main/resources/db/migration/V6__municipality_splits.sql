-- Splits (R3, CBS's opsplitsing): a municipality ceases to exist and its territory goes to two or more municipalities,
-- each with its share (its part of the population) as the law states it; a municipality is split at most once.
CREATE TABLE municipality_split (
    id                       UUID PRIMARY KEY,
    split_municipality_code  TEXT        NOT NULL UNIQUE REFERENCES municipality (code),
    effective_date           DATE        NOT NULL,
    reason                   TEXT        NOT NULL,
    recorded_at              TIMESTAMPTZ NOT NULL
);
CREATE TABLE municipality_split_part (
    split_id           UUID    NOT NULL REFERENCES municipality_split (id),
    municipality_code  TEXT    NOT NULL REFERENCES municipality (code),
    position           INTEGER NOT NULL,
    share              BIGINT  NOT NULL CHECK (share >= 1),
    PRIMARY KEY (split_id, municipality_code)
);
CREATE INDEX municipality_split_part_municipality ON municipality_split_part (municipality_code);
