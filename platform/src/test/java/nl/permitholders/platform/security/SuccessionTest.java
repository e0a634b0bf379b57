package nl.permitholders.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import nl.permitholders.platform.security.Succession.Merger;
import org.junit.jupiter.api.Test;

/** R3: from the merger date the continuing municipality answers for the merged ones' couplings, placements and units. */
class SuccessionTest {

    private static final String WEESP = "GM0457";
    private static final String AMSTERDAM = "GM0363";
    private static final LocalDate MERGER = LocalDate.of(2022, 3, 24);
    private static final Succession WEESP_INTO_AMSTERDAM = Succession.of(List.of(new Merger(WEESP, AMSTERDAM, MERGER)));

    @Test
    void weespAnswersForItsCouplingsUntilTheDayBeforeTheMergerAndAmsterdamFromTheMergerOn() {
        assertThat(WEESP_INTO_AMSTERDAM.responsibleOn(WEESP, MERGER.minusDays(1))).isEqualTo(WEESP);
        assertThat(WEESP_INTO_AMSTERDAM.responsibleOn(WEESP, MERGER)).isEqualTo(AMSTERDAM);
        assertThat(WEESP_INTO_AMSTERDAM.responsibleOn(AMSTERDAM, MERGER)).isEqualTo(AMSTERDAM);
    }

    @Test
    void weespCeasedToExistOnTheDayOfTheMergerAndTakesNothingNewFromThen() {
        assertThat(WEESP_INTO_AMSTERDAM.ceasedBy(WEESP, MERGER.minusDays(1))).isEmpty();
        assertThat(WEESP_INTO_AMSTERDAM.ceasedBy(WEESP, MERGER)).contains(new Merger(WEESP, AMSTERDAM, MERGER));
        assertThat(WEESP_INTO_AMSTERDAM.ceasedBy(AMSTERDAM, MERGER)).isEmpty();
    }

    @Test
    void weespsStaffReadTheirHistoryButWriteNothingFromTheMergerOn() {
        assertThat(WEESP_INTO_AMSTERDAM.mayWrite(WEESP, WEESP, MERGER.minusDays(1))).isTrue();
        assertThat(WEESP_INTO_AMSTERDAM.mayWrite(WEESP, WEESP, MERGER)).isFalse();
        assertThat(WEESP_INTO_AMSTERDAM.mayRead(WEESP, WEESP, MERGER.plusYears(1))).isTrue();
        assertThat(WEESP_INTO_AMSTERDAM.mayWrite(AMSTERDAM, WEESP, MERGER)).isTrue();
        assertThat(WEESP_INTO_AMSTERDAM.mayRead(AMSTERDAM, WEESP, MERGER.minusDays(1))).isFalse();
    }

    @Test
    void amsterdamsListsHoldWeespsCouplingsFromTheMergerOn() {
        assertThat(WEESP_INTO_AMSTERDAM.answeringFor(AMSTERDAM, MERGER.minusDays(1))).containsExactly(AMSTERDAM);
        assertThat(WEESP_INTO_AMSTERDAM.answeringFor(AMSTERDAM, MERGER)).containsExactly(AMSTERDAM, WEESP);
        assertThat(WEESP_INTO_AMSTERDAM.answeringFor(WEESP, MERGER)).containsExactly(WEESP);
    }

    @Test
    void whatPassedToAMunicipalityPassesOnWhenItMergesInTurn() {
        Succession chain = Succession.of(List.of(new Merger("GM0001", "GM0002", LocalDate.of(2019, 1, 1)),
                new Merger("GM0002", "GM0003", LocalDate.of(2027, 1, 1))));
        assertThat(chain.responsibleOn("GM0001", LocalDate.of(2020, 1, 1))).isEqualTo("GM0002");
        assertThat(chain.responsibleOn("GM0001", LocalDate.of(2027, 1, 1))).isEqualTo("GM0003");
        assertThat(chain.answeringFor("GM0003", LocalDate.of(2027, 1, 1))).containsExactly("GM0003", "GM0001", "GM0002");
    }

    private static final String HAAREN = "GM0788";
    private static final String VUGHT = "GM0865";
    private static final String TILBURG = "GM0855";
    private static final LocalDate SPLIT = LocalDate.of(2021, 1, 1);
    private static final Succession HAAREN_SPLIT = Succession.of(List.of(),
            List.of(new Succession.Split(HAAREN, List.of("GM0757", "GM0824", TILBURG, VUGHT), SPLIT)));

    @Test
    void fromTheSplitOnHaarenWritesNothingAndEachReceiverReadsWhatWasHaarensAsToBeDivided() {
        assertThat(HAAREN_SPLIT.mayWrite(HAAREN, HAAREN, SPLIT.minusDays(1))).isTrue();
        assertThat(HAAREN_SPLIT.mayWrite(HAAREN, HAAREN, SPLIT)).isFalse();
        assertThat(HAAREN_SPLIT.mayWrite(VUGHT, HAAREN, SPLIT)).isFalse();
        assertThat(HAAREN_SPLIT.mayRead(VUGHT, HAAREN, SPLIT)).isTrue();
        assertThat(HAAREN_SPLIT.mayRead(VUGHT, HAAREN, SPLIT.minusDays(1))).isFalse();
        assertThat(HAAREN_SPLIT.mayRead(HAAREN, HAAREN, SPLIT)).isTrue();
        assertThat(HAAREN_SPLIT.toBeDividedFor(TILBURG, SPLIT)).containsExactly(HAAREN);
        assertThat(HAAREN_SPLIT.toBeDividedFor(TILBURG, SPLIT.minusDays(1))).isEmpty();
        assertThat(HAAREN_SPLIT.toBeDividedFor("GM0363", SPLIT)).isEmpty();
    }
}
