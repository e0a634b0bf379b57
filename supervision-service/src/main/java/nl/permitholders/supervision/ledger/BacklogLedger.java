package nl.permitholders.supervision.ledger;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import nl.permitholders.platform.period.Period;

/**
 * The backlog of one municipality, carried from half-year to half-year (R4, Raad van State
 * ECLI:NL:RVS:2018:2647): backlog at the end of a half-year = backlog carried in + quota ± exchanges − persons housed
 * in that half-year. Housing more later does not fix an earlier half-year; the backlog simply carries.
 * <p>
 * The chain starts at the half-year of the opening balance (the backlog the municipality had when it joined the
 * system); for a municipality formed by a merger, at the merger with the backlog it took over (R3); otherwise at the
 * first half-year with a quota, exchange or placement, with nothing carried in. A municipality that continues merged
 * ones ({@link MergerTakeOver}) counts their facts from the merger's half-year on, and their backlog carried in there. Only the highest version of a quota or
 * opening balance counts, so an adjustment after the fact moves that half-year and every later one. Persons count on
 * their housing or arrival date (R5); a revoked placement does not count at all, nor do the family members who joined
 * it ({@link FamilyMembers}). COA's position adopted at a deadline
 * re-anchors the chain there ({@link ReAnchoring}). Backlog handed over or taken over in a registered exchange
 * agreement (R2) counts in the backlog carried into its half-year, and so carries on. The figures depend only on the
 * set of entries, never on the order they arrived in.
 */
public final class BacklogLedger {

    /**
     * The kinds of entry that make up the backlog figures of a half-year (backlog transferred in exchange agreements
     * among them), or sit beside them: allocations, cancelled
     * couplings with their reason, which decide the coupling deficit (R7), moves on to follow-up housing, and COA's
     * position adopted at the deadline the half-year starts on ({@link ReAnchoring}).
     */
    private static final Set<EntryKind> EXPLAINS_BACKLOG = Set.of(EntryKind.OPENING_BALANCE, EntryKind.QUOTA, EntryKind.EXCHANGE,
            EntryKind.BACKLOG_TRANSFERRED,
            EntryKind.HOUSED, EntryKind.REVOKED, EntryKind.REUNIFIED, EntryKind.ALLOCATED, EntryKind.CANCELLED, EntryKind.MOVED_ON,
            EntryKind.ANCHORED);

    private final String municipalityCode;
    private final List<LedgerEntry> entries;
    /** The mergers this municipality continues, in half-year order (R3). */
    private final List<MergerTakeOver> takeOvers;
    /** The entries by kind, so that each figure looks only at the kinds it is made of (a city's ledger has thousands). */
    private final Map<EntryKind, List<LedgerEntry>> byKind = new EnumMap<>(EntryKind.class);
    private final Set<String> revokedPlacements;
    /** Which family members count (R5): those whose household is still housed. */
    private final FamilyMembers familyMembers;
    /** The entries whose persons count as housed (R5): placements not revoked, and family members who arrived. */
    private final List<LedgerEntry> counted;
    /** Persons of {@link #counted} per half-year of their date: the half-year's {@code housed} at its end. */
    private final Map<Period, Integer> housedPerPeriod = new HashMap<>();
    private final Couplings couplings;
    /**
     * For a municipality that continues merged ones: per merger, its positions with those of the municipalities merged
     * into it by then, on the dates from that merger's date on.
     */
    private final List<BacklogLedger> withMerged;
    /** Positions before the first merger date: without the merged municipalities' facts; null when there are none. */
    private final BacklogLedger ownPositions;
    /** {@link #withoutAdoptions()}, once asked: a benign race computes it twice at most. */
    private BacklogLedger withoutAdoptions;
    /** R3, splits: the day this municipality was split over others, and the splits it received a part of. */
    private final Splits splits;
    /** The positions from the day it was split over others: none of its couplings; null when it was not split. */
    private final BacklogLedger afterSplit;
    /** Whose adoptions of COA's figures count at a deadline where both the province and the Rijk adopted ({@link Adopter}). */
    private final Adopter decides;
    /** The adoptions that count here: at each deadline those of {@link #decides} where it adopted, else the other's. */
    private final List<LedgerEntry> counting;

    public BacklogLedger(String municipalityCode, List<LedgerEntry> entries) {
        this(municipalityCode, entries, Optional.empty());
    }

    public BacklogLedger(String municipalityCode, List<LedgerEntry> entries, Optional<MergerTakeOver> takeOver) {
        this(municipalityCode, entries, takeOver.stream().toList());
    }

    public BacklogLedger(String municipalityCode, List<LedgerEntry> entries, List<MergerTakeOver> takeOvers) {
        this(municipalityCode, entries, takeOvers, Adopter.PROVINCE);
    }

    /** This ledger with {@code more} backlog taken over (a receiver's part of a split municipality's, {@link SplitBacklogRule}). */
    public BacklogLedger withTakeOvers(List<MergerTakeOver> more) {
        if (more.isEmpty()) {
            return this;
        }
        List<MergerTakeOver> all = new ArrayList<>(takeOvers);
        all.addAll(more);
        return new BacklogLedger(municipalityCode, entries, all, decides, splits);
    }

    /**
     * R3, splits ({@link SplitCouplingsRule}): this municipality split over others on {@code splitAway} (null when it was
     * not), and the splits it received a part of, whose couplings still to be divided it is shown apart.
     */
    private record Splits(LocalDate splitAway, List<Received> received) {
        static final Splits NONE = new Splits(null, List.of());
    }

    /**
     * A split this municipality received a part of: the split municipality, the split's date, its ledger's entries, all
     * its receivers, and where its units and capacity projects lie now (per unit or project id, the municipality of its
     * latest registration or plan, {@link SplitHousingRule}).
     */
    public record Received(String splitCode, String splitName, LocalDate date, List<LedgerEntry> splitEntries, Set<String> receivers,
                           Map<String, String> located) {

        public Received {
            receivers = Set.copyOf(receivers);
            located = Map.copyOf(located);
        }

        /** Without knowing its receivers or where its units and projects lie. */
        public Received(String splitCode, String splitName, LocalDate date, List<LedgerEntry> splitEntries) {
            this(splitCode, splitName, date, splitEntries, Set.of(), Map.of());
        }

        /** With only the split municipality's entries {@code keep} keeps; itself when it keeps all. */
        Received filtered(java.util.function.Predicate<LedgerEntry> keep) {
            List<LedgerEntry> kept = splitEntries.stream().filter(keep).toList();
            return kept.size() == splitEntries.size() ? this : new Received(splitCode, splitName, date, kept, receivers, located);
        }
    }

    /** The name of a municipality split over this one, where known; null otherwise. */
    public String splitName(String splitCode) {
        return splits.received().stream().filter(r -> r.splitCode().equals(splitCode)).map(Received::splitName).findFirst().orElse(null);
    }

    /**
     * This ledger as the split municipality's, split over others on {@code date} (R3): from that date it answers for none
     * of its couplings ({@link SplitCouplingsRule#keptBySplit}).
     */
    public BacklogLedger splitOn(LocalDate date) {
        return new BacklogLedger(municipalityCode, entries, takeOvers, decides, new Splits(date, splits.received()));
    }

    /** This ledger as a receiver of the splits {@code received}, whose couplings te verdelen it is shown ({@link #toBeDivided}). */
    public BacklogLedger receiving(List<Received> received) {
        if (received.isEmpty()) {
            return this;
        }
        return new BacklogLedger(municipalityCode, entries, takeOvers, decides, new Splits(splits.splitAway(), List.copyOf(received)));
    }

    /**
     * Per split this municipality received a part of, its open couplings still to be divided on {@code date}
     * (te verdelen, {@link SplitCouplingsRule#toBeDivided}): counted in no receiver's figures; those with none left out.
     */
    public List<SplitCouplingsRule.ToBeDivided> toBeDivided(LocalDate date) {
        return splits.received().stream().map(r -> SplitCouplingsRule.toBeDivided(r.splitCode(), r.date(), r.splitEntries(), date)
                        .withHousing(SplitHousingRule.personsToBeDivided(r, date), SplitHousingRule.placesToBeDivided(r, date)))
                .filter(t -> t.couplings() > 0 || t.personsInTemporaryHousing() > 0 || t.plannedCapacityPlaces() > 0).toList();
    }

    /** The codes of the municipalities split over this one and others. */
    private Set<String> splitsReceived() {
        return splits.received().stream().map(Received::splitCode).collect(Collectors.toSet());
    }

    private BacklogLedger(String municipalityCode, List<LedgerEntry> entries, List<MergerTakeOver> takeOvers, Adopter decides) {
        this(municipalityCode, entries, takeOvers, decides, Splits.NONE);
    }

    private BacklogLedger(String municipalityCode, List<LedgerEntry> entries, List<MergerTakeOver> takeOvers, Adopter decides,
                          Splits splits) {
        this.splits = splits;
        this.afterSplit = splits.splitAway() == null ? null
                : new BacklogLedger(municipalityCode, SplitCouplingsRule.keptBySplit(positionEntries(entries, takeOvers)));
        this.decides = decides;
        this.municipalityCode = municipalityCode;
        this.entries = List.copyOf(entries);
        this.takeOvers = takeOvers.stream().sorted(Comparator.comparing(MergerTakeOver::date)).toList();
        for (LedgerEntry e : this.entries) {
            byKind.computeIfAbsent(e.kind(), k -> new ArrayList<>()).add(e);
        }
        this.revokedPlacements = of(EntryKind.REVOKED).stream().map(LedgerEntry::reference).collect(Collectors.toUnmodifiableSet());
        List<LedgerEntry> housedOrArrived = new ArrayList<>();
        // R3, splits: persons its receivers housed from the split date on, on couplings COA divided to them, are theirs.
        Set<LedgerEntry> receiversCount = splits.splitAway() == null ? Set.of()
                : SplitCouplingsRule.countedByReceivers(this.entries, splits.splitAway());
        for (LedgerEntry e : of(EntryKind.HOUSED)) {
            if (!revokedPlacements.contains(e.reference()) && !receiversCount.contains(e)) {
                housedOrArrived.add(e);
            }
        }
        this.familyMembers = new FamilyMembers(of(EntryKind.HOUSED), revokedPlacements);
        for (LedgerEntry e : of(EntryKind.REUNIFIED)) {
            if (familyMembers.count(e) && !receiversCount.contains(e)) {
                housedOrArrived.add(e);
            }
        }
        this.counted = List.copyOf(housedOrArrived);
        counted.forEach(e -> housedPerPeriod.merge(Period.containing(e.effectiveDate()), e.persons(), Integer::sum));
        this.couplings = new Couplings(of(EntryKind.COUPLED, EntryKind.COUPLING_CORRECTED, EntryKind.CANCELLED, EntryKind.HOUSED),
                revokedPlacements);
        List<BacklogLedger> merged = new ArrayList<>();
        // The merger half-year's facts of the merged municipalities are among the entries (its figures are wholly this
        // municipality's), but their positions are not before the merger date.
        Set<String> takenOver = this.takeOvers.stream().flatMap(t -> t.positions().stream()).map(LedgerEntry::municipalityCode)
                .collect(Collectors.toSet());
        List<LedgerEntry> positions = new ArrayList<>(this.entries.stream().filter(e -> !takenOver.contains(e.municipalityCode())).toList());
        this.ownPositions = takenOver.isEmpty() ? null : new BacklogLedger(municipalityCode, List.copyOf(positions));
        for (MergerTakeOver takeOver : this.takeOvers) {
            positions.addAll(takeOver.positions());
            positions.removeAll(takeOver.leaving());
            merged.add(new BacklogLedger(municipalityCode, positions.stream().distinct().toList()));
        }
        this.withMerged = List.copyOf(merged);
        this.counting = ReAnchoring.counting(of(EntryKind.ANCHORED), decides);
    }

    /**
     * The ledger as the national series counts it: at a deadline where both adopted COA's figures, the Rijk's adoption
     * counts, not the province's (which still counts for the province's figures, verdicts and ladder).
     */
    public BacklogLedger forTheNationalSeries() {
        if (decides == Adopter.RIJK) {
            return this;
        }
        return new BacklogLedger(municipalityCode, entries,
                takeOvers.stream().map(t -> t.seenAs(BacklogLedger::forTheNationalSeries)).toList(), Adopter.RIJK, splits);
    }

    /** The ledger whose positions hold on {@code date}: with the merged municipalities' from each merger's date on (R3). */
    private BacklogLedger positionsOn(LocalDate date) {
        if (afterSplit != null && !date.isBefore(splits.splitAway())) {
            return afterSplit;
        }
        for (int i = takeOvers.size() - 1; i >= 0; i--) {
            if (!date.isBefore(takeOvers.get(i).date())) {
                return withMerged.get(i);
            }
        }
        return ownPositions == null ? this : ownPositions;
    }

    /**
     * The facts that decide positions on a date (couplings, placements, moves on, capacity plans), of this municipality
     * and of those it continues: what a municipality that continues this one takes along (R3).
     */
    List<LedgerEntry> positionEntries() {
        return positionEntries(entries, takeOvers);
    }

    private static List<LedgerEntry> positionEntries(List<LedgerEntry> entries, List<MergerTakeOver> takeOvers) {
        return Stream.concat(entries.stream(), takeOvers.stream().flatMap(t -> t.positions().stream()))
                .filter(e -> EntryKind.POSITIONS.contains(e.kind())).distinct().toList();
    }

    private List<LedgerEntry> of(EntryKind kind) {
        return byKind.getOrDefault(kind, List.of());
    }

    private List<LedgerEntry> of(EntryKind... kinds) {
        List<LedgerEntry> all = new ArrayList<>();
        for (EntryKind kind : kinds) {
            all.addAll(of(kind));
        }
        return all;
    }

    public String municipalityCode() {
        return municipalityCode;
    }

    public List<LedgerEntry> entries() {
        return entries;
    }

    /** The first half-year of the chain, if the municipality has any figures at all. */
    public Optional<Period> start() {
        return current(EntryKind.OPENING_BALANCE, null).map(LedgerEntry::period)
                .or(() -> Stream.concat(takeOvers.stream().map(MergerTakeOver::period), firstPeriodWithFigures().stream())
                        .min(Comparator.naturalOrder()));
    }

    /** The backlog the municipality had when it joined the system (its highest version), carried into {@code period}. */
    public record OpeningBalance(Period period, int backlog) {
    }

    public Optional<OpeningBalance> openingBalance() {
        return current(EntryKind.OPENING_BALANCE, null).map(e -> new OpeningBalance(e.period(), e.persons()));
    }

    /**
     * The position at the deadline that opened the chain, as the ladder counts it: COA's position province staff adopted
     * there ({@link ReAnchoring#openingPosition}), else the opening balance; none when the chain starts from neither.
     */
    public Optional<OpeningBalance> openingPosition() {
        Optional<ReAnchoring.Anchor> start = start().map(p -> new ReAnchoring.Anchor(p, openingBalance().filter(o -> o.period().equals(p))
                .map(OpeningBalance::backlog).orElse(0)));
        Optional<OpeningBalance> position = ReAnchoring.openingPosition(start, counting)
                .map(a -> new OpeningBalance(a.period(), a.backlog()));
        return openingBalance().isPresent() ? position : position.filter(p -> counting.stream()
                .anyMatch(a -> a.period().equals(p.period())));
    }

    /**
     * The ledger as it was known on {@code date}: with only the adoptions of COA's figures decided by then, of figures
     * COA had published by then ({@link ReAnchoring#knownOn}), so that figures, verdicts and the ladder asked as of a
     * date rest on the positions the province had adopted then. Facts keep counting by their own dates.
     */
    public BacklogLedger knownOn(LocalDate date) {
        List<LedgerEntry> adopted = of(EntryKind.ANCHORED);
        List<LedgerEntry> known = ReAnchoring.knownOn(adopted, date);
        List<MergerTakeOver> takeOversKnown = takeOvers.stream().map(t -> t.seenAs(merged -> merged.knownOn(date))).toList();
        if (known.size() == adopted.size() && sameTakeOvers(takeOversKnown)) {
            return this;
        }
        List<LedgerEntry> kept = new ArrayList<>(entries);
        kept.removeIf(e -> e.kind() == EntryKind.ANCHORED && !known.contains(e));
        return new BacklogLedger(municipalityCode, kept, takeOversKnown, decides, splits);
    }

    /**
     * The ledger as it was recorded by {@code moment}: the facts whose events were recorded by then (their time, when the
     * writing service recorded them), the adoptions and registered exchange agreements decided by then, of this
     * municipality and of those it continues (R3). What a decision of the province rested on when it was taken.
     */
    public BacklogLedger recordedBy(java.time.Instant moment) {
        return filtered(e -> e.occurredAt() == null || !e.occurredAt().toInstant().isAfter(moment));
    }

    /**
     * The ledger as it was known on {@code date}: the facts registered by the end of that day in the Netherlands (their
     * event's time: when the writing service recorded them), of this municipality and of those it continues (R3); the
     * adoptions of COA's figures are left to {@link #knownOn}, which counts them by the day they were decided. A placement
     * registered after {@code date} with an earlier housing date does not count yet.
     */
    public BacklogLedger registeredBy(LocalDate date) {
        return filtered(e -> e.kind() == EntryKind.ANCHORED || e.occurredAt() == null
                || !e.occurredAt().atZoneSameInstant(nl.permitholders.platform.time.NetherlandsClock.NETHERLANDS).toLocalDate().isAfter(date));
    }

    /**
     * This ledger with only the entries {@code keep} keeps, here and in the ledgers of the municipalities it continues
     * (their backlog carried in follows); itself when it keeps all.
     */
    BacklogLedger filtered(java.util.function.Predicate<LedgerEntry> keep) {
        List<LedgerEntry> kept = entries.stream().filter(keep).toList();
        List<MergerTakeOver> takeOversKept = takeOvers.stream().map(t -> t.filtered(keep)).toList();
        List<Received> receivedKept = splits.received().stream().map(r -> r.filtered(keep)).toList();
        boolean sameReceived = true;
        for (int i = 0; i < receivedKept.size(); i++) {
            sameReceived &= receivedKept.get(i) == splits.received().get(i);
        }
        if (kept.size() == entries.size() && sameTakeOvers(takeOversKept) && sameReceived) {
            return this;
        }
        return new BacklogLedger(municipalityCode, kept, takeOversKept, decides, new Splits(splits.splitAway(), receivedKept));
    }

    /**
     * COA's figures adopted at the deadline {@code period} starts on, as the backlog carried into it, in the order
     * decided, by the province and by the Rijk alike: all are kept and shown ({@link #countingInto} says which stands).
     */
    public List<LedgerEntry> adoptionsInto(Period period) {
        return ReAnchoring.into(period, of(EntryKind.ANCHORED));
    }

    /**
     * The adoption that stands at the deadline {@code period} starts on: the last decided of those that count here
     * ({@link Adopter}); empty when none was adopted there.
     */
    public Optional<LedgerEntry> countingInto(Period period) {
        List<LedgerEntry> into = ReAnchoring.into(period, counting);
        return into.isEmpty() ? Optional.empty() : Optional.of(into.get(into.size() - 1));
    }

    /**
     * The ledger without any adoption of COA's figures, its own or one the municipalities it continues took: the
     * system's own arithmetic (R4).
     */
    public BacklogLedger withoutAdoptions() {
        BacklogLedger own = withoutAdoptions;
        if (own == null) {
            List<MergerTakeOver> takeOversOwn = takeOvers.stream().map(t -> t.seenAs(BacklogLedger::withoutAdoptions)).toList();
            own = of(EntryKind.ANCHORED).isEmpty() && sameTakeOvers(takeOversOwn) ? this
                    : new BacklogLedger(municipalityCode, entries.stream().filter(e -> e.kind() != EntryKind.ANCHORED).toList(), takeOversOwn,
                    decides, splits);
            withoutAdoptions = own;
        }
        return own;
    }

    private boolean sameTakeOvers(List<MergerTakeOver> seen) {
        for (int i = 0; i < seen.size(); i++) {
            if (seen.get(i) != takeOvers.get(i)) {
                return false;
            }
        }
        return true;
    }

    /**
     * The backlog carried into {@code period} from before it: COA's figure adopted at its start that stands (its end
     * position or its revision of the amount carried in), else the position at the end of the half-year before.
     */
    public int carriedInto(Period period) {
        return countingInto(period).map(LedgerEntry::persons).orElseGet(() -> figures(period.previous(), null).backlog());
    }

    /**
     * COA's end position of {@code period} as province staff adopted it at its deadline ({@link AdoptedFigure#END_POSITION},
     * the latest decision), which is then the position judged there (R7); empty when none was adopted.
     */
    public Optional<Integer> adoptedEndPosition(Period period) {
        return ReAnchoring.endPosition(period, counting);
    }

    /**
     * The position at the end of {@code period} as published: COA's end position adopted at its deadline
     * ({@link ReAnchoring#endPosition}), else the backlog the figures give.
     */
    public int endPosition(Period period) {
        return ReAnchoring.endPosition(period, counting).orElseGet(() -> figures(period, null).backlog());
    }

    /** The adoptions of COA's position to review (te herbeoordelen): a fact dated before their deadline arrived after them. */
    public Set<java.util.UUID> adoptionsToReview() {
        return ReAnchoring.toReview(counting, entries, this::halfYearOf);
    }

    /** The half-year a fact changes: a revocation that of the placement it revokes. */
    private Period halfYearOf(LedgerEntry entry) {
        if (entry.kind() == EntryKind.REVOKED) {
            return of(EntryKind.HOUSED).stream().filter(e -> entry.reference().equals(e.reference())).findFirst()
                    .map(LedgerEntry::countsIn).orElse(null);
        }
        return entry.countsIn();
    }

    /**
     * Persons COA had coupled to the municipality by {@code date} (couplings as corrected) and that were not housed by
     * then, nor cancelled in a way that takes them off the municipality ({@link CancellationRule}: persons re-coupled
     * elsewhere after their 12 weeks ran out still count). Family members arriving later are not coupled and do not
     * count here.
     */
    public int coupledUnhousedPersons(LocalDate date) {
        if (positionsOn(date) != this) {
            return positionsOn(date).coupledUnhousedPersons(date);
        }
        int housed = of(EntryKind.HOUSED).stream().filter(e -> counts(e) && !e.effectiveDate().isAfter(date))
                .mapToInt(LedgerEntry::persons).sum();
        return Math.max(0, couplings.coupledPersons(date) - couplings.cancelledPersons(date) - housed);
    }

    /**
     * R7's coupling test of {@code period}: the persons coupled and not housed on its {@code referenceDate}
     * ({@link #coupledUnhousedPersons}) of every municipality whose half-year it is, those merged into this one or split
     * over it in the half-year's course included, also where the merger or split falls after the reference date: the
     * backlog judged at the deadline holds theirs, so the couplings COA made to them count too. Of a split municipality's
     * couplings, those COA divided to this one by the half-year's end.
     */
    public int coupledUnhousedPersons(Period period, LocalDate referenceDate) {
        return positionsOn(period.lastDay()).coupledUnhousedPersons(referenceDate);
    }

    /** As {@link #recoupledAfterTheClockPersons(LocalDate)}, of the half-year's whole municipality ({@link #coupledUnhousedPersons(Period, LocalDate)}). */
    public int recoupledAfterTheClockPersons(Period period, LocalDate referenceDate) {
        return positionsOn(period.lastDay()).recoupledAfterTheClockPersons(referenceDate);
    }

    /** Persons of couplings re-coupled elsewhere by {@code date} after their 12 weeks: counted in {@link #coupledUnhousedPersons}. */
    public int recoupledAfterTheClockPersons(LocalDate date) {
        return positionsOn(date).couplings.recoupledAfterTheClockPersons(date);
    }

    /** R8: the couplings overdue on {@code date} and their persons still unhoused. */
    public Couplings.Overdue overdueCouplings(LocalDate date) {
        return positionsOn(date).couplings.overdue(date);
    }

    /** The couplings COA made after {@code from} up to and including {@code to}, as they now stand, not cancelled by then. */
    public List<Couplings.Coupling> couplingsMade(LocalDate from, LocalDate to) {
        return positionsOn(to).couplings.madeBetween(from, to);
    }

    /** The couplings with persons still waiting for housing on {@code date} (R8's clock runs for them), longest first. */
    public List<Couplings.Waiting> waitingCouplings(LocalDate date) {
        return positionsOn(date).couplings.waiting(date);
    }

    /**
     * Persons housed by {@code date} in temporary housing (the placement said {@code temporary}: placement-service
     * decides it, docs/domain.md) who still need follow-up housing: they had not moved on by {@code date}; and family
     * members arrived by then who joined such a placement there, until its persons move on. Revoked placements never
     * counted, nor family members who joined one. Of a municipality split over this one and others, those its
     * {@link SplitHousingRule} puts here from the split on.
     */
    public int personsInTemporaryHousing(LocalDate date) {
        if (!splits.received().isEmpty()) {
            // R3, splits: the split municipalities' placements count where their units lie, not with their couplings
            int own = withoutSplitsReceived(date).personsInTemporaryHousing(date);
            return own + splits.received().stream().mapToInt(r -> SplitHousingRule.personsInTemporaryHousing(municipalityCode, r, date)).sum();
        }
        if (positionsOn(date) != this) {
            return positionsOn(date).personsInTemporaryHousing(date);
        }
        Set<String> movedOn = movedOnBy(date);
        int placed = inTemporaryHousing(date).stream().mapToInt(LedgerEntry::persons).sum();
        // Family members who joined a referent there need it as long as the placement they joined: they move on with it.
        int joined = of(EntryKind.REUNIFIED).stream()
                .filter(e -> joinedPlacement(e) != null && !e.effectiveDate().isAfter(date)
                        && !revokedPlacements.contains(joinedPlacement(e)) && !movedOn.contains(joinedPlacement(e)))
                .mapToInt(LedgerEntry::persons).sum();
        return placed + joined;
    }

    /** The placement in temporary housing family members joined; null when they joined none there. */
    private static String joinedPlacement(LedgerEntry reunified) {
        return reunified.details() instanceof Details.Reunification r ? r.joinedPlacement() : null;
    }

    /** The placements behind {@link #personsInTemporaryHousing}: housed temporarily by {@code date}, not moved on by then. */
    public List<LedgerEntry> inTemporaryHousing(LocalDate date) {
        if (!splits.received().isEmpty()) {
            List<LedgerEntry> all = new ArrayList<>(withoutSplitsReceived(date).inTemporaryHousing(date));
            splits.received().forEach(r -> all.addAll(SplitHousingRule.inTemporaryHousing(municipalityCode, r, date)));
            return all;
        }
        if (positionsOn(date) != this) {
            return positionsOn(date).inTemporaryHousing(date);
        }
        Set<String> movedOn = movedOnBy(date);
        return of(EntryKind.HOUSED).stream()
                .filter(e -> counts(e) && !e.effectiveDate().isAfter(date)
                        && e.details() instanceof Details.Placement p && Boolean.TRUE.equals(p.temporary())
                        && !movedOn.contains(e.reference()))
                .toList();
    }

    private Set<String> movedOnBy(LocalDate date) {
        return of(EntryKind.MOVED_ON).stream().filter(e -> !e.effectiveDate().isAfter(date))
                .map(LedgerEntry::reference).collect(Collectors.toSet());
    }

    /**
     * The positions on {@code date} without the facts of the municipalities split over this one (its couplings divided
     * here among them), whose placements in temporary housing {@link SplitHousingRule} places.
     */
    private BacklogLedger withoutSplitsReceived(LocalDate date) {
        Set<String> split = splitsReceived();
        return new BacklogLedger(municipalityCode, positionsOn(date).entries.stream().filter(e -> !split.contains(e.municipalityCode())).toList());
    }

    /**
     * Places for permit holders in planned capacity that are expected but not delivered on {@code date}; with, from a
     * split's date, the split municipality's projects planned here now and what they delivered before ({@link SplitHousingRule}).
     */
    public CapacityPipeline.Pipeline capacityPipeline(LocalDate date) {
        List<LedgerEntry> capacity = new ArrayList<>(positionsOn(date).of(EntryKind.CAPACITY_PLANNED, EntryKind.CAPACITY_DELIVERED));
        splits.received().forEach(r -> capacity.addAll(SplitHousingRule.capacity(municipalityCode, r, date)));
        return CapacityPipeline.on(capacity, date);
    }

    /** Persons housed per calendar month (R5: placements on their housing date, family members on arrival). */
    public Map<YearMonth, Integer> housedPerMonth() {
        Map<YearMonth, Integer> months = new TreeMap<>();
        counted.forEach(e -> months.merge(YearMonth.from(e.effectiveDate()), e.persons(), Integer::sum));
        return months;
    }

    /** The position at the end of {@code period}, or on {@code asOf} when given (persons housed after it do not count yet). */
    public PeriodFigures figures(Period period, LocalDate asOf) {
        Optional<LedgerEntry> opening = current(EntryKind.OPENING_BALANCE, null);
        Optional<ReAnchoring.Anchor> chainStart = start().map(start -> new ReAnchoring.Anchor(start,
                opening.filter(o -> o.period().equals(start)).map(LedgerEntry::persons).orElse(0)));
        Optional<ReAnchoring.Anchor> from = ReAnchoring.countsFrom(period, chainStart, counting);
        int carried = backlogTransferred(period) + takenOver(period, from);
        if (from.isPresent()) {
            carried += from.get().backlog();
            for (Period p = from.get().period(); p.isBefore(period); p = p.next()) {
                carried += backlogTransferred(p) + takenOver(p, from) + quota(p) + exchanges(p) - housed(p, asOf);
            }
        }
        int quota = quota(period);
        int exchanges = exchanges(period);
        int adjusted = carried + quota + exchanges;
        int housed = housed(period, asOf);
        return new PeriodFigures(municipalityCode, period, asOf, carried, quota, quotaStatus(period), exchanges, adjusted, housed,
                adjusted - housed);
    }

    /**
     * The backlog merged municipalities carry into {@code period} ({@link MergerTakeOver}), if it is the merger's. COA's
     * figure adopted there already holds it where it follows the new division: any figure adopted for a new municipality
     * (0 included), and the amount COA carried into the merger's half-year for an absorbing one; an absorbing one's end
     * position of the half-year before is its own territory's only, to which the merged ones' backlog is added.
     */
    private int takenOver(Period period, Optional<ReAnchoring.Anchor> from) {
        boolean adoptedThere = from.isPresent() && from.get().adopted() && from.get().period().equals(period);
        return takeOvers.stream().filter(t -> t.period().equals(period) && !(adoptedThere && (!t.absorbing() || from.get().carriedIn())))
                .mapToInt(MergerTakeOver::backlog).sum();
    }

    /**
     * The figures of {@code period} at its end, or on {@code asOf} when given; the schedule and the positions taken on
     * {@code asOf}, or on {@code today} without it.
     */
    public HalfYearFigures halfYear(Period period, LocalDate asOf, LocalDate today) {
        LocalDate position = asOf != null ? asOf : today;
        PeriodFigures backlog = figures(period, asOf);
        return new HalfYearFigures(backlog, position, ScheduleGap.expectedHoused(backlog.adjustedQuota(), period, position),
                ScheduleGap.gap(backlog.adjustedQuota(), backlog.housed(), period, position), coupledUnhousedPersons(position),
                overdueCouplings(position), personsInTemporaryHousing(position), capacityPipeline(position),
                allocatedToPermitHolders(period, asOf));
    }

    /**
     * By kind, then date; entries alike in both by event time and id, so the explanation reads the same however the
     * database returned the rows (live or after a rebuild).
     */
    private static final Comparator<LedgerEntry> EXPLANATION_ORDER = Comparator.comparing(LedgerEntry::kind)
            .thenComparing(e -> e.effectiveDate() == null ? LocalDate.MIN : e.effectiveDate())
            .thenComparing(LedgerEntry::occurredAt, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(LedgerEntry::eventId);

    /**
     * The entries that make up the figures of {@code period}: quota and opening-balance versions, exchanges and backlog
     * transferred in exchange agreements, persons housed and revoked, allocations, couplings cancelled in it, persons who moved on to follow-up housing in it, and
     * COA's position adopted at its start.
     */
    public List<LedgerEntry> entriesOf(Period period) {
        return entries.stream()
                .filter(e -> EXPLAINS_BACKLOG.contains(e.kind()) && countsIn(e, period))
                .sorted(EXPLANATION_ORDER)
                .toList();
    }

    /** Persons in allocations to permit holders that corporations reported in the half-year, up to {@code asOf}. */
    public int allocatedToPermitHolders(Period period, LocalDate asOf) {
        return of(EntryKind.ALLOCATED).stream()
                .filter(e -> period.contains(e.effectiveDate()))
                .filter(e -> asOf == null || !e.effectiveDate().isAfter(asOf))
                .mapToInt(LedgerEntry::persons).sum();
    }

    /**
     * The current quota of {@code period}; of a municipality that continues merged ones, its own, which quota-service
     * makes the sum of all its parts' from the merger's half-year on ({@link MergerTakeOver}, R3).
     */
    public int quota(Period period) {
        return currentQuotas(period).stream().mapToInt(LedgerEntry::persons).sum();
    }

    /**
     * Whether the current quota of {@code period} is provisional or final; null when the half-year has no quota. A sum
     * is provisional when one of its parts is (a part of 0 taken over at a merger changes nothing).
     */
    public QuotaStatus quotaStatus(Period period) {
        List<LedgerEntry> quotas = currentQuotas(period);
        if (quotas.isEmpty()) {
            return null;
        }
        List<LedgerEntry> counting = quotas.stream().filter(q -> q.persons() != 0).toList();
        return (counting.isEmpty() ? quotas : counting).stream().anyMatch(q -> quotaStatus(q) == QuotaStatus.PROVISIONAL)
                ? QuotaStatus.PROVISIONAL : quotaStatus(quotas.get(0)) == null ? null : QuotaStatus.FINAL;
    }

    /** Each municipality's highest quota version of {@code period} in this ledger. */
    private List<LedgerEntry> currentQuotas(Period period) {
        Map<String, LedgerEntry> current = new TreeMap<>();
        for (LedgerEntry quota : of(EntryKind.QUOTA)) {
            if (period.equals(quota.period())) {
                current.merge(quota.municipalityCode(), quota, (a, b) -> Comparator.comparingInt(LedgerEntry::version)
                        .thenComparing(LedgerEntry::eventId).compare(a, b) >= 0 ? a : b);
            }
        }
        return List.copyOf(current.values());
    }

    private static QuotaStatus quotaStatus(LedgerEntry quota) {
        return quota.details(Details.Quota.class).map(Details.Quota::status).orElse(null);
    }

    public int exchanges(Period period) {
        return of(EntryKind.EXCHANGE).stream().filter(e -> period.equals(e.period()))
                .mapToInt(LedgerEntry::persons).sum();
    }

    /** Backlog taken over (+) or handed over (−) in exchange agreements registered for {@code period}. */
    public int backlogTransferred(Period period) {
        return of(EntryKind.BACKLOG_TRANSFERRED).stream().filter(e -> period.equals(e.period()))
                .mapToInt(LedgerEntry::persons).sum();
    }

    public int housed(Period period, LocalDate asOf) {
        if (asOf == null) {
            return housedPerPeriod.getOrDefault(period, 0);
        }
        return counted.stream()
                .filter(e -> period.contains(e.effectiveDate()))
                .filter(e -> asOf == null || !e.effectiveDate().isAfter(asOf))
                .mapToInt(LedgerEntry::persons)
                .sum();
    }

    private boolean counts(LedgerEntry entry) {
        return entry.kind() == EntryKind.REUNIFIED ? familyMembers.count(entry)
                : entry.kind() == EntryKind.HOUSED && !revokedPlacements.contains(entry.reference());
    }

    /** A revocation is listed in the half-year of the placement it revokes, where it changes the figures. */
    private boolean countsIn(LedgerEntry entry, Period period) {
        if (entry.kind() == EntryKind.REVOKED) {
            return of(EntryKind.HOUSED).stream().anyMatch(e -> entry.reference().equals(e.reference())
                    && period.contains(e.effectiveDate()));
        }
        return entry.countsIn().equals(period);
    }

    private Optional<LedgerEntry> current(EntryKind kind, Period period) {
        return of(kind).stream()
                .filter(e -> period == null || period.equals(e.period()))
                .max(Comparator.comparingInt(LedgerEntry::version).thenComparing(LedgerEntry::eventId));
    }

    private Optional<Period> firstPeriodWithFigures() {
        return Stream.of(of(EntryKind.QUOTA), of(EntryKind.EXCHANGE), of(EntryKind.BACKLOG_TRANSFERRED), counted).flatMap(List::stream)
                .map(LedgerEntry::countsIn)
                .min(Comparator.naturalOrder());
    }
}
