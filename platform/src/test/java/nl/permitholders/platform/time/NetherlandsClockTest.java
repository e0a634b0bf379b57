package nl.permitholders.platform.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class NetherlandsClockTest {

    @Test
    void datesAreJudgedInTheNetherlands() {
        Clock clock = new NetherlandsClock().clock();

        assertThat(clock.getZone()).isEqualTo(ZoneId.of("Europe/Amsterdam"));
    }
}
