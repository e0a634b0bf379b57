-- Placement's writes are audited once, in the platform's write_log like every service's (docs/security.md#audit-trail),
-- with what audit_entry added (the role the write was admitted in, the coupling, the record acted on, reason, details)
-- as columns of write_log. audit_entry's rows move there and the table goes; the trails keep their history.
--
-- The platform's repeatable scripts run after the numbered ones, so write_log may not exist yet (a new database) or
-- may lack its new columns: both are made here as R__platform_write_log.sql makes them, which then finds them.
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
ALTER TABLE write_log ADD COLUMN IF NOT EXISTS actor_role TEXT;
ALTER TABLE write_log ADD COLUMN IF NOT EXISTS record_id UUID;
ALTER TABLE write_log ADD COLUMN IF NOT EXISTS acted_on_id UUID;
ALTER TABLE write_log ADD COLUMN IF NOT EXISTS reason TEXT;
ALTER TABLE write_log ADD COLUMN IF NOT EXISTS details TEXT;

-- Each entry of write_log for an event learns its coupling and the record acted on from the event itself: every
-- placement event names its coupling, and the offer, placement or reunification when it is about one.
UPDATE write_log w
SET record_id   = (e.payload::jsonb ->> 'couplingId')::uuid,
    acted_on_id = COALESCE(e.payload::jsonb ->> 'offerId', e.payload::jsonb ->> 'placementId',
                           e.payload::jsonb ->> 'reunificationId', e.payload::jsonb ->> 'couplingId')::uuid
FROM outbox_event e
WHERE e.event_id = w.event_id AND w.record_id IS NULL;

-- audit_entry named each write by an action; write_log by the type of the event it published, one for each action.
CREATE TEMPORARY TABLE audit_action (action TEXT PRIMARY KEY, event_type TEXT NOT NULL) ON COMMIT DROP;
INSERT INTO audit_action VALUES
    ('COUPLING_REGISTERED', 'nl.permitholders.placement.coupling-registered.v1'),
    ('COUPLING_CORRECTED', 'nl.permitholders.placement.coupling-corrected.v1'),
    ('COUPLING_CANCELLED', 'nl.permitholders.placement.coupling-cancelled.v1'),
    ('UNIT_OFFERED', 'nl.permitholders.placement.unit-offered.v1'),
    ('OFFER_DECLINED', 'nl.permitholders.placement.offer-declined.v1'),
    ('PLACEMENT_RECORDED', 'nl.permitholders.placement.placement-recorded.v1'),
    ('PLACEMENT_REVOKED', 'nl.permitholders.placement.placement-revoked.v1'),
    ('MOVED_TO_FOLLOW_UP_HOUSING', 'nl.permitholders.placement.moved-to-follow-up-housing.v1'),
    ('REUNIFICATION_ARRIVED', 'nl.permitholders.placement.reunification-arrived.v1');

-- Since write_log exists, each write left one row in both tables, in one transaction. Writes to one record are
-- serialised by the coupling's lock, so the n-th newest entry of an action on a record is the n-th newest write_log
-- row of its event on that record. Older entries (from before write_log) have no partner.
CREATE TEMPORARY TABLE audit_entry_partner ON COMMIT DROP AS
SELECT a.id AS entry_id, w.id AS log_id
FROM (SELECT a.id, t.event_type, a.subject_id,
             row_number() OVER (PARTITION BY a.action, a.subject_id ORDER BY a.id DESC) AS nth
      FROM audit_entry a JOIN audit_action t ON t.action = a.action) a
JOIN (SELECT id, action, acted_on_id,
             row_number() OVER (PARTITION BY action, acted_on_id ORDER BY id DESC) AS nth
      FROM write_log WHERE acted_on_id IS NOT NULL) w
  ON w.action = a.event_type AND w.acted_on_id = a.subject_id AND w.nth = a.nth;

UPDATE write_log w
SET actor_role = a.actor_role, reason = a.reason, details = a.details
FROM audit_entry_partner p JOIN audit_entry a ON a.id = p.entry_id
WHERE w.id = p.log_id;

-- The entries without a partner come before every write_log row: they get ids below them (negative ones, in their
-- own order), as both trails are in the order of the id. The id is never shown.
INSERT INTO write_log (id, action, event_id, subject, actor, actor_roles, actor_tenant, operation, at,
                       actor_role, record_id, acted_on_id, reason, details)
OVERRIDING SYSTEM VALUE
SELECT a.id - (SELECT max(id) FROM audit_entry) - 1, t.event_type, NULL, a.municipality_code, a.actor, NULL,
       'municipality:' || a.actor_municipality, NULL, a.at, a.actor_role, a.coupling_id, a.subject_id, a.reason, a.details
FROM audit_entry a JOIN audit_action t ON t.action = a.action
WHERE NOT EXISTS (SELECT 1 FROM audit_entry_partner p WHERE p.entry_id = a.id);

DROP TABLE audit_entry;
DROP TABLE audit_entry_partner;
DROP TABLE audit_action;
