-- What an owner tells about a unit besides type and capacity; correction and retirement keep the unit's history.
ALTER TABLE unit
    ADD COLUMN owner_type         TEXT,
    ADD COLUMN neighbourhood_code TEXT,
    ADD COLUMN monthly_rent       NUMERIC(8, 2) CHECK (monthly_rent >= 0),
    ADD COLUMN temporary_until    DATE,
    ADD COLUMN corrected_at       TIMESTAMPTZ,
    ADD COLUMN retired_on         DATE,
    ADD COLUMN retirement_reason  TEXT,
    -- Capacity taken once every recorded placement and revocation has taken effect (Occupancy); kept in step in
    -- the transaction that changes the unit or its placements, so lists can filter on availability.
    ADD COLUMN occupied           INT NOT NULL DEFAULT 0;
CREATE INDEX unit_owner ON unit (owner_id);
CREATE INDEX unit_municipality_type ON unit (municipality_code, type);

-- Placements in a unit as learned from placement.events. No foreign key: a placement may name a unit that is not
-- known here yet (events arrive in any order); it counts once the unit is.
CREATE TABLE unit_placement (
    placement_id       UUID PRIMARY KEY,
    unit_id            UUID NOT NULL,
    municipality_code  TEXT NOT NULL,
    persons            INT  NOT NULL CHECK (persons >= 1),
    housed_on          DATE NOT NULL,
    revoked_on         DATE
);
CREATE INDEX unit_placement_unit ON unit_placement (unit_id);
