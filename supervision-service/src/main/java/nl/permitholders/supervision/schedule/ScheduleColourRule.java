package nl.permitholders.supervision.schedule;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * R6, the schedule colour: the schedule gap against the Opnieuw Thuis "on schedule" benchmark, which expects 1/6 of the
 * adjusted quota housed per whole month passed. Green on or ahead of schedule; orange behind by at most one month's
 * share (1/6 of the adjusted quota, rounded up), the margin a municipality can make up within a month; red behind by
 * more, and behind at all without a quota.
 * <p>
 * A benchmark, not a regime: the province's supervision regime is its own recorded decision (regime/). The thresholds
 * are the team's reading of the benchmark and live here only, so that the dashboard (its page, map and exports,
 * {@code dashboard.ScheduleColour}), the open data ({@code opendata}) and the tests agree.
 */
public final class ScheduleColourRule {

    /** The three colours, as the open data publishes them and the dashboard names them in Dutch. */
    @Schema(name = "ScheduleColour", description = "R6: GREEN on or ahead of schedule, ORANGE behind by at most one month's share "
            + "of the adjusted quota, RED behind by more")
    public enum Colour {
        GREEN, ORANGE, RED
    }

    private ScheduleColourRule() {
    }

    /** The colour of a municipality {@code scheduleGap} persons behind the benchmark on an adjusted quota of {@code adjustedQuota}. */
    public static Colour of(int scheduleGap, int adjustedQuota) {
        if (scheduleGap <= 0) {
            return Colour.GREEN;
        }
        return scheduleGap <= oneMonthsShare(adjustedQuota) ? Colour.ORANGE : Colour.RED;
    }

    /** One month's share of the adjusted quota: 1/6, rounded up; none without a quota. */
    public static int oneMonthsShare(int adjustedQuota) {
        return (Math.max(0, adjustedQuota) + 5) / 6;
    }
}
