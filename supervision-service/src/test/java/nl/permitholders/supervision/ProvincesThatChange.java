package nl.permitholders.supervision;

import java.time.LocalDate;
import java.util.UUID;

/**
 * Two provinces whose municipalities change in the ways that decide which figures must be computed again after a
 * change: a fact, a municipality moving to the other province, a merger (R3) and a fact of a merged municipality.
 * The backlog at the end of 2027-H1 after each step is in the step's comment.
 */
public final class ProvincesThatChange {

    public final String north = TestEvents.newProvince();
    public final String south = TestEvents.newProvince();
    public final String a = TestEvents.newMunicipality();
    public final String b = TestEvents.newMunicipality();
    public final String c = TestEvents.newMunicipality();
    public final String merged = TestEvents.newMunicipality();
    private final TestEvents events;

    /** a, b and c in the north with quotas of 10, 20 and 30 in 2026-H2: north 3 municipalities, backlog 60; south none. */
    public ProvincesThatChange(TestEvents events) {
        this.events = events;
        events.province(north, "North-" + north);
        events.province(south, "South-" + south);
        for (String code : new String[] {a, b, c}) {
            events.municipality(code, "Town " + code, north);
        }
        events.quota(a, "2026-H2", 10, 1);
        events.quota(b, "2026-H2", 20, 1);
        events.quota(c, "2026-H2", 30, 1);
    }

    /** A quota of 5 for a in 2027-H1: north backlog 65. */
    public void aGetsAQuota() {
        events.quota(a, "2027-H1", 5, 1);
    }

    /** b moves to the south: north 2 municipalities, backlog 45; south 1, backlog 20. */
    public void bMovesSouth() {
        events.municipality(b, "Town " + b, south);
    }

    /**
     * a and c merge into a new municipality of the north in 2027-H1, which takes over their backlog (40) and, the
     * merger's half-year being wholly its own, a's quota of 2027-H1 (5), as quota-service publishes it with the merger:
     * 5 for the new municipality, 0 for a. North 1, backlog 45 (R3).
     */
    public void aAndCMerge() {
        events.municipality(merged, "Merged " + merged, north);
        events.send("quota.events", merged, TestEvents.QUOTA + "municipalities-merged.v1", """
                {"mergerId":"%s","municipalityCode":"%s","mergedMunicipalityCodes":["%s","%s"],"effectiveDate":"2027-01-01","effectivePeriod":"2027-H1"}"""
                .formatted(UUID.randomUUID(), merged, a, c));
        events.quota(merged, "2027-H1", 5, 1);
        events.quota(a, "2027-H1", 0, 2);
    }

    /** c, merged since, housed 4 persons in 2026-H2, which changes what the new municipality took over: north backlog 41. */
    public void cHousedFourBeforeTheMerger() {
        events.placement(c, events.coupling(c, 4, LocalDate.parse("2026-08-01")), 4, LocalDate.parse("2026-09-01"), null);
    }
}
