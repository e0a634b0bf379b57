-- The verdicts province staff record at deadlines, beside the computed ones (verdict_record), which are their advice.
-- Only ever added to: a later verdict for the same deadline follows an earlier one, which stays as history.
CREATE TABLE province_verdict (
    id                 UUID PRIMARY KEY,
    municipality_code  TEXT        NOT NULL,
    deadline           DATE        NOT NULL,
    verdict            TEXT        NOT NULL,
    grounds            TEXT        NOT NULL,
    decided_on         DATE        NOT NULL,
    decided_by         TEXT        NOT NULL,
    recorded_at        TIMESTAMPTZ NOT NULL,
    recorded_against   TEXT        NOT NULL
);
CREATE INDEX province_verdict_municipality ON province_verdict (municipality_code, deadline);

CREATE FUNCTION province_verdict_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'province_verdict is append-only: record a later verdict instead';
END $$;
CREATE TRIGGER province_verdict_append_only BEFORE UPDATE OR DELETE ON province_verdict
    FOR EACH ROW EXECUTE FUNCTION province_verdict_is_append_only();
