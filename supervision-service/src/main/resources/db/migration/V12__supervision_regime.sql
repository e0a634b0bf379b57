-- Supervision regimes decided by province staff (low, medium, high); never changed, only followed by another. The
-- regime in force is the latest by decided_on, then recorded_at.
CREATE TABLE supervision_regime_decision (
    id                 UUID PRIMARY KEY,
    municipality_code  TEXT        NOT NULL,
    regime             TEXT        NOT NULL,
    decided_on         DATE        NOT NULL,
    reason             TEXT        NOT NULL,
    decided_by         TEXT        NOT NULL,
    recorded_at        TIMESTAMPTZ NOT NULL
);
CREATE INDEX supervision_regime_decision_municipality ON supervision_regime_decision (municipality_code, decided_on);
