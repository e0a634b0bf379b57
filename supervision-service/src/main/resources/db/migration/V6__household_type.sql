-- COA's household type of a coupling (SINGLE or FAMILY), as its registration or latest correction states it, so the
-- dashboard can show waiting couplings by household type. Entries projected before this column stay NULL until the
-- projection is rebuilt (POST /supervision/v1/projection-rebuilds); the events always carried it.
ALTER TABLE ledger_entry ADD COLUMN household_type TEXT;
