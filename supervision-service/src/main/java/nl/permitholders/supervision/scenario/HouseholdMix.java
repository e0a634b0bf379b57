package nl.permitholders.supervision.scenario;

import java.util.Collection;
import java.util.EnumMap;
import java.util.Map;
import nl.permitholders.supervision.ledger.Couplings;

/**
 * The households COA coupled (or a caller states), by the kind of home each needs: how many households and how many
 * persons in them. It turns persons to house into homes ({@link HomesRule}).
 */
public record HouseholdMix(Map<HomeKind, Households> byKind) {

    /** Households of one kind and their persons together. */
    public record Households(int households, int persons) {
    }

    public HouseholdMix {
        Map<HomeKind, Households> copy = new EnumMap<>(HomeKind.class);
        copy.putAll(byKind);
        byKind = java.util.Collections.unmodifiableMap(copy);
    }

    public static HouseholdMix none() {
        return new HouseholdMix(Map.of());
    }

    /** The households of {@code couplings}, each by the kind of home it needs ({@link HomeKind#of}). */
    public static HouseholdMix of(Collection<Couplings.Coupling> couplings) {
        Map<HomeKind, Households> byKind = new EnumMap<>(HomeKind.class);
        for (Couplings.Coupling coupling : couplings) {
            if (coupling.persons() > 0) {
                byKind.merge(HomeKind.of(coupling.householdType(), coupling.persons()), new Households(1, coupling.persons()),
                        (a, b) -> new Households(a.households() + b.households(), a.persons() + b.persons()));
            }
        }
        return new HouseholdMix(byKind);
    }

    /** This mix and {@code other} together: a province's or the country's from its municipalities'. */
    public HouseholdMix plus(HouseholdMix other) {
        Map<HomeKind, Households> sum = new EnumMap<>(HomeKind.class);
        sum.putAll(byKind);
        other.byKind.forEach((kind, households) -> sum.merge(kind, households,
                (a, b) -> new Households(a.households() + b.households(), a.persons() + b.persons())));
        return new HouseholdMix(sum);
    }

    public int households() {
        return byKind.values().stream().mapToInt(Households::households).sum();
    }

    public int persons() {
        return byKind.values().stream().mapToInt(Households::persons).sum();
    }
}
