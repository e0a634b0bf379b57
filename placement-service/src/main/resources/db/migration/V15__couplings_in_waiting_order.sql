-- COA's list of couplings across the country (no municipality asked for) is paged in the waiting order: permit date,
-- coupling date, COA reference. coupling_waiting leads with the municipality, so a page of the whole country sorted
-- every coupling first; this index reads the page in that order.
CREATE INDEX coupling_waiting_order ON coupling (permit_date, coupling_date, coa_reference);
