package nl.permitholders.supervision.dashboard;

import io.quarkus.qute.TemplateEnum;
import nl.permitholders.supervision.schedule.ScheduleColourRule;

/**
 * The schedule colour on the dashboard's pages, map and exports, as its templates use it; the rule, with its
 * thresholds, is {@link ScheduleColourRule} (R6), which the open data uses too. Its Dutch names are
 * {@link Labels#scheduleColour}.
 */
@TemplateEnum
public enum ScheduleColour {
    GREEN, ORANGE, RED;

    /** The colour {@link ScheduleColourRule} gives. */
    public static ScheduleColour of(int scheduleGap, int adjustedQuota) {
        return valueOf(ScheduleColourRule.of(scheduleGap, adjustedQuota).name());
    }
}
