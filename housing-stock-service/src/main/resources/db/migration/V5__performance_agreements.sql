-- A corporation's agreement with a municipality for a period: a number or a percentage of its vacancies to be
-- allocated to permit holders.
CREATE TABLE performance_agreement (
    id                  UUID          PRIMARY KEY,
    corporation_id      TEXT          NOT NULL,
    municipality_code   TEXT          NOT NULL,
    period              TEXT          NOT NULL,
    agreed_allocations  INT           CHECK (agreed_allocations >= 0),
    agreed_percentage   NUMERIC(5, 2) CHECK (agreed_percentage >= 0 AND agreed_percentage <= 100),
    set_at              TIMESTAMPTZ   NOT NULL,
    CHECK ((agreed_allocations IS NULL) <> (agreed_percentage IS NULL)),
    UNIQUE (corporation_id, municipality_code, period)
);
CREATE INDEX performance_agreement_municipality ON performance_agreement (municipality_code);
