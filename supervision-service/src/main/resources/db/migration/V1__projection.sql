-- Reference data learned from quota.events.
CREATE TABLE province (
    code  TEXT PRIMARY KEY,
    name  TEXT NOT NULL
);

CREATE TABLE municipality (
    code           TEXT PRIMARY KEY,
    name           TEXT NOT NULL,
    province_code  TEXT NOT NULL
);

-- Every fact that moves a municipality's figures, one row per event. The figures are computed from these rows,
-- so they do not depend on the order in which events arrive, and every figure can be explained by its rows.
CREATE TABLE ledger_entry (
    event_id           UUID        PRIMARY KEY,
    event_type         TEXT        NOT NULL,
    municipality_code  TEXT        NOT NULL,
    kind               TEXT        NOT NULL,
    period             TEXT,
    effective_date     DATE,
    persons            INT         NOT NULL,
    version            INT,
    reference          TEXT,
    occurred_at        TIMESTAMPTZ
);
CREATE INDEX ledger_entry_municipality ON ledger_entry (municipality_code);
