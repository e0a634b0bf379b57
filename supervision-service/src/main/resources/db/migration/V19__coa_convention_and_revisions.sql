-- COA's convention and revisions: an import keeps how its file wrote the Stand (COA: a backlog negative), a line the
-- Stand as written beside the position it was read as, an adoption which of COA's figures it took (the end position,
-- or the amount COA later carried into the half-year). Imports before this were read with a backlog positive.
ALTER TABLE coa_position_import ADD COLUMN stand_convention TEXT NOT NULL DEFAULT 'BACKLOG_POSITIVE'
    CHECK (stand_convention IN ('COA', 'BACKLOG_POSITIVE'));
ALTER TABLE coa_position_import ALTER COLUMN stand_convention DROP DEFAULT;

ALTER TABLE coa_position_line ADD COLUMN stand INTEGER;
ALTER TABLE coa_position_line DISABLE TRIGGER coa_position_line_append_only;
UPDATE coa_position_line SET stand = position;
ALTER TABLE coa_position_line ENABLE TRIGGER coa_position_line_append_only;
ALTER TABLE coa_position_line ALTER COLUMN stand SET NOT NULL;

ALTER TABLE coa_position_adoption ADD COLUMN kind TEXT NOT NULL DEFAULT 'END_POSITION'
    CHECK (kind IN ('END_POSITION', 'CARRIED_IN'));
ALTER TABLE coa_position_adoption ALTER COLUMN kind DROP DEFAULT;
