-- The day province staff or the Rijk decided to adopt COA's figure, as a province verdict carries the day it was decided:
-- an adoption recorded later for a past deadline (history loaded afterwards) counts as of that day. Adoptions recorded
-- before this column existed were decided on the day they were recorded.
ALTER TABLE coa_position_adoption ADD COLUMN decided_on DATE;
ALTER TABLE coa_position_adoption DISABLE TRIGGER coa_position_adoption_append_only;
UPDATE coa_position_adoption SET decided_on = (adopted_at AT TIME ZONE 'Europe/Amsterdam')::date;
ALTER TABLE coa_position_adoption ENABLE TRIGGER coa_position_adoption_append_only;
ALTER TABLE coa_position_adoption ALTER COLUMN decided_on SET NOT NULL;
