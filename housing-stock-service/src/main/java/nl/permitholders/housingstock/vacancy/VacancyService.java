package nl.permitholders.housingstock.vacancy;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import nl.permitholders.housingstock.events.HousingStockEvents.VacancyReported;
import nl.permitholders.housingstock.municipality.MunicipalityStore;
import nl.permitholders.housingstock.unit.Unit;
import nl.permitholders.housingstock.vacancy.VacancyRules.RegisteredUnit;
import nl.permitholders.housingstock.vacancy.VacancyRules.VacancyReport;
import nl.permitholders.housingstock.write.FactTransaction;
import nl.permitholders.housingstock.write.Written;
import nl.permitholders.platform.api.ConflictException;
import nl.permitholders.platform.api.Violations;
import nl.permitholders.platform.security.Caller;

/**
 * The one path of a vacancy report: in one transaction, answer a repeat with what was reported (409 when it differs),
 * else let {@link VacancyRules} judge the report against the unit it names, store it and append
 * {@link VacancyReported} to the outbox ({@link FactTransaction}).
 */
@ApplicationScoped
public class VacancyService {

    @Inject
    FactTransaction facts;

    @Inject
    MunicipalityStore municipalities;

    /** The corporation's own vacancy {@code externalId} (403 for another corporation). */
    public Uni<Written<Vacancy>> report(String corporationId, String externalId, VacancyReport report) {
        FactTransaction.Writer writer = facts.writer();
        Caller.require(writer.tenancy().isCorporation(corporationId), "corporation " + corporationId);
        return facts.run(() -> Vacancy.findByCorporation(corporationId, externalId)
                .flatMap(existing -> {
                    if (existing != null) {
                        return Uni.createFrom().item(repeat(existing, corporationId, externalId, report));
                    }
                    return municipalities.refusal(report.municipalityCode(), report.availableFrom())
                            .chain(unknown -> registeredUnit(corporationId, report.unitExternalId()).flatMap(unit -> {
                        Violations violations = VacancyRules.check(report, unit);
                        unknown.ifPresent(reason -> violations.add("municipalityCode", reason));
                        violations.throwIfAny();
                        Vacancy vacancy = new Vacancy();
                        vacancy.id = UUID.randomUUID();
                        vacancy.corporationId = corporationId;
                        vacancy.externalId = externalId;
                        vacancy.municipalityCode = report.municipalityCode();
                        vacancy.availableFrom = report.availableFrom();
                        vacancy.unitExternalId = report.unitExternalId();
                        vacancy.unitId = unit == null ? null : unit.id();
                        vacancy.reportedAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
                        vacancy.reportedBy = writer.actor();
                        return facts.store(vacancy, true, VacancyReported.TYPE, vacancy.municipalityCode, new VacancyReported(
                                vacancy.id, vacancy.corporationId, vacancy.municipalityCode, vacancy.availableFrom,
                                vacancy.unitId));
                    }));
                }));
    }

    private static Written<Vacancy> repeat(Vacancy existing, String corporationId, String externalId, VacancyReport report) {
        VacancyReport recorded = new VacancyReport(existing.municipalityCode, existing.availableFrom, existing.unitExternalId);
        List<String> different = report.differencesFrom(recorded);
        if (!different.isEmpty()) {
            throw new ConflictException("Vacancy " + externalId + " of corporation " + corporationId
                    + " was already reported as " + existing.id + " with a different " + String.join(", ", different) + ".");
        }
        return new Written<>(existing, false);
    }

    private static Uni<RegisteredUnit> registeredUnit(String corporationId, String unitExternalId) {
        if (unitExternalId == null) {
            return Uni.createFrom().nullItem();
        }
        return Unit.findByOwner(corporationId, unitExternalId)
                .map(unit -> unit == null ? null : new RegisteredUnit(unit.id, unit.municipalityCode, unit.retiredOn));
    }
}
