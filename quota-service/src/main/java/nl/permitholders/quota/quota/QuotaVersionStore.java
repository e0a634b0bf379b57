package nl.permitholders.quota.quota;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.permitholders.platform.api.InvalidInputException;
import nl.permitholders.platform.outbox.Outbox;
import nl.permitholders.platform.persistence.ValuesRows;
import nl.permitholders.platform.period.Period;
import nl.permitholders.quota.events.QuotaEvents.QuotaSet;

/**
 * The store of quota versions, for the application services that change quotas: sets many municipalities' quotas for one half-year at once (a distribution, the Rijk's table, a merger), each
 * as a new version only where the number changes, each change published. Call inside a transaction.
 */
@ApplicationScoped
public class QuotaVersionStore {

    private static final String INSERT = "INSERT INTO quota_version "
            + "(municipality_code, period, version, persons, basis, status, published_on, reason, recorded_at) VALUES ";
    private static final int COLUMNS = 9;
    /** Rows per statement, well inside PostgreSQL's 65,535 parameters. */
    private static final int ROWS_PER_STATEMENT = 1000;

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
            return insert(changed)
                    .call(() -> outbox.appendAll(QuotaSet.TYPE, changed.stream()
                            .map(v -> new Outbox.Event(v.municipalityCode, v.published())).toList()))
                    .replaceWith(changed.size());
        });
    }

    /**
     * The new versions in multi-row INSERTs: persisted one by one, each identity-keyed row would be a round trip of its
     * own, 342 for a distribution over the country.
     */
    private static Uni<Void> insert(List<QuotaVersionEntity> versions) {
        Uni<Void> all = Uni.createFrom().voidItem();
        for (int from = 0; from < versions.size(); from += ROWS_PER_STATEMENT) {
            List<QuotaVersionEntity> chunk = versions.subList(from, Math.min(versions.size(), from + ROWS_PER_STATEMENT));
            // Flushed first: a native statement does not flush the session, and a municipality the same transaction
            // registered (a merger's) must be in the table before its quota references it.
            all = all.chain(() -> Panache.getSession().flatMap(session -> session.flush().replaceWith(session)).flatMap(session -> {
                var insert = session.createNativeQuery(INSERT + ValuesRows.of(chunk.size(), COLUMNS));
                for (int row = 0; row < chunk.size(); row++) {
                    QuotaVersionEntity v = chunk.get(row);
                    int first = row * COLUMNS;
                    insert.setParameter(first + 1, v.municipalityCode)
                            .setParameter(first + 2, v.period)
                            .setParameter(first + 3, v.version)
                            .setParameter(first + 4, v.persons)
                            .setParameter(first + 5, v.basis.name())
                            .setParameter(first + 6, v.status.name())
                            .setParameter(first + 7, v.publishedOn)
                            .setParameter(first + 8, v.reason)
                            .setParameter(first + 9, v.recordedAt.atOffset(ZoneOffset.UTC));
                }
                return insert.executeUpdate();
            }).replaceWithVoid());
        }
        return all;
    }

    /**
     * Every municipality's quota history for the half-year. Read as values, not entities: a half-year's versions are
     * hundreds per adjustment of the national total, and every entity the session holds is dirty-checked at each of
     * the write's flushes, which took most of a distribution's time (issue 56).
     */
    public Uni<Map<String, QuotaHistory>> histories(Period period) {
        return Panache.getSession().flatMap(session -> session.createQuery("select v.municipalityCode, v.version, v.persons, "
                        + "v.status, v.publishedOn, v.basis, v.reason, v.recordedAt from QuotaVersionEntity v "
                        + "where v.period = ?1 order by v.version", Object[].class)
                .setParameter(1, period.toString())
                .getResultList()).map(rows -> {
            Map<String, List<QuotaVersion>> byMunicipality = new HashMap<>();
            rows.forEach(row -> byMunicipality.computeIfAbsent((String) row[0], code -> new ArrayList<>()).add(new QuotaVersion(
                    (Integer) row[1], (Integer) row[2], (QuotaStatus) row[3], (LocalDate) row[4], (QuotaBasis) row[5],
                    (String) row[6], (Instant) row[7])));
            Map<String, QuotaHistory> histories = new HashMap<>();
            byMunicipality.forEach((code, versions) -> histories.put(code, QuotaHistory.of(versions)));
            return histories;
        });
    }
}
