-- The units placement-service knows from housing-stock events; housing-stock-service owns them. A unit whose
-- retirement arrived before its registration has no type or capacity yet and is not offered or placed into.
CREATE TABLE known_unit (
    id                     UUID PRIMARY KEY,
    municipality_code      TEXT        NOT NULL,
    type                   TEXT,
    capacity               INT CHECK (capacity >= 1),
    temporary_until        DATE,
    wheelchair_accessible  BOOLEAN     NOT NULL DEFAULT FALSE,
    retired_on             DATE,
    updated_at             TIMESTAMPTZ NOT NULL
);
