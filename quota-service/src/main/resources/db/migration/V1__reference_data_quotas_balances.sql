CREATE TABLE province (
    code  TEXT PRIMARY KEY,
    name  TEXT NOT NULL
);

CREATE TABLE municipality (
    code           TEXT PRIMARY KEY,
    name           TEXT NOT NULL,
    province_code  TEXT NOT NULL REFERENCES province (code)
);
CREATE INDEX municipality_province ON municipality (province_code);

-- Every quota ever set for a municipality and half-year; the highest version is the current one.
CREATE TABLE quota_version (
    id                 BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    municipality_code  TEXT        NOT NULL REFERENCES municipality (code),
    period             TEXT        NOT NULL,
    version            INT         NOT NULL,
    persons            INT         NOT NULL CHECK (persons >= 0),
    basis              TEXT        NOT NULL,
    reason             TEXT        NOT NULL,
    recorded_at        TIMESTAMPTZ NOT NULL,
    UNIQUE (municipality_code, period, version)
);

-- The backlog a municipality had when it joined the system, carried into a half-year; history kept.
CREATE TABLE opening_balance_version (
    id                 BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    municipality_code  TEXT        NOT NULL REFERENCES municipality (code),
    version            INT         NOT NULL,
    period             TEXT        NOT NULL,
    backlog            INT         NOT NULL,
    recorded_at        TIMESTAMPTZ NOT NULL,
    UNIQUE (municipality_code, version)
);
