-- Partners' webhook subscriptions (package webhook, docs/webhooks.md): who subscribed to what, the events they may
-- hear of kept for replay, and one delivery per event and subscription, which is the delivery log.
CREATE TABLE webhook_subscription (
    id UUID PRIMARY KEY,
    -- the owner: its role and, for a role bound to one, its tenant (municipality, province or corporation)
    owner_role TEXT NOT NULL,
    owner_tenant TEXT,
    callback_url TEXT NOT NULL,
    -- the filter; empty for every type or municipality the owner may read
    event_types TEXT[] NOT NULL,
    municipality_codes TEXT[] NOT NULL,
    secret TEXT NOT NULL,
    -- ACTIVE, PAUSED (by its owner) or SUSPENDED (deliveries failed too long; status_reason says why)
    status TEXT NOT NULL,
    status_reason TEXT,
    status_since TIMESTAMPTZ NOT NULL,
    -- while an instance sends its deliveries, until when (so one instance at a time, in order)
    delivering_until TIMESTAMPTZ,
    created_at TIMESTAMPTZ NOT NULL,
    created_by TEXT NOT NULL
);
CREATE INDEX webhook_subscription_owner ON webhook_subscription (owner_role, owner_tenant);

-- Every event of the four topics, with whose it is, kept for replay for webhooks.replay-window (30 days) and as long
-- as a delivery of it waits.
CREATE TABLE webhook_event (
    seq BIGSERIAL PRIMARY KEY,
    id UUID NOT NULL UNIQUE,
    type TEXT NOT NULL,
    source TEXT,
    subject TEXT,
    time TIMESTAMPTZ,
    data TEXT NOT NULL,
    municipality_code TEXT,
    province_code TEXT,
    corporation_id TEXT,
    received_at TIMESTAMPTZ NOT NULL
);
CREATE INDEX webhook_event_received ON webhook_event (received_at);

-- One delivery of one event to one subscription (a replay adds another); no body: it is made from webhook_event
-- when sent. Delivered rows are kept for webhooks.log-retention as the subscription's delivery log.
CREATE TABLE webhook_delivery (
    id BIGSERIAL PRIMARY KEY,
    subscription_id UUID NOT NULL REFERENCES webhook_subscription (id) ON DELETE CASCADE,
    event_seq BIGINT NOT NULL,
    event_id UUID NOT NULL,
    event_type TEXT NOT NULL,
    subject TEXT,
    -- PENDING or DELIVERED
    status TEXT NOT NULL,
    attempts INT NOT NULL DEFAULT 0,
    next_attempt_at TIMESTAMPTZ NOT NULL,
    first_failed_at TIMESTAMPTZ,
    last_attempt_at TIMESTAMPTZ,
    last_status INT,
    last_error TEXT,
    delivered_at TIMESTAMPTZ,
    created_at TIMESTAMPTZ NOT NULL
);
CREATE INDEX webhook_delivery_pending ON webhook_delivery (subscription_id, id) WHERE status = 'PENDING';
CREATE INDEX webhook_delivery_log ON webhook_delivery (subscription_id, id DESC);

-- Whose an event is when its data does not say: the corporation holding a unit, the province a municipality lies in.
CREATE TABLE webhook_unit_owner (
    unit_id TEXT PRIMARY KEY,
    corporation_id TEXT NOT NULL
);
CREATE TABLE webhook_municipality (
    code TEXT PRIMARY KEY,
    province_code TEXT NOT NULL
);
