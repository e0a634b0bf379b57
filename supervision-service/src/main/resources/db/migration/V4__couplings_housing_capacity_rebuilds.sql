-- A placement names its coupling (R8: overdue couplings are counted per coupling) and the kind of housing: persons in
-- temporary or intermediate housing still need follow-up housing. occurred_at (the event's time) orders the
-- corrections of one coupling and the plans of one capacity project: the later one stands.
ALTER TABLE ledger_entry ADD COLUMN coupling_id TEXT;
ALTER TABLE ledger_entry ADD COLUMN unit_type TEXT;
ALTER TABLE ledger_entry ADD COLUMN temporary_housing BOOLEAN;

-- The places for permit holders a capacity plan (one ledger entry) expects per half-year.
CREATE TABLE capacity_plan_period (
    event_id              UUID NOT NULL,
    period                TEXT NOT NULL,
    permit_holder_places  INT  NOT NULL,
    PRIMARY KEY (event_id, period)
);

-- Rebuilds of the projection from the topics, with their progress. One runs at a time (any instance may run it);
-- one whose heartbeat stopped (its instance died) no longer counts as running.
CREATE TABLE projection_rebuild (
    id              UUID PRIMARY KEY,
    state           TEXT        NOT NULL,
    events_total    BIGINT,
    events_read     BIGINT      NOT NULL DEFAULT 0,
    events_applied  BIGINT      NOT NULL DEFAULT 0,
    events_skipped  BIGINT      NOT NULL DEFAULT 0,
    started_at      TIMESTAMPTZ NOT NULL,
    heartbeat_at    TIMESTAMPTZ NOT NULL,
    finished_at     TIMESTAMPTZ,
    failure         TEXT
);
CREATE UNIQUE INDEX projection_rebuild_one_running ON projection_rebuild ((state)) WHERE state = 'RUNNING';
