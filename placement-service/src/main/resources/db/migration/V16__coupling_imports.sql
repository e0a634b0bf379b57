-- A file of COA's records imported at once (couplingimport): who sent it, how far it is, and what it did. The file
-- itself is not kept; its lines wait in coupling_import_line until the import has ended, its refusals stay with it.
CREATE TABLE coupling_import (
    id                       UUID PRIMARY KEY,
    file_name                TEXT        NOT NULL,
    format                   TEXT        NOT NULL CHECK (format IN ('CSV', 'XLSX')),
    -- RECEIVING while the request reads the file; WAITING for its turn; CHECKING and STORING while it is processed;
    -- ACCEPTED or REFUSED at the end.
    state                    TEXT        NOT NULL CHECK (state IN ('RECEIVING', 'WAITING', 'CHECKING', 'STORING', 'ACCEPTED', 'REFUSED')),
    -- The request waits for the outcome (a small file) and answers it; the scheduler takes the others.
    answered_in_request      BOOLEAN     NOT NULL,
    -- Who sent it, as the audit trail names the writes it makes on the sender's behalf (platform's WriteLog.Actor).
    sender                   TEXT        NOT NULL,
    sender_role              TEXT        NOT NULL,
    sender_roles             TEXT,
    sender_tenant            TEXT,
    sender_operation         TEXT,
    received_at              TIMESTAMPTZ NOT NULL,
    finished_at              TIMESTAMPTZ,
    lines                    INT         NOT NULL DEFAULT 0,
    lines_checked            INT         NOT NULL DEFAULT 0,
    lines_stored             INT         NOT NULL DEFAULT 0,
    lines_refused            INT         NOT NULL DEFAULT 0,
    lines_unchanged          INT         NOT NULL DEFAULT 0,
    couplings_registered     INT         NOT NULL DEFAULT 0,
    placements_recorded      INT         NOT NULL DEFAULT 0,
    reunifications_recorded  INT         NOT NULL DEFAULT 0,
    couplings_cancelled      INT         NOT NULL DEFAULT 0,
    events                   INT         NOT NULL DEFAULT 0,
    -- The outbox rows of its events lie between these ids (other writes' rows may lie among them).
    first_outbox_id          BIGINT,
    last_outbox_id           BIGINT
);
CREATE INDEX coupling_import_received ON coupling_import (received_at DESC);
CREATE INDEX coupling_import_unfinished ON coupling_import (received_at) WHERE state NOT IN ('ACCEPTED', 'REFUSED');

-- A line of the file as read: counts, dates and codes only (R9; other columns of the file are never stored).
-- unreadable: a field of it could not be read (its refusals are in coupling_import_refusal), so it is not judged.
CREATE TABLE coupling_import_line (
    import_id                      UUID    NOT NULL REFERENCES coupling_import (id) ON DELETE CASCADE,
    line                           INT     NOT NULL,
    unreadable                     BOOLEAN NOT NULL,
    coa_reference                  TEXT,
    municipality_code              TEXT,
    adults                         INT,
    minors                         INT,
    household_type                 TEXT,
    permit_date                    DATE,
    coupling_date                  DATE,
    expected_reunification_persons INT,
    reception_region               TEXT,
    own_region                     BOOLEAN,
    needs_wheelchair_access        BOOLEAN,
    housed_on                      DATE,
    persons_housed                 INT,
    unit_type                      TEXT,
    arrived_on                     DATE,
    persons_arrived                INT,
    cancelled_on                   DATE,
    cancellation_reason            TEXT,
    PRIMARY KEY (import_id, line)
);
CREATE INDEX coupling_import_line_reference ON coupling_import_line (import_id, coa_reference);

-- Every refusal of an import: the line and column ("line 17: Gemeentecode") and why.
CREATE TABLE coupling_import_refusal (
    import_id  UUID NOT NULL REFERENCES coupling_import (id) ON DELETE CASCADE,
    position   INT  NOT NULL,
    line       INT  NOT NULL,
    name       TEXT NOT NULL,
    reason     TEXT NOT NULL,
    PRIMARY KEY (import_id, position)
);
