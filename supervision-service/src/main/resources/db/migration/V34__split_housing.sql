-- R3, splits: a split municipality's persons in temporary housing count where their unit lies, its capacity plans where
-- their project is planned now. A placement keeps the registered unit it names (placement-recorded.v1's unitId), and a
-- unit's registration or correction (unit-registered.v1, unit-corrected.v1) is a ledger entry of kind UNIT_LOCATED in the
-- municipality it lies in, whose reference is the unit. Where a unit or project lies now is the latest entry of its
-- reference, found by this index.
ALTER TABLE ledger_entry ADD COLUMN unit_id TEXT;
CREATE INDEX ledger_entry_located ON ledger_entry (reference) WHERE kind IN ('UNIT_LOCATED', 'CAPACITY_PLANNED');
