-- What COA tells about a coupling besides its counts (R9: still no names, BSN or V-numbers), and its cancellation.
ALTER TABLE coupling
    ADD COLUMN expected_reunification_persons INT     NOT NULL DEFAULT 0 CHECK (expected_reunification_persons >= 0),
    ADD COLUMN reception_region               TEXT,
    ADD COLUMN own_region                     BOOLEAN,
    ADD COLUMN needs_wheelchair_access        BOOLEAN NOT NULL DEFAULT FALSE,
    ADD COLUMN cancelled_on                   DATE,
    ADD COLUMN cancellation_reason            TEXT,
    ADD CHECK ((status = 'CANCELLED') = (cancelled_on IS NOT NULL));

-- The waiting list: a municipality's couplings by permit date, then coupling date.
CREATE INDEX coupling_waiting ON coupling (municipality_code, permit_date, coupling_date, coa_reference);
