-- Whether a quota is the Rijk's provisional announcement ("voorlopige taakstelling") or the fixed figure, and the date the
-- Rijk published it. Quotas loaded before this column were loaded as the Rijk published them for the half-year, so they
-- stand as FINAL; their publication date was not recorded and stays NULL (unknown), never guessed.
ALTER TABLE quota_version ADD COLUMN status TEXT NOT NULL DEFAULT 'FINAL' CHECK (status IN ('PROVISIONAL', 'FINAL'));
ALTER TABLE quota_version ADD COLUMN published_on DATE;
ALTER TABLE quota_version ALTER COLUMN status DROP DEFAULT;

ALTER TABLE national_quota_version ADD COLUMN status TEXT NOT NULL DEFAULT 'FINAL' CHECK (status IN ('PROVISIONAL', 'FINAL'));
ALTER TABLE national_quota_version ADD COLUMN published_on DATE;
ALTER TABLE national_quota_version ALTER COLUMN status DROP DEFAULT;
