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
-- What a write may say of itself (AuditNote): the role it was admitted in, the record whose history it belongs to and
-- the part acted on, why and what changed; placement-service's coupling trail is read by record_id.
ALTER TABLE write_log ADD COLUMN IF NOT EXISTS actor_role TEXT;
ALTER TABLE write_log ADD COLUMN IF NOT EXISTS record_id UUID;
ALTER TABLE write_log ADD COLUMN IF NOT EXISTS acted_on_id UUID;
ALTER TABLE write_log ADD COLUMN IF NOT EXISTS reason TEXT;
ALTER TABLE write_log ADD COLUMN IF NOT EXISTS details TEXT;
CREATE INDEX IF NOT EXISTS write_log_record ON write_log (record_id, id) WHERE record_id IS NOT NULL;
