package nl.permitholders.quota.merger;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import nl.permitholders.platform.api.InvalidParam;
import org.junit.jupiter.api.Test;

/** R3, Huisvestingswet 2014 art. 30. */
class MergerPlanTest {

    private static final LocalDate NEW_YEAR = LocalDate.of(2027, 1, 1);

    private static List<String> problems(String newCode, boolean registered, List<String> merged, LocalDate effective,
                                         Map<String, Boolean> exists) {
        return MergerPlan.check(newCode, registered, merged, effective, exists).list().stream().map(InvalidParam::name).toList();
    }

    @Test
    void twoExistingMunicipalitiesMergeIntoANewOneOnTheFirstOfJanuary() {
        assertThat(problems("GM1990", false, List.of("GM0147", "GM0163"), NEW_YEAR, Map.of("GM0147", true, "GM0163", true))).isEmpty();
    }

    @Test
    void aMergerTakesEffectOnTheFirstDayOfAHalfYear() {
        assertThat(problems("GM1990", false, List.of("GM0147", "GM0163"), LocalDate.of(2027, 3, 1),
                Map.of("GM0147", true, "GM0163", true))).containsExactly("effectiveDate");
    }

    @Test
    void theMergedMunicipalitiesMustExistTheDayBeforeAndTheNewOneMustBeNew() {
        assertThat(problems("GM0147", true, List.of("GM0147", "GM0163", "GM0999", "GM0163"), NEW_YEAR,
                Map.of("GM0147", true, "GM0163", false)))
                .containsExactlyInAnyOrder("municipality.code", "mergedMunicipalityCodes[0]", "mergedMunicipalityCodes[1]",
                        "mergedMunicipalityCodes[2]", "mergedMunicipalityCodes[3]");
    }
}
