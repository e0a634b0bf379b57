-- Events of a type or version the consumer does not know yet (its producer was upgraded first), kept aside instead of
-- dead-lettered; offered again, in the order kept, at start-up and every consumer.deferred.offer-interval, and removed
-- once applied (docs/operations.md#rolling-upgrades). The row is the consumer's record of having handled the record:
-- written in one statement, it commits or not as a whole. Repeatable, like the write log: every statement is idempotent.
CREATE TABLE IF NOT EXISTS deferred_event (
    id            BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    event_id      UUID        NOT NULL UNIQUE,
    topic         TEXT        NOT NULL,
    type          TEXT        NOT NULL,
    source        TEXT,
    subject       TEXT,
    time          TIMESTAMPTZ,
    data          TEXT        NOT NULL,
    kept_at       TIMESTAMPTZ NOT NULL DEFAULT now(),
    last_failure  TEXT
);
