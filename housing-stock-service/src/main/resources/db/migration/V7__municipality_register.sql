-- The municipality register as quota-service publishes it (municipality-registered events): what housing-stock
-- accepts units, vacancies, allocations, agreements and projects for.
CREATE TABLE municipality (
    code           TEXT        PRIMARY KEY,
    name           TEXT        NOT NULL,
    province_code  TEXT        NOT NULL,
    valid_from     DATE,
    valid_until    DATE,
    updated_at     TIMESTAMPTZ NOT NULL
);
