package nl.permitholders.supervision.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MonitoringRegimeTest {

    @Test
    void onOrAheadOfScheduleIsGreen() {
        assertThat(MonitoringRegime.of(0, 120)).isEqualTo(MonitoringRegime.GREEN);
        assertThat(MonitoringRegime.of(-5, 120)).isEqualTo(MonitoringRegime.GREEN);
    }

    @Test
    void behindByAtMostOneMonthsShareIsOrangeAndMoreIsRed() {
        // 1/6 of 130 is 21.67: a month's share rounds up to 22.
        assertThat(MonitoringRegime.of(1, 130)).isEqualTo(MonitoringRegime.ORANGE);
        assertThat(MonitoringRegime.of(22, 130)).isEqualTo(MonitoringRegime.ORANGE);
        assertThat(MonitoringRegime.of(23, 130)).isEqualTo(MonitoringRegime.RED);
    }

    @Test
    void behindWithoutAQuotaIsRed() {
        assertThat(MonitoringRegime.of(1, 0)).isEqualTo(MonitoringRegime.RED);
    }
}
