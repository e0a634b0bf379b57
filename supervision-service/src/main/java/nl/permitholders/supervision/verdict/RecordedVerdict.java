package nl.permitholders.supervision.verdict;

import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(requiredProperties = {"verdict", "backlog", "couplingDeficit", "recordedAt"})
public record RecordedVerdict(Verdict verdict, int backlog, int couplingDeficit, String causeEventType, UUID causeEventId,
                              Instant recordedAt) {
}
