package nl.permitholders.supervision.ledger;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * R3, splits (Haaren over Boxtel, Oisterwijk, Tilburg and Vught on 1 January 2021): from the split's date the split
 * municipality's persons in temporary housing and its capacity plans follow its units and projects.
 * <ul>
 * <li>A person in temporary housing counts for the municipality the unit of the placement lies in now (housing-stock
 * moves each unit to the receiver it lies in: {@link EntryKind#UNIT_LOCATED}, the latest standing); a placement that
 * names no unit housing-stock reported counts for the receiver COA divided its coupling to, on the dates it holds it
 * ({@link SplitCouplingsRule}). Family members who joined the placement there go with it.</li>
 * <li>A capacity project counts, with what it delivered before, for the municipality its owner planned it in last.</li>
 * <li>What still lies in the split municipality (a unit not yet moved, a project not yet re-planned, a person whose
 * unit is unknown and whose coupling is not divided) is <i>te verdelen</i>: it counts in no receiver's figures, and
 * every receiver (and its province, and the country, once) is shown it apart, so that none is lost or counted
 * twice.</li>
 * </ul>
 * Before the split date all of it is the split municipality's own.
 */
public final class SplitHousingRule {

    private SplitHousingRule() {
    }

    /**
     * Where a placement of the split municipality counts on {@code date}: the municipality its unit lies in, else the
     * receiver COA had divided its coupling to by then, else the split municipality itself (te verdelen).
     */
    static String countsIn(LedgerEntry placement, BacklogLedger.Received split, Map<String, String> divisions) {
        Details.Placement p = placement.details(Details.Placement.class).orElse(null);
        if (p != null && p.unitId() != null && split.located().containsKey(p.unitId())) {
            return split.located().get(p.unitId());
        }
        String receiver = p == null || p.couplingId() == null ? null : divisions.get(p.couplingId());
        return receiver == null ? split.splitCode() : receiver;
    }

    /**
     * The split municipality's facts of temporary housing that count in {@code municipality} on {@code date} (its code:
     * those te verdelen): the placements in temporary housing, their revocations and moves on, and the family members who
     * joined them there.
     */
    static List<LedgerEntry> temporaryHousing(String municipality, BacklogLedger.Received split, LocalDate date) {
        Map<String, String> divisions = SplitCouplingsRule.divisionsOn(split.splitEntries(), date);
        Set<String> placements = new HashSet<>();
        for (LedgerEntry e : split.splitEntries()) {
            if (e.kind() == EntryKind.HOUSED && e.details() instanceof Details.Placement p && Boolean.TRUE.equals(p.temporary())
                    && municipality.equals(countsIn(e, split, divisions))) {
                placements.add(e.reference());
            }
        }
        return split.splitEntries().stream().filter(e -> switch (e.kind()) {
            case HOUSED, REVOKED, MOVED_ON -> placements.contains(e.reference());
            case REUNIFIED -> e.details() instanceof Details.Reunification r && placements.contains(r.joinedPlacement());
            default -> false;
        }).toList();
    }

    /** The split municipality's placements in temporary housing that count for {@code receiver} on {@code date}, not moved on then. */
    public static List<LedgerEntry> inTemporaryHousing(String receiver, BacklogLedger.Received split, LocalDate date) {
        if (date.isBefore(split.date())) {
            return List.of();
        }
        return new BacklogLedger(split.splitCode(), temporaryHousing(receiver, split, date)).inTemporaryHousing(date);
    }

    /** The split municipality's persons in temporary housing that count for {@code receiver} on {@code date}. */
    public static int personsInTemporaryHousing(String receiver, BacklogLedger.Received split, LocalDate date) {
        if (date.isBefore(split.date())) {
            return 0;
        }
        return new BacklogLedger(split.splitCode(), temporaryHousing(receiver, split, date)).personsInTemporaryHousing(date);
    }

    /** The split municipality's persons in temporary housing te verdelen on {@code date}: counted for no receiver. */
    public static int personsToBeDivided(BacklogLedger.Received split, LocalDate date) {
        return personsInTemporaryHousing(split.splitCode(), split, date);
    }

    /**
     * The split municipality's capacity facts (plans and deliveries) of the projects planned in {@code municipality} now
     * (its code: those te verdelen); none before the split date.
     */
    public static List<LedgerEntry> capacity(String municipality, BacklogLedger.Received split, LocalDate date) {
        if (date.isBefore(split.date())) {
            return List.of();
        }
        Set<String> projects = new HashSet<>();
        for (LedgerEntry e : split.splitEntries()) {
            if (e.kind() == EntryKind.CAPACITY_PLANNED && municipality.equals(split.located().getOrDefault(e.reference(), split.splitCode()))) {
                projects.add(e.reference());
            }
        }
        return split.splitEntries().stream().filter(e -> (e.kind() == EntryKind.CAPACITY_PLANNED || e.kind() == EntryKind.CAPACITY_DELIVERED)
                && projects.contains(e.reference())).toList();
    }

    /** The places the split municipality's projects still planned in it expect and have not delivered on {@code date}: te verdelen. */
    public static int placesToBeDivided(BacklogLedger.Received split, LocalDate date) {
        return CapacityPipeline.on(capacity(split.splitCode(), split, date), date).places();
    }
}
