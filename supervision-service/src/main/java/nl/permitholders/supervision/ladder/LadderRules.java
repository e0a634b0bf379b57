package nl.permitholders.supervision.ladder;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.permitholders.platform.api.InvalidParam;
import nl.permitholders.supervision.verdict.Verdict;

/**
 * A province's rules for advising a stage of the intervention ladder (docs/domain.md, ladder rules per province): which
 * verdicts count as a missed deadline, how many missed deadlines in a row advise which stage, and whether a backlog
 * that grew at each of the last {@value #GROWTH_DEADLINES} deadlines, each missed, advises announcing substitution.
 * Where a province set none, the {@link #DEFAULT} rules apply.
 *
 * @param appliesFrom      the date from which the province's rules apply; empty for the default rules
 * @param countedAsMissed  NOT_MET, and NOT_MET_EXCUSABLE when the province counts an excusable shortfall as missed too
 * @param steps            the lowest number of missed deadlines in a row that advises each stage, lowest first
 */
public record LadderRules(Optional<LocalDate> appliesFrom, Set<Verdict> countedAsMissed, List<Step> steps,
                          boolean backlogGrowthEscalates) {

    /** The deadlines at each of which a growing backlog, each missed, advises {@link #GROWTH_STAGE}. */
    public static final int GROWTH_DEADLINES = 4;
    public static final Stage GROWTH_STAGE = Stage.SUBSTITUTION_ANNOUNCED;
    /** The most missed deadlines in a row a step may ask for: ten years of deadlines. */
    public static final int MOST_MISSED_IN_A_ROW = 20;
    /** The highest stage the advisor advises; deciding and executing substitution are acts of the province alone. */
    public static final Stage HIGHEST_ADVISED = Stage.SUBSTITUTION_ANNOUNCED;

    /** Today's rules where a province set none: NOT_MET counts; 1 → SIGNAL, 2 → OFFICIAL_TALK, 3 → ADMINISTRATIVE_AGREEMENTS; growth escalates. */
    public static final LadderRules DEFAULT = new LadderRules(Optional.empty(), EnumSet.of(Verdict.NOT_MET),
            List.of(new Step(1, Stage.SIGNAL), new Step(2, Stage.OFFICIAL_TALK), new Step(3, Stage.ADMINISTRATIVE_AGREEMENTS)), true);

    /** From {@code missedInARow} deadlines missed in a row, {@code stage} is advised (until a higher step is reached). */
    public record Step(int missedInARow, Stage stage) {
    }

    /** The kinds of rule an advice can follow. */
    public enum RuleKind {
        /** The last deadline is not missed (or none has passed): no stage. */
        LAST_NOT_MISSED,
        /** Fewer deadlines missed in a row than the lowest step asks: no stage. */
        BELOW_LOWEST_STEP,
        /** A step: from so many deadlines missed in a row, its stage. */
        MISSED_IN_A_ROW,
        /** A backlog that grew at each of the last four deadlines, each missed: announcing substitution. */
        BACKLOG_GREW
    }

    /**
     * The rule an advice follows: its kind, the number of deadlines it speaks of (a step's missed deadlines in a row,
     * the lowest step's, or those the backlog grew at; 0 for {@link RuleKind#LAST_NOT_MISSED}), the stage it advises,
     * and the date from which the province's rules it belongs to apply (empty: the default rules).
     */
    public record Rule(RuleKind kind, int deadlines, Stage stage, Optional<LocalDate> rulesFrom) {

        /** "from 3 deadlines missed in a row: ADMINISTRATIVE_AGREEMENTS (the default rules)" */
        public String inEnglish() {
            String rule = switch (kind) {
                case LAST_NOT_MISSED -> "no stage while the last deadline is not missed";
                case BELOW_LOWEST_STEP -> "no stage below " + deadlines + " deadlines missed in a row";
                case MISSED_IN_A_ROW -> "from " + deadlines + (deadlines == 1 ? " deadline" : " deadlines") + " missed in a row: " + stage;
                case BACKLOG_GREW -> "a backlog that grew at each of the last " + deadlines + " deadlines, each missed: " + stage;
            };
            return rule + rulesFrom.map(from -> " (the province's rules from " + from + ")").orElse(" (the default rules)");
        }
    }

    public LadderRules {
        countedAsMissed = Set.copyOf(countedAsMissed);
        steps = steps.stream().sorted(Comparator.comparingInt(Step::missedInARow)).toList();
    }

    /** These rules as a province's, applying from {@code from}. */
    public LadderRules from(LocalDate from) {
        return new LadderRules(Optional.of(from), countedAsMissed, steps, backlogGrowthEscalates);
    }

    public boolean missed(Verdict verdict) {
        return countedAsMissed.contains(verdict);
    }

    /** The rule for a last deadline that is not missed, or no deadline passed. */
    Rule lastNotMissed() {
        return new Rule(RuleKind.LAST_NOT_MISSED, 0, Stage.NONE, appliesFrom);
    }

    Rule backlogGrew() {
        return new Rule(RuleKind.BACKLOG_GREW, GROWTH_DEADLINES, GROWTH_STAGE, appliesFrom);
    }

    /** The highest step {@code missedInARow} reaches, or that it is below the lowest. */
    Rule forMissedInARow(int missedInARow) {
        Step reached = null;
        for (Step step : steps) {
            if (step.missedInARow() <= missedInARow) {
                reached = step;
            }
        }
        return reached == null ? new Rule(RuleKind.BELOW_LOWEST_STEP, steps.get(0).missedInARow(), Stage.NONE, appliesFrom)
                : new Rule(RuleKind.MISSED_IN_A_ROW, reached.missedInARow(), reached.stage(), appliesFrom);
    }

    /** The most characters the reason of a correction of earlier rules holds. */
    public static final int CORRECTION_MAX = 500;

    /**
     * Why rules cannot apply from {@code appliesFrom} when set on {@code today}: rules applying from the past rewrite the
     * advice already given from then on, so they are refused unless the province says why they correct the earlier rules
     * ({@code correction}); rules from today or later need none. Empty when they can.
     */
    public static List<InvalidParam> backdatingRefusals(LocalDate appliesFrom, LocalDate today, String correction) {
        if (appliesFrom == null || !appliesFrom.isBefore(today) || correction != null && !correction.isBlank()) {
            return List.of();
        }
        return List.of(new InvalidParam("appliesFrom", appliesFrom + " lies before today, " + today + ": rules that apply from "
                + "the past rewrite the advice already given since then. Set them from today or later, or say why they correct "
                + "the earlier rules (correction)"));
    }

    /**
     * Why a province cannot set these rules, by field as the API names them; empty when it can. Elements are named by
     * their index ({@code steps[1].stage}); a refusal of the whole list only when its elements are fine.
     *
     * @param countedAsMissed the verdicts as sent; null elements are refused where they are read
     * @param steps           the steps as sent, in their order
     */
    public static List<InvalidParam> refusals(List<Verdict> countedAsMissed, List<Step> steps) {
        List<InvalidParam> refusals = new ArrayList<>();
        if (countedAsMissed != null) {
            boolean elementsFine = true;
            for (int i = 0; i < countedAsMissed.size(); i++) {
                if (countedAsMissed.get(i) == Verdict.MET) {
                    refusals.add(new InvalidParam("countedAsMissed[" + i + "]", "MET is no missed deadline"));
                    elementsFine = false;
                }
                elementsFine &= countedAsMissed.get(i) != null;
            }
            if (elementsFine && !countedAsMissed.contains(Verdict.NOT_MET)) {
                refusals.add(new InvalidParam("countedAsMissed", "must name NOT_MET, and may name NOT_MET_EXCUSABLE"));
            }
        }
        if (steps != null && steps.isEmpty()) {
            refusals.add(new InvalidParam("steps", "must name at least one step"));
        }
        if (steps != null) {
            for (int i = 0; i < steps.size(); i++) {
                Step step = steps.get(i);
                if (step == null || step.stage() == null) {
                    continue;
                }
                String name = "steps[" + i + "]";
                if (step.missedInARow() < 1 || step.missedInARow() > MOST_MISSED_IN_A_ROW) {
                    refusals.add(new InvalidParam(name + ".missedInARow", "must be from 1 to " + MOST_MISSED_IN_A_ROW));
                }
                if (step.stage() == Stage.NONE || step.stage().compareTo(HIGHEST_ADVISED) > 0) {
                    refusals.add(new InvalidParam(name + ".stage", "must be a stage from SIGNAL to " + HIGHEST_ADVISED));
                }
                Step before = i == 0 ? null : steps.get(i - 1);
                if (before == null || before.stage() == null) {
                    continue;
                }
                if (step.missedInARow() <= before.missedInARow()) {
                    refusals.add(new InvalidParam(name + ".missedInARow", "must be more than the step before's: steps go from fewer missed deadlines to more"));
                }
                if (step.stage().compareTo(before.stage()) <= 0) {
                    refusals.add(new InvalidParam(name + ".stage", "must be higher than the step before's: steps go up the ladder"));
                }
            }
        }
        return refusals;
    }
}
