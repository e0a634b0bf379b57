-- What a recorded verdict's cause says beside its type and id: an exchange agreement registered for a half-year already
-- closed was confirmed explicitly, and the verdict history shows that confirmation.
ALTER TABLE verdict_record ADD COLUMN cause_note TEXT;
