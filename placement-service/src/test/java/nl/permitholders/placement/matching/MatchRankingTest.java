package nl.permitholders.placement.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import nl.permitholders.placement.coupling.HouseholdType;
import nl.permitholders.placement.matching.MatchRanking.Candidate;
import org.junit.jupiter.api.Test;

class MatchRankingTest {

    private static final LocalDate TODAY = LocalDate.of(2025, 6, 2);

    private static Candidate waitingSince(String reference, LocalDate permitDate, boolean ownRegion) {
        return new Candidate(UUID.randomUUID(), reference, HouseholdType.FAMILY, 3, permitDate, permitDate.plusWeeks(2),
                ownRegion, false);
    }

    @Test
    void theLongestWaitingComesFirstWhateverTheRegion() {
        Candidate longWaitingElsewhere = waitingSince("A", TODAY.minusWeeks(20), false);
        Candidate shortWaitingOwnRegion = waitingSince("B", TODAY.minusWeeks(5), true);
        assertThat(Stream.of(shortWaitingOwnRegion, longWaitingElsewhere).sorted(MatchRanking.order(TODAY)).toList())
                .containsExactly(longWaitingElsewhere, shortWaitingOwnRegion);
    }

    @Test
    void amongEquallyManyWeeksWaitingTheOwnRegionIsPreferred() {
        Candidate elsewhere = waitingSince("A", TODAY.minusWeeks(10).minusDays(3), false);
        Candidate ownRegion = waitingSince("B", TODAY.minusWeeks(10), true);
        assertThat(Stream.of(elsewhere, ownRegion).sorted(MatchRanking.order(TODAY)).toList())
                .containsExactly(ownRegion, elsewhere);
    }

    @Test
    void otherwiseTheWaitingOrderDecides() {
        Candidate earlier = waitingSince("B", TODAY.minusWeeks(10).minusDays(3), true);
        Candidate later = waitingSince("A", TODAY.minusWeeks(10), true);
        assertThat(Stream.of(later, earlier).sorted(MatchRanking.order(TODAY)).toList()).containsExactly(earlier, later);
    }

    @Test
    void eachSuggestionSaysWhyItRanksThere() {
        List<String> reasons = MatchRanking.reasons(waitingSince("A", TODAY.minusWeeks(16), true), TODAY);
        assertThat(reasons).containsExactly(
                "waiting 16 weeks since the permit of " + TODAY.minusWeeks(16),
                "overdue since " + TODAY.minusWeeks(2) + " (12 weeks after coupling)",
                "asylum centre in the municipality's own region (preferred)");
    }
}
