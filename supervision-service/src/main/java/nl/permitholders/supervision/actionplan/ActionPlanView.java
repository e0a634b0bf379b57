package nl.permitholders.supervision.actionplan;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(requiredProperties = {"id", "municipalityCode", "title", "adoptedOn", "version", "recordedAt", "measures",
        "progress"})
public record ActionPlanView(UUID id, String municipalityCode, String title, LocalDate adoptedOn, int version, Instant recordedAt,
                             List<MeasureView> measures, ProgressView progress) {
}
