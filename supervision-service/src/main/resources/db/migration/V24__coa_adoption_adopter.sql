-- Who adopted COA's figure: the province (for its figures, verdicts and ladder) or the Rijk (for the national series).
-- Neither replaces the other. Adoptions recorded before this column existed are taken as the province's.
ALTER TABLE coa_position_adoption ADD COLUMN adopter TEXT NOT NULL DEFAULT 'PROVINCE'
    CHECK (adopter IN ('PROVINCE', 'RIJK'));
ALTER TABLE coa_position_adoption ALTER COLUMN adopter DROP DEFAULT;
