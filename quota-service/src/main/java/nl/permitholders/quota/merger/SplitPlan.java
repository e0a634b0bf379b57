package nl.permitholders.quota.merger;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.permitholders.platform.api.Violations;

/**
 * R3, splits (CBS's <i>opsplitsing</i>: Haaren over Boxtel, Oisterwijk, Tilburg and Vught on 1 January 2021, Winsum
 * over Het Hogeland and Westerkwartier on 1 January 2019): a municipality ceases to exist and its territory goes to two
 * or more municipalities that exist on the day, each with its share, its part of the population, as the law that makes
 * the split states it. The shares are the whole: when the split municipality's population on the last 1 January before
 * the split is known, they add up to it. A split, like a merger, takes effect on any date.
 */
public final class SplitPlan {

    private SplitPlan() {
    }

    /** A registered municipality as the plan sees it on the split's day. */
    public record Registered(boolean existsTheDayBefore, boolean existsOnTheDay) {
    }

    /** A receiving municipality with its share as the request gives it. */
    public record Receiver(String code, long share) {
    }

    /**
     * Every reason the split cannot be recorded; none if it can.
     *
     * @param split       the split municipality as registered, null when its code is not registered
     * @param registered  each receiver registered, by code (absent: not registered)
     * @param population  the split municipality's population on the last 1 January before the split, null when not known
     */
    public static Violations check(String splitCode, Registered split, List<Receiver> receivers, Map<String, Registered> registered,
                                   LocalDate effectiveDate, Integer population) {
        Violations violations = new Violations();
        if (split == null) {
            violations.add("municipalityCode", splitCode + " is not a registered municipality");
        } else if (!split.existsTheDayBefore() || !split.existsOnTheDay()) {
            violations.add("municipalityCode", splitCode + " does not exist on " + effectiveDate.minusDays(1)
                    + " or ends before " + effectiveDate + " (merged or split already?)");
        }
        if (receivers.size() < 2) {
            violations.add("receivers", "a split divides a municipality over at least two; one receiving it whole is a merger "
                    + "(POST /quota/v1/mergers)");
        }
        Set<String> seen = new HashSet<>();
        long whole = 0;
        for (int i = 0; i < receivers.size(); i++) {
            Receiver receiver = receivers.get(i);
            String field = "receivers[" + i + "].municipalityCode";
            Registered found = registered.get(receiver.code());
            if (!seen.add(receiver.code())) {
                violations.add(field, receiver.code() + " appears more than once");
            } else if (receiver.code().equals(splitCode)) {
                violations.add(field, "the split municipality cannot receive a part of itself");
            } else if (found == null) {
                violations.add(field, receiver.code() + " is not a registered municipality");
            } else if (!found.existsOnTheDay()) {
                violations.add(field, receiver.code() + " does not exist on " + effectiveDate + " (it has ceased to exist, "
                        + "or is formed later); a part goes to a municipality that exists on the day of the split");
            }
            if (receiver.share() < 1) {
                violations.add("receivers[" + i + "].share", "a share is a part of the population, at least 1");
            }
            whole += Math.max(receiver.share(), 0);
        }
        if (population != null && whole != population && receivers.stream().allMatch(r -> r.share() >= 1)) {
            violations.add("receivers", "the shares add up to " + whole + ", not to the whole: " + splitCode + " had "
                    + population + " inhabitants on the last 1 January before the split");
        }
        return violations;
    }
}
