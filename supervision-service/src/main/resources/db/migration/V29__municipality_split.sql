-- R3, splits (CBS's opsplitsing): a municipality split over others, one row per receiver with its share (its part of the
-- population), as quota-service published it. Each receiver carries its share of the split one's backlog into the
-- split's half-year.
CREATE TABLE municipality_split (
    split_code       TEXT        NOT NULL,
    receiver_code    TEXT        NOT NULL,
    position         INTEGER     NOT NULL,
    share            BIGINT      NOT NULL CHECK (share >= 1),
    effective_period TEXT        NOT NULL,
    stated_at        TIMESTAMPTZ,
    PRIMARY KEY (split_code, receiver_code)
);
CREATE INDEX municipality_split_receiver ON municipality_split (receiver_code);
