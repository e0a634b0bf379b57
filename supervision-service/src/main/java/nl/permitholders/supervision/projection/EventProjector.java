package nl.permitholders.supervision.projection;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import nl.permitholders.platform.events.IncomingEvent;
import nl.permitholders.platform.events.UnreadableEventException;
import nl.permitholders.platform.inbox.IdempotentConsumer;
import nl.permitholders.platform.period.Period;
import nl.permitholders.supervision.ledger.LedgerEntry;
import nl.permitholders.supervision.ledger.LedgerEntryRow;
import nl.permitholders.supervision.projection.ConsumedEvents.AllocationRecorded;
import nl.permitholders.supervision.projection.ConsumedEvents.CouplingCancelled;
import nl.permitholders.supervision.projection.ConsumedEvents.CouplingRegistered;
import nl.permitholders.supervision.projection.ConsumedEvents.MunicipalitiesMerged;
import nl.permitholders.supervision.projection.ConsumedEvents.PlacementRevoked;
import nl.permitholders.supervision.projection.ConsumedEvents.QuotaExchanged;
import nl.permitholders.supervision.projection.ConsumedEvents.ReunificationArrived;
import nl.permitholders.supervision.reference.Merger;
import nl.permitholders.supervision.projection.ConsumedEvents.MunicipalityRegistered;
import nl.permitholders.supervision.projection.ConsumedEvents.OpeningBalanceSet;
import nl.permitholders.supervision.projection.ConsumedEvents.PlacementRecorded;
import nl.permitholders.supervision.projection.ConsumedEvents.ProvinceRegistered;
import nl.permitholders.supervision.projection.ConsumedEvents.QuotaSet;
import nl.permitholders.supervision.reference.Municipality;
import nl.permitholders.supervision.verdict.VerdictRecorder;
import nl.permitholders.supervision.reference.Province;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/** Applies each consumed event to the projection, exactly once (see {@link IdempotentConsumer}). */
@ApplicationScoped
public class EventProjector {

    @Inject
    IdempotentConsumer consumer;

    @Inject
    ObjectMapper json;

    @Inject
    VerdictRecorder verdicts;

    public Uni<Void> project(ConsumerRecord<String, String> record) {
        return consumer.consume(record, this::apply);
    }

    private Uni<Void> apply(IncomingEvent event) {
        String type = event.type();
        if (type.equals(ProvinceRegistered.TYPE)) {
            ProvinceRegistered e = event.data(json, ProvinceRegistered.class);
            event.require(e.provinceCode(), e.name());
            return Province.<Province>findById(e.provinceCode()).flatMap(found -> {
                Province province = found != null ? found : new Province();
                province.code = e.provinceCode();
                province.name = e.name();
                return province.persist();
            }).replaceWithVoid();
        }
        if (type.equals(MunicipalityRegistered.TYPE)) {
            MunicipalityRegistered e = event.data(json, MunicipalityRegistered.class);
            event.require(e.municipalityCode(), e.name(), e.provinceCode());
            return Municipality.<Municipality>findById(e.municipalityCode()).flatMap(found -> {
                Municipality municipality = found != null ? found : new Municipality();
                municipality.code = e.municipalityCode();
                municipality.name = e.name();
                municipality.provinceCode = e.provinceCode();
                return municipality.persist();
            }).replaceWithVoid();
        }
        if (type.equals(QuotaSet.TYPE)) {
            QuotaSet e = event.data(json, QuotaSet.class);
            event.require(e.municipalityCode(), e.period(), e.persons(), e.version());
            return addToLedger(event, LedgerEntry.quota(event.id(), type, e.municipalityCode(), period(event, e.period()),
                    e.persons(), e.version()));
        }
        if (type.equals(OpeningBalanceSet.TYPE)) {
            OpeningBalanceSet e = event.data(json, OpeningBalanceSet.class);
            event.require(e.municipalityCode(), e.period(), e.backlog(), e.version());
            return addToLedger(event, LedgerEntry.openingBalance(event.id(), type, e.municipalityCode(),
                    period(event, e.period()), e.backlog(), e.version()));
        }
        if (type.equals(CouplingRegistered.TYPE)) {
            CouplingRegistered e = event.data(json, CouplingRegistered.class);
            event.require(e.couplingId(), e.municipalityCode(), e.persons(), e.couplingDate());
            return addToLedger(event, LedgerEntry.coupled(event.id(), type, e.municipalityCode(), e.couplingDate(),
                    e.persons(), e.couplingId().toString()));
        }
        if (type.equals(PlacementRecorded.TYPE)) {
            PlacementRecorded e = event.data(json, PlacementRecorded.class);
            event.require(e.placementId(), e.municipalityCode(), e.persons(), e.housedOn());
            return addToLedger(event, LedgerEntry.housed(event.id(), type, e.municipalityCode(), e.housedOn(),
                    e.persons(), e.placementId().toString()));
        }
        if (type.equals(QuotaExchanged.TYPE)) {
            QuotaExchanged e = event.data(json, QuotaExchanged.class);
            event.require(e.exchangeId(), e.municipalityCode(), e.period(), e.delta());
            return addToLedger(event, LedgerEntry.exchange(event.id(), type, e.municipalityCode(), period(event, e.period()),
                    e.delta(), e.exchangeId().toString()));
        }
        if (type.equals(MunicipalitiesMerged.TYPE)) {
            MunicipalitiesMerged e = event.data(json, MunicipalitiesMerged.class);
            event.require(e.municipalityCode(), e.mergedMunicipalityCodes(), e.effectivePeriod());
            Period effective = period(event, e.effectivePeriod());
            Uni<Void> writes = Uni.createFrom().voidItem();
            for (String merged : e.mergedMunicipalityCodes()) {
                writes = writes.call(() -> Merger.<Merger>findById(merged).flatMap(found -> {
                    Merger merger = found != null ? found : new Merger();
                    merger.mergedCode = merged;
                    merger.newCode = e.municipalityCode();
                    merger.effectivePeriod = effective.toString();
                    return merger.persist();
                }));
            }
            return writes.call(() -> verdicts.rejudge(e.municipalityCode(), event));
        }
        if (type.equals(CouplingCancelled.TYPE)) {
            CouplingCancelled e = event.data(json, CouplingCancelled.class);
            event.require(e.couplingId(), e.municipalityCode(), e.unhousedPersons(), e.cancelledOn());
            return addToLedger(event, LedgerEntry.cancelled(event.id(), type, e.municipalityCode(), e.cancelledOn(),
                    e.unhousedPersons(), e.couplingId().toString()));
        }
        if (type.equals(PlacementRevoked.TYPE)) {
            PlacementRevoked e = event.data(json, PlacementRevoked.class);
            event.require(e.placementId(), e.municipalityCode(), e.persons(), e.revokedOn());
            return addToLedger(event, LedgerEntry.revoked(event.id(), type, e.municipalityCode(), e.revokedOn(), e.persons(),
                    e.placementId().toString()));
        }
        if (type.equals(ReunificationArrived.TYPE)) {
            ReunificationArrived e = event.data(json, ReunificationArrived.class);
            event.require(e.reunificationId(), e.municipalityCode(), e.persons(), e.arrivedOn());
            return addToLedger(event, LedgerEntry.reunified(event.id(), type, e.municipalityCode(), e.arrivedOn(), e.persons(),
                    e.reunificationId().toString()));
        }
        if (type.equals(AllocationRecorded.TYPE)) {
            AllocationRecorded e = event.data(json, AllocationRecorded.class);
            event.require(e.allocationId(), e.municipalityCode(), e.persons(), e.allocatedOn(), e.permitHolders());
            return e.permitHolders()
                    ? LedgerEntryRow.add(LedgerEntry.allocated(event.id(), type, e.municipalityCode(), e.allocatedOn(),
                            e.persons(), e.allocationId().toString()))
                    : Uni.createFrom().voidItem();
        }
        if (ConsumedEvents.KNOWN_WITHOUT_EFFECT.contains(type)) {
            return Uni.createFrom().voidItem();
        }
        return Uni.createFrom().failure(event.unknownType());
    }

    /** A fact that moves the figures; closed half-years are judged again in the same transaction. */
    private Uni<Void> addToLedger(IncomingEvent event, LedgerEntry entry) {
        return LedgerEntryRow.add(entry).call(() -> verdicts.rejudge(entry.municipalityCode(), event));
    }

    private static Period period(IncomingEvent event, String text) {
        try {
            return Period.parse(text);
        } catch (IllegalArgumentException e) {
            throw new UnreadableEventException("event " + event.id() + " names no valid period: " + text, e);
        }
    }
}
