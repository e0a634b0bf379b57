package nl.permitholders.quota.succession;

import io.smallrye.mutiny.Uni;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Every split recorded, read for the rules that follow them ({@link QuotaHolderRule}); a handful at most. */
public final class RecordedSplits {

    private RecordedSplits() {
    }

    public static Uni<List<RecordedSplit>> all() {
        return SplitPart.<SplitPart>listAll().flatMap(parts -> SplitRecord.<SplitRecord>listAll().map(records -> {
            Map<UUID, Map<String, Long>> shares = new HashMap<>();
            parts.stream().sorted(Comparator.comparingInt(p -> p.position)).forEach(part ->
                    shares.computeIfAbsent(part.splitId, id -> new LinkedHashMap<>()).put(part.municipalityCode, part.share));
            return records.stream().map(r -> new RecordedSplit(r.splitMunicipalityCode, shares.getOrDefault(r.id, Map.of()),
                    r.effectiveDate)).toList();
        }));
    }
}
