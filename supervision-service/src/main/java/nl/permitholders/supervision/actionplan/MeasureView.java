package nl.permitholders.supervision.actionplan;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(requiredProperties = {"id", "title", "term", "status", "expectedHoused", "version", "changedAt"})
public record MeasureView(UUID id, String title, Term term, MeasureStatus status, List<ExpectedPersons> expectedHoused,
                          int version, Instant changedAt) {
}
