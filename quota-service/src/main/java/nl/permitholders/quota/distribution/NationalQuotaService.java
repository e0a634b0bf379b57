package nl.permitholders.quota.distribution;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import nl.permitholders.platform.api.ConflictException;
import nl.permitholders.platform.outbox.Outbox;
import nl.permitholders.platform.outbox.OutboxTransaction;
import nl.permitholders.platform.period.Period;
import nl.permitholders.quota.distribution.QuotaDistribution.Distribution;
import nl.permitholders.quota.events.QuotaEvents.NationalQuotaSet;
import nl.permitholders.quota.population.PopulationVersion;
import nl.permitholders.quota.quota.PeriodQuotas;
import nl.permitholders.quota.quota.QuotaBasis;
import nl.permitholders.quota.quota.QuotaStatus;
import nl.permitholders.quota.reference.Municipality;

/**
 * The one path of setting a half-year's national total (R1): in one transaction, lock the municipalities that exist on
 * the half-year's first day, let {@link NationalQuotaRule} decide whether this is a new version, distribute it with
 * {@link QuotaDistribution}, then store the version, its shares and every municipality's quota, and append
 * {@link NationalQuotaSet} (and each changed quota's event) to the outbox.
 */
@ApplicationScoped
public class NationalQuotaService {

    @Inject
    OutboxTransaction transaction;

    @Inject
    Outbox outbox;

    @Inject
    PeriodQuotas periodQuotas;

    /** Every version of the half-year's total after the write, the newest last; {@code changed} when the write made one. */
    public record Written(List<NationalQuotaVersion> history, boolean changed) {
    }

    /**
     * @param status      PROVISIONAL or FINAL; null keeps the standing status
     * @param publishedOn when the Rijk published the total; null when not known
     */
    public Uni<Written> set(Period period, int persons, QuotaStatus status, LocalDate publishedOn, String reason) {
        LocalDate referenceDate = QuotaDistribution.populationReferenceDate(period);
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        return transaction.run(() -> Municipality.lockExistingOn(period.firstDay()).flatMap(municipalities ->
                PopulationVersion.currentOn(referenceDate).flatMap(populations ->
                        NationalQuotaVersion.history(period).flatMap(history -> {
                            NationalQuotaVersion current = history.isEmpty() ? null : history.get(history.size() - 1);
                            NationalQuotaRule.Standing standing = current == null ? null
                                    : new NationalQuotaRule.Standing(current.persons, current.status);
                            return NationalQuotaRule.newVersion(period, standing, persons, status)
                                    .map(newStatus -> {
                                        Map<String, Integer> counted = populationsOf(municipalities, populations, period, referenceDate);
                                        Distribution distribution = QuotaDistribution.distribute(persons, counted);
                                        NationalQuotaVersion version = version(period, history.size() + 1, persons, newStatus,
                                                publishedOn, reason, referenceDate, distribution, now);
                                        return store(version, counted, distribution, reason, now).map(saved -> {
                                            List<NationalQuotaVersion> all = new ArrayList<>(history);
                                            all.add(saved);
                                            return new Written(all, true);
                                        });
                                    })
                                    .orElseGet(() -> Uni.createFrom().item(new Written(history, false)));
                        }))));
    }

    private Uni<NationalQuotaVersion> store(NationalQuotaVersion version, Map<String, Integer> counted, Distribution distribution,
                                            String reason, Instant now) {
        Period period = Period.parse(version.period);
        return version.<NationalQuotaVersion>persist()
                .call(saved -> NationalQuotaShare.persist(shares(saved.id, distribution, counted)))
                .call(saved -> periodQuotas.set(period, figures(distribution, saved.status, saved.publishedOn),
                        QuotaBasis.DISTRIBUTED, reason, now))
                .call(saved -> outbox.append(NationalQuotaSet.TYPE, NationalQuotaSet.SUBJECT, new NationalQuotaSet(
                        period.toString(), saved.persons, saved.version, saved.referenceDate,
                        distribution.nationalPopulation(), distribution.sumOfQuotas(), distribution.surplus(),
                        saved.status.name(), saved.publishedOn)));
    }

    private static Map<String, Integer> populationsOf(List<Municipality> municipalities, Map<String, PopulationVersion> populations,
                                                      Period period, LocalDate referenceDate) {
        if (municipalities.isEmpty()) {
            throw new ConflictException("No municipality exists on " + period.firstDay() + "; register the municipalities first.");
        }
        List<String> missing = municipalities.stream().map(m -> m.code).filter(code -> !populations.containsKey(code)).toList();
        if (!missing.isEmpty()) {
            throw new ConflictException(missing.size() + " municipalities have no population on " + referenceDate
                    + ", the reference date for " + period + ": " + String.join(", ", missing)
                    + ". Import CBS populations with PUT /quota/v1/populations/" + referenceDate + " first.");
        }
        Map<String, Integer> result = new TreeMap<>();
        municipalities.forEach(m -> result.put(m.code, populations.get(m.code).persons));
        return result;
    }

    private static Map<String, PeriodQuotas.Figure> figures(Distribution distribution, QuotaStatus status, LocalDate publishedOn) {
        Map<String, PeriodQuotas.Figure> figures = new TreeMap<>();
        distribution.quotas().forEach((code, persons) -> figures.put(code, new PeriodQuotas.Figure(persons, status, publishedOn)));
        return figures;
    }

    private static NationalQuotaVersion version(Period period, int number, int persons, QuotaStatus status, LocalDate publishedOn,
                                                String reason, LocalDate referenceDate, Distribution distribution, Instant now) {
        NationalQuotaVersion version = new NationalQuotaVersion();
        version.period = period.toString();
        version.version = number;
        version.persons = persons;
        version.status = status;
        version.publishedOn = publishedOn;
        version.reason = reason;
        version.referenceDate = referenceDate;
        version.nationalPopulation = distribution.nationalPopulation();
        version.sumOfQuotas = distribution.sumOfQuotas();
        version.recordedAt = now;
        return version;
    }

    private static List<NationalQuotaShare> shares(Long nationalQuotaId, Distribution distribution, Map<String, Integer> populations) {
        return distribution.quotas().keySet().stream().map(code -> {
            NationalQuotaShare share = new NationalQuotaShare();
            share.nationalQuotaId = nationalQuotaId;
            share.municipalityCode = code;
            share.population = populations.get(code);
            share.quota = distribution.quotas().get(code);
            return share;
        }).toList();
    }
}
