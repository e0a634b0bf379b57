-- The supervision round: the letter templates provinces write, and the state of every judgement letter.
-- Only ever added to: a later template version or state follows an earlier one, which stays as history.
CREATE TABLE letter_template (
    province_code  TEXT        NOT NULL,
    version        INT         NOT NULL,
    body           TEXT        NOT NULL,
    changed_by     TEXT        NOT NULL,
    changed_at     TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (province_code, version)
);

-- Every state a letter (one municipality, one deadline) was put in, by whom and when; the latest is its state.
CREATE TABLE letter_state_change (
    id                 UUID PRIMARY KEY,
    -- the order they were recorded in, also when the clock gives two the same time
    position           BIGINT GENERATED ALWAYS AS IDENTITY,
    municipality_code  TEXT        NOT NULL,
    deadline           DATE        NOT NULL,
    state              TEXT        NOT NULL,
    changed_by         TEXT        NOT NULL,
    changed_at         TIMESTAMPTZ NOT NULL
);
CREATE INDEX letter_state_change_letter ON letter_state_change (municipality_code, deadline, position);

-- A letter as it was sent: the PDF itself, its SHA-256 and the backlog it states, kept unchanged.
CREATE TABLE sent_letter (
    municipality_code  TEXT        NOT NULL,
    deadline           DATE        NOT NULL,
    pdf                BYTEA       NOT NULL,
    sha256             TEXT        NOT NULL,
    backlog            INT         NOT NULL,
    template_version   INT,
    sent_by            TEXT        NOT NULL,
    sent_at            TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (municipality_code, deadline)
);

CREATE FUNCTION supervision_round_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION '% is append-only: add a later row instead', TG_TABLE_NAME;
END $$;
CREATE TRIGGER letter_template_append_only BEFORE UPDATE OR DELETE ON letter_template
    FOR EACH ROW EXECUTE FUNCTION supervision_round_is_append_only();
CREATE TRIGGER letter_state_change_append_only BEFORE UPDATE OR DELETE ON letter_state_change
    FOR EACH ROW EXECUTE FUNCTION supervision_round_is_append_only();
CREATE TRIGGER sent_letter_append_only BEFORE UPDATE OR DELETE ON sent_letter
    FOR EACH ROW EXECUTE FUNCTION supervision_round_is_append_only();
