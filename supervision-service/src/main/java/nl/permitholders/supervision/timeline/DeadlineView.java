package nl.permitholders.supervision.timeline;

import java.time.LocalDate;

public record DeadlineView(String period, LocalDate deadline, boolean passed, int adjustedQuota, int housed, int backlog) {
}
