package nl.permitholders.supervision.rebuild;

import java.time.OffsetDateTime;
import java.util.UUID;
import nl.permitholders.supervision.rebuild.ProjectionRebuildService.State;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A rebuild and how far it got: {@code eventsRead} of {@code eventsTotal} records on the topics. */
@Schema(requiredProperties = {"id", "state", "eventsRead", "eventsApplied", "eventsSkipped", "startedAt"})
public record RebuildView(UUID id, State state, long eventsRead, Long eventsTotal, long eventsApplied, long eventsSkipped,
                          Double progress, OffsetDateTime startedAt, OffsetDateTime lastProgressAt, OffsetDateTime finishedAt,
                          String failure) {
}
