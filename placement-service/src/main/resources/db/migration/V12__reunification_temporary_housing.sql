-- Family members who join a referent in temporary housing need follow-up housing too, and move on with the referent's
-- persons: whether they did, and the placement they joined. Reunifications recorded before joined none.
ALTER TABLE reunification
    ADD COLUMN temporary_housing   BOOLEAN NOT NULL DEFAULT FALSE,
    ADD COLUMN joined_placement_id UUID REFERENCES placement (id);
ALTER TABLE reunification ADD CHECK (temporary_housing = (joined_placement_id IS NOT NULL));
CREATE INDEX reunification_joined_placement ON reunification (joined_placement_id) WHERE joined_placement_id IS NOT NULL;
