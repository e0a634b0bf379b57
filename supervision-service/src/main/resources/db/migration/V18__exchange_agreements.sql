-- Exchange agreements between municipalities (R2): the changes proposed, and every step taken on them (proposed,
-- confirmed, declined, withdrawn, registered, refused), by whom and when. Only ever added to; the state follows from the
-- steps. A registered agreement's changes are read into the parties' ledgers beside the projection's rows.
CREATE TABLE exchange_agreement (
    id                 UUID PRIMARY KEY,
    period             TEXT NOT NULL,
    reason             TEXT NOT NULL
);

CREATE TABLE exchange_agreement_change (
    agreement_id       UUID    NOT NULL REFERENCES exchange_agreement (id),
    position           INTEGER NOT NULL,
    municipality_code  TEXT    NOT NULL,
    delta              INTEGER NOT NULL,
    backlog_transfer   INTEGER NOT NULL,
    PRIMARY KEY (agreement_id, position),
    UNIQUE (agreement_id, municipality_code)
);
CREATE INDEX exchange_agreement_change_municipality ON exchange_agreement_change (municipality_code);

-- (agreement_id, seq): two steps taken at once on the same state cannot both be stored; one ending step at most.
CREATE TABLE exchange_agreement_step (
    agreement_id       UUID        NOT NULL REFERENCES exchange_agreement (id),
    seq                INTEGER     NOT NULL,
    step               TEXT        NOT NULL,
    acting_for         TEXT        NOT NULL,
    author             TEXT        NOT NULL,
    at                 TIMESTAMPTZ NOT NULL,
    reason             TEXT,
    PRIMARY KEY (agreement_id, seq)
);
CREATE UNIQUE INDEX exchange_agreement_one_ending ON exchange_agreement_step (agreement_id)
    WHERE step IN ('REGISTERED', 'REFUSED', 'DECLINED', 'WITHDRAWN');
CREATE INDEX exchange_agreement_registered ON exchange_agreement_step (agreement_id) WHERE step = 'REGISTERED';

CREATE FUNCTION exchange_agreement_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION '% is append-only: take a next step instead', TG_TABLE_NAME;
END $$;
CREATE TRIGGER exchange_agreement_append_only BEFORE UPDATE OR DELETE ON exchange_agreement
    FOR EACH ROW EXECUTE FUNCTION exchange_agreement_is_append_only();
CREATE TRIGGER exchange_agreement_change_append_only BEFORE UPDATE OR DELETE ON exchange_agreement_change
    FOR EACH ROW EXECUTE FUNCTION exchange_agreement_is_append_only();
CREATE TRIGGER exchange_agreement_step_append_only BEFORE UPDATE OR DELETE ON exchange_agreement_step
    FOR EACH ROW EXECUTE FUNCTION exchange_agreement_is_append_only();
