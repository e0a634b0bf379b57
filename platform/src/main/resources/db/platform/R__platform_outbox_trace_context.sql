-- The W3C trace context of the write that appended an event (docs/operations.md#following-one-placement), sent as the
-- record's traceparent and tracestate headers; null for a write that carried none.
-- A repeatable migration, like R__platform_write_log.sql, so its statements stay idempotent.
ALTER TABLE outbox_event ADD COLUMN IF NOT EXISTS traceparent TEXT;
ALTER TABLE outbox_event ADD COLUMN IF NOT EXISTS tracestate TEXT;
