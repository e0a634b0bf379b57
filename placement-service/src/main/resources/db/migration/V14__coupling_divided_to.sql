-- R3, splits: the receiving municipality COA names for an open coupling of a municipality split over others. Until then
-- (null) the coupling is to be divided ("te verdelen") and every receiver lists it; the coupling keeps the municipality
-- it was coupled to, its history.
ALTER TABLE coupling ADD COLUMN divided_to TEXT;
CREATE INDEX coupling_divided_to ON coupling (divided_to) WHERE divided_to IS NOT NULL;
