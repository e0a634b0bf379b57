-- What R1 reads of the register, the mergers and the populations, so that a scenario distributes a national total over
-- the municipalities as quota-service does (issue 71): the days a municipality exists, whether a merger's continuing
-- municipality absorbed the others and when the Rijk recorded it, whether the province set a population with a merger
-- and when it was recorded. Rows projected before these columns existed fill them from the next statement or a rebuild;
-- until then a municipality exists on every day, a merger's absorption follows from the register, and a population
-- counts as CBS's, recorded at its event's time (recorded_at NULL: the stated time of the merger is used).
ALTER TABLE municipality ADD COLUMN valid_from DATE, ADD COLUMN valid_until DATE;
ALTER TABLE merger ADD COLUMN absorption BOOLEAN, ADD COLUMN recorded_at TIMESTAMPTZ;
ALTER TABLE population ADD COLUMN set_with_a_merger BOOLEAN NOT NULL DEFAULT false, ADD COLUMN recorded_at TIMESTAMPTZ;

-- A scenario kept by name as a working paper (issue 71): the Rijk's (owner RIJK), or a province's own (owner its code).
-- What was asked (the half-years with a national total each, the assumptions); the figures are calculated when it is
-- read, on the figures of that day. Not an event, not open data, not part of the projection (a rebuild leaves it).
CREATE TABLE kept_scenario (
    owner        TEXT        NOT NULL CHECK (owner = 'RIJK' OR owner ~ '^PV[0-9]{2}$'),
    name         TEXT        NOT NULL,
    description  TEXT,
    request      JSONB       NOT NULL,
    kept_by      TEXT        NOT NULL,
    kept_at      TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (owner, name)
);
