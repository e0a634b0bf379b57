-- listPopulations reads the current figures of one reference date a page at a time, by municipality code, and finds
-- each municipality's highest version there. The unique key leads with the municipality, so a date's page scanned
-- every population of every year; this index reads the date's rows in the page's order and each highest version.
CREATE INDEX population_reference_date ON population (reference_date, municipality_code, version);
