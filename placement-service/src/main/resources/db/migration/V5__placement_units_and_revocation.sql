-- A placement may name the unit it houses persons in; a placement registered in error is revoked, never deleted (R5).
ALTER TABLE placement
    ADD COLUMN unit_id            UUID,
    ADD COLUMN unit_type          TEXT,
    ADD COLUMN revoked_on         DATE,
    ADD COLUMN revocation_reason  TEXT,
    ADD CHECK ((revoked_on IS NULL) = (revocation_reason IS NULL));
CREATE INDEX placement_in_unit ON placement (unit_id) WHERE unit_id IS NOT NULL AND revoked_on IS NULL;
