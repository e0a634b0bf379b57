package nl.permitholders.housingstock.unit;

import java.time.LocalDate;
import java.util.Optional;
import nl.permitholders.platform.api.Violations;
import nl.permitholders.platform.security.Succession;

/**
 * R3, splits: from the day a municipality is split over others (Haaren over Boxtel, Oisterwijk, Tilburg and Vught on
 * 1 January 2021), each of its units goes to the receiving municipality it lies in, which its corporation or a
 * receiver names per unit by correcting the unit's municipality (and neighbourhood); until then every receiver reads it.
 * A unit of the split municipality goes to one of its receivers and nowhere else.
 */
public final class UnitSplitRule {

    private UnitSplitRule() {
    }

    /** Why {@code proposed} cannot be where a unit of {@code current} goes on {@code today}; none when it can. */
    public static Violations check(String current, String proposed, Succession succession, LocalDate today) {
        Violations violations = new Violations();
        Optional<Succession.Split> split = succession.splitBy(current, today);
        if (split.isPresent() && !split.get().receivers().contains(proposed)) {
            violations.add("municipalityCode", current + " was split on " + split.get().effectiveDate() + " over "
                    + String.join(", ", split.get().receivers()) + "; its unit goes to the one of them it lies in, not to " + proposed);
        }
        return violations;
    }
}
