-- The split's date (R3): from it the receivers answer for the split municipality's couplings divided to them, and its
-- undivided open couplings are "te verdelen". Splits projected before this column existed get the first day of their
-- half-year until a projection rebuild reads their events again.
ALTER TABLE municipality_split ADD COLUMN effective_date DATE;
UPDATE municipality_split SET effective_date = make_date(substr(effective_period, 1, 4)::int,
    CASE substr(effective_period, 6, 2) WHEN 'H1' THEN 1 ELSE 7 END, 1);
ALTER TABLE municipality_split ALTER COLUMN effective_date SET NOT NULL;
