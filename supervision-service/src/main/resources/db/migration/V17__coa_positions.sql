-- COA's positions per municipality and reference date, as province staff imported them (every import is kept), and the
-- positions province staff adopted at a deadline as the municipality's from then on. Only ever added to.
CREATE TABLE coa_position_import (
    id                 UUID PRIMARY KEY,
    province_code      TEXT        NOT NULL,
    file_name          TEXT        NOT NULL,
    imported_by        TEXT        NOT NULL,
    imported_at        TIMESTAMPTZ NOT NULL
);
CREATE INDEX coa_position_import_province ON coa_position_import (province_code, imported_at);

CREATE TABLE coa_position_line (
    import_id          UUID    NOT NULL REFERENCES coa_position_import (id),
    line               INTEGER NOT NULL,
    municipality_code  TEXT    NOT NULL,
    municipality_name  TEXT,
    reference_date     DATE    NOT NULL,
    quota              INTEGER NOT NULL,
    adjusted_quota     INTEGER NOT NULL,
    housed             INTEGER NOT NULL,
    position           INTEGER NOT NULL,
    PRIMARY KEY (import_id, line)
);
CREATE INDEX coa_position_line_municipality ON coa_position_line (municipality_code, reference_date);

CREATE TABLE coa_position_adoption (
    id                 UUID PRIMARY KEY,
    municipality_code  TEXT        NOT NULL,
    deadline           DATE        NOT NULL,
    position           INTEGER     NOT NULL,
    import_id          UUID        NOT NULL,
    line               INTEGER     NOT NULL,
    reason             TEXT        NOT NULL,
    adopted_by         TEXT        NOT NULL,
    adopted_at         TIMESTAMPTZ NOT NULL,
    FOREIGN KEY (import_id, line) REFERENCES coa_position_line (import_id, line)
);
CREATE INDEX coa_position_adoption_municipality ON coa_position_adoption (municipality_code, deadline);

CREATE FUNCTION coa_position_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION '% is append-only: import again, or adopt again', TG_TABLE_NAME;
END $$;
CREATE TRIGGER coa_position_import_append_only BEFORE UPDATE OR DELETE ON coa_position_import
    FOR EACH ROW EXECUTE FUNCTION coa_position_is_append_only();
CREATE TRIGGER coa_position_line_append_only BEFORE UPDATE OR DELETE ON coa_position_line
    FOR EACH ROW EXECUTE FUNCTION coa_position_is_append_only();
CREATE TRIGGER coa_position_adoption_append_only BEFORE UPDATE OR DELETE ON coa_position_adoption
    FOR EACH ROW EXECUTE FUNCTION coa_position_is_append_only();
