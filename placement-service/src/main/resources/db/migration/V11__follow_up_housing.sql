-- Whether a placement's persons still need follow-up housing (temporary housing), decided when it is recorded and
-- published with it, and the day they moved on to follow-up housing. Placements recorded before were published with
-- FLEX and INTERMEDIATE as temporary housing; they keep what supervision was told, so that their persons can move on.
ALTER TABLE placement
    ADD COLUMN temporary_housing BOOLEAN,
    ADD COLUMN moved_on          DATE;
UPDATE placement SET temporary_housing = unit_type IN ('FLEX', 'INTERMEDIATE') WHERE unit_type IS NOT NULL;
ALTER TABLE placement ADD CHECK (moved_on IS NULL OR temporary_housing);
