-- Partners' webhook subscriptions (docs/webhooks.md): who subscribed to what, the events they may hear of kept for
-- replay, one delivery per event and subscription (the delivery log), and whose an event is when its data does not say.
CREATE TABLE webhook_subscription (
    id UUID PRIMARY KEY,
    -- the owner: its role and, for a role bound to one, its tenant (municipality, province or corporation)
    owner_role TEXT NOT NULL,
    owner_tenant TEXT,
    callback_url TEXT NOT NULL,
    -- the filter; empty for every type or municipality the owner may read
    event_types TEXT[] NOT NULL,
    municipality_codes TEXT[] NOT NULL,
    -- sealed with AES-GCM under webhooks.secret-key (SecretVault); a rotated secret signs beside the new one until
    -- previous_secret_until
    secret TEXT NOT NULL,
    previous_secret TEXT,
    previous_secret_until TIMESTAMPTZ,
    -- ACTIVE, PAUSED (by its owner) or SUSPENDED (deliveries failed too long, or its municipality ceased; status_reason says why)
    status TEXT NOT NULL,
    status_reason TEXT,
    status_since TIMESTAMPTZ NOT NULL,
    -- while an instance sends its deliveries, until when (so one instance at a time, in order)
    delivering_until TIMESTAMPTZ,
    -- when it was last served, so the senders take the subscriptions in turn
    last_served_at TIMESTAMPTZ,
    -- the abuse-protection handshake of the CloudEvents webhook specification: when the callback last allowed
    -- deliveries from this sender (an OPTIONS request answered with WebHook-Allowed-Origin); nothing is sent before
    callback_allowed_at TIMESTAMPTZ,
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

-- One delivery of one event to one subscription (a replay adds another, naming it); no body: it is made from
-- webhook_event when sent. Delivered and expired rows are kept for webhooks.log-retention as the delivery log; a
-- pending delivery older than webhooks.pending-expiry becomes EXPIRED (replayable while its event is kept).
CREATE TABLE webhook_delivery (
    id BIGSERIAL PRIMARY KEY,
    subscription_id UUID NOT NULL REFERENCES webhook_subscription (id) ON DELETE CASCADE,
    event_seq BIGINT NOT NULL,
    event_id UUID NOT NULL,
    event_type TEXT NOT NULL,
    subject TEXT,
    -- PENDING, DELIVERED or EXPIRED
    status TEXT NOT NULL,
    attempts INT NOT NULL DEFAULT 0,
    next_attempt_at TIMESTAMPTZ NOT NULL,
    first_failed_at TIMESTAMPTZ,
    last_attempt_at TIMESTAMPTZ,
    last_status INT,
    last_error TEXT,
    delivered_at TIMESTAMPTZ,
    created_at TIMESTAMPTZ NOT NULL,
    replay_id UUID,
    expired_at TIMESTAMPTZ
);
CREATE INDEX webhook_delivery_pending ON webhook_delivery (subscription_id, id) WHERE status = 'PENDING';
CREATE INDEX webhook_delivery_log ON webhook_delivery (subscription_id, id DESC);
-- An event waits at most once per subscription: a replay over what is pending queues it once.
CREATE UNIQUE INDEX webhook_delivery_pending_once ON webhook_delivery (subscription_id, event_seq) WHERE status = 'PENDING';
-- The oldest waiting delivery of each subject (WebhookDispatcher), and the pending deliveries by age (WebhookRetention).
CREATE INDEX webhook_delivery_pending_subject ON webhook_delivery (subscription_id, (COALESCE(subject, '')), id) WHERE status = 'PENDING';
CREATE INDEX webhook_delivery_pending_age ON webhook_delivery (created_at) WHERE status = 'PENDING';
CREATE INDEX webhook_delivery_pending_replay ON webhook_delivery (subscription_id) WHERE status = 'PENDING' AND replay_id IS NOT NULL;

-- Whose an event is when its data does not say: the corporation holding a unit, the province a municipality lies in
-- (from quota-service's municipality-registered).
CREATE TABLE webhook_unit_owner (
    unit_id TEXT PRIMARY KEY,
    corporation_id TEXT NOT NULL
);
CREATE TABLE webhook_municipality (
    code TEXT PRIMARY KEY,
    province_code TEXT NOT NULL
);

-- Webhooks follow mergers and splits (R3, docs/webhooks.md#mergers-and-splits): every merger and split read, one row
-- per municipality that ceases to exist, so a delivery is queued to whoever reads the event on its day and a
-- subscription of a municipality that has ceased is suspended naming its successor.
CREATE TABLE webhook_succession (
    code TEXT PRIMARY KEY,
    -- MERGED (successors: the continuing municipality) or SPLIT (successors: the receivers, in the split's order)
    kind TEXT NOT NULL,
    successors TEXT[] NOT NULL,
    effective_date DATE NOT NULL
);
