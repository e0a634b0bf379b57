-- When quota-service made the registration kept (the event's ce_time): an older one delivered later changes nothing.
ALTER TABLE municipality ADD COLUMN stated_at TIMESTAMPTZ;
