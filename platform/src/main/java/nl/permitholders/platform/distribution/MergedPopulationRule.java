package nl.permitholders.platform.distribution;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import nl.permitholders.platform.distribution.Reorganisations.Merger;

/**
 * R1 with R3: the population a municipality counts on a reference date for the division of a later day, the first day of
 * the half-year distributed. CBS counts by the division of its reference date, so for a municipality that continues a
 * merger taking effect after the reference date CBS has no figure of its whole territory there: it counts its parts'
 * figures together (its own, when it absorbed them, and theirs), unless the province set its population for that date
 * with the merger. From CBS's first reference date on or after the merger, CBS's figure is the new division's. No
 * inhabitants are lost and none are counted twice.
 */
public final class MergedPopulationRule {

    private MergedPopulationRule() {
    }

    /**
     * A municipality's population on the reference date and when it was recorded.
     *
     * @param setWithAMerger whether the province set it with a merger (for the territory after it), not CBS
     */
    public record Figure(int persons, Instant recordedAt, boolean setWithAMerger) {
    }

    /**
     * @param persons the population each municipality of the division counts
     * @param missing the municipalities (or parts of one, named so) without a figure where one is needed
     */
    public record Counted(Map<String, Integer> persons, List<String> missing) {
    }

    /**
     * @param division      the municipalities that exist on {@code divisionDate}
     * @param figures       the current figure on {@code referenceDate} of every municipality that has one
     */
    public static Counted count(Collection<String> division, LocalDate referenceDate, LocalDate divisionDate,
                                Map<String, Figure> figures, Collection<Merger> mergers) {
        List<Merger> between = mergers.stream()
                .filter(m -> m.effectiveDate().isAfter(referenceDate) && !m.effectiveDate().isAfter(divisionDate))
                .sorted(Comparator.comparing(Merger::effectiveDate))
                .toList();
        Map<String, Integer> persons = new TreeMap<>();
        List<String> missing = new ArrayList<>();
        for (String code : division) {
            population(code, null, between, figures, missing).ifPresent(p -> persons.put(code, p));
        }
        return new Counted(persons, missing);
    }

    private static Optional<Integer> population(String code, String partOf, List<Merger> between, Map<String, Figure> figures,
                                                List<String> missing) {
        List<Merger> continued = between.stream().filter(m -> m.continuing().equals(code)).toList();
        Figure own = figures.get(code);
        // A municipality formed after the reference date has no figure there but one for its new territory.
        boolean formedSince = continued.stream().anyMatch(m -> !m.absorption());
        if (own == null && !formedSince) {
            missing.add(partOf == null ? code : code + " (part of " + partOf + ")");
            return Optional.empty();
        }
        int sum = own == null ? 0 : own.persons();
        boolean complete = true;
        for (Merger merger : continued) {
            if (own != null && (formedSince || countsTheMerger(own, merger))) {
                continue;
            }
            for (String part : merger.merged()) {
                Optional<Integer> counted = population(part, partOf == null ? code : partOf, between, figures, missing);
                complete &= counted.isPresent();
                sum += counted.orElse(0);
            }
        }
        return complete ? Optional.of(sum) : Optional.empty();
    }

    /**
     * Whether a figure of an absorbing municipality counts what {@code merger} brings it: only one the province set with
     * that merger or a later one; CBS's figure of a date before the merger is of the municipality as it was then.
     */
    private static boolean countsTheMerger(Figure figure, Merger merger) {
        return figure.setWithAMerger() && !merger.recordedAt().isAfter(figure.recordedAt());
    }
}
