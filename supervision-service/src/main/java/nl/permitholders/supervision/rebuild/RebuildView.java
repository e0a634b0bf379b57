package nl.permitholders.supervision.rebuild;

import java.time.OffsetDateTime;
import java.util.UUID;
import nl.permitholders.supervision.rebuild.ProjectionRebuilds.State;

/** A rebuild and how far it got: {@code eventsRead} of {@code eventsTotal} records on the topics. */
public record RebuildView(UUID id, State state, long eventsRead, Long eventsTotal, long eventsApplied, long eventsSkipped,
                          Double progress, OffsetDateTime startedAt, OffsetDateTime lastProgressAt, OffsetDateTime finishedAt,
                          String failure) {
}
