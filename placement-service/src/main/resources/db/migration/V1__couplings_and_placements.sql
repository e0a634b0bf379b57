-- A household of permit holders coupled by COA to a municipality. Counts only (R9): no names, BSN or V-numbers.
CREATE TABLE coupling (
    id                 UUID PRIMARY KEY,
    coa_reference      TEXT        NOT NULL UNIQUE,
    municipality_code  TEXT        NOT NULL,
    adults             INT         NOT NULL CHECK (adults >= 0),
    minors             INT         NOT NULL CHECK (minors >= 0),
    household_type     TEXT        NOT NULL,
    permit_date        DATE        NOT NULL,
    coupling_date      DATE        NOT NULL,
    status             TEXT        NOT NULL,
    registered_at      TIMESTAMPTZ NOT NULL,
    CHECK (adults + minors >= 1),
    CHECK (coupling_date >= permit_date)
);
CREATE INDEX coupling_municipality ON coupling (municipality_code, status);

-- Persons of a coupling housed on a date (R5: they count on that date for the coupling's municipality).
CREATE TABLE placement (
    id                 UUID PRIMARY KEY,
    coupling_id        UUID        NOT NULL REFERENCES coupling (id),
    municipality_code  TEXT        NOT NULL,
    persons            INT         NOT NULL CHECK (persons >= 1),
    housed_on          DATE        NOT NULL,
    recorded_at        TIMESTAMPTZ NOT NULL
);
CREATE INDEX placement_coupling ON placement (coupling_id);
