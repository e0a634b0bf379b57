package nl.permitholders.supervision.timeline;

import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(requiredProperties = {"period", "deadline", "passed", "adjustedQuota", "housed", "backlog"})
public record DeadlineView(String period, LocalDate deadline, boolean passed, int adjustedQuota, int housed, int backlog) {
}
