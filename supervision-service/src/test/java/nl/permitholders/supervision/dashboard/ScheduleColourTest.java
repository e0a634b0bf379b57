package nl.permitholders.supervision.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ScheduleColourTest {

    @Test
    void onOrAheadOfScheduleIsGreen() {
        assertThat(ScheduleColour.of(0, 120)).isEqualTo(ScheduleColour.GREEN);
        assertThat(ScheduleColour.of(-5, 120)).isEqualTo(ScheduleColour.GREEN);
    }

    @Test
    void behindByAtMostOneMonthsShareIsOrangeAndMoreIsRed() {
        // 1/6 of 130 is 21.67: a month's share rounds up to 22.
        assertThat(ScheduleColour.of(1, 130)).isEqualTo(ScheduleColour.ORANGE);
        assertThat(ScheduleColour.of(22, 130)).isEqualTo(ScheduleColour.ORANGE);
        assertThat(ScheduleColour.of(23, 130)).isEqualTo(ScheduleColour.RED);
    }

    @Test
    void behindWithoutAQuotaIsRed() {
        assertThat(ScheduleColour.of(1, 0)).isEqualTo(ScheduleColour.RED);
    }
}
