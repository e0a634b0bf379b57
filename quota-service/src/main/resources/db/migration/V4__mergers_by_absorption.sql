-- R3: an existing municipality may absorb others and keep its code (Weesp into Amsterdam, 24 March 2022), and absorb
-- again later, so the continuing municipality is no longer unique among mergers.
ALTER TABLE merger RENAME COLUMN new_municipality_code TO continuing_municipality_code;
ALTER TABLE merger DROP CONSTRAINT merger_new_municipality_code_key;
ALTER TABLE merger ADD COLUMN absorption BOOLEAN NOT NULL DEFAULT false;
CREATE INDEX merger_continuing_municipality ON merger (continuing_municipality_code);
