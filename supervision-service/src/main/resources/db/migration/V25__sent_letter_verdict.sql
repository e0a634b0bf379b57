-- The computed verdict a sent letter states, so that a letter whose verdict a late fact or an adoption of COA's figure
-- changed since is shown to review. Letters sent before this column existed have none: their backlog alone is compared.
ALTER TABLE sent_letter ADD COLUMN verdict TEXT;
