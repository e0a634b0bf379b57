package nl.permitholders.supervision.ledger;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * COA's couplings to one municipality as they now stand, and the coupling clock (R8).
 * <p>
 * A correction states the coupling as it now is: its persons and coupling date replace the registered ones (the
 * latest correction stands), as if the coupling had been registered that way. From the coupling date the
 * municipality has 12 weeks (10 to find housing, 2 to move); a coupling with persons neither housed nor cancelled
 * 12 weeks after its coupling date is overdue. A cancellation takes the coupling's unhoused persons off the
 * municipality, unless {@link CancellationRule} finds it the municipality's own shortfall (re-coupled elsewhere after
 * the 12 weeks ran out): then its persons stay coupled and unhoused, and the coupling overdue. Family members arriving
 * later are not coupled and do not count here.
 */
public final class Couplings {

    public static final int WEEKS_TO_HOUSE = 12;

    /** A coupling as it now stands; {@code householdType} is COA's SINGLE or FAMILY, null where it is not known. */
    public record Coupling(String couplingId, LocalDate couplingDate, int persons, String householdType) {

        /** The first day on which the coupling is overdue if persons of it are still unhoused. */
        public LocalDate overdueFrom() {
            return couplingDate.plusWeeks(WEEKS_TO_HOUSE);
        }
    }

    /** A coupling with persons still waiting for housing on a date, and how long they have waited. */
    public record Waiting(String couplingId, String householdType, LocalDate couplingDate, int persons, int unhousedPersons,
                          long weeksWaiting) {
    }

    /** Overdue couplings on a date, and how many of their persons are still unhoused. */
    public record Overdue(int couplings, int persons) {
    }

    private final Map<String, Coupling> current;
    /** Every cancellation's date per coupling: nobody waits for housing in a cancelled coupling any more. */
    private final Map<String, LocalDate> cancelledOn = new HashMap<>();
    /** The date per coupling of the cancellations that take its persons off the municipality. */
    private final Map<String, LocalDate> leftOn = new HashMap<>();
    /** Cancellations whose unhoused persons are no longer the municipality's to house. */
    private final List<LedgerEntry> leaving = new ArrayList<>();
    /** Cancellations whose unhoused persons stay the municipality's shortfall (re-coupled away after the 12 weeks). */
    private final List<LedgerEntry> recoupledAfterTheClock = new ArrayList<>();
    private final List<LedgerEntry> placements = new ArrayList<>();

    /** @param revokedPlacements placement ids that were revoked: they never counted */
    Couplings(Collection<LedgerEntry> entries, Set<String> revokedPlacements) {
        // Sized for the ledger at once: a city's has thousands of couplings, and growing the maps step by step costs more.
        Map<String, LedgerEntry> registered = new HashMap<>(capacityFor(entries.size()));
        Map<String, LedgerEntry> latestCorrection = new HashMap<>();
        List<LedgerEntry> cancellations = new ArrayList<>();
        for (LedgerEntry e : entries) {
            switch (e.kind()) {
                case COUPLED -> registered.merge(e.reference(), e, (a, b) -> LedgerEntry.byEventTime(a, b) <= 0 ? a : b);
                case COUPLING_CORRECTED -> latestCorrection.merge(e.reference(), e, (a, b) -> LedgerEntry.byEventTime(a, b) >= 0 ? a : b);
                case CANCELLED -> {
                    cancelledOn.merge(e.reference(), e.effectiveDate(), (a, b) -> a.isBefore(b) ? a : b);
                    cancellations.add(e);
                }
                case HOUSED -> {
                    if (!revokedPlacements.contains(e.reference())) {
                        placements.add(e);
                    }
                }
                default -> {
                    // no part of the couplings
                }
            }
        }
        current = new HashMap<>(capacityFor(registered.size() + latestCorrection.size()));
        registered.forEach((id, e) -> current.put(id, new Coupling(id, e.effectiveDate(), e.persons(), householdType(e))));
        latestCorrection.forEach((id, e) -> current.put(id, new Coupling(id, e.effectiveDate(), e.persons(),
                householdType(e) != null || !registered.containsKey(id) ? householdType(e) : householdType(registered.get(id)))));
        for (LedgerEntry e : cancellations) {
            Coupling coupling = current.get(e.reference());
            if (CancellationRule.staysTheMunicipalitysShortfall(cancellationReason(e), e.effectiveDate(),
                    coupling == null ? null : coupling.overdueFrom())) {
                recoupledAfterTheClock.add(e);
            } else {
                leftOn.merge(e.reference(), e.effectiveDate(), (a, b) -> a.isBefore(b) ? a : b);
                leaving.add(e);
            }
        }
    }

    /** COA's household type of a coupling or its correction; null where it is not known. */
    private static String householdType(LedgerEntry coupling) {
        return coupling.details() instanceof Details.Coupling c ? c.householdType() : null;
    }

    private static CancellationReason cancellationReason(LedgerEntry cancellation) {
        return cancellation.details() instanceof Details.Cancellation c ? c.reason() : null;
    }

    /** A HashMap capacity that holds {@code size} entries without growing. */
    private static int capacityFor(int size) {
        return (int) (size / 0.75f) + 1;
    }

    /** Persons of the couplings with a coupling date on or before {@code date}. */
    public int coupledPersons(LocalDate date) {
        return current.values().stream().filter(c -> !c.couplingDate().isAfter(date)).mapToInt(Coupling::persons).sum();
    }

    /**
     * Unhoused persons of couplings cancelled on or before {@code date} that are no longer the municipality's to house
     * (withdrawn, or re-coupled elsewhere within the 12 weeks; {@link CancellationRule}).
     */
    public int cancelledPersons(LocalDate date) {
        return personsBy(leaving, date);
    }

    /**
     * Unhoused persons of couplings COA re-coupled elsewhere on or before {@code date} after their 12 weeks had run out:
     * they stay the municipality's shortfall, coupled and unhoused ({@link CancellationRule}).
     */
    public int recoupledAfterTheClockPersons(LocalDate date) {
        return personsBy(recoupledAfterTheClock, date);
    }

    private static int personsBy(List<LedgerEntry> cancellations, LocalDate date) {
        return cancellations.stream().filter(e -> !e.effectiveDate().isAfter(date)).mapToInt(LedgerEntry::persons).sum();
    }

    /**
     * R8 on {@code date}: every coupling whose 12 weeks have run out, that had not left the municipality by then (a
     * coupling re-coupled away after its 12 weeks never leaves it), and of which persons are still unhoused (persons
     * minus those of its placements housed by then, revoked ones not counting).
     */
    public Overdue overdue(LocalDate date) {
        Map<String, Integer> housed = housedPerCoupling(date);
        int couplings = 0;
        int persons = 0;
        for (Coupling c : current.values()) {
            LocalDate left = leftOn.get(c.couplingId());
            boolean leftByThen = left != null && !left.isAfter(date);
            int unhoused = c.persons() - housed.getOrDefault(c.couplingId(), 0);
            if (!c.overdueFrom().isAfter(date) && !leftByThen && unhoused > 0) {
                couplings++;
                persons += unhoused;
            }
        }
        return new Overdue(couplings, persons);
    }

    /** The couplings (as they now stand) with persons neither housed nor cancelled on {@code date}, longest waiting first. */
    public List<Waiting> waiting(LocalDate date) {
        Map<String, Integer> housed = housedPerCoupling(date);
        return current.values().stream()
                .filter(c -> !c.couplingDate().isAfter(date))
                .filter(c -> cancelledOn.get(c.couplingId()) == null || cancelledOn.get(c.couplingId()).isAfter(date))
                .filter(c -> c.persons() - housed.getOrDefault(c.couplingId(), 0) > 0)
                .map(c -> new Waiting(c.couplingId(), c.householdType(), c.couplingDate(), c.persons(),
                        c.persons() - housed.getOrDefault(c.couplingId(), 0),
                        java.time.temporal.ChronoUnit.WEEKS.between(c.couplingDate(), date)))
                .sorted(java.util.Comparator.comparing(Waiting::couplingDate).thenComparing(Waiting::couplingId))
                .toList();
    }

    /**
     * The couplings (as they now stand) COA made after {@code from} up to and including {@code to} and did not cancel by
     * {@code to}: the households it coupled, by type and size (a scenario's household mix).
     */
    public List<Coupling> madeBetween(LocalDate from, LocalDate to) {
        return current.values().stream()
                .filter(c -> c.couplingDate().isAfter(from) && !c.couplingDate().isAfter(to))
                .filter(c -> cancelledOn.get(c.couplingId()) == null || cancelledOn.get(c.couplingId()).isAfter(to))
                .toList();
    }

    private Map<String, Integer> housedPerCoupling(LocalDate date) {
        Map<String, Integer> housed = new HashMap<>(capacityFor(placements.size()));
        for (LedgerEntry p : placements) {
            if (p.details() instanceof Details.Placement placement && placement.couplingId() != null
                    && !p.effectiveDate().isAfter(date)) {
                housed.merge(placement.couplingId(), p.persons(), Integer::sum);
            }
        }
        return housed;
    }
}
