-- The list of units is paged in registration order (registered_at, id) within a municipality or an owner. The indexes
-- on the municipality and on the owner alone found the rows but sorted all of a large municipality's or corporation's
-- units for every page; these read a page in its order and replace them (each is their prefix).
CREATE INDEX unit_municipality_registered ON unit (municipality_code, registered_at, id);
CREATE INDEX unit_owner_registered ON unit (owner_id, registered_at, id);
DROP INDEX unit_municipality;
DROP INDEX unit_owner;
