package nl.permitholders.supervision.dashboard;

/**
 * Overijssel's monitoring regimes (green, orange, red) applied to the schedule gap (R6): green on or ahead of
 * schedule; orange behind by at most one month's share of the adjusted quota (1/6, rounded up), the margin a
 * municipality can make up within a month; red behind by more. The thresholds are the team's reading of the
 * province's practice; they live here only, so that the page, the exports and the tests agree.
 */
public enum MonitoringRegime {
    GREEN("groen"), ORANGE("oranje"), RED("rood");

    private final String dutch;

    MonitoringRegime(String dutch) {
        this.dutch = dutch;
    }

    public String dutch() {
        return dutch;
    }

    public static MonitoringRegime of(int scheduleGap, int adjustedQuota) {
        if (scheduleGap <= 0) {
            return GREEN;
        }
        int oneMonth = (Math.max(0, adjustedQuota) + 5) / 6;
        return scheduleGap <= oneMonth ? ORANGE : RED;
    }
}
