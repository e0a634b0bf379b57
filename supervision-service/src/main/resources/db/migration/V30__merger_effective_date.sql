-- The merger's date (R3): from it the continuing municipality answers for the merged ones' waiting and overdue
-- couplings, as placement-service refuses new couplings to them from that date. Mergers projected before this column
-- existed get the first day of their half-year until a projection rebuild reads their events again.
ALTER TABLE merger ADD COLUMN effective_date DATE;
UPDATE merger SET effective_date = make_date(substr(effective_period, 1, 4)::int,
    CASE substr(effective_period, 6, 2) WHEN 'H1' THEN 1 ELSE 7 END, 1);
ALTER TABLE merger ALTER COLUMN effective_date SET NOT NULL;
