package nl.permitholders.housingstock.agreement;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import nl.permitholders.platform.security.Caller;
import nl.permitholders.platform.merger.Mergers;
import nl.permitholders.housingstock.events.HousingStockEvents.PerformanceAgreementSet;
import nl.permitholders.housingstock.municipality.MunicipalityStore;
import nl.permitholders.housingstock.period.ReportingPeriod;
import nl.permitholders.platform.outbox.Outbox;
import nl.permitholders.platform.outbox.OutboxTransaction;

/**
 * The one path of every write to a performance agreement: in one transaction, find the agreement of the corporation
 * and municipality for the period, leave it alone when {@link AgreedShare} is the same, else store the new terms and
 * append {@link PerformanceAgreementSet} to the outbox.
 */
@ApplicationScoped
public class PerformanceAgreementService {

    @Inject
    OutboxTransaction transaction;

    @Inject
    Outbox outbox;

    @Inject
    MunicipalityStore municipalities;

    @Inject
    Caller caller;

    @Inject
    Mergers mergers;

    /** An agreement after a write; {@code created} when this write made it. */
    public record Written(PerformanceAgreement agreement, boolean created) {
    }

    /** Sets the agreement of {@code corporationId} with {@code municipalityCode} for {@code period} (403 for neither party). */
    public Uni<Written> set(String corporationId, String municipalityCode, ReportingPeriod period, AgreedShare agreed) {
        Caller.require(caller.tenancy(mergers.known()).reaches(municipalityCode, corporationId),
                "an agreement of corporation " + corporationId + " with municipality " + municipalityCode);
        String actor = caller.name();
        return transaction.runRetryingUniqueRace(() -> municipalities.require("municipalityCode", municipalityCode, period.firstDay())
                .chain(() -> PerformanceAgreement.find(corporationId, municipalityCode, period)).flatMap(existing -> {
                    if (existing != null && existing.agreed().equals(agreed)) {
                        return Uni.createFrom().item(new Written(existing, false));
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
                    agreement.setBy = actor;
                    return agreement.<PerformanceAgreement>persist()
                            .call(() -> outbox.append(PerformanceAgreementSet.TYPE, agreement.municipalityCode,
                                    new PerformanceAgreementSet(agreement.id, agreement.corporationId,
                                            agreement.municipalityCode, agreement.period, period.firstDay(),
                                            period.lastDay(), agreement.agreedAllocations, agreement.agreedPercentage)))
                            .map(saved -> new Written(agreement, existing == null));
                }));
    }
}
