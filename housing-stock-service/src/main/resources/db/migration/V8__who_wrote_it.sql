-- Who made each write (the subject of the caller's token), next to when: the audit of the housing stock. Facts
-- recorded before tokens were checked have none.
ALTER TABLE unit ADD COLUMN registered_by TEXT, ADD COLUMN corrected_by TEXT, ADD COLUMN retired_by TEXT;
ALTER TABLE vacancy ADD COLUMN reported_by TEXT;
ALTER TABLE allocation ADD COLUMN recorded_by TEXT;
ALTER TABLE performance_agreement ADD COLUMN set_by TEXT;
ALTER TABLE capacity_project ADD COLUMN registered_by TEXT, ADD COLUMN planned_by TEXT;
ALTER TABLE capacity_delivery ADD COLUMN recorded_by TEXT;
