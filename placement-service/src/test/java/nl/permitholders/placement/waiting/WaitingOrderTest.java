package nl.permitholders.placement.waiting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class WaitingOrderTest {

    record Household(String coaReference, LocalDate permitDate, LocalDate couplingDate) implements WaitingOrder.Waiting {
    }

    @Test
    void theEarliestPermitWaitsLongestThenTheEarliestCoupling() {
        Household permitFirst = new Household("C", LocalDate.of(2024, 1, 1), LocalDate.of(2024, 3, 1));
        Household coupledFirst = new Household("B", LocalDate.of(2024, 2, 1), LocalDate.of(2024, 2, 10));
        Household coupledLater = new Household("A", LocalDate.of(2024, 2, 1), LocalDate.of(2024, 2, 20));
        List<Household> ordered = Stream.of(coupledLater, coupledFirst, permitFirst)
                .sorted(WaitingOrder.longestFirst()).toList();
        assertThat(ordered).containsExactly(permitFirst, coupledFirst, coupledLater);
    }

    @Test
    void equalDatesAreOrderedTheSameEveryTime() {
        LocalDate day = LocalDate.of(2024, 2, 1);
        Household a = new Household("A", day, day);
        Household b = new Household("B", day, day);
        assertThat(Stream.of(b, a).sorted(WaitingOrder.longestFirst()).toList()).containsExactly(a, b);
    }

    @Test
    void waitingCountsWholeWeeksSinceThePermit() {
        LocalDate permit = LocalDate.of(2024, 1, 1);
        assertThat(WaitingOrder.weeksWaiting(permit, permit.plusDays(13))).isEqualTo(1);
        assertThat(WaitingOrder.weeksWaiting(permit, permit.plusDays(14))).isEqualTo(2);
    }
}
