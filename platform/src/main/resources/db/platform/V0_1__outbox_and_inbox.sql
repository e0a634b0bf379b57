-- Transactional outbox: a state change and its event are written in one transaction;
-- the relay publishes unpublished rows to Kafka and stamps published_at.
CREATE TABLE outbox_event (
    id             BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    event_id       UUID        NOT NULL UNIQUE,
    type           TEXT        NOT NULL,
    source         TEXT        NOT NULL,
    subject        TEXT        NOT NULL,
    partition_key  TEXT        NOT NULL,
    payload        TEXT        NOT NULL,
    occurred_at    TIMESTAMPTZ NOT NULL,
    published_at   TIMESTAMPTZ
);
CREATE INDEX outbox_event_unpublished ON outbox_event (id) WHERE published_at IS NULL;

-- Idempotent consumers: the id of every event handled, written in the same transaction as its effect.
CREATE TABLE processed_event (
    event_id      UUID        PRIMARY KEY,
    type          TEXT        NOT NULL,
    processed_at  TIMESTAMPTZ NOT NULL DEFAULT now()
);
