package nl.permitholders.webhooks;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import nl.permitholders.platform.security.Succession;
import nl.permitholders.platform.security.Succession.Merger;
import nl.permitholders.platform.security.Succession.Split;
import org.junit.jupiter.api.Test;

/** R3 for webhooks: subscriptions follow mergers and splits as the reads do, on the day of the event. */
class SuccessionRuleTest {

    private static final LocalDate MERGER = LocalDate.of(2027, 1, 1);
    private static final LocalDate BEFORE = MERGER.minusDays(1);
    // Weesp (GM0457) merged into Amsterdam (GM0363); later Amsterdam merges in turn into an invented GM9001
    private static final Succession WEESP_INTO_AMSTERDAM = Succession.of(List.of(new Merger("GM0457", "GM0363", MERGER)));
    private static final Succession CHAINED = Succession.of(List.of(new Merger("GM0457", "GM0363", MERGER),
            new Merger("GM0363", "GM9001", MERGER.plusYears(1))));
    // an invented GM9100 split over GM0141 and GM0153
    private static final Succession SPLIT = Succession.of(List.of(), List.of(new Split("GM9100", List.of("GM0141", "GM0153"), MERGER)));

    @Test
    void theContinuingMunicipalityHearsOfTheMergedOnesEventsFromTheMergerDate() {
        assertThat(SuccessionRule.municipalityHears("GM0363", "GM0457", WEESP_INTO_AMSTERDAM, BEFORE)).isFalse();
        assertThat(SuccessionRule.municipalityHears("GM0363", "GM0457", WEESP_INTO_AMSTERDAM, MERGER)).isTrue();
        assertThat(SuccessionRule.municipalityHears("GM0363", "GM0363", WEESP_INTO_AMSTERDAM, MERGER)).isTrue();
    }

    @Test
    void mergersChain() {
        assertThat(SuccessionRule.municipalityHears("GM9001", "GM0457", CHAINED, MERGER.plusYears(1))).isTrue();
        assertThat(SuccessionRule.municipalityHears("GM9001", "GM0457", CHAINED, MERGER)).isFalse();
        assertThat(SuccessionRule.ceased("GM0457", CHAINED, MERGER.plusYears(1))).get().asString()
                .startsWith("GM0457 merged into GM0363 on 2027-01-01").contains("subscribe with a token of GM9001");
    }

    @Test
    void aMergedMunicipalityHearsOfNothingFromTheMergerDateAndItsSubscriptionsAreSuspendedNamingItsSuccessor() {
        assertThat(SuccessionRule.municipalityHears("GM0457", "GM0457", WEESP_INTO_AMSTERDAM, BEFORE)).isTrue();
        assertThat(SuccessionRule.municipalityHears("GM0457", "GM0457", WEESP_INTO_AMSTERDAM, MERGER)).isFalse();
        assertThat(SuccessionRule.ceased("GM0457", WEESP_INTO_AMSTERDAM, BEFORE)).isEmpty();
        assertThat(SuccessionRule.ceased("GM0457", WEESP_INTO_AMSTERDAM, MERGER)).get().asString()
                .startsWith("GM0457 merged into GM0363 on 2027-01-01 (R3)").contains("subscribe with a token of GM0363");
        assertThat(SuccessionRule.ceased("GM0363", WEESP_INTO_AMSTERDAM, MERGER)).isEmpty();
    }

    @Test
    void theReceiversOfASplitHearOfTheSplitMunicipalitysEventsFromTheSplitDateAndItHearsOfNothing() {
        assertThat(SuccessionRule.municipalityHears("GM0141", "GM9100", SPLIT, BEFORE)).isFalse();
        assertThat(SuccessionRule.municipalityHears("GM0141", "GM9100", SPLIT, MERGER)).isTrue();
        assertThat(SuccessionRule.municipalityHears("GM0153", "GM9100", SPLIT, MERGER)).isTrue();
        assertThat(SuccessionRule.municipalityHears("GM0141", "GM0153", SPLIT, MERGER)).as("not each other's").isFalse();
        assertThat(SuccessionRule.municipalityHears("GM9100", "GM9100", SPLIT, MERGER)).isFalse();
        assertThat(SuccessionRule.ceased("GM9100", SPLIT, MERGER)).get().asString()
                .startsWith("GM9100 was split over GM0141, GM0153 on 2027-01-01 (R3)");
    }

    @Test
    void aFilterNamingAMergedMunicipalityFollowsItIntoItsSuccessorAndTheOtherWayRound() {
        Succession amsterdamAndDiemen = Succession.of(List.of(new Merger("GM0457", "GM0363", MERGER),
                new Merger("GM0384", "GM0363", MERGER)));
        assertThat(SuccessionRule.filterTakes(Set.of("GM0457"), "GM0363", amsterdamAndDiemen, BEFORE)).isFalse();
        assertThat(SuccessionRule.filterTakes(Set.of("GM0457"), "GM0363", amsterdamAndDiemen, MERGER)).isTrue();
        assertThat(SuccessionRule.filterTakes(Set.of("GM0457"), "GM0384", amsterdamAndDiemen, MERGER)).as("merged alongside").isTrue();
        assertThat(SuccessionRule.filterTakes(Set.of("GM0363"), "GM0457", amsterdamAndDiemen, MERGER)).isTrue();
        assertThat(SuccessionRule.filterTakes(Set.of("GM0363"), "GM0457", amsterdamAndDiemen, BEFORE)).isFalse();
        assertThat(SuccessionRule.filterTakes(Set.of("GM0457"), "GM0141", amsterdamAndDiemen, MERGER)).isFalse();
    }

    @Test
    void aFilterNamingASplitMunicipalityKeepsItsOwnEventsAndDoesNotWidenToItsReceivers() {
        assertThat(SuccessionRule.filterTakes(Set.of("GM9100"), "GM9100", SPLIT, MERGER)).isTrue();
        assertThat(SuccessionRule.filterTakes(Set.of("GM9100"), "GM0141", SPLIT, MERGER)).isFalse();
        assertThat(SuccessionRule.filterTakes(Set.of("GM0141"), "GM9100", SPLIT, MERGER)).as("a receiver's filter").isTrue();
        assertThat(SuccessionRule.filterTakes(Set.of("GM0141"), "GM9100", SPLIT, BEFORE)).isFalse();
    }

    @Test
    void anEmptyFilterTakesEveryMunicipalityAndOneNamingCodesNoEventWithoutOne() {
        assertThat(SuccessionRule.filterTakes(Set.of(), null, SPLIT, MERGER)).isTrue();
        assertThat(SuccessionRule.filterTakes(Set.of("GM0141"), null, SPLIT, MERGER)).isFalse();
    }
}
