-- Municipalities exist from/until a date (mergers take effect on 1 January); history is kept, not overwritten.
-- valid_until is the last day the municipality existed; NULL = still exists.
ALTER TABLE municipality ADD COLUMN valid_from DATE, ADD COLUMN valid_until DATE;

-- CBS population per municipality on a reference date (1 January); corrections are new versions.
CREATE TABLE population (
    id                 BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    municipality_code  TEXT        NOT NULL REFERENCES municipality (code),
    reference_date     DATE        NOT NULL,
    version            INT         NOT NULL,
    persons            INT         NOT NULL CHECK (persons >= 0),
    source             TEXT        NOT NULL,
    recorded_at        TIMESTAMPTZ NOT NULL,
    UNIQUE (municipality_code, reference_date, version)
);

-- The national total per half-year and how it was distributed (R1); every version kept.
CREATE TABLE national_quota_version (
    id                   BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    period               TEXT        NOT NULL,
    version              INT         NOT NULL,
    persons              INT         NOT NULL CHECK (persons >= 0),
    reason               TEXT        NOT NULL,
    reference_date       DATE        NOT NULL,
    national_population  BIGINT      NOT NULL,
    sum_of_quotas        INT         NOT NULL,
    recorded_at          TIMESTAMPTZ NOT NULL,
    UNIQUE (period, version)
);
CREATE TABLE national_quota_share (
    national_quota_id  BIGINT NOT NULL REFERENCES national_quota_version (id),
    municipality_code  TEXT   NOT NULL REFERENCES municipality (code),
    population         INT    NOT NULL,
    quota              INT    NOT NULL,
    PRIMARY KEY (national_quota_id, municipality_code)
);

-- Exchanges between municipalities (R2): the deltas of one exchange sum to zero.
CREATE TABLE quota_exchange (
    id           UUID PRIMARY KEY,
    period       TEXT        NOT NULL,
    reason       TEXT        NOT NULL,
    recorded_at  TIMESTAMPTZ NOT NULL
);
CREATE TABLE quota_exchange_change (
    exchange_id        UUID NOT NULL REFERENCES quota_exchange (id),
    municipality_code  TEXT NOT NULL REFERENCES municipality (code),
    delta              INT  NOT NULL CHECK (delta <> 0),
    PRIMARY KEY (exchange_id, municipality_code)
);
CREATE INDEX quota_exchange_change_municipality ON quota_exchange_change (municipality_code);

-- Mergers (R3): the new municipality takes over the merged ones' backlog and quotas from the effective date.
CREATE TABLE merger (
    id                     UUID PRIMARY KEY,
    new_municipality_code  TEXT        NOT NULL UNIQUE REFERENCES municipality (code),
    effective_date         DATE        NOT NULL,
    reason                 TEXT        NOT NULL,
    recorded_at            TIMESTAMPTZ NOT NULL
);
CREATE TABLE merger_part (
    merger_id          UUID NOT NULL REFERENCES merger (id),
    municipality_code  TEXT NOT NULL UNIQUE REFERENCES municipality (code),
    PRIMARY KEY (merger_id, municipality_code)
);
