package nl.permitholders.supervision.dashboard;

import io.quarkus.qute.TemplateEnum;

/**
 * The schedule colour: the schedule gap (R6) against the Opnieuw Thuis "on schedule" benchmark, which expects 1/6 of
 * the adjusted quota housed per month. Green on or ahead of schedule; orange behind by at most one month's share (1/6
 * of the adjusted quota, rounded up), the margin a municipality can make up within a month; red behind by more.
 * <p>
 * A benchmark, not a regime: the province's supervision regime is its own recorded decision (regime/). The
 * thresholds are the team's reading of the benchmark and live here only, so that the page, the exports and the tests
 * agree. Their Dutch names are {@link Labels#scheduleColour}.
 */
@TemplateEnum
public enum ScheduleColour {
    GREEN, ORANGE, RED;

    public static ScheduleColour of(int scheduleGap, int adjustedQuota) {
        if (scheduleGap <= 0) {
            return GREEN;
        }
        int oneMonth = (Math.max(0, adjustedQuota) + 5) / 6;
        return scheduleGap <= oneMonth ? ORANGE : RED;
    }
}
