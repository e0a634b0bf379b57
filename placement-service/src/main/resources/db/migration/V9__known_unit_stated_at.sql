-- The time (ce_time) of the unit-registered or unit-corrected event a known unit's description comes from: a statement
-- older than that one, delivered late (a publication that failed and was sent again after later ones), changes nothing.
ALTER TABLE known_unit ADD COLUMN stated_at TIMESTAMPTZ;
