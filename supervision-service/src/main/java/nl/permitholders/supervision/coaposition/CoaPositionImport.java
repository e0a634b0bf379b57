package nl.permitholders.supervision.coaposition;

import java.time.Instant;
import java.util.UUID;

/** One import of COA's positions: who imported which file when, how many lines it held, and how it read the Stand. */
public record CoaPositionImport(UUID id, String provinceCode, String fileName, String importedBy, Instant importedAt, int lines,
                                StandConvention standConvention) {
}
