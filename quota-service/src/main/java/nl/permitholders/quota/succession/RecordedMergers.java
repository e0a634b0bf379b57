package nl.permitholders.quota.succession;

import io.smallrye.mutiny.Uni;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Every merger recorded, read for the rules that follow them ({@link QuotaHolderRule}); a few hundred at most. */
public final class RecordedMergers {

    private RecordedMergers() {
    }

    public static Uni<List<RecordedMerger>> all() {
        return MergerPart.<MergerPart>listAll().flatMap(parts -> MergerRecord.<MergerRecord>listAll().map(records -> {
            Map<UUID, List<String>> merged = new HashMap<>();
            parts.forEach(part -> merged.computeIfAbsent(part.mergerId, id -> new ArrayList<>()).add(part.municipalityCode));
            return records.stream().map(r -> new RecordedMerger(r.continuingMunicipalityCode,
                    merged.getOrDefault(r.id, List.of()).stream().sorted().toList(), r.effectiveDate, r.absorption, r.recordedAt)).toList();
        }));
    }
}
