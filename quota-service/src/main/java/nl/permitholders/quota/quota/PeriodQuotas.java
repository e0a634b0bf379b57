package nl.permitholders.quota.quota;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.permitholders.platform.outbox.Outbox;
import nl.permitholders.platform.period.Period;
import nl.permitholders.quota.events.QuotaEvents.QuotaSet;

/**
 * Sets many municipalities' quotas for one half-year at once (a distribution, the Rijk's table, a merger), each
 * as a new version only where the number changes, each change published. Call inside a transaction.
 */
@ApplicationScoped
public class PeriodQuotas {

    @Inject
    Outbox outbox;

    /** @return how many municipalities' quotas changed */
    public Uni<Integer> set(Period period, Map<String, Integer> quotas, QuotaBasis firstBasis, String reason, Instant now) {
        return histories(period).flatMap(histories -> {
            List<QuotaVersionEntity> changed = new ArrayList<>();
            quotas.forEach((code, persons) -> histories.getOrDefault(code, QuotaHistory.empty())
                    .set(persons, reason, firstBasis, now)
                    .ifPresent(version -> changed.add(QuotaVersionEntity.of(code, period, version))));
            Uni<Void> writes = changed.isEmpty() ? Uni.createFrom().voidItem() : QuotaVersionEntity.persist(changed);
            for (QuotaVersionEntity v : changed) {
                writes = writes.call(() -> outbox.append(QuotaSet.TYPE, v.municipalityCode, new QuotaSet(v.municipalityCode,
                        v.period, v.persons, v.version, v.basis.name())));
            }
            return writes.replaceWith(changed.size());
        });
    }

    /** Every municipality's quota history for the half-year. */
    public Uni<Map<String, QuotaHistory>> histories(Period period) {
        return QuotaVersionEntity.<QuotaVersionEntity>list("period = ?1 order by version", period.toString()).map(rows -> {
            Map<String, List<QuotaVersion>> byMunicipality = new HashMap<>();
            rows.forEach(row -> byMunicipality.computeIfAbsent(row.municipalityCode, code -> new ArrayList<>()).add(row.toVersion()));
            Map<String, QuotaHistory> histories = new HashMap<>();
            byMunicipality.forEach((code, versions) -> histories.put(code, QuotaHistory.of(versions)));
            return histories;
        });
    }
}
