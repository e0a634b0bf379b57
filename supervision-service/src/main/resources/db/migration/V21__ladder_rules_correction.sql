-- Ladder rules set to apply from before the day they were recorded rewrite advice already given: the province says why
-- they correct the earlier rules, and the advice they give shows it. Null for rules that correct nothing.
ALTER TABLE ladder_rules ADD COLUMN correction TEXT;
