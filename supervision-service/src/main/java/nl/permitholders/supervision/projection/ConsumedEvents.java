package nl.permitholders.supervision.projection;

import static java.util.Map.entry;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import nl.permitholders.platform.events.IncomingEvent;
import nl.permitholders.platform.events.UnreadableEventException;
import nl.permitholders.platform.period.Period;
import nl.permitholders.supervision.ledger.CancellationReason;
import nl.permitholders.supervision.ledger.Details;
import nl.permitholders.supervision.ledger.Details.Cancellation;
import nl.permitholders.supervision.ledger.Details.CapacityPlan;
import nl.permitholders.supervision.ledger.Details.Coupling;
import nl.permitholders.supervision.ledger.Details.Division;
import nl.permitholders.supervision.ledger.Details.Placement;
import nl.permitholders.supervision.ledger.Details.PlannedPlaces;
import nl.permitholders.supervision.ledger.Details.Quota;
import nl.permitholders.supervision.ledger.Details.Reunification;
import nl.permitholders.supervision.ledger.EntryKind;
import nl.permitholders.supervision.ledger.LedgerEntry;
import nl.permitholders.supervision.ledger.QuotaStatus;
import nl.permitholders.supervision.projection.ProjectionChange.Fact;
import nl.permitholders.supervision.projection.ProjectionChange.Merged;
import nl.permitholders.supervision.projection.ProjectionChange.MunicipalityStated;
import nl.permitholders.supervision.projection.ProjectionChange.PopulationStated;
import nl.permitholders.supervision.projection.ProjectionChange.ProvinceStated;
import nl.permitholders.supervision.projection.ProjectionChange.Split;

/**
 * Supervision's reading of the events it consumes: only the fields it needs; {@link EventDecoder} ignores unknown
 * fields (a tolerant reader), so producers can add fields without breaking it. The contracts are in {@code docs/events/}.
 * Each record says itself what its event changes in the projection ({@link Consumed#changes}), requiring the fields it
 * cannot do without: a new field a rule needs is a component here and a value in what the record builds, and the
 * decoder stays as it is.
 */
final class ConsumedEvents {

    static final String QUOTA = "nl.permitholders.quota.";
    static final String PLACEMENT = "nl.permitholders.placement.";
    static final String HOUSING_STOCK = "nl.permitholders.housingstock.";

    private ConsumedEvents() {
    }

    /** An event's data as supervision reads it. */
    sealed interface Consumed {

        /**
         * What the event changes in the projection, from the event alone; it throws {@link UnreadableEventException}
         * when data it needs is missing or invalid.
         */
        List<ProjectionChange> changes(IncomingEvent event);
    }

    record ProvinceRegistered(String provinceCode, String name) implements Consumed {
        static final String TYPE = QUOTA + "province-registered.v1";

        @Override
        public List<ProjectionChange> changes(IncomingEvent event) {
            event.require(provinceCode, name);
            return List.of(new ProvinceStated(provinceCode, name, event.time()));
        }
    }

    /** {@code validFrom} and {@code validUntil} bound the days it exists, as R1 reads the register; absent: open. */
    record MunicipalityRegistered(String municipalityCode, String name, String provinceCode, LocalDate validFrom, LocalDate validUntil)
            implements Consumed {
        static final String TYPE = QUOTA + "municipality-registered.v1";

        @Override
        public List<ProjectionChange> changes(IncomingEvent event) {
            event.require(municipalityCode, name, provinceCode);
            return List.of(new MunicipalityStated(municipalityCode, name, provinceCode, validFrom, validUntil, event.time()));
        }
    }

    /** {@code status} and {@code publishedOn} came later: an event without status is a final quota, without date one of unknown date. */
    record QuotaSet(String municipalityCode, String period, Integer persons, Integer version, QuotaStatus status, LocalDate publishedOn)
            implements Consumed {
        static final String TYPE = QUOTA + "quota-set.v1";

        @Override
        public List<ProjectionChange> changes(IncomingEvent event) {
            event.require(municipalityCode, period, persons, version);
            return fact(event, EntryKind.QUOTA, municipalityCode, halfYear(event, period), null, persons, version, null,
                    new Quota(status == null ? QuotaStatus.FINAL : status, publishedOn));
        }
    }

    /**
     * {@code setWithAMerger} and {@code recordedAt} came later: an event without them is CBS's figure, recorded at the
     * event's time.
     */
    record PopulationSet(String municipalityCode, LocalDate referenceDate, Integer persons, Integer version, Boolean setWithAMerger,
                         OffsetDateTime recordedAt) implements Consumed {
        static final String TYPE = QUOTA + "population-set.v1";

        @Override
        public List<ProjectionChange> changes(IncomingEvent event) {
            event.require(municipalityCode, referenceDate, persons, version);
            if (persons < 0) {
                throw new UnreadableEventException("event " + event.id() + " states a negative population: " + persons);
            }
            return List.of(new PopulationStated(municipalityCode, referenceDate, persons, version, Boolean.TRUE.equals(setWithAMerger),
                    recordedAt != null ? recordedAt : event.time()));
        }
    }

    record OpeningBalanceSet(String municipalityCode, String period, Integer backlog, Integer version) implements Consumed {
        static final String TYPE = QUOTA + "opening-balance-set.v1";

        @Override
        public List<ProjectionChange> changes(IncomingEvent event) {
            event.require(municipalityCode, period, backlog, version);
            return fact(event, EntryKind.OPENING_BALANCE, municipalityCode, halfYear(event, period), null, backlog, version, null,
                    Details.NONE);
        }
    }

    record CouplingRegistered(UUID couplingId, String municipalityCode, Integer persons, String householdType, LocalDate couplingDate)
            implements Consumed {
        static final String TYPE = PLACEMENT + "coupling-registered.v1";

        @Override
        public List<ProjectionChange> changes(IncomingEvent event) {
            event.require(couplingId, municipalityCode, persons, couplingDate);
            return fact(event, EntryKind.COUPLED, municipalityCode, null, couplingDate, persons, null, couplingId.toString(),
                    new Coupling(householdType));
        }
    }

    /** The coupling as it now stands after a correction: its persons and coupling date replace the registered ones. */
    record CouplingCorrected(UUID couplingId, String municipalityCode, Integer persons, String householdType, LocalDate couplingDate)
            implements Consumed {
        static final String TYPE = PLACEMENT + "coupling-corrected.v1";

        @Override
        public List<ProjectionChange> changes(IncomingEvent event) {
            event.require(couplingId, municipalityCode, persons, couplingDate);
            return fact(event, EntryKind.COUPLING_CORRECTED, municipalityCode, null, couplingDate, persons, null, couplingId.toString(),
                    new Coupling(householdType));
        }
    }

    record PlacementRecorded(UUID placementId, UUID couplingId, String municipalityCode, Integer persons, LocalDate housedOn,
                             UUID unitId, String unitType, Boolean temporary) implements Consumed {
        static final String TYPE = PLACEMENT + "placement-recorded.v1";

        @Override
        public List<ProjectionChange> changes(IncomingEvent event) {
            event.require(placementId, municipalityCode, persons, housedOn);
            return fact(event, EntryKind.HOUSED, municipalityCode, null, housedOn, persons, null, placementId.toString(),
                    new Placement(text(couplingId), unitType, temporary, text(unitId)));
        }
    }

    /** The persons of a placement moved on from temporary housing to follow-up housing. */
    record MovedToFollowUpHousing(UUID placementId, UUID couplingId, String municipalityCode, Integer persons, LocalDate movedOn)
            implements Consumed {
        static final String TYPE = PLACEMENT + "moved-to-follow-up-housing.v1";

        @Override
        public List<ProjectionChange> changes(IncomingEvent event) {
            event.require(placementId, municipalityCode, persons, movedOn);
            return fact(event, EntryKind.MOVED_ON, municipalityCode, null, movedOn, persons, null, placementId.toString(), Details.NONE);
        }
    }

    record QuotaExchanged(UUID exchangeId, String municipalityCode, String period, Integer delta) implements Consumed {
        static final String TYPE = QUOTA + "quota-exchanged.v1";

        @Override
        public List<ProjectionChange> changes(IncomingEvent event) {
            event.require(exchangeId, municipalityCode, period, delta);
            return fact(event, EntryKind.EXCHANGE, municipalityCode, halfYear(event, period), null, delta, null, exchangeId.toString(),
                    Details.NONE);
        }
    }

    /**
     * {@code absorption} and {@code recordedAt} came later: without them, whether the continuing municipality absorbed the
     * others follows from the register (a municipality that exists before the merger date), and the merger counts as
     * recorded at the event's time.
     */
    record MunicipalitiesMerged(String municipalityCode, List<String> mergedMunicipalityCodes, LocalDate effectiveDate,
                                String effectivePeriod, Boolean absorption, OffsetDateTime recordedAt) implements Consumed {
        static final String TYPE = QUOTA + "municipalities-merged.v1";

        @Override
        public List<ProjectionChange> changes(IncomingEvent event) {
            event.require(municipalityCode, mergedMunicipalityCodes, effectiveDate, effectivePeriod);
            Period effective = halfYear(event, effectivePeriod);
            if (!effective.contains(effectiveDate)) {
                throw new UnreadableEventException("event " + event.id() + " dates its merger " + effectiveDate
                        + ", outside its effective period " + effective);
            }
            return List.of(new Merged(municipalityCode, List.copyOf(mergedMunicipalityCodes), effectiveDate, absorption,
                    recordedAt != null ? recordedAt : event.time(), event.time()));
        }
    }

    record MunicipalitySplit(String municipalityCode, List<Receiver> receivers, LocalDate effectiveDate, String effectivePeriod)
            implements Consumed {
        static final String TYPE = QUOTA + "municipality-split.v1";

        record Receiver(String municipalityCode, Long share) {
        }

        @Override
        public List<ProjectionChange> changes(IncomingEvent event) {
            event.require(municipalityCode, receivers, effectiveDate, effectivePeriod);
            Period effective = halfYear(event, effectivePeriod);
            if (!effective.contains(effectiveDate)) {
                throw new UnreadableEventException("event " + event.id() + " dates its split " + effectiveDate
                        + ", outside its effective period " + effective);
            }
            receivers.forEach(receiver -> event.require(receiver, receiver.municipalityCode(), receiver.share()));
            if (receivers.stream().anyMatch(receiver -> receiver.share() < 1)) {
                throw new UnreadableEventException("event " + event.id() + " gives a receiver a share below 1");
            }
            return List.of(new Split(municipalityCode, receivers.stream().map(Receiver::municipalityCode).toList(),
                    receivers.stream().map(Receiver::share).toList(), effective, effectiveDate, event.time()));
        }
    }

    /**
     * R3, splits: COA named the receiver of a split municipality's coupling. {@code dividedOn} came later: an event
     * without it is read as divided on the day of its time ({@code SplitCouplingsRule}).
     */
    record CouplingDivided(UUID couplingId, String municipalityCode, String receivingMunicipalityCode, LocalDate dividedOn)
            implements Consumed {
        static final String TYPE = PLACEMENT + "coupling-divided.v1";

        @Override
        public List<ProjectionChange> changes(IncomingEvent event) {
            event.require(couplingId, municipalityCode, receivingMunicipalityCode);
            return fact(event, EntryKind.DIVIDED, municipalityCode, null, dividedOn, 0, null, couplingId.toString(),
                    new Division(receivingMunicipalityCode));
        }
    }

    record CouplingCancelled(UUID couplingId, String municipalityCode, Integer unhousedPersons, LocalDate cancelledOn,
                             CancellationReason reason) implements Consumed {
        static final String TYPE = PLACEMENT + "coupling-cancelled.v1";

        @Override
        public List<ProjectionChange> changes(IncomingEvent event) {
            event.require(couplingId, municipalityCode, unhousedPersons, cancelledOn, reason);
            return fact(event, EntryKind.CANCELLED, municipalityCode, null, cancelledOn, unhousedPersons, null, couplingId.toString(),
                    new Cancellation(reason));
        }
    }

    /** Only an allocation to permit holders is a fact of supervision's; the corporations' others it reads and ignores. */
    record AllocationRecorded(UUID allocationId, String municipalityCode, Integer persons, LocalDate allocatedOn, Boolean permitHolders)
            implements Consumed {
        static final String TYPE = HOUSING_STOCK + "allocation-recorded.v1";

        @Override
        public List<ProjectionChange> changes(IncomingEvent event) {
            event.require(allocationId, municipalityCode, persons, allocatedOn, permitHolders);
            return permitHolders
                    ? fact(event, EntryKind.ALLOCATED, municipalityCode, null, allocatedOn, persons, null, allocationId.toString(),
                            Details.NONE)
                    : List.of();
        }
    }

    record PlacementRevoked(UUID placementId, String municipalityCode, Integer persons, LocalDate revokedOn) implements Consumed {
        static final String TYPE = PLACEMENT + "placement-revoked.v1";

        @Override
        public List<ProjectionChange> changes(IncomingEvent event) {
            event.require(placementId, municipalityCode, persons, revokedOn);
            return fact(event, EntryKind.REVOKED, municipalityCode, null, revokedOn, persons, null, placementId.toString(), Details.NONE);
        }
    }

    /**
     * Family members who joined the referent; in temporary housing only when they joined a placement they name (then
     * they need follow-up housing until its persons move on).
     */
    record ReunificationArrived(UUID reunificationId, UUID couplingId, String municipalityCode, Integer persons, LocalDate arrivedOn,
                                Boolean temporary, UUID joinedPlacementId) implements Consumed {
        static final String TYPE = PLACEMENT + "reunification-arrived.v1";

        @Override
        public List<ProjectionChange> changes(IncomingEvent event) {
            event.require(reunificationId, municipalityCode, persons, arrivedOn);
            boolean inTemporaryHousing = Boolean.TRUE.equals(temporary) && joinedPlacementId != null;
            return fact(event, EntryKind.REUNIFIED, municipalityCode, null, arrivedOn, persons, null, reunificationId.toString(),
                    new Reunification(text(couplingId), inTemporaryHousing, inTemporaryHousing ? joinedPlacementId.toString() : null));
        }
    }

    /** A (re-)plan of a capacity project: its places for permit holders in all, expected per half-year. */
    record CapacityPlanned(UUID projectId, String municipalityCode, Integer permitHolderPlaces,
                           List<ExpectedDelivery> expectedDeliveries) implements Consumed {
        static final String TYPE = HOUSING_STOCK + "capacity-planned.v1";

        record ExpectedDelivery(String period, Integer permitHolderPlaces) {
        }

        @Override
        public List<ProjectionChange> changes(IncomingEvent event) {
            event.require(projectId, municipalityCode, permitHolderPlaces, expectedDeliveries);
            List<PlannedPlaces> expected = new ArrayList<>();
            for (ExpectedDelivery delivery : expectedDeliveries) {
                event.require(delivery, delivery.period(), delivery.permitHolderPlaces());
                Period period = halfYear(event, delivery.period());
                if (expected.stream().anyMatch(p -> p.period().equals(period))) {
                    throw new UnreadableEventException("event " + event.id() + " expects a delivery in " + period + " twice");
                }
                expected.add(new PlannedPlaces(period, delivery.permitHolderPlaces()));
            }
            return fact(event, EntryKind.CAPACITY_PLANNED, municipalityCode, null, null, permitHolderPlaces, null, projectId.toString(),
                    new CapacityPlan(expected));
        }
    }

    record CapacityDelivered(UUID projectId, UUID deliveryId, String municipalityCode, LocalDate deliveredOn, Integer permitHolderPlaces)
            implements Consumed {
        static final String TYPE = HOUSING_STOCK + "capacity-delivered.v1";

        @Override
        public List<ProjectionChange> changes(IncomingEvent event) {
            event.require(projectId, municipalityCode, deliveredOn, permitHolderPlaces);
            return fact(event, EntryKind.CAPACITY_DELIVERED, municipalityCode, null, deliveredOn, permitHolderPlaces, null,
                    projectId.toString(), Details.NONE);
        }
    }

    /** A unit where it lies now (R3, splits); its owner and the rest of it supervision does not keep. */
    record UnitLocated(UUID unitId, String municipalityCode) implements Consumed {
        static final String REGISTERED = HOUSING_STOCK + "unit-registered.v1";
        static final String CORRECTED = HOUSING_STOCK + "unit-corrected.v1";

        @Override
        public List<ProjectionChange> changes(IncomingEvent event) {
            event.require(unitId, municipalityCode);
            return fact(event, EntryKind.UNIT_LOCATED, municipalityCode, null, null, 0, null, unitId.toString(), Details.NONE);
        }
    }

    /** The event types that change the projection, each with the record its data reads as. */
    static final Map<String, Class<? extends Consumed>> BY_TYPE = Map.ofEntries(
            entry(ProvinceRegistered.TYPE, ProvinceRegistered.class),
            entry(MunicipalityRegistered.TYPE, MunicipalityRegistered.class),
            entry(QuotaSet.TYPE, QuotaSet.class),
            entry(OpeningBalanceSet.TYPE, OpeningBalanceSet.class),
            entry(PopulationSet.TYPE, PopulationSet.class),
            entry(CouplingRegistered.TYPE, CouplingRegistered.class),
            entry(CouplingCorrected.TYPE, CouplingCorrected.class),
            entry(PlacementRecorded.TYPE, PlacementRecorded.class),
            entry(UnitLocated.REGISTERED, UnitLocated.class),
            entry(UnitLocated.CORRECTED, UnitLocated.class),
            entry(QuotaExchanged.TYPE, QuotaExchanged.class),
            entry(MunicipalitySplit.TYPE, MunicipalitySplit.class),
            entry(MunicipalitiesMerged.TYPE, MunicipalitiesMerged.class),
            entry(CouplingDivided.TYPE, CouplingDivided.class),
            entry(CouplingCancelled.TYPE, CouplingCancelled.class),
            entry(PlacementRevoked.TYPE, PlacementRevoked.class),
            entry(MovedToFollowUpHousing.TYPE, MovedToFollowUpHousing.class),
            entry(ReunificationArrived.TYPE, ReunificationArrived.class),
            entry(AllocationRecorded.TYPE, AllocationRecorded.class),
            entry(CapacityPlanned.TYPE, CapacityPlanned.class),
            entry(CapacityDelivered.TYPE, CapacityDelivered.class));

    /** Known event types that do not (yet) move supervision's figures: acknowledged, not dead-lettered. */
    static final Set<String> KNOWN_WITHOUT_EFFECT = Set.of(
            QUOTA + "national-quota-set.v1",
            PLACEMENT + "unit-offered.v1",
            PLACEMENT + "offer-declined.v1",
            // An import of COA's records ended; its households' own events moved the figures.
            PLACEMENT + "coupling-import-completed.v1",
            HOUSING_STOCK + "unit-retired.v1",
            HOUSING_STOCK + "vacancy-reported.v1",
            HOUSING_STOCK + "performance-agreement-set.v1");

    /**
     * A fact in {@code municipality}'s ledger, with the event's id, type and time: the time orders corrections and
     * re-plans.
     */
    private static List<ProjectionChange> fact(IncomingEvent event, EntryKind kind, String municipality, Period period,
                                               LocalDate date, int persons, Integer version, String reference, Details details) {
        return List.of(new Fact(new LedgerEntry(event.id(), event.type(), municipality, kind, period, date, persons, version, reference,
                event.time(), details)));
    }

    private static Period halfYear(IncomingEvent event, String text) {
        try {
            return Period.parse(text);
        } catch (IllegalArgumentException e) {
            throw new UnreadableEventException("event " + event.id() + " names no valid period: " + text, e);
        }
    }

    private static String text(UUID id) {
        return id == null ? null : id.toString();
    }
}
