package nl.permitholders.dashboard.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.LocalDate;
import java.util.List;

/** An action plan as supervision's listActionPlans gives it: its measures and its progress per half-year. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ActionPlan(String title, LocalDate adoptedOn, List<Measure> measures, Progress progress) {

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Measure(String title, Term term, Status status, List<Expected> expectedHoused) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Expected(String period, int persons) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Progress(List<HalfYearProgress> periods) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record HalfYearProgress(String period, int expected, int expectedToDate, int housed, int difference, Standing standing) {
    }

    public enum Term {
        SHORT, MEDIUM, LONG
    }

    public enum Status {
        PLANNED, IN_PROGRESS, DONE, DROPPED
    }

    public enum Standing {
        NOT_STARTED, BEHIND, ON_TRACK
    }
}
