-- Populations learned from quota.events (nl.permitholders.quota.population-set.v1): per municipality and reference date
-- (1 January) the highest version published, for the map's backlog per 1,000 inhabitants.
CREATE TABLE population (
    municipality_code  TEXT    NOT NULL,
    reference_date     DATE    NOT NULL,
    persons            INT     NOT NULL CHECK (persons >= 0),
    version            INT     NOT NULL,
    PRIMARY KEY (municipality_code, reference_date)
);
CREATE INDEX population_reference_date ON population (reference_date);
