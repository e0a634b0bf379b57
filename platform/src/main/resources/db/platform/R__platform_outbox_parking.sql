-- A row the broker refuses for good (larger than it accepts, an invalid record) is parked: the relay never claims it
-- again, outbox_events_parked counts it, and an operator decides (docs/operations.md). Repeatable, like the write log,
-- because a new platform version would sort below versions a database already has: every statement is idempotent.
ALTER TABLE outbox_event ADD COLUMN IF NOT EXISTS parked_at TIMESTAMPTZ;
ALTER TABLE outbox_event ADD COLUMN IF NOT EXISTS parked_reason TEXT;
