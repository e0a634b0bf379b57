-- Webhook deliveries bounded by owner and kept no longer than needed (docs/webhooks.md):
-- a rotated secret signs beside the new one until previous_secret_until; secrets are sealed with AES-GCM under the
-- service's key (webhooks.secret-key) at the next start, as the key lives in the configuration, not in the database;
-- when each subscription was last served, so the senders take the subscriptions in turn.
ALTER TABLE webhook_subscription ADD COLUMN previous_secret TEXT;
ALTER TABLE webhook_subscription ADD COLUMN previous_secret_until TIMESTAMPTZ;
ALTER TABLE webhook_subscription ADD COLUMN last_served_at TIMESTAMPTZ;

-- A delivery queued by a replay names it (one replay runs per subscription at a time); a pending delivery older than
-- webhooks.pending-expiry becomes EXPIRED (replayable while its event is kept), kept in the log as delivered lines are.
ALTER TABLE webhook_delivery ADD COLUMN replay_id UUID;
ALTER TABLE webhook_delivery ADD COLUMN expired_at TIMESTAMPTZ;

-- An event waits at most once per subscription: a replay over what is pending queues it once.
DELETE FROM webhook_delivery d USING webhook_delivery kept
    WHERE d.status = 'PENDING' AND kept.status = 'PENDING' AND d.subscription_id = kept.subscription_id
    AND d.event_seq = kept.event_seq AND d.id > kept.id;
CREATE UNIQUE INDEX webhook_delivery_pending_once ON webhook_delivery (subscription_id, event_seq) WHERE status = 'PENDING';
-- The oldest waiting delivery of each subject (WebhookDispatcher), and the pending deliveries by age (WebhookRetention).
CREATE INDEX webhook_delivery_pending_subject ON webhook_delivery (subscription_id, (COALESCE(subject, '')), id) WHERE status = 'PENDING';
CREATE INDEX webhook_delivery_pending_age ON webhook_delivery (created_at) WHERE status = 'PENDING';
CREATE INDEX webhook_delivery_pending_replay ON webhook_delivery (subscription_id) WHERE status = 'PENDING' AND replay_id IS NOT NULL;
