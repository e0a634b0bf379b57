-- COA's reason for cancelling a coupling (WITHDRAWN or RECOUPLED): a coupling re-coupled elsewhere after its 12 weeks
-- ran out stays the municipality's shortfall (R7, CancellationRule). Entries projected before this column stay NULL,
-- and count as withdrawn, until the projection is rebuilt (POST /supervision/v1/projection-rebuilds); the events always
-- carried the reason.
ALTER TABLE ledger_entry ADD COLUMN cancellation_reason TEXT;
