package nl.permitholders.housingstock.agreement;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import nl.permitholders.housingstock.events.HousingStockEvents.PerformanceAgreementSet;
import nl.permitholders.housingstock.municipality.MunicipalityStore;
import nl.permitholders.housingstock.period.ReportingPeriod;
import nl.permitholders.housingstock.write.FactTransaction;
import nl.permitholders.housingstock.write.Written;
import nl.permitholders.platform.security.Caller;

/**
 * The one path of every write to a performance agreement: in one transaction, find the agreement of the corporation
 * and municipality for the period, leave it alone when {@link AgreedShare} is the same, else store the new terms and
 * append {@link PerformanceAgreementSet} to the outbox ({@link FactTransaction}).
 */
@ApplicationScoped
public class PerformanceAgreementService {

    @Inject
    FactTransaction facts;

    @Inject
    MunicipalityStore municipalities;

    /** Sets the agreement of {@code corporationId} with {@code municipalityCode} for {@code period} (403 for neither party). */
    public Uni<Written<PerformanceAgreement>> set(String corporationId, String municipalityCode, ReportingPeriod period,
                                                  AgreedShare agreed) {
        FactTransaction.Writer writer = facts.writer();
        Caller.require(writer.tenancy().reaches(municipalityCode, corporationId),
                "an agreement of corporation " + corporationId + " with municipality " + municipalityCode);
        return facts.run(() -> municipalities.require("municipalityCode", municipalityCode, period.firstDay())
                .chain(() -> PerformanceAgreement.find(corporationId, municipalityCode, period)).flatMap(existing -> {
                    if (existing != null && existing.agreed().equals(agreed)) {
                        return Uni.createFrom().item(new Written<>(existing, false));
                    }
                    PerformanceAgreement agreement = existing != null ? existing : new PerformanceAgreement();
                    if (existing == null) {
                        agreement.id = UUID.randomUUID();
                        agreement.corporationId = corporationId;
                        agreement.municipalityCode = municipalityCode;
                        agreement.period = period.label();
                    }
                    agreement.agreedAllocations = agreed.allocations();
                    agreement.agreedPercentage = agreed.percentage();
                    agreement.setAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
                    agreement.setBy = writer.actor();
                    return facts.store(agreement, existing == null, PerformanceAgreementSet.TYPE, agreement.municipalityCode,
                            new PerformanceAgreementSet(agreement.id, agreement.corporationId, agreement.municipalityCode,
                                    agreement.period, period.firstDay(), period.lastDay(), agreement.agreedAllocations,
                                    agreement.agreedPercentage));
                }));
    }
}
