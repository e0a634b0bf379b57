-- Family members who joined a referent in temporary housing: the placement they joined, so that they need follow-up
-- housing until its persons move on. Null for every other entry, and for family members projected before it was kept.
ALTER TABLE ledger_entry ADD COLUMN joined_placement TEXT;
