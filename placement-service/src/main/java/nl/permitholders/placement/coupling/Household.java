package nl.permitholders.placement.coupling;

import java.time.LocalDate;
import nl.permitholders.platform.api.Violations;

/**
 * The household COA couples to a municipality, as counts and dates (R9: no names, BSN or V-numbers). Persons count,
 * not households (R5): a family of four is four persons.
 */
public record Household(int adults, int minors, HouseholdType type, LocalDate permitDate, LocalDate couplingDate) {

    public int persons() {
        return adults + minors;
    }

    /** Every reason this household cannot be registered on {@code today}; none if it can. */
    public static Violations check(int adults, int minors, HouseholdType type, LocalDate permitDate,
                                   LocalDate couplingDate, LocalDate today) {
        Violations violations = new Violations();
        violations.check(adults + minors >= 1, "adults", "and minors together must be at least one person");
        if (type == HouseholdType.SINGLE) {
            violations.check(adults + minors == 1, "householdType", "SINGLE is one person; this household has " + (adults + minors));
        }
        if (permitDate != null && couplingDate != null) {
            violations.check(!couplingDate.isBefore(permitDate), "couplingDate", "cannot be before the permitDate");
        }
        if (permitDate != null) {
            violations.check(!permitDate.isAfter(today), "permitDate", "cannot be in the future");
        }
        if (couplingDate != null) {
            violations.check(!couplingDate.isAfter(today), "couplingDate", "cannot be in the future");
        }
        return violations;
    }
}
