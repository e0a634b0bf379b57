package nl.permitholders.dashboard.api;

import io.quarkus.qute.TemplateEnum;

/** R6's schedule colour as supervision's API gives it ({@code scheduleColour}); its Dutch names are {@code Labels#scheduleColour}. */
@TemplateEnum
public enum ScheduleColour {
    GREEN, ORANGE, RED
}
