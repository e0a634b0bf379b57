-- The day a placement's persons moved on from temporary housing to follow-up housing: their place is free from then.
ALTER TABLE unit_placement ADD COLUMN moved_on DATE;
