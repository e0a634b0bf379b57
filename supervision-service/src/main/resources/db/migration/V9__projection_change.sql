-- Which municipalities each version of the projection changed, so that a reader holding figures computed at an older
-- version computes again only those (the country's figures: a million ledger entries read for one changed
-- municipality otherwise). Written in the same transaction that raises the version. municipality_codes NULL: anything
-- may have changed (a province's name, a rebuild's exchange). Only the latest versions are kept; a reader whose
-- version is older than the oldest row computes everything again.
CREATE TABLE projection_change (
    version            BIGINT PRIMARY KEY,
    municipality_codes TEXT[]
);
