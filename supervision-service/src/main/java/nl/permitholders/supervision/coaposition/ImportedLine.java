package nl.permitholders.supervision.coaposition;

import java.time.Instant;
import java.util.UUID;

/** A line of an import of COA's positions, with the import it came from. */
public record ImportedLine(UUID importId, Instant importedAt, CoaPositionLine line) {
}
