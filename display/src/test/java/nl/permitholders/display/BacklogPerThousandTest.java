package nl.permitholders.display;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import nl.permitholders.display.BacklogPerThousand.Band;
import org.junit.jupiter.api.Test;

/** The backlog per 1,000 inhabitants and its class on the map's colour scale. */
class BacklogPerThousandTest {

    @Test
    void theBacklogIsDividedByThePopulationInThousandsToOneDecimal() {
        // Almelo: 117 still to house among 73,000 inhabitants.
        assertThat(BacklogPerThousand.of(117, 73_000).perThousand()).isEqualByComparingTo("1.6");
        assertThat(BacklogPerThousand.of(30, 30_000).perThousand()).isEqualByComparingTo("1.0");
        assertThat(BacklogPerThousand.of(1, 400_000).perThousand()).isEqualByComparingTo("0.0");
        // Ahead of the quota: a negative figure.
        assertThat(BacklogPerThousand.of(-12, 24_000).perThousand()).isEqualByComparingTo("-0.5");
    }

    @Test
    void noBacklogIsTheLowestClassWhateverTheSize() {
        assertThat(BacklogPerThousand.of(0, 5_000).band()).isEqualTo(Band.NONE);
        assertThat(BacklogPerThousand.of(-40, 900_000).band()).isEqualTo(Band.NONE);
    }

    @Test
    void anyBacklogIsAboveTheLowestClassEvenWhenItRoundsToZero() {
        assertThat(BacklogPerThousand.of(1, 400_000).band()).isEqualTo(Band.BELOW_HALF);
    }

    @Test
    void theClassesAreBoundedAtHalfOneAndTwoPerThousandAsTheFigureIsShown() {
        assertThat(BacklogPerThousand.of(44, 100_000).band()).isEqualTo(Band.BELOW_HALF);
        // 0.496 per 1,000 is shown as 0,5 and classed with it.
        assertThat(BacklogPerThousand.of(496, 1_000_000).band()).isEqualTo(Band.HALF_TO_ONE);
        assertThat(BacklogPerThousand.of(50, 100_000).band()).isEqualTo(Band.HALF_TO_ONE);
        assertThat(BacklogPerThousand.of(94, 100_000).band()).isEqualTo(Band.HALF_TO_ONE);
        // 0.99 is shown as 1,0 and classed with it.
        assertThat(BacklogPerThousand.of(99, 100_000).band()).isEqualTo(Band.ONE_TO_TWO);
        assertThat(BacklogPerThousand.of(100, 100_000).band()).isEqualTo(Band.ONE_TO_TWO);
        assertThat(BacklogPerThousand.of(194, 100_000).band()).isEqualTo(Band.ONE_TO_TWO);
        assertThat(BacklogPerThousand.of(199, 100_000).band()).isEqualTo(Band.TWO_OR_MORE);
        assertThat(BacklogPerThousand.of(200, 100_000).band()).isEqualTo(Band.TWO_OR_MORE);
        assertThat(BacklogPerThousand.of(900, 10_000).band()).isEqualTo(Band.TWO_OR_MORE);
    }

    @Test
    void withoutAKnownPopulationThereIsNoFigureNotAZero() {
        BacklogPerThousand unknown = BacklogPerThousand.of(117, null);
        assertThat(unknown.band()).isEqualTo(Band.UNKNOWN);
        assertThat(unknown.perThousand()).isNull();
        assertThat(unknown.known()).isFalse();
        assertThat(BacklogPerThousand.of(0, null).band()).isEqualTo(Band.UNKNOWN);
        // Nobody to divide by: not known either.
        assertThat(BacklogPerThousand.of(3, 0).band()).isEqualTo(Band.UNKNOWN);
    }

    @Test
    void theFigureIsSaidInDutch() {
        assertThat(DutchFormat.perThousand(BacklogPerThousand.of(117, 73_000))).isEqualTo("1,6 per 1.000 inwoners");
        assertThat(DutchFormat.perThousand(BacklogPerThousand.of(30, 30_000))).isEqualTo("1,0 per 1.000 inwoners");
        assertThat(DutchFormat.perThousand(BacklogPerThousand.of(117, null))).isEqualTo("geen inwonertal bekend");
        assertThat(BacklogPerThousand.of(30, 30_000).perThousand()).isEqualTo(new BigDecimal("1.0"));
    }
}
