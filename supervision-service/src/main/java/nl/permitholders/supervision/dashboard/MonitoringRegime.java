package nl.permitholders.supervision.dashboard;

import io.quarkus.qute.TemplateEnum;

/**
 * Overijssel's monitoring regimes (green, orange, red) applied to the schedule gap (R6): green on or ahead of
 * schedule; orange behind by at most one month's share of the adjusted quota (1/6, rounded up), the margin a
 * municipality can make up within a month; red behind by more.
 * <p>
 * The province sets a regime after judging a municipality (overijssel.nl, "Domein: Huisvesting Statushouders", 2019):
 * low (green: monthly monitoring), medium (orange: also an official talk), high (red: also an administrative talk),
 * which the ladder stages OFFICIAL_TALK and ADMINISTRATIVE_AGREEMENTS record. Between judgements the page colours the
 * schedule gap with the regime it points to; these thresholds are the team's reading, not the province's, and live
 * here only, so that the page, the exports and the tests agree. Their Dutch names are {@link Labels#regime}.
 */
@TemplateEnum
public enum MonitoringRegime {
    GREEN, ORANGE, RED;

    public static MonitoringRegime of(int scheduleGap, int adjustedQuota) {
        if (scheduleGap <= 0) {
            return GREEN;
        }
        int oneMonth = (Math.max(0, adjustedQuota) + 5) / 6;
        return scheduleGap <= oneMonth ? ORANGE : RED;
    }
}
