package nl.permitholders.supervision.projection;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.HashSet;
import java.util.Set;
import nl.permitholders.platform.events.EventTypes;
import nl.permitholders.platform.events.EventTypes.Handling;
import nl.permitholders.platform.events.IncomingEvent;
import nl.permitholders.platform.events.Rfc3339Module;
import nl.permitholders.platform.events.UnreadableEventException;
import nl.permitholders.platform.period.Period;
import nl.permitholders.supervision.ledger.LedgerEntry;
import nl.permitholders.supervision.ledger.Details.PlannedPlaces;
import nl.permitholders.supervision.ledger.QuotaStatus;
import nl.permitholders.supervision.projection.ConsumedEvents.AllocationRecorded;
import nl.permitholders.supervision.projection.ConsumedEvents.CapacityDelivered;
import nl.permitholders.supervision.projection.ConsumedEvents.CapacityPlanned;
import nl.permitholders.supervision.projection.ConsumedEvents.CouplingCancelled;
import nl.permitholders.supervision.projection.ConsumedEvents.CouplingDivided;
import nl.permitholders.supervision.projection.ConsumedEvents.CouplingCorrected;
import nl.permitholders.supervision.projection.ConsumedEvents.CouplingRegistered;
import nl.permitholders.supervision.projection.ConsumedEvents.MunicipalitiesMerged;
import nl.permitholders.supervision.projection.ConsumedEvents.MunicipalitySplit;
import nl.permitholders.supervision.projection.ConsumedEvents.MunicipalityRegistered;
import nl.permitholders.supervision.projection.ConsumedEvents.MovedToFollowUpHousing;
import nl.permitholders.supervision.projection.ConsumedEvents.OpeningBalanceSet;
import nl.permitholders.supervision.projection.ConsumedEvents.PlacementRecorded;
import nl.permitholders.supervision.projection.ConsumedEvents.PlacementRevoked;
import nl.permitholders.supervision.projection.ConsumedEvents.PopulationSet;
import nl.permitholders.supervision.projection.ConsumedEvents.ProvinceRegistered;
import nl.permitholders.supervision.projection.ConsumedEvents.QuotaExchanged;
import nl.permitholders.supervision.projection.ConsumedEvents.QuotaSet;
import nl.permitholders.supervision.projection.ConsumedEvents.ReunificationArrived;
import nl.permitholders.supervision.projection.ConsumedEvents.UnitLocated;
import nl.permitholders.supervision.projection.ProjectionChange.Fact;
import nl.permitholders.supervision.projection.ProjectionChange.Merged;
import nl.permitholders.supervision.projection.ProjectionChange.MunicipalityStated;
import nl.permitholders.supervision.projection.ProjectionChange.PopulationStated;
import nl.permitholders.supervision.projection.ProjectionChange.ProvinceStated;
import nl.permitholders.supervision.projection.ProjectionChange.Split;

/**
 * Reads what an event changes in the projection, from the event alone, so the live consumer and a rebuild from the
 * topics decide exactly the same. An event that can never be applied (a type of no service, unreadable or missing data,
 * no valid period) throws {@link UnreadableEventException}: it belongs on the dead-letter topic. Every event of the
 * services concerns the projection, so one of a type or version it does not know yet (its producer was upgraded first)
 * throws {@link nl.permitholders.platform.events.EventNotKnownYetException}: it is kept aside until a version that
 * knows it runs ({@link EventTypes#everyType}).
 */
@ApplicationScoped
public class EventDecoder {

    /** Per event type, a reader of its data: unknown fields ignored (a tolerant reader), dates read fast ({@link Rfc3339Module}). */
    private final Map<String, ObjectReader> readers = new HashMap<>();

    @Inject
    EventDecoder(ObjectMapper json) {
        ObjectMapper events = json.copy().registerModule(new Rfc3339Module()).disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        DECODERS.forEach((type, decoder) -> readers.put(type, events.readerFor(decoder.data())));
    }

    public Decoded decode(IncomingEvent event) {
        Decoder<?> decoder = DECODERS.get(event.type());
        if (decoder != null) {
            return new Decoded(event, decoder.changes(event, readers.get(event.type())));
        }
        if (ConsumedEvents.KNOWN_WITHOUT_EFFECT.contains(event.type())) {
            return new Decoded(event, List.of());
        }
        throw TYPES.of(event.type()) == Handling.UNREADABLE ? event.unknownType() : event.notKnownYet();
    }

    /** What an event whose data reads as {@code T} changes in the projection. */
    @FunctionalInterface
    private interface Changes<T> {
        List<ProjectionChange> of(IncomingEvent event, T data);
    }

    /** An event type's decoder: the class its data reads as, and what the event changes. */
    private record Decoder<T>(Class<T> data, Changes<T> changes) {

        List<ProjectionChange> changes(IncomingEvent event, ObjectReader reader) {
            return changes.of(event, event.data(reader));
        }
    }

    private static <T> Map.Entry<String, Decoder<?>> decoder(String type, Class<T> data, Changes<T> changes) {
        return Map.entry(type, new Decoder<>(data, changes));
    }

    /** The event types that change the projection, each with its decoder. */
    private static final Map<String, Decoder<?>> DECODERS = Map.ofEntries(
            decoder(ProvinceRegistered.TYPE, ProvinceRegistered.class, (event, e) -> {
                event.require(e.provinceCode(), e.name());
                return List.of(new ProvinceStated(e.provinceCode(), e.name(), event.time()));
            }),
            decoder(MunicipalityRegistered.TYPE, MunicipalityRegistered.class, (event, e) -> {
                event.require(e.municipalityCode(), e.name(), e.provinceCode());
                return List.of(new MunicipalityStated(e.municipalityCode(), e.name(), e.provinceCode(), event.time()));
            }),
            decoder(QuotaSet.TYPE, QuotaSet.class, (event, e) -> {
                event.require(e.municipalityCode(), e.period(), e.persons(), e.version());
                return fact(event, LedgerEntry.quota(event.id(), event.type(), e.municipalityCode(), period(event, e.period()), e.persons(),
                        e.version(), e.status() == null ? QuotaStatus.FINAL : e.status(), e.publishedOn()));
            }),
            decoder(OpeningBalanceSet.TYPE, OpeningBalanceSet.class, (event, e) -> {
                event.require(e.municipalityCode(), e.period(), e.backlog(), e.version());
                return fact(event, LedgerEntry.openingBalance(event.id(), event.type(), e.municipalityCode(), period(event, e.period()),
                        e.backlog(), e.version()));
            }),
            decoder(PopulationSet.TYPE, PopulationSet.class, (event, e) -> {
                event.require(e.municipalityCode(), e.referenceDate(), e.persons(), e.version());
                if (e.persons() < 0) {
                    throw new UnreadableEventException("event " + event.id() + " states a negative population: " + e.persons());
                }
                return List.of(new PopulationStated(e.municipalityCode(), e.referenceDate(), e.persons(), e.version()));
            }),
            decoder(CouplingRegistered.TYPE, CouplingRegistered.class, (event, e) -> {
                event.require(e.couplingId(), e.municipalityCode(), e.persons(), e.couplingDate());
                return fact(event, LedgerEntry.coupled(event.id(), event.type(), e.municipalityCode(), e.couplingDate(), e.persons(),
                        e.couplingId().toString(), e.householdType()));
            }),
            decoder(CouplingCorrected.TYPE, CouplingCorrected.class, (event, e) -> {
                event.require(e.couplingId(), e.municipalityCode(), e.persons(), e.couplingDate());
                return fact(event, LedgerEntry.couplingCorrected(event.id(), event.type(), e.municipalityCode(), e.couplingDate(),
                        e.persons(), e.couplingId().toString(), e.householdType(), event.time()));
            }),
            decoder(PlacementRecorded.TYPE, PlacementRecorded.class, (event, e) -> {
                event.require(e.placementId(), e.municipalityCode(), e.persons(), e.housedOn());
                return fact(event, LedgerEntry.housed(event.id(), event.type(), e.municipalityCode(), e.housedOn(), e.persons(),
                        e.placementId().toString(), e.couplingId() == null ? null : e.couplingId().toString(), e.unitType(),
                        e.temporary(), e.unitId() == null ? null : e.unitId().toString()));
            }),
            decoder(UnitLocated.REGISTERED, UnitLocated.class, EventDecoder::unitLocated),
            decoder(UnitLocated.CORRECTED, UnitLocated.class, EventDecoder::unitLocated),
            decoder(QuotaExchanged.TYPE, QuotaExchanged.class, (event, e) -> {
                event.require(e.exchangeId(), e.municipalityCode(), e.period(), e.delta());
                return fact(event, LedgerEntry.exchange(event.id(), event.type(), e.municipalityCode(), period(event, e.period()),
                        e.delta(), e.exchangeId().toString()));
            }),
            decoder(MunicipalitySplit.TYPE, MunicipalitySplit.class, (event, e) -> {
                event.require(e.municipalityCode(), e.receivers(), e.effectiveDate(), e.effectivePeriod());
                Period effective = period(event, e.effectivePeriod());
                if (!effective.contains(e.effectiveDate())) {
                    throw new UnreadableEventException("event " + event.id() + " dates its split " + e.effectiveDate()
                            + ", outside its effective period " + effective);
                }
                e.receivers().forEach(receiver -> event.require(receiver, receiver.municipalityCode(), receiver.share()));
                if (e.receivers().stream().anyMatch(receiver -> receiver.share() < 1)) {
                    throw new UnreadableEventException("event " + event.id() + " gives a receiver a share below 1");
                }
                return List.of(new Split(e.municipalityCode(), e.receivers().stream().map(MunicipalitySplit.Receiver::municipalityCode).toList(),
                        e.receivers().stream().map(MunicipalitySplit.Receiver::share).toList(), effective, e.effectiveDate(),
                        event.time()));
            }),
            decoder(MunicipalitiesMerged.TYPE, MunicipalitiesMerged.class, (event, e) -> {
                event.require(e.municipalityCode(), e.mergedMunicipalityCodes(), e.effectiveDate(), e.effectivePeriod());
                Period effective = period(event, e.effectivePeriod());
                if (!effective.contains(e.effectiveDate())) {
                    throw new UnreadableEventException("event " + event.id() + " dates its merger " + e.effectiveDate()
                            + ", outside its effective period " + effective);
                }
                return List.of(new Merged(e.municipalityCode(), List.copyOf(e.mergedMunicipalityCodes()), e.effectiveDate(),
                        event.time()));
            }),
            decoder(CouplingDivided.TYPE, CouplingDivided.class, (event, e) -> {
                event.require(e.couplingId(), e.municipalityCode(), e.receivingMunicipalityCode());
                return fact(event, LedgerEntry.divided(event.id(), event.type(), e.municipalityCode(), e.couplingId().toString(),
                        e.receivingMunicipalityCode(), e.dividedOn()));
            }),
            decoder(CouplingCancelled.TYPE, CouplingCancelled.class, (event, e) -> {
                event.require(e.couplingId(), e.municipalityCode(), e.unhousedPersons(), e.cancelledOn(), e.reason());
                return fact(event, LedgerEntry.cancelled(event.id(), event.type(), e.municipalityCode(), e.cancelledOn(),
                        e.unhousedPersons(), e.couplingId().toString(), e.reason()));
            }),
            decoder(PlacementRevoked.TYPE, PlacementRevoked.class, (event, e) -> {
                event.require(e.placementId(), e.municipalityCode(), e.persons(), e.revokedOn());
                return fact(event, LedgerEntry.revoked(event.id(), event.type(), e.municipalityCode(), e.revokedOn(), e.persons(),
                        e.placementId().toString()));
            }),
            decoder(MovedToFollowUpHousing.TYPE, MovedToFollowUpHousing.class, (event, e) -> {
                event.require(e.placementId(), e.municipalityCode(), e.persons(), e.movedOn());
                return fact(event, LedgerEntry.movedOn(event.id(), event.type(), e.municipalityCode(), e.movedOn(), e.persons(),
                        e.placementId().toString()));
            }),
            decoder(ReunificationArrived.TYPE, ReunificationArrived.class, (event, e) -> {
                event.require(e.reunificationId(), e.municipalityCode(), e.persons(), e.arrivedOn());
                boolean temporary = Boolean.TRUE.equals(e.temporary()) && e.joinedPlacementId() != null;
                return fact(event, LedgerEntry.reunified(event.id(), event.type(), e.municipalityCode(), e.arrivedOn(), e.persons(),
                        e.reunificationId().toString(), e.couplingId() == null ? null : e.couplingId().toString(), temporary,
                        temporary ? e.joinedPlacementId().toString() : null));
            }),
            decoder(AllocationRecorded.TYPE, AllocationRecorded.class, (event, e) -> {
                event.require(e.allocationId(), e.municipalityCode(), e.persons(), e.allocatedOn(), e.permitHolders());
                return e.permitHolders()
                        ? fact(event, LedgerEntry.allocated(event.id(), event.type(), e.municipalityCode(), e.allocatedOn(), e.persons(),
                                e.allocationId().toString()))
                        : List.of();
            }),
            decoder(CapacityPlanned.TYPE, CapacityPlanned.class, EventDecoder::capacityPlanned),
            decoder(CapacityDelivered.TYPE, CapacityDelivered.class, (event, e) -> {
                event.require(e.projectId(), e.municipalityCode(), e.deliveredOn(), e.permitHolderPlaces());
                return fact(event, LedgerEntry.capacityDelivered(event.id(), event.type(), e.municipalityCode(), e.deliveredOn(),
                        e.permitHolderPlaces(), e.projectId().toString()));
            }));

    /** Where a unit lies from this event on (R3, splits). */
    private static List<ProjectionChange> unitLocated(IncomingEvent event, UnitLocated e) {
        event.require(e.unitId(), e.municipalityCode());
        return fact(event, LedgerEntry.unitLocated(event.id(), event.type(), e.municipalityCode(), e.unitId().toString()));
    }

    /** The types the projection knows: those that change it and those it reads and ignores. */
    private static final EventTypes TYPES = EventTypes.everyType(union(DECODERS.keySet(), ConsumedEvents.KNOWN_WITHOUT_EFFECT));

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> all = new HashSet<>(a);
        all.addAll(b);
        return all;
    }

    private static List<ProjectionChange> capacityPlanned(IncomingEvent event, CapacityPlanned e) {
        event.require(e.projectId(), e.municipalityCode(), e.permitHolderPlaces(), e.expectedDeliveries());
        List<PlannedPlaces> expected = new ArrayList<>();
        for (CapacityPlanned.ExpectedDelivery delivery : e.expectedDeliveries()) {
            event.require(delivery, delivery.period(), delivery.permitHolderPlaces());
            Period period = period(event, delivery.period());
            if (expected.stream().anyMatch(p -> p.period().equals(period))) {
                throw new UnreadableEventException("event " + event.id() + " expects a delivery in " + period + " twice");
            }
            expected.add(new PlannedPlaces(period, delivery.permitHolderPlaces()));
        }
        return fact(event, LedgerEntry.capacityPlanned(event.id(), event.type(), e.municipalityCode(), e.projectId().toString(),
                e.permitHolderPlaces(), expected, event.time()));
    }

    /** Every fact carries its event's time, which orders corrections and re-plans. */
    private static List<ProjectionChange> fact(IncomingEvent event, LedgerEntry entry) {
        return List.of(new Fact(entry.at(event.time())));
    }

    private static Period period(IncomingEvent event, String text) {
        try {
            return Period.parse(text);
        } catch (IllegalArgumentException e) {
            throw new UnreadableEventException("event " + event.id() + " names no valid period: " + text, e);
        }
    }
}
