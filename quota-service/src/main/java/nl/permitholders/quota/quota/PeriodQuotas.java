package nl.permitholders.quota.quota;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.permitholders.platform.api.InvalidInputException;
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

    /** A municipality's quota as published: its persons, status (null: the standing one) and publication date (null: unknown). */
    public record Figure(int persons, QuotaStatus status, LocalDate publishedOn) {
    }

    /**
     * @return how many municipalities' quotas changed
     * @throws InvalidInputException naming {@code status} when a provisional figure is offered for a final quota: nothing is written
     */
    public Uni<Integer> set(Period period, Map<String, Figure> quotas, QuotaBasis basis, String reason, Instant now) {
        return histories(period).flatMap(histories -> {
            List<QuotaVersionEntity> changed = new ArrayList<>();
            List<String> alreadyFinal = new ArrayList<>();
            quotas.forEach((code, figure) -> {
                try {
                    histories.getOrDefault(code, QuotaHistory.empty())
                            .set(figure.persons(), figure.status(), figure.publishedOn(), reason, basis, now)
                            .ifPresent(version -> changed.add(QuotaVersionEntity.of(code, period, version)));
                } catch (QuotaHistory.FinalQuotaStaysFinal e) {
                    alreadyFinal.add(code);
                }
            });
            if (!alreadyFinal.isEmpty()) {
                throw InvalidInputException.of("status", "PROVISIONAL is refused: the quota of " + period + " is already FINAL for "
                        + String.join(", ", alreadyFinal.stream().sorted().toList())
                        + "; a final quota does not become provisional again");
            }
            if (changed.isEmpty()) {
                return Uni.createFrom().item(0);
            }
            // One statement for the events of all 342 municipalities, not one round trip each (issue 56: a national
            // distribution took seconds appending them one by one).
            return QuotaVersionEntity.persist(changed)
                    .call(() -> outbox.appendAll(QuotaSet.TYPE, changed.stream()
                            .map(v -> new Outbox.Event(v.municipalityCode, QuotaSet.of(v))).toList()))
                    .replaceWith(changed.size());
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
