-- Who made each write, for the audit trail (docs/security.md#audit-trail): one row per event a write appended to the
-- outbox (action = the event's type) or per change that publishes no event (action names it), in the write's
-- transaction, with the actor from the verified bearer token. Append-only; never changed or deleted.
-- A repeatable migration, because the platform's scripts run before each service's own numbered ones and a new
-- platform version would sort below versions a database already has: keep every statement idempotent.
CREATE TABLE IF NOT EXISTS write_log (
    id             BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    action         TEXT        NOT NULL,
    event_id       UUID,
    subject        TEXT        NOT NULL,
    actor          TEXT        NOT NULL,
    actor_roles    TEXT,
    actor_tenant   TEXT,
    operation      TEXT,
    at             TIMESTAMPTZ NOT NULL
);
CREATE INDEX IF NOT EXISTS write_log_subject ON write_log (subject, id DESC);
