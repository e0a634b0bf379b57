-- A revocation's reason is a code (RevocationReason), the only thing its event carries (R9); a free-text explanation
-- stays in this database. Reasons written as text before become OTHER with that text as their explanation.
ALTER TABLE placement ADD COLUMN revocation_explanation TEXT;
UPDATE placement SET revocation_explanation = revocation_reason, revocation_reason = 'OTHER' WHERE revocation_reason IS NOT NULL;
ALTER TABLE placement ADD CHECK (revocation_reason IN ('REGISTERED_IN_ERROR', 'DUPLICATE', 'WRONG_COUPLING', 'WRONG_DETAILS', 'OTHER'));
