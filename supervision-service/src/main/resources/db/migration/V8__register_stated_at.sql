-- When quota-service stated each register entry (the event's ce_time): of two statements the later stands, whatever
-- order they arrive in. Null for entries stated before this column existed; the next statement replaces them.
ALTER TABLE province ADD COLUMN stated_at TIMESTAMPTZ;
ALTER TABLE municipality ADD COLUMN stated_at TIMESTAMPTZ;
ALTER TABLE merger ADD COLUMN stated_at TIMESTAMPTZ;
