-- The audit trail's actor now comes from the verified bearer token: its subject, the role it acted in and, for a
-- municipality, the municipality it acted for. Entries recorded before keep the name the caller gave in X-Actor and
-- have no role. Each entry also carries the coupling's municipality, so that a municipality's trail is one query.
ALTER TABLE audit_entry ADD COLUMN municipality_code TEXT;
UPDATE audit_entry a SET municipality_code = c.municipality_code FROM coupling c WHERE c.id = a.coupling_id;
ALTER TABLE audit_entry ALTER COLUMN municipality_code SET NOT NULL;
ALTER TABLE audit_entry ADD COLUMN actor_role TEXT;
ALTER TABLE audit_entry ADD COLUMN actor_municipality TEXT;
CREATE INDEX audit_entry_municipality ON audit_entry (municipality_code, id DESC);
