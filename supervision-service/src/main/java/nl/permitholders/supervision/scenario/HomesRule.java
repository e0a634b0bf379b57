package nl.permitholders.supervision.scenario;

import java.util.EnumMap;
import java.util.Map;

/**
 * From persons to homes: persons to house, converted by a household mix. Each kind of home takes the share of the persons
 * that the mix's households of that kind hold, and one home houses one household of it, so a kind needs
 * {@code persons × its households / the mix's persons} homes, rounded up (part of a household still needs a whole home).
 * 60 persons by a mix of 10 singles and 10 families of 5 (60 persons): 10 rooms and 10 family homes. Without a mix (no
 * household coupled or stated) there is nothing to convert by: no homes, and the answer says so.
 */
public final class HomesRule {

    private HomesRule() {
    }

    /** Homes of each kind for {@code persons} by {@code mix}; empty for none, or without a mix. */
    public static Map<HomeKind, Integer> homes(int persons, HouseholdMix mix) {
        Map<HomeKind, Integer> homes = new EnumMap<>(HomeKind.class);
        int mixPersons = mix.persons();
        if (persons <= 0 || mixPersons == 0) {
            return homes;
        }
        mix.byKind().forEach((kind, households) -> {
            long needed = ((long) persons * households.households() + mixPersons - 1) / mixPersons;
            if (needed > 0) {
                homes.put(kind, Math.toIntExact(needed));
            }
        });
        return homes;
    }
}
