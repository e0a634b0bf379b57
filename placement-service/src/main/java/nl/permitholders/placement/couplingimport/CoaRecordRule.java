package nl.permitholders.placement.couplingimport;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.permitholders.placement.coupling.CancellationReason;
import nl.permitholders.placement.coupling.CancellationRule;
import nl.permitholders.placement.coupling.CouplingDetails;
import nl.permitholders.placement.coupling.CouplingLifecycle;
import nl.permitholders.placement.coupling.CouplingMunicipalityRule;
import nl.permitholders.placement.coupling.CouplingStatus;
import nl.permitholders.placement.coupling.Household;
import nl.permitholders.placement.couplingimport.CoaRecordFile.Column;
import nl.permitholders.placement.placement.FollowUpHousing;
import nl.permitholders.placement.placement.PlacementRule;
import nl.permitholders.placement.reunification.ReunificationRule;
import nl.permitholders.placement.unit.UnitType;
import nl.permitholders.platform.api.ConflictException;
import nl.permitholders.platform.api.InvalidInputException;
import nl.permitholders.platform.api.InvalidParam;
import nl.permitholders.platform.security.Succession;

/**
 * What a line of COA's records does, judged by the very rules of the single writes, one household at a time: its
 * coupling is registered ({@link Household}, {@link CouplingMunicipalityRule}: not to a municipality that had merged or
 * been split by the coupling date), then its persons placed ({@link CouplingLifecycle}, {@link PlacementRule}: never
 * more than coupled, on a day neither in the future nor before the coupling; {@link FollowUpHousing}), its family
 * members joined to the housed referent ({@link ReunificationRule}) and the coupling cancelled
 * ({@link CancellationRule}, {@link CouplingLifecycle}: not once all are housed). A refusal of a single write is the
 * line's refusal, naming its line and the column it is about ({@code line 17: Personen gehuisvest}).
 * <p>
 * The same line again changes nothing: a coupling registered under the reference with the same data is not registered
 * twice, nor a placement, arrival or cancellation it has already. A coupling registered with other data is refused, as a
 * second registration through the API is: a correction goes through the coupling's corrections. A coupling with an open
 * offer is left to the API, whose placement settles the offer. A placement in a municipality split over others, on a
 * coupling COA has not divided yet, is refused: nobody acts on it until COA names its receiver (R3).
 */
public final class CoaRecordRule {

    private CoaRecordRule() {
    }

    /**
     * What is stored of the coupling registered under the line's reference: null when the reference is new.
     * {@code answering} is the municipality whose staff act on it ({@code Coupling.answering()}), which a placement
     * needs; how it came to answer is the coupling's to say, not the import's.
     */
    public record Known(UUID id, String municipalityCode, String answering, CouplingDetails details, CouplingStatus status,
                        LocalDate cancelledOn, CancellationReason cancellationReason, List<KnownPlacement> placements,
                        List<KnownArrival> arrivals) {

        public Known {
            placements = List.copyOf(placements);
            arrivals = List.copyOf(arrivals);
        }

        int housed() {
            return placements.stream().filter(p -> !p.revoked()).mapToInt(KnownPlacement::persons).sum();
        }
    }

    public record KnownPlacement(UUID id, LocalDate housedOn, int persons, UnitType unitType, Boolean temporary, LocalDate movedOn,
                                 boolean revoked, Instant recordedAt) {
    }

    public record KnownArrival(LocalDate arrivedOn, int persons) {
    }

    /** Persons placed by the line; {@code temporary} as {@link FollowUpHousing} decides it. */
    public record Placing(int persons, LocalDate housedOn, UnitType unitType, Boolean temporary) {
    }

    /**
     * Family members joining the referent; in temporary housing they joined the referent's placement: a stored one
     * ({@code joinedPlacementId}) or the one this line places ({@code joinsThisLinesPlacement}).
     */
    public record Joining(int persons, LocalDate arrivedOn, boolean temporary, UUID joinedPlacementId, boolean joinsThisLinesPlacement) {
    }

    /** The cancellation, with the coupling's persons not housed by then. */
    public record Cancelling(LocalDate cancelledOn, CancellationReason reason, int unhousedPersons) {
    }

    /**
     * What the line does to its household, each step null when the line does not take it (it says nothing of it, or it
     * was taken before), and where the coupling stands afterwards.
     */
    public record Steps(boolean register, Placing placing, Joining joining, Cancelling cancelling, CouplingStatus status) {

        /** Whether the line changes nothing: all it says is stored already. */
        public boolean changesNothing() {
            return !register && placing == null && joining == null && cancelling == null;
        }
    }

    /** The steps, or (steps null) why the line is refused, each refusal naming the line and a column. */
    public record Judgement(Steps steps, List<InvalidParam> refusals) {

        public boolean refused() {
            return steps == null;
        }
    }

    private static final Map<String, Column> COUPLING_FIELDS = Map.of("adults", Column.ADULTS, "minors", Column.MINORS,
            "householdType", Column.HOUSEHOLD_TYPE, "permitDate", Column.PERMIT_DATE, "couplingDate", Column.COUPLING_DATE,
            "municipalityCode", Column.MUNICIPALITY_CODE);
    private static final Map<String, Column> PLACEMENT_FIELDS = Map.of("persons", Column.PERSONS_HOUSED, "housedOn", Column.HOUSED_ON);
    private static final Map<String, Column> ARRIVAL_FIELDS = Map.of("persons", Column.PERSONS_ARRIVED, "arrivedOn", Column.ARRIVED_ON);
    private static final Map<String, Column> CANCELLATION_FIELDS = Map.of("cancelledOn", Column.CANCELLED_ON);

    /**
     * @param known      the coupling stored under the line's reference, null when there is none
     * @param succession the mergers and splits recorded (R3)
     * @param today      the date in the Netherlands
     */
    public static Judgement judge(CoaRecord line, Known known, Succession succession, LocalDate today, FollowUpHousing followUp) {
        try {
            return new Judgement(steps(line, known, succession, today, followUp), List.of());
        } catch (Refused refused) {
            return new Judgement(null, refused.refusals);
        }
    }

    private static Steps steps(CoaRecord line, Known known, Succession succession, LocalDate today, FollowUpHousing followUp) {
        CouplingDetails details = line.details();
        if (known == null) {
            named(line, COUPLING_FIELDS, Column.COA_REFERENCE, () -> {
                Household.check(details.adults(), details.minors(), details.householdType(), details.permitDate(),
                        details.couplingDate(), today).throwIfAny();
                CouplingMunicipalityRule.check(line.municipalityCode(), details.couplingDate(), succession);
            });
        } else {
            registeredAlike(line, known);
        }
        CouplingStatus status = known == null ? CouplingStatus.COUPLED : known.status();
        int housed = known == null ? 0 : known.housed();
        boolean offerOpen = status == CouplingStatus.OFFERED;

        Placing placing = null;
        CoaRecord.Housing housing = line.housing();
        if (housing != null && !placedBefore(housing, known)) {
            if (offerOpen) {
                throw refused(line, Column.HOUSED_ON, "the coupling has an open offer of a unit; record this placement through "
                        + "the API (POST /couplings/{couplingId}/placements), which settles the offer");
            }
            CouplingStatus before = status;
            int housedBefore = housed;
            named(line, Map.of(), Column.HOUSED_ON, () -> CouplingLifecycle.require(CouplingLifecycle.Step.RECORD_PLACEMENT, before));
            named(line, PLACEMENT_FIELDS, Column.PERSONS_HOUSED, () -> PlacementRule.check(details.persons(),
                    details.couplingDate(), housedBefore, housing.persons(), housing.housedOn(), today));
            answeredOn(line, known, succession, housing.housedOn());
            placing = new Placing(housing.persons(), housing.housedOn(), housing.unitType(), followUp.needsFollowUp(housing.unitType()));
            housed += housing.persons();
            status = CouplingLifecycle.settled(status, false, housed, details.persons());
        }

        Joining joining = null;
        CoaRecord.Arrival arrival = line.arrival();
        if (arrival != null && !arrivedBefore(arrival, known)) {
            Referent referent = referent(known, placing);
            named(line, ARRIVAL_FIELDS, Column.ARRIVED_ON, () -> ReunificationRule.check(arrival.persons(), arrival.arrivedOn(),
                    referent == null ? null : referent.housedOn(), today));
            boolean temporary = ReunificationRule.joinInTemporaryHousing(referent.temporary(), referent.movedOn(), arrival.arrivedOn());
            joining = new Joining(arrival.persons(), arrival.arrivedOn(), temporary,
                    temporary && referent.id() != null ? referent.id() : null, temporary && referent.id() == null);
        }

        Cancelling cancelling = null;
        CoaRecord.Cancellation cancellation = line.cancellation();
        if (cancellation != null && !cancelledBefore(line, cancellation, known)) {
            if (offerOpen) {
                throw refused(line, Column.CANCELLED_ON, "the coupling has an open offer of a unit; cancel it through the API "
                        + "(POST /couplings/{couplingId}/cancellation), which withdraws the offer");
            }
            CouplingStatus before = status;
            named(line, CANCELLATION_FIELDS, Column.CANCELLED_ON, () -> {
                CancellationRule.check(cancellation.cancelledOn(), details.couplingDate(), today);
                CouplingLifecycle.cancelled(before);
            });
            cancelling = new Cancelling(cancellation.cancelledOn(), cancellation.reason(), details.persons() - housed);
            status = CouplingStatus.CANCELLED;
        }
        return new Steps(known == null, placing, joining, cancelling, status);
    }

    /** A reference registered before is the same coupling only with the same municipality and data. */
    private static void registeredAlike(CoaRecord line, Known known) {
        List<String> changes = new ArrayList<>();
        if (!known.municipalityCode().equals(line.municipalityCode())) {
            changes.add("municipalityCode " + known.municipalityCode() + " → " + line.municipalityCode());
        }
        changes.addAll(line.details().changesFrom(known.details()));
        if (!changes.isEmpty()) {
            throw refused(line, Column.COA_REFERENCE, line.coaReference() + " is registered already with other data (coupling "
                    + known.id() + ": " + String.join(", ", changes) + "); correct the coupling through its corrections "
                    + "(POST /couplings/{couplingId}/corrections), or send the line as it is registered");
        }
    }

    /** A placement not revoked on the same day of as many persons (and of the same kind, when the line names one). */
    private static boolean placedBefore(CoaRecord.Housing housing, Known known) {
        return known != null && known.placements().stream().anyMatch(p -> !p.revoked() && p.housedOn().equals(housing.housedOn())
                && p.persons() == housing.persons() && (housing.unitType() == null || housing.unitType() == p.unitType()));
    }

    private static boolean arrivedBefore(CoaRecord.Arrival arrival, Known known) {
        return known != null && known.arrivals().stream()
                .anyMatch(a -> a.arrivedOn().equals(arrival.arrivedOn()) && a.persons() == arrival.persons());
    }

    /** Cancelled before on the same day for the same reason: nothing to do; otherwise refused, naming how. */
    private static boolean cancelledBefore(CoaRecord line, CoaRecord.Cancellation cancellation, Known known) {
        if (known == null || known.status() != CouplingStatus.CANCELLED) {
            return false;
        }
        if (cancellation.cancelledOn().equals(known.cancelledOn()) && cancellation.reason() == known.cancellationReason()) {
            return true;
        }
        throw refused(line, Column.CANCELLED_ON, "the coupling was cancelled on " + known.cancelledOn() + " ("
                + known.cancellationReason() + ") already");
    }

    /**
     * R3: a placement is the step of the municipality that answers for the coupling on the day it is housed, the one
     * continuing it after a merger; from a split on, nobody acts on a coupling the split municipality answers for until
     * COA names its receiver, as the single placement is refused then.
     */
    private static void answeredOn(CoaRecord line, Known known, Succession succession, LocalDate housedOn) {
        String answering = succession.responsibleOn(known == null ? line.municipalityCode() : known.answering(), housedOn);
        succession.splitBy(answering, housedOn).ifPresent(split -> {
            throw refused(line, Column.HOUSED_ON, answering + " was split over " + String.join(", ", split.receivers()) + " on "
                    + split.effectiveDate() + ": its coupling is to be divided (te verdelen) before anybody houses it; import the "
                    + "coupling without this placement, let COA name its receiver (PUT /couplings/{couplingId}/receiving-municipality) "
                    + "and record the placement then");
        });
    }

    /** The referent's placement: the first housed not revoked, of two on one day the first recorded (id null: this line's). */
    private record Referent(UUID id, LocalDate housedOn, Boolean temporary, LocalDate movedOn, Instant recordedAt) {
    }

    private static Referent referent(Known known, Placing placing) {
        List<Referent> housed = new ArrayList<>();
        if (known != null) {
            known.placements().stream().filter(p -> !p.revoked())
                    .forEach(p -> housed.add(new Referent(p.id(), p.housedOn(), p.temporary(), p.movedOn(), p.recordedAt())));
        }
        if (placing != null) {
            housed.add(new Referent(null, placing.housedOn(), placing.temporary(), null, Instant.MAX));
        }
        return housed.stream().min(Comparator.comparing(Referent::housedOn).thenComparing(Referent::recordedAt)
                .thenComparing(r -> r.id() == null ? "" : r.id().toString())).orElse(null);
    }

    /** Runs a single write's rule, making its refusal the line's: its fields named by {@code fields}, a conflict by {@code conflict}. */
    private static void named(CoaRecord line, Map<String, Column> fields, Column conflict, Runnable rule) {
        try {
            rule.run();
        } catch (InvalidInputException e) {
            List<InvalidParam> refusals = e.invalidParams().stream().map(p -> new InvalidParam(CoaRecordFile.name(line.line(),
                    fields.getOrDefault(p.name(), conflict)), p.reason())).toList();
            throw new Refused(refusals);
        } catch (ConflictException e) {
            throw refused(line, conflict, e.getMessage());
        }
    }

    private static Refused refused(CoaRecord line, Column column, String reason) {
        return new Refused(List.of(new InvalidParam(CoaRecordFile.name(line.line(), column), reason)));
    }

    /** Ends judging a line that is refused. */
    private static final class Refused extends RuntimeException {

        private final List<InvalidParam> refusals;

        Refused(List<InvalidParam> refusals) {
            super(null, null, false, false);
            this.refusals = refusals;
        }
    }
}
