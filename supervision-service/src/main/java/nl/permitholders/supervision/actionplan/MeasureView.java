package nl.permitholders.supervision.actionplan;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

public record MeasureView(UUID id, String title, Term term, MeasureStatus status, List<ActionPlans.Expected> expectedHoused,
                          int version, Instant changedAt) {
}
