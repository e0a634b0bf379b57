package nl.permitholders.quota.merger;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.permitholders.platform.api.Violations;

/**
 * R3 (Huisvestingswet 2014, art. 30): municipalities merge into a new municipality, or one of them absorbs the others
 * and keeps its code ("lichte samenvoeging": Weesp into Amsterdam, Haarlemmerliede en Spaarnwoude into Haarlemmermeer).
 * A merger takes effect on any date; the half-year that contains it belongs wholly to the continuing municipality.
 */
public final class MergerPlan {

    private MergerPlan() {
    }

    /** What the register holds under the continuing municipality's code, if anything. */
    public record Registered(String name, String provinceCode, boolean existsOnEffectiveDate) {
    }

    /**
     * Every reason the merger cannot be recorded; none if it can.
     *
     * @param registered            the continuing municipality as registered, null when its code is new
     * @param name                  the name given for the continuing municipality, null when left out
     * @param provinceCode          the province given for it, null when left out
     * @param existsOnLastDayOfOld  for each registered municipality among the merged ones: whether it exists the day
     *                              before the merger takes effect and has not ended by then (merged already)
     */
    public static Violations check(String continuingCode, Registered registered, String name, String provinceCode,
                                   List<String> merged, LocalDate effectiveDate, Map<String, Boolean> existsOnLastDayOfOld) {
        Violations violations = new Violations();
        if (registered == null) {
            newMunicipality(name, provinceCode, merged, violations);
        } else {
            absorbing(continuingCode, registered, name, provinceCode, merged, effectiveDate, violations);
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < merged.size(); i++) {
            String code = merged.get(i);
            String field = "mergedMunicipalityCodes[" + i + "]";
            if (!seen.add(code)) {
                violations.add(field, code + " appears more than once");
            } else if (code.equals(continuingCode)) {
                violations.add(field, "the continuing municipality cannot be one of the merged ones");
            } else if (!existsOnLastDayOfOld.containsKey(code)) {
                violations.add(field, code + " is not a registered municipality");
            } else if (!existsOnLastDayOfOld.get(code)) {
                violations.add(field, code + " does not exist on " + effectiveDate.minusDays(1) + " or ends before " + effectiveDate
                        + " (merged already?)");
            }
        }
        return violations;
    }

    private static void newMunicipality(String name, String provinceCode, List<String> merged, Violations violations) {
        if (name == null || name.isBlank()) {
            violations.add("municipality.name", "a new municipality needs its name");
        }
        if (provinceCode == null) {
            violations.add("municipality.provinceCode", "a new municipality needs its province");
        }
        if (merged.size() < 2) {
            violations.add("mergedMunicipalityCodes", "a new municipality is formed from at least two municipalities");
        }
    }

    /** An existing municipality absorbs the merged ones: it exists on the day and keeps its name and province. */
    private static void absorbing(String code, Registered registered, String name, String provinceCode, List<String> merged,
                                  LocalDate effectiveDate, Violations violations) {
        if (!registered.existsOnEffectiveDate()) {
            violations.add("municipality.code", code + " does not exist on " + effectiveDate + "; it cannot absorb others then");
        }
        if (name != null && !name.equals(registered.name())) {
            violations.add("municipality.name", code + " is registered as " + registered.name()
                    + " and keeps its name when it absorbs others; leave the name out");
        }
        if (provinceCode != null && !provinceCode.equals(registered.provinceCode())) {
            violations.add("municipality.provinceCode", code + " lies in " + registered.provinceCode()
                    + " and stays there when it absorbs others; leave the province out");
        }
        if (merged.isEmpty()) {
            violations.add("mergedMunicipalityCodes", "an absorption names at least one municipality absorbed");
        }
    }
}
