package nl.permitholders.quota.merger;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import nl.permitholders.platform.api.InvalidParam;
import nl.permitholders.quota.merger.MergerPlan.Registered;
import org.junit.jupiter.api.Test;

/** R3, Huisvestingswet 2014 art. 30: a new municipality, or an existing one absorbing others, on any date. */
class MergerPlanTest {

    private static final LocalDate NEW_YEAR = LocalDate.of(2027, 1, 1);
    private static final LocalDate COUNCIL_ELECTIONS_2022 = LocalDate.of(2022, 3, 24);
    private static final Registered AMSTERDAM = new Registered("Amsterdam", "PV27", true);

    private static List<String> problems(String code, Registered registered, String name, String province, List<String> merged,
                                         LocalDate effective, Map<String, Boolean> exists) {
        return MergerPlan.check(code, registered, name, province, merged, effective, exists).list().stream()
                .map(InvalidParam::name).toList();
    }

    @Test
    void twoExistingMunicipalitiesMergeIntoANewOneOnTheFirstOfJanuary() {
        assertThat(problems("GM1990", null, "Samengevoegd", "PV23", List.of("GM0147", "GM0163"), NEW_YEAR,
                Map.of("GM0147", true, "GM0163", true))).isEmpty();
    }

    @Test
    void weespIsAbsorbedIntoAmsterdamOnTheDayOfTheCouncilElections() {
        assertThat(problems("GM0363", AMSTERDAM, null, null, List.of("GM0457"), COUNCIL_ELECTIONS_2022,
                Map.of("GM0457", true))).isEmpty();
    }

    @Test
    void haarlemmerliedeIsAbsorbedIntoHaarlemmermeerKeepingItsNameAndProvince() {
        Registered haarlemmermeer = new Registered("Haarlemmermeer", "PV27", true);
        assertThat(problems("GM0394", haarlemmermeer, "Haarlemmermeer", "PV27", List.of("GM0393"), LocalDate.of(2019, 1, 1),
                Map.of("GM0393", true))).isEmpty();
    }

    @Test
    void anAbsorbingMunicipalityKeepsItsNameAndProvinceAndMustExistOnTheDay() {
        assertThat(problems("GM0363", new Registered("Amsterdam", "PV27", false), "Groot-Amsterdam", "PV26", List.of(),
                COUNCIL_ELECTIONS_2022, Map.of()))
                .containsExactlyInAnyOrder("municipality.code", "municipality.name", "municipality.provinceCode",
                        "mergedMunicipalityCodes");
    }

    @Test
    void aNewMunicipalityHasANameAProvinceAndAtLeastTwoPredecessors() {
        assertThat(problems("GM1990", null, " ", null, List.of("GM0147"), NEW_YEAR, Map.of("GM0147", true)))
                .containsExactlyInAnyOrder("municipality.name", "municipality.provinceCode", "mergedMunicipalityCodes");
    }

    @Test
    void theMergedMunicipalitiesMustExistTheDayBeforeOnceEachAndNotBeTheContinuingOne() {
        assertThat(problems("GM0147", new Registered("X", "PV23", true), null, null, List.of("GM0147", "GM0163", "GM0999", "GM0163"),
                NEW_YEAR, Map.of("GM0147", true, "GM0163", false)))
                .containsExactlyInAnyOrder("mergedMunicipalityCodes[0]", "mergedMunicipalityCodes[1]",
                        "mergedMunicipalityCodes[2]", "mergedMunicipalityCodes[3]");
    }
}
