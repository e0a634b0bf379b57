-- Whether a quota entry is the Rijk's provisional announcement or its fixed figure, and the date the Rijk published it.
-- Quota events published before they carried a status were quotas loaded as the Rijk published them, which quota-service
-- holds as FINAL; so are the entries projected from them, here and in any rebuild (EventDecoder reads a quota-set
-- without status as FINAL). Their publication date was never sent and stays NULL.
ALTER TABLE ledger_entry ADD COLUMN quota_status TEXT;
ALTER TABLE ledger_entry ADD COLUMN published_on DATE;
UPDATE ledger_entry SET quota_status = 'FINAL' WHERE kind = 'QUOTA';
