package nl.permitholders.housingstock.agreement;

import java.math.BigDecimal;
import java.math.RoundingMode;
import nl.permitholders.platform.api.Violations;

/**
 * What a corporation agreed to allocate to permit holders in a period: a number of allocations, or a percentage of
 * its vacancies in the period. Exactly one of the two; a percentage has two decimals, so equal agreements are equal.
 */
public record AgreedShare(Integer allocations, BigDecimal percentage) {

    public static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public AgreedShare {
        if ((allocations == null) == (percentage == null)) {
            throw new IllegalArgumentException("an agreement is a number of allocations or a percentage, not both or neither");
        }
        percentage = percentage == null ? null : percentage.setScale(2, RoundingMode.HALF_UP);
    }

    /** Every reason why these values do not make an agreement. */
    public static Violations check(Integer allocations, BigDecimal percentage) {
        Violations violations = new Violations();
        if ((allocations == null) == (percentage == null)) {
            String reason = "give either agreedAllocations or agreedPercentage, not " + (allocations == null ? "neither" : "both");
            violations.add("agreedAllocations", reason).add("agreedPercentage", reason);
        }
        return violations;
    }

    /** The allocations to permit holders this agreement asks for, given the vacancies; a share is rounded up. */
    public long target(long vacancies) {
        if (allocations != null) {
            return allocations;
        }
        return percentage.multiply(BigDecimal.valueOf(vacancies)).divide(HUNDRED, 0, RoundingMode.CEILING).longValueExact();
    }

}
