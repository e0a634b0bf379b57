package nl.permitholders.quota.merger;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.permitholders.platform.api.Violations;
import nl.permitholders.platform.period.Period;

/**
 * R3 (Huisvestingswet 2014, art. 30): after a merger the new municipality takes over the backlog and the quotas of
 * the merged ones; the province sets its population. Mergers take effect on the first day of a half-year (in
 * practice 1 January), so that every half-year belongs wholly to either the old or the new municipalities.
 */
public final class MergerPlan {

    private MergerPlan() {
    }

    /**
     * Every reason the merger cannot be recorded; none if it can.
     *
     * @param lastDayOfOld the day before the merger takes effect, for each registered municipality whether it exists then
     */
    public static Violations check(String newCode, boolean newCodeRegistered, List<String> merged, LocalDate effectiveDate,
                                   Map<String, Boolean> existsOnLastDayOfOld) {
        Violations violations = new Violations();
        if (!effectiveDate.equals(Period.containing(effectiveDate).firstDay())) {
            violations.add("effectiveDate", "must be the first day of a half-year (1 January or 1 July); mergers take effect on 1 January");
        }
        if (newCodeRegistered) {
            violations.add("municipality.code", newCode + " is already registered; a merger creates a new municipality");
        }
        if (merged.size() < 2) {
            violations.add("mergedMunicipalityCodes", "a merger joins at least two municipalities");
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < merged.size(); i++) {
            String code = merged.get(i);
            String name = "mergedMunicipalityCodes[" + i + "]";
            if (!seen.add(code)) {
                violations.add(name, code + " appears more than once");
            } else if (code.equals(newCode)) {
                violations.add(name, "the new municipality cannot be one of the merged ones");
            } else if (!existsOnLastDayOfOld.containsKey(code)) {
                violations.add(name, code + " is not a registered municipality");
            } else if (!existsOnLastDayOfOld.get(code)) {
                violations.add(name, code + " does not exist on " + effectiveDate.minusDays(1) + " (merged earlier?)");
            }
        }
        return violations;
    }
}
