-- The ladder rules provinces set (docs/domain.md, ladder rules per province). Only ever added to: a later set follows an
-- earlier one, which stays as history. The rules in force on a date are those applying from the latest applies_from on or
-- before it, then the latest recorded_at; before the first the default rules apply.
CREATE TABLE ladder_rules (
    id                        UUID PRIMARY KEY,
    province_code             TEXT        NOT NULL,
    applies_from              DATE        NOT NULL,
    counted_as_missed         TEXT[]      NOT NULL,
    step_missed_in_a_row      INTEGER[]   NOT NULL,
    step_stage                TEXT[]      NOT NULL,
    backlog_growth_escalates  BOOLEAN     NOT NULL,
    set_by                    TEXT        NOT NULL,
    recorded_at               TIMESTAMPTZ NOT NULL,
    CHECK (cardinality(step_missed_in_a_row) = cardinality(step_stage) AND cardinality(step_stage) > 0)
);
CREATE INDEX ladder_rules_province ON ladder_rules (province_code, applies_from);

CREATE FUNCTION ladder_rules_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'ladder_rules is append-only: set later rules instead';
END $$;
CREATE TRIGGER ladder_rules_append_only BEFORE UPDATE OR DELETE ON ladder_rules
    FOR EACH ROW EXECUTE FUNCTION ladder_rules_is_append_only();
