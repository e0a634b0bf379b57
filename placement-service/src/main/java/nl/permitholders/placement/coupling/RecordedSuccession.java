package nl.permitholders.placement.coupling;

import io.smallrye.mutiny.Uni;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.permitholders.platform.merger.MunicipalityMerger;
import nl.permitholders.platform.merger.MunicipalitySplitReceiver;
import nl.permitholders.platform.security.Succession;

/**
 * The mergers and splits placement-service knows from quota.events, read in the caller's transaction, so that a write
 * checks them as they stand when it stores ({@link CouplingMunicipalityRule}).
 */
public final class RecordedSuccession {

    private RecordedSuccession() {
    }

    public static Uni<Succession> read() {
        return MunicipalityMerger.<MunicipalityMerger>listAll().flatMap(mergers -> MunicipalitySplitReceiver
                .<MunicipalitySplitReceiver>list("order by splitCode, position").map(receivers -> {
                    Map<String, List<String>> bySplit = new LinkedHashMap<>();
                    Map<String, java.time.LocalDate> dates = new LinkedHashMap<>();
                    receivers.forEach(r -> {
                        bySplit.computeIfAbsent(r.splitCode, k -> new ArrayList<>()).add(r.receiverCode);
                        dates.put(r.splitCode, r.effectiveDate);
                    });
                    return Succession.of(mergers.stream().map(m -> new Succession.Merger(m.mergedCode, m.continuingCode, m.effectiveDate))
                            .toList(), bySplit.entrySet().stream().map(e -> new Succession.Split(e.getKey(), e.getValue(),
                            dates.get(e.getKey()))).toList());
                }));
    }
}
