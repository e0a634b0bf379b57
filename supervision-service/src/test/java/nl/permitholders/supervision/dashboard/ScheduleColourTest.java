package nl.permitholders.supervision.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import nl.permitholders.supervision.schedule.ScheduleColourRule;
import org.junit.jupiter.api.Test;

/** The dashboard shows the colour of the rule (ScheduleColourRuleTest), the same as the open data publishes. */
class ScheduleColourTest {

    @Test
    void theDashboardsColourIsTheRulesForEveryCase() {
        for (int[] gapAndQuota : new int[][] {{0, 120}, {-5, 120}, {1, 130}, {22, 130}, {23, 130}, {1, 0}}) {
            assertThat(ScheduleColour.of(gapAndQuota[0], gapAndQuota[1]).name())
                    .isEqualTo(ScheduleColourRule.of(gapAndQuota[0], gapAndQuota[1]).name());
        }
        assertThat(ScheduleColour.values()).extracting(Enum::name)
                .containsExactly(java.util.Arrays.stream(ScheduleColourRule.Colour.values()).map(Enum::name).toArray(String[]::new));
    }
}
