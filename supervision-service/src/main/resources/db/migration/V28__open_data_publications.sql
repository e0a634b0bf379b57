-- Open data (docs/open-data.md): every version of a half-year's dataset as it was published, the files themselves.
-- A published version is never changed or removed: a correction is the next version, with its reason. The trigger
-- below refuses UPDATE and DELETE, so no later code path (nor an operator's slip) can rewrite what the public read.
CREATE TABLE open_data_publication (
    period         TEXT        NOT NULL,
    version        INT         NOT NULL CHECK (version >= 1),
    published_at   TIMESTAMPTZ NOT NULL,
    position_date  DATE        NOT NULL,
    kind           TEXT        NOT NULL CHECK (kind IN ('MONTHLY', 'CORRECTION')),
    reason         TEXT        NOT NULL,
    -- the figures the files were written from, in a canonical form: what the next version is compared with
    rows_digest    TEXT        NOT NULL,
    half_year_csv  BYTEA       NOT NULL,
    half_year_json BYTEA       NOT NULL,
    monthly_csv    BYTEA       NOT NULL,
    monthly_json   BYTEA       NOT NULL,
    PRIMARY KEY (period, version)
);

CREATE FUNCTION open_data_publication_immutable() RETURNS trigger AS $$
BEGIN
    RAISE EXCEPTION 'a published open data version is never changed or removed; publish a correction instead';
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER open_data_publication_immutable BEFORE UPDATE OR DELETE ON open_data_publication
    FOR EACH ROW EXECUTE FUNCTION open_data_publication_immutable();
