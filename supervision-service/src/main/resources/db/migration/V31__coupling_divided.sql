-- R3, splits: COA named the receiving municipality of an open coupling of a split municipality (coupling-divided.v1),
-- a ledger entry of kind DIVIDED in the split municipality's ledger whose reference is the coupling. From the split's
-- date the receiver answers for the coupling's persons waiting; until COA names one, they are "te verdelen".
ALTER TABLE ledger_entry ADD COLUMN divided_to TEXT;
