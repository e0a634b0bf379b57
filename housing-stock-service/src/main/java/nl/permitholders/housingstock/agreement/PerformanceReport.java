package nl.permitholders.housingstock.agreement;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.math.RoundingMode;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A performance agreement against what happened: the corporation's vacancies in the municipality in the period, its
 * allocations, and those to permit holders. The agreement is met when the allocations to permit holders reach the
 * target: the agreed number, or the agreed percentage of the vacancies rounded up.
 *
 * @param actualPercentage allocations to permit holders as a percentage of the vacancies, one decimal; null without
 *                         vacancies
 * @param shortfall        allocations to permit holders still missing to reach the target; 0 when met
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(requiredProperties = {"vacancies", "allocations", "permitHolderAllocations", "permitHolderPersons",
        "targetAllocations", "shortfall", "met"})
public record PerformanceReport(Integer agreedAllocations, BigDecimal agreedPercentage, long vacancies,
                                long allocations, long permitHolderAllocations, long permitHolderPersons,
                                long targetAllocations, BigDecimal actualPercentage, long shortfall, boolean met) {

    public static PerformanceReport of(AgreedShare agreed, long vacancies, long allocations, long permitHolderAllocations,
                                       long permitHolderPersons) {
        long target = agreed.target(vacancies);
        BigDecimal actualPercentage = vacancies == 0 ? null
                : BigDecimal.valueOf(permitHolderAllocations).multiply(AgreedShare.HUNDRED)
                        .divide(BigDecimal.valueOf(vacancies), 1, RoundingMode.HALF_UP);
        long shortfall = Math.max(0, target - permitHolderAllocations);
        return new PerformanceReport(agreed.allocations(), agreed.percentage(), vacancies, allocations,
                permitHolderAllocations, permitHolderPersons, target, actualPercentage, shortfall, shortfall == 0);
    }
}
