package nl.permitholders.supervision.actionplan;

import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * One version of a measure; never changed, only followed by a newer version. {@code expectedHoused} is JSON:
 * {@code [{"period":"2025-H1","persons":15}, ...]}.
 */
public record MeasureVersion(UUID id, UUID measureId, int version, UUID actionPlanId, int planVersion, String title, Term term,
                             MeasureStatus status, String expectedHoused, String reason, String changedBy, Instant recordedAt) {

    /** The current version of each measure, in the order the measures were added. */
    public static List<MeasureVersion> current(List<MeasureVersion> versions) {
        Map<UUID, MeasureVersion> current = new LinkedHashMap<>();
        versions.stream().sorted(Comparator.comparingInt(MeasureVersion::planVersion).thenComparingInt(MeasureVersion::version))
                .forEach(v -> current.put(v.measureId(), v));
        return List.copyOf(current.values());
    }
}
