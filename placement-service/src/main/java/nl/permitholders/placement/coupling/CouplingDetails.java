package nl.permitholders.placement.coupling;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * What COA registers, and may correct, about a coupled household: counts, dates, the reception region and flags only
 * (R9). Absent optional values are normalised, so that two registrations of the same data are equal.
 */
public record CouplingDetails(int adults, int minors, HouseholdType householdType, LocalDate permitDate,
                              LocalDate couplingDate, int expectedReunificationPersons, ReceptionRegion receptionRegion,
                              Boolean ownRegion, Set<SpecialNeed> specialNeeds) {

    public CouplingDetails {
        specialNeeds = specialNeeds == null || specialNeeds.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(specialNeeds));
    }

    public static CouplingDetails of(int adults, int minors, HouseholdType householdType, LocalDate permitDate,
                                     LocalDate couplingDate, Integer expectedReunificationPersons,
                                     ReceptionRegion receptionRegion, Boolean ownRegion, Set<SpecialNeed> specialNeeds) {
        return new CouplingDetails(adults, minors, householdType, permitDate, couplingDate,
                expectedReunificationPersons == null ? 0 : expectedReunificationPersons, receptionRegion, ownRegion,
                specialNeeds);
    }

    public int persons() {
        return adults + minors;
    }

    public boolean needsWheelchairAccess() {
        return specialNeeds.contains(SpecialNeed.WHEELCHAIR_ACCESSIBLE);
    }

    /** What changed from {@code before} to these details, e.g. {@code adults 2 → 3}; empty when nothing did. */
    public List<String> changesFrom(CouplingDetails before) {
        List<String> changes = new ArrayList<>();
        change(changes, "adults", before, CouplingDetails::adults);
        change(changes, "minors", before, CouplingDetails::minors);
        change(changes, "householdType", before, CouplingDetails::householdType);
        change(changes, "permitDate", before, CouplingDetails::permitDate);
        change(changes, "couplingDate", before, CouplingDetails::couplingDate);
        change(changes, "expectedReunificationPersons", before, CouplingDetails::expectedReunificationPersons);
        change(changes, "receptionRegion", before, CouplingDetails::receptionRegion);
        change(changes, "ownRegion", before, CouplingDetails::ownRegion);
        change(changes, "specialNeeds", before, d -> d.specialNeeds().stream().map(Enum::name).sorted().toList());
        return changes;
    }

    private void change(List<String> changes, String name, CouplingDetails before, Function<CouplingDetails, Object> value) {
        Object was = value.apply(before);
        Object now = value.apply(this);
        if (!Objects.equals(was, now)) {
            changes.add(name + " " + was + " → " + now);
        }
    }
}
