package nl.permitholders.supervision.opendata;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import nl.permitholders.platform.period.Period;

/**
 * When the open data of a half-year gets a new version, and why (docs/open-data.md). The figures are R4–R6's as
 * supervision computes them; this rule only decides what is published:
 * <ul>
 * <li>a half-year is published on a <em>position date</em>: the last day of the last month that has ended, or the
 * half-year's last day once it has ended; before its first month has ended there is nothing to publish;</li>
 * <li>a half-year of which no municipality's figures are known is not published;</li>
 * <li>the first version, and a version on a later position date (the monthly cut-off), is {@link PublicationKind#MONTHLY};</li>
 * <li>on the same position date a version follows only when the figures differ from the latest version's: a
 * {@link PublicationKind#CORRECTION}, whose reason names every municipality and month that changed and how;</li>
 * <li>a monthly version whose earlier months differ from what was published says so too: those are corrections;</li>
 * <li>a published version is never changed: each is stored as written, and a correction is the next version.</li>
 * </ul>
 */
public final class PublicationRule {

    /** Changes written out in a reason, at most; the rest are counted. */
    static final int CHANGES_NAMED = 20;

    /** What a new version is, and why it was published. */
    public record Publication(PublicationKind kind, String reason) {
    }

    private PublicationRule() {
    }

    /** The position date of {@code period} on {@code today}; empty while no month of it has ended. */
    public static Optional<LocalDate> positionDate(Period period, LocalDate today) {
        LocalDate endOfLastMonth = YearMonth.from(today).minusMonths(1).atEndOfMonth();
        if (endOfLastMonth.isBefore(period.firstDay())) {
            return Optional.empty();
        }
        return Optional.of(endOfLastMonth.isAfter(period.lastDay()) ? period.lastDay() : endOfLastMonth);
    }

    /**
     * Whether {@code next} is published after {@code latest} (empty: nothing published yet), and as what; empty when it
     * would publish the same figures again, or an earlier position than the latest. {@code note} (may be null) is the
     * publisher's own word on a correction, put before the changes.
     */
    public static Optional<Publication> decide(Optional<OpenDataSnapshot> latest, OpenDataSnapshot next, String note) {
        if (latest.isEmpty()) {
            if (next.halfYear().isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(new Publication(PublicationKind.MONTHLY, "First publication of " + next.period() + ": the position on "
                    + next.positionDate() + "."));
        }
        OpenDataSnapshot before = latest.get();
        if (next.positionDate().isBefore(before.positionDate())) {
            return Optional.empty();
        }
        List<String> changes = new ArrayList<>(monthChanges(before, next));
        boolean samePosition = next.positionDate().equals(before.positionDate());
        if (samePosition) {
            changes.addAll(halfYearChanges(before, next));
            if (changes.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(new Publication(PublicationKind.CORRECTION, prefixed(note, "Correction of the position on " + next.positionDate()
                    + ": " + listed(changes) + ".")));
        }
        String monthly = "Monthly position on " + next.positionDate() + ".";
        return Optional.of(new Publication(PublicationKind.MONTHLY, changes.isEmpty() ? prefixed(note, monthly)
                : prefixed(note, monthly + " It corrects months published before: " + listed(changes) + ".")));
    }

    /** The months both publish whose figures differ, a municipality listed in only one, each as one line. */
    private static List<String> monthChanges(OpenDataSnapshot before, OpenDataSnapshot next) {
        Map<String, MonthRow> old = index(before.months(), r -> r.municipalityCode() + " " + r.month());
        Map<String, MonthRow> now = index(next.months().stream().filter(r -> !r.positionDate().isAfter(before.positionDate())).toList(),
                r -> r.municipalityCode() + " " + r.month());
        List<String> changes = new ArrayList<>();
        old.forEach((key, was) -> {
            MonthRow is = now.get(key);
            if (is == null) {
                changes.add(key + " no longer listed");
            } else {
                String differences = differences(
                        new String[] {"quota", "adjustedQuota", "housedInMonth", "housed", "backlog", "scheduleGap", "municipalityName",
                                "provinceCode"},
                        new Object[] {was.quota(), was.adjustedQuota(), was.housedInMonth(), was.housed(), was.backlog(), was.scheduleGap(),
                                was.municipalityName(), was.provinceCode()},
                        new Object[] {is.quota(), is.adjustedQuota(), is.housedInMonth(), is.housed(), is.backlog(), is.scheduleGap(),
                                is.municipalityName(), is.provinceCode()});
                if (!differences.isEmpty()) {
                    changes.add(key + " " + differences);
                }
            }
        });
        now.keySet().stream().filter(key -> !old.containsKey(key)).forEach(key -> changes.add(key + " added"));
        return changes;
    }

    /**
     * On the same position date: what the half-year's rows say beyond its months (quota status, carried in, exchanged);
     * its numbers housed and behind are those of its last month, already compared.
     */
    private static List<String> halfYearChanges(OpenDataSnapshot before, OpenDataSnapshot next) {
        Map<String, HalfYearRow> old = index(before.halfYear(), HalfYearRow::municipalityCode);
        Map<String, HalfYearRow> now = index(next.halfYear(), HalfYearRow::municipalityCode);
        List<String> changes = new ArrayList<>();
        old.forEach((code, was) -> {
            HalfYearRow is = now.get(code);
            if (is == null) {
                changes.add(code + " " + next.period() + " no longer listed");
                return;
            }
            String differences = differences(new String[] {"quotaStatus", "carriedBacklog", "exchanges"},
                    new Object[] {was.quotaStatus(), was.carriedBacklog(), was.exchanges()},
                    new Object[] {is.quotaStatus(), is.carriedBacklog(), is.exchanges()});
            if (!differences.isEmpty()) {
                changes.add(code + " " + next.period() + " " + differences);
            }
        });
        now.keySet().stream().filter(code -> !old.containsKey(code)).forEach(code -> changes.add(code + " " + next.period() + " added"));
        return changes;
    }

    private static String differences(String[] names, Object[] was, Object[] is) {
        List<String> differences = new ArrayList<>();
        for (int i = 0; i < names.length; i++) {
            if (!Objects.equals(was[i], is[i])) {
                differences.add(names[i] + " " + (was[i] == null ? "none" : was[i]) + " → " + (is[i] == null ? "none" : is[i]));
            }
        }
        return String.join(", ", differences);
    }

    private static String listed(List<String> changes) {
        if (changes.size() <= CHANGES_NAMED) {
            return String.join("; ", changes);
        }
        return String.join("; ", changes.subList(0, CHANGES_NAMED)) + "; and " + (changes.size() - CHANGES_NAMED) + " more";
    }

    private static String prefixed(String note, String reason) {
        return note == null || note.isBlank() ? reason : note.strip() + " — " + reason;
    }

    private static <R> Map<String, R> index(List<R> rows, Function<R, String> key) {
        Map<String, R> indexed = new LinkedHashMap<>();
        rows.forEach(row -> indexed.put(key.apply(row), row));
        return indexed;
    }
}
