-- Webhooks follow mergers and splits (R3, docs/webhooks.md#mergers-and-splits): every merger and split the webhooks'
-- consumer has read, one row per municipality that ceases to exist, so a delivery is queued to whoever reads the
-- event on its day and a subscription of a municipality that has ceased is suspended naming its successor.
CREATE TABLE webhook_succession (
    code TEXT PRIMARY KEY,
    -- MERGED (successors: the continuing municipality) or SPLIT (successors: the receivers, in the split's order)
    kind TEXT NOT NULL,
    successors TEXT[] NOT NULL,
    effective_date DATE NOT NULL
);

-- The abuse-protection handshake of the CloudEvents webhook specification: when the callback last allowed deliveries
-- from this sender (an OPTIONS request answered with WebHook-Allowed-Origin); nothing is sent to a subscription
-- before. Subscriptions that were delivered to before the handshake existed keep being delivered to.
ALTER TABLE webhook_subscription ADD COLUMN callback_allowed_at TIMESTAMPTZ;
UPDATE webhook_subscription s SET callback_allowed_at = s.created_at
    WHERE EXISTS (SELECT 1 FROM webhook_delivery d WHERE d.subscription_id = s.id AND d.status = 'DELIVERED');
