package nl.permitholders.supervision.verdict;

import java.time.Instant;
import java.util.UUID;

public record RecordedVerdict(Verdict verdict, int backlog, int couplingDeficit, String causeEventType, UUID causeEventId,
                              Instant recordedAt) {
}
