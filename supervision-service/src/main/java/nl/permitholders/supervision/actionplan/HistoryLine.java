package nl.permitholders.supervision.actionplan;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(requiredProperties = {"version", "planVersion", "title", "term", "status", "expectedHoused", "changedBy",
        "recordedAt"})
public record HistoryLine(UUID measureId, int version, int planVersion, String title, Term term, MeasureStatus status,
                          List<ExpectedPersons> expectedHoused, String reason, String changedBy, Instant recordedAt) {
}
