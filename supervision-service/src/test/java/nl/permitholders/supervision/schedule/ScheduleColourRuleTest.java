package nl.permitholders.supervision.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import nl.permitholders.supervision.schedule.ScheduleColourRule.Colour;
import org.junit.jupiter.api.Test;

/** R6: the schedule colour against the Opnieuw Thuis benchmark of 1/6 of the adjusted quota per month. */
class ScheduleColourRuleTest {

    @Test
    void onScheduleIsGreen() {
        assertThat(ScheduleColourRule.of(0, 120)).isEqualTo(Colour.GREEN);
    }

    @Test
    void aheadOfScheduleIsGreen() {
        assertThat(ScheduleColourRule.of(-5, 120)).isEqualTo(Colour.GREEN);
    }

    @Test
    void oneMonthsShareIsOneSixthOfTheAdjustedQuotaRoundedUp() {
        assertThat(ScheduleColourRule.oneMonthsShare(120)).isEqualTo(20);
        assertThat(ScheduleColourRule.oneMonthsShare(130)).as("21.67").isEqualTo(22);
        assertThat(ScheduleColourRule.oneMonthsShare(0)).isZero();
        assertThat(ScheduleColourRule.oneMonthsShare(-12)).as("a lead carried in is no quota").isZero();
    }

    @Test
    void behindByAtMostOneMonthsShareIsOrange() {
        assertThat(ScheduleColourRule.of(1, 130)).isEqualTo(Colour.ORANGE);
        assertThat(ScheduleColourRule.of(22, 130)).isEqualTo(Colour.ORANGE);
    }

    @Test
    void behindByMoreThanOneMonthsShareIsRed() {
        assertThat(ScheduleColourRule.of(23, 130)).isEqualTo(Colour.RED);
    }

    @Test
    void behindWithoutAQuotaIsRed() {
        assertThat(ScheduleColourRule.of(1, 0)).isEqualTo(Colour.RED);
    }
}
