package nl.permitholders.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import nl.permitholders.platform.security.Tenancy.Scope;
import org.junit.jupiter.api.Test;

class TenancyTest {

    private static final Tenancy ALMELO = Tenancy.municipality("GM0141");
    private static final Tenancy OVERIJSSEL = Tenancy.province("PV23");
    private static final Tenancy BETER_WONEN = Tenancy.corporation("beter-wonen");
    private static final Tenancy RIJK = Tenancy.of(Set.of(Roles.RIJK), null, null, null);

    @Test
    void aMunicipalityActsForItselfOnly() {
        assertThat(ALMELO.actsForMunicipality("GM0141", "PV23")).isTrue();
        assertThat(ALMELO.actsForMunicipality("GM0141", null)).as("its province need not be known").isTrue();
        assertThat(ALMELO.actsForMunicipality("GM0153", "PV23")).isFalse();
    }

    @Test
    void aProvinceActsForItsOwnMunicipalitiesAndItselfOnly() {
        assertThat(OVERIJSSEL.actsForMunicipality("GM0141", "PV23")).isTrue();
        assertThat(OVERIJSSEL.actsForMunicipality("GM0363", "PV27")).isFalse();
        assertThat(OVERIJSSEL.actsForMunicipality("GM0141", null)).as("a municipality the service places nowhere").isFalse();
        assertThat(OVERIJSSEL.actsForProvince("PV23")).isTrue();
        assertThat(OVERIJSSEL.actsForProvince("PV24")).isFalse();
    }

    @Test
    void aProvinceAdministratorIsBoundToItsProvinceLikeItsStaff() {
        Tenancy administrator = Tenancy.of(Set.of(Roles.PROVINCE_ADMINISTRATOR), null, "PV23", null);
        assertThat(administrator.actsForProvince("PV23")).isTrue();
        assertThat(administrator.actsForProvince("PV24")).isFalse();
        assertThat(administrator.actsForMunicipality("GM0363", "PV27")).isFalse();
    }

    @Test
    void aRoleBoundToNoTenantActsForAnyTheRoleCheckHavingLetItThrough() {
        assertThat(RIJK.actsForMunicipality("GM0141", null)).isTrue();
        assertThat(RIJK.actsForProvince("PV23")).isTrue();
        assertThat(BETER_WONEN.actsForMunicipality("GM0141", null)).isTrue();
    }

    @Test
    void aTenantRoleWithoutItsClaimActsForNoTenantOfItsKind() {
        assertThat(Tenancy.of(Set.of(Roles.MUNICIPALITY), null, null, null).actsForMunicipality("GM0141", "PV23")).isFalse();
        Tenancy provinceWithoutCode = Tenancy.of(Set.of(Roles.PROVINCE), null, null, null);
        assertThat(provinceWithoutCode.actsForProvince("PV23")).isFalse();
        assertThat(provinceWithoutCode.actsForMunicipality("GM0141", "PV23")).isFalse();
        assertThat(provinceWithoutCode.actsForMunicipality("GM0141", null)).isFalse();
    }

    @Test
    void aClaimCountsOnlyWithItsRole() {
        Tenancy rijkWithClaims = Tenancy.of(Set.of(Roles.RIJK), "GM0141", "PV23", "beter-wonen");
        assertThat(rijkWithClaims.reaches("GM0141", "beter-wonen")).isFalse();
        assertThat(rijkWithClaims.scope(null, null)).isEmpty();
    }

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
        Tenancy municipalityWithoutCode = Tenancy.of(Set.of(Roles.MUNICIPALITY), null, null, null);
        Tenancy corporationWithoutId = Tenancy.of(Set.of(Roles.CORPORATION), null, null, null);
        Tenancy province = Tenancy.of(Set.of(), "GM0141", null, "beter-wonen");
        for (Tenancy nobody : new Tenancy[] {municipalityWithoutCode, corporationWithoutId, province, OVERIJSSEL, RIJK}) {
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
        Tenancy both = Tenancy.of(Set.of(Roles.MUNICIPALITY, Roles.CORPORATION), "GM0141", null, "beter-wonen");
        assertThat(both.reaches("GM0141", "st-joseph")).isTrue();
        assertThat(both.reaches("GM0153", "beter-wonen")).isTrue();
        assertThat(both.scope(null, null)).contains(new Scope("GM0141", "beter-wonen"));
    }

    /** R3: Weesp (GM0457) part of Amsterdam (GM0363) from 24 March 2022. */
    @Test
    void fromAMergerTheContinuingMunicipalityReachesWhatLayInTheMergedOneWhichStillReadsIt() {
        Succession weespIntoAmsterdam = Succession.of(List.of(new Succession.Merger("GM0457", "GM0363", LocalDate.of(2022, 3, 24))));
        Tenancy amsterdam = Tenancy.municipality("GM0363").following(weespIntoAmsterdam, LocalDate.of(2022, 3, 24));
        Tenancy weesp = Tenancy.municipality("GM0457").following(weespIntoAmsterdam, LocalDate.of(2022, 3, 24));
        Tenancy weespTheDayBefore = Tenancy.municipality("GM0457").following(weespIntoAmsterdam, LocalDate.of(2022, 3, 23));

        assertThat(amsterdam.reaches("GM0457", "eigen-haard")).isTrue();
        assertThat(weesp.reaches("GM0457", "eigen-haard")).isFalse();
        assertThat(weesp.reads("GM0457", "eigen-haard")).isTrue();
        assertThat(weespTheDayBefore.reaches("GM0457", "eigen-haard")).isTrue();
        assertThat(amsterdam.scope(null, null).orElseThrow().municipalityCodes()).containsExactly("GM0363", "GM0457");

        assertThat(amsterdam.actsForMunicipality("GM0457", null)).isTrue();
        assertThat(weesp.actsForMunicipality("GM0457", null)).isFalse();
        assertThat(weesp.readsMunicipality("GM0457", null)).isTrue();
        assertThat(weesp.readsMunicipality("GM0363", null)).isFalse();
        assertThat(weespTheDayBefore.actsForMunicipality("GM0457", null)).isTrue();
    }
}
