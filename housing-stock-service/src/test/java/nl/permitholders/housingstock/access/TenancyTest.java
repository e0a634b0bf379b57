package nl.permitholders.housingstock.access;

import static org.assertj.core.api.Assertions.assertThat;

import nl.permitholders.housingstock.access.Tenancy.Scope;
import org.junit.jupiter.api.Test;

class TenancyTest {

    private static final Tenancy ALMELO = Tenancy.municipality("GM0141");
    private static final Tenancy BETER_WONEN = Tenancy.corporation("beter-wonen");

    @Test
    void aMunicipalityReachesWhatLiesInItOfAnyCorporation() {
        assertThat(ALMELO.reaches("GM0141", "beter-wonen")).isTrue();
        assertThat(ALMELO.reaches("GM0141", null)).isTrue();
        assertThat(ALMELO.reaches("GM0153", "beter-wonen")).isFalse();
    }

    @Test
    void aCorporationReachesItsOwnInEveryMunicipality() {
        assertThat(BETER_WONEN.reaches("GM0153", "beter-wonen")).isTrue();
        assertThat(BETER_WONEN.reaches("GM0141", "st-joseph")).isFalse();
        assertThat(BETER_WONEN.reaches("GM0141", null)).as("a side that does not count").isFalse();
    }

    @Test
    void aTenantRoleWithoutItsClaimOrAnotherRoleReachesNothing() {
        Tenancy municipalityWithoutCode = new Tenancy(true, null, false, null);
        Tenancy corporationWithoutId = new Tenancy(false, null, true, null);
        Tenancy province = new Tenancy(false, "GM0141", false, "beter-wonen");
        for (Tenancy nobody : new Tenancy[] {municipalityWithoutCode, corporationWithoutId, province}) {
            assertThat(nobody.reaches("GM0141", "beter-wonen")).as(nobody.toString()).isFalse();
            assertThat(nobody.reaches(null, null)).isFalse();
            assertThat(nobody.scope(null, null)).as(nobody.toString()).isEmpty();
        }
    }

    @Test
    void aListShowsAMunicipalityItselfOnly() {
        assertThat(ALMELO.scope(null, null)).contains(new Scope("GM0141", null));
        assertThat(ALMELO.scope("GM0141", "beter-wonen")).contains(new Scope("GM0141", "beter-wonen"));
        assertThat(ALMELO.scope("GM0153", null)).isEmpty();
    }

    @Test
    void aListShowsACorporationItsOwnOnly() {
        assertThat(BETER_WONEN.scope(null, null)).contains(new Scope(null, "beter-wonen"));
        assertThat(BETER_WONEN.scope("GM0153", "beter-wonen")).contains(new Scope("GM0153", "beter-wonen"));
        assertThat(BETER_WONEN.scope(null, "st-joseph")).isEmpty();
    }

    @Test
    void aTokenWithBothRolesReachesWhatEitherReachesAndListsWhatBothDo() {
        Tenancy both = new Tenancy(true, "GM0141", true, "beter-wonen");
        assertThat(both.reaches("GM0141", "st-joseph")).isTrue();
        assertThat(both.reaches("GM0153", "beter-wonen")).isTrue();
        assertThat(both.scope(null, null)).contains(new Scope("GM0141", "beter-wonen"));
    }

    /** R3: Weesp (GM0457) part of Amsterdam (GM0363) from 24 March 2022. */
    @Test
    void fromAMergerTheContinuingMunicipalityReachesWhatLayInTheMergedOneWhichStillReadsIt() {
        nl.permitholders.platform.merger.Succession weespIntoAmsterdam = nl.permitholders.platform.merger.Succession.of(java.util.List.of(
                new nl.permitholders.platform.merger.Succession.Merger("GM0457", "GM0363", java.time.LocalDate.of(2022, 3, 24))));
        Tenancy amsterdam = new Tenancy(true, "GM0363", false, null, weespIntoAmsterdam, java.time.LocalDate.of(2022, 3, 24));
        Tenancy weesp = new Tenancy(true, "GM0457", false, null, weespIntoAmsterdam, java.time.LocalDate.of(2022, 3, 24));
        Tenancy weespTheDayBefore = new Tenancy(true, "GM0457", false, null, weespIntoAmsterdam, java.time.LocalDate.of(2022, 3, 23));

        assertThat(amsterdam.reaches("GM0457", "eigen-haard")).isTrue();
        assertThat(weesp.reaches("GM0457", "eigen-haard")).isFalse();
        assertThat(weesp.reads("GM0457", "eigen-haard")).isTrue();
        assertThat(weespTheDayBefore.reaches("GM0457", "eigen-haard")).isTrue();
        assertThat(amsterdam.scope(null, null).orElseThrow().municipalityCodes()).containsExactly("GM0363", "GM0457");
    }
}
