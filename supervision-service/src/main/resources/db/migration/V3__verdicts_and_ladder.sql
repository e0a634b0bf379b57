-- Every verdict at a deadline with the figures it was based on. A late correction that changes it adds a row
-- saying which event changed it; the latest row per municipality and half-year is the verdict in force.
CREATE TABLE verdict_record (
    id                           BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    municipality_code            TEXT        NOT NULL,
    period                       TEXT        NOT NULL,
    verdict                      TEXT        NOT NULL,
    backlog                      INT         NOT NULL,
    still_to_house_at_reference  INT         NOT NULL,
    coupled_unhoused_at_reference INT        NOT NULL,
    coupling_deficit             INT         NOT NULL,
    cause_event_type             TEXT        NOT NULL,
    cause_event_id               UUID,
    recorded_at                  TIMESTAMPTZ NOT NULL
);
CREATE INDEX verdict_record_municipality ON verdict_record (municipality_code, period, id);

-- Decisions of province staff on the intervention ladder; the advice never changes a stage by itself.
CREATE TABLE ladder_decision (
    id                 UUID PRIMARY KEY,
    municipality_code  TEXT        NOT NULL,
    stage              TEXT        NOT NULL,
    decided_on         DATE        NOT NULL,
    reason             TEXT        NOT NULL,
    decided_by         TEXT        NOT NULL,
    recorded_at        TIMESTAMPTZ NOT NULL
);
CREATE INDEX ladder_decision_municipality ON ladder_decision (municipality_code, decided_on);
