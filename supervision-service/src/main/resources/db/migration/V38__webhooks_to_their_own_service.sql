-- Partners' webhooks are webhook-service's (docs/architecture.md, "Webhooks for partners: their own service"), in its
-- own database: their tables leave supervision's. An operator who keeps the subscriptions copies these tables' rows to
-- webhook-service's database before this runs (CHANGELOG.md).
DROP TABLE webhook_delivery;
DROP TABLE webhook_event;
DROP TABLE webhook_subscription;
DROP TABLE webhook_unit_owner;
DROP TABLE webhook_municipality;
DROP TABLE webhook_succession;
