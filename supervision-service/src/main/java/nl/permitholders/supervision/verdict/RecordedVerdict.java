package nl.permitholders.supervision.verdict;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(requiredProperties = {"verdict", "backlog", "couplingDeficit", "recordedAt"})
public record RecordedVerdict(Verdict verdict, int backlog, int couplingDeficit, String causeEventType, UUID causeEventId,
                              Instant recordedAt,
                              @Schema(description = "what the cause says beside its type: an exchange agreement registered "
                                      + "after the half-year closed says it was confirmed explicitly, by whom and why")
                              @JsonInclude(JsonInclude.Include.NON_NULL) String causeNote) {
}
