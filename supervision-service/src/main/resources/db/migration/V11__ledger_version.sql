-- Each municipality's ledger version: raised by the statement that adds to its ledger, states its register entry or a
-- merger it is in, and for every municipality by a rebuild's exchange. Figures computed from a ledger are cached by its
-- version. The values come from one sequence, so a version only grows, also across a rebuild's exchange: a figure cached
-- from an older projection is never taken for current. Every municipality anything is known about has a row.
CREATE SEQUENCE ledger_version_seq;
CREATE TABLE ledger_version (
    municipality_code TEXT   PRIMARY KEY,
    version           BIGINT NOT NULL
);
INSERT INTO ledger_version (municipality_code, version)
SELECT code, nextval('ledger_version_seq')
FROM (SELECT municipality_code AS code FROM ledger_entry UNION SELECT code FROM municipality
      UNION SELECT merged_code FROM merger UNION SELECT new_code FROM merger ORDER BY code) known;

-- projection_version and projection_change are no longer used; the previous release still writes them while old and
-- new pods run side by side (expand, then contract: docs/operations.md), so a later release drops them.
