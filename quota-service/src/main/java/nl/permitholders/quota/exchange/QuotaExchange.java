package nl.permitholders.quota.exchange;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.permitholders.platform.api.Violations;
import nl.permitholders.platform.period.Period;
import nl.permitholders.quota.succession.QuotaHolderRule;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * R2 (Huisvestingswet 2014, art. 29 lid 2): municipalities may jointly re-divide their quotas, provided their
 * combined total is unchanged. An exchange that changes the total is refused, as is one that would leave a
 * municipality with a negative quota or names a municipality that does not exist in the half-year.
 * <p>
 * R3: the parties of a half-year are the municipalities that hold its quota ({@link QuotaHolderRule}). One merged into
 * another takes no part from the half-year its merger takes effect in, and is refused naming the one that holds its
 * quota; a municipality formed in the middle of a half-year holds that half-year's quota, so it is a party. Exchanges a
 * merged municipality made earlier in the half-year count for the one that holds it.
 */
public final class QuotaExchange {

    /** One municipality's part in an exchange: persons taken over (positive) or handed over (negative). */
    @Schema(requiredProperties = {"municipalityCode", "delta"})
    public record Change(String municipalityCode, int delta) {
    }

    private QuotaExchange() {
    }

    /**
     * Every reason the exchange cannot be made; none if it can.
     *
     * @param existing the municipalities that exist on some day of the half-year
     * @param current  each municipality's quota in the half-year including earlier exchanges (absent = 0); a merged
     *                 municipality's counts for the one that holds the half-year
     * @param holders  who holds the quota of a half-year, following mergers
     */
    public static Violations check(Period period, List<Change> changes, Set<String> existing, Map<String, Integer> current,
                                   QuotaHolderRule holders) {
        Violations violations = new Violations();
        if (changes.size() < 2) {
            return violations.add("changes", "an exchange needs at least two municipalities");
        }
        Map<String, Integer> held = new HashMap<>();
        current.forEach((code, persons) -> held.merge(holders.holderOf(code, period), persons, Integer::sum));
        Set<String> seen = new HashSet<>();
        long total = 0;
        for (int i = 0; i < changes.size(); i++) {
            Change change = changes.get(i);
            String name = "changes[" + i + "]";
            total += change.delta();
            if (!seen.add(change.municipalityCode())) {
                violations.add(name + ".municipalityCode", change.municipalityCode() + " appears more than once");
            }
            if (change.delta() == 0) {
                violations.add(name + ".delta", "must not be zero");
            }
            if (!existing.contains(change.municipalityCode())) {
                violations.add(name + ".municipalityCode", change.municipalityCode() + " does not exist in this half-year");
            } else if (holders.refusal(change.municipalityCode(), period).isPresent()) {
                violations.add(name + ".municipalityCode", "is no party to an exchange of " + period + ": "
                        + holders.refusal(change.municipalityCode(), period).get());
            } else if (held.getOrDefault(change.municipalityCode(), 0) + change.delta() < 0) {
                violations.add(name + ".delta", "would leave " + change.municipalityCode() + " with a negative quota ("
                        + held.getOrDefault(change.municipalityCode(), 0) + " " + signed(change.delta()) + ")");
            }
        }
        if (total != 0) {
            violations.add("changes", "the deltas must sum to zero so that the combined quota is unchanged; they sum to " + signed(total));
        }
        return violations;
    }

    private static String signed(long value) {
        return value >= 0 ? "+" + value : Long.toString(value);
    }
}
