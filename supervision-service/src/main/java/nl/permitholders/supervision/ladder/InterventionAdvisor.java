package nl.permitholders.supervision.ladder;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.permitholders.supervision.ledger.BacklogLedger;
import nl.permitholders.supervision.ledger.BacklogLedger.OpeningBalance;
import nl.permitholders.supervision.ledger.KnownMunicipality;
import nl.permitholders.supervision.verdict.DeadlineJudge;
import nl.permitholders.supervision.verdict.DeadlineJudge.Judgement;
import nl.permitholders.supervision.verdict.ProvinceVerdicts;
import nl.permitholders.supervision.verdict.Verdict;

/**
 * Advises a stage of the intervention ladder from the verdicts at the deadlines so far (docs/domain.md, the
 * intervention ladder) by the province's {@link LadderRules}; by the default rules NOT_MET at the last deadline → SIGNAL;
 * at the last two in a row → OFFICIAL_TALK; three or more → ADMINISTRATIVE_AGREEMENTS; a backlog that grew at each of
 * the last four deadlines while not met → SUBSTITUTION_ANNOUNCED. Excusable shortfalls do not escalate unless the
 * province's rules count them as missed: they break a run of missed deadlines. Every advice names its rule. A municipality
 * that joined the system behind (an opening balance above zero) was behind at the deadline that opened its chain, and
 * that deadline counts as NOT_MET. Where province staff recorded their own verdict at a deadline, that one counts
 * ({@link #judgedByTheProvince}). The advice is only advice: province staff decide, and the advice never changes a
 * stage by itself.
 */
public final class InterventionAdvisor {

    /**
     * The verdict and backlog at one deadline. A backlog of zero or less is MET and a backlog above zero is not (R7),
     * whoever judged it.
     *
     * @param openedChain whether this is the deadline on which the municipality joined the system with its opening balance
     * @param byProvince  whether the verdict is the one province staff recorded rather than the computed one
     */
    public record Deadline(LocalDate date, Verdict verdict, int backlog, boolean openedChain, boolean byProvince) {

        public Deadline {
            if (!ProvinceVerdicts.agreesWithR7(verdict, backlog)) {
                throw new IllegalArgumentException(verdict + " with a backlog of " + backlog + " at " + date + " contradicts R7");
            }
        }

        /** A computed verdict. */
        public Deadline(LocalDate date, Verdict verdict, int backlog, boolean openedChain) {
            this(date, verdict, backlog, openedChain, false);
        }

        /** The verdict the system judged from the figures at a deadline (R7). */
        public static Deadline judged(Judgement judgement) {
            return new Deadline(judgement.deadline(), judgement.verdict(), judgement.backlog(), false);
        }

        /**
         * The deadline that opened the chain of a municipality that joined behind: NOT_MET, for there is no coupling
         * deficit before the chain to excuse any of it.
         */
        public static Deadline openedChainBehind(LocalDate date, int openingBalance) {
            return new Deadline(date, Verdict.NOT_MET, openingBalance, true);
        }
    }

    /**
     * @param reasonCode   the rule the advice follows
     * @param missedInARow the deadlines not met in a row up to the last (0 when the last was met, excusable or none passed)
     * @param openedChain  the deadline that opened the chain, when the advice rests on it
     * @param rule         the rule of the province's ladder rules (or the default ones) that gave the stage
     */
    public record Advice(Stage stage, AdviceReason reasonCode, int missedInARow, Optional<Deadline> openedChain, LadderRules.Rule rule) {

        /** An advice by the {@link LadderRules#DEFAULT default rules}, which name the rule by the reason and stage. */
        public Advice(Stage stage, AdviceReason reasonCode, int missedInARow, Optional<Deadline> openedChain) {
            this(stage, reasonCode, missedInARow, openedChain, switch (reasonCode) {
                case NO_DEADLINE_PASSED, LAST_DEADLINE_MET, LAST_SHORTFALL_EXCUSABLE, LAST_SHORTFALL_JUDGED_EXCUSABLE -> LadderRules.DEFAULT.lastNotMissed();
                case BACKLOG_GREW_AT_LAST_FOUR -> LadderRules.DEFAULT.backlogGrew();
                case NOT_MET_AT_LAST, NOT_MET_AT_LAST_TWO, NOT_MET_AT_LAST_THREE_OR_MORE -> LadderRules.DEFAULT.forMissedInARow(missedInARow);
            });
        }

        static Advice none(AdviceReason reasonCode, LadderRules rules) {
            return new Advice(Stage.NONE, reasonCode, 0, Optional.empty(), rules.lastNotMissed());
        }

        /** The reason in English, as the API gives it. */
        public String reason() {
            return reasonCode.inEnglish(missedInARow, openedChain);
        }
    }

    private InterventionAdvisor() {
    }

    /**
     * The deadlines the ladder counts, oldest first: the deadline that opened the chain (the first day of the opening
     * balance's half-year) if the municipality joined behind, then the verdict at every deadline judged since. An
     * opening balance of zero or a lead counts for nothing: the chain then starts as if there were none.
     *
     * @param judged the verdicts at the deadlines of the chain that have passed on {@code date}, oldest first
     */
    public static List<Deadline> deadlines(Optional<OpeningBalance> opening, List<Judgement> judged, LocalDate date) {
        List<Deadline> deadlines = new ArrayList<>();
        opening.filter(o -> o.backlog() > 0 && !o.period().firstDay().isAfter(date))
                .ifPresent(o -> deadlines.add(Deadline.openedChainBehind(o.period().firstDay(), o.backlog())));
        judged.forEach(j -> deadlines.add(Deadline.judged(j)));
        return List.copyOf(deadlines);
    }

    /**
     * What the ladder computes for a municipality on {@code date}, before the province's own verdicts: the deadline that
     * opened the chain if it joined behind (by its opening balance, or COA's position adopted there), then the verdicts
     * at every deadline passed ({@link #deadlines(Optional, List, LocalDate)}); up to its merger (R3).
     */
    public static List<Deadline> deadlines(KnownMunicipality known, LocalDate date) {
        Optional<BacklogLedger.OpeningBalance> opening = known.ledger().knownOn(date).openingPosition()
                .filter(o -> !known.mergedBy(o.period()));
        return deadlines(opening, DeadlineJudge.judgeClosed(known, date), date);
    }

    /** As {@link #deadlines(KnownMunicipality, LocalDate)}, with the province's verdict in force on {@code date} where it recorded one. */
    public static List<Deadline> deadlines(KnownMunicipality known, LocalDate date, ProvinceVerdicts recorded) {
        return judgedByTheProvince(deadlines(known, date), recorded, date);
    }

    /**
     * The deadlines the ladder counts on {@code date}: at each, the province's verdict in force on that date in place of
     * the computed one. A recorded verdict that a late correction has put at odds with R7 (MET with a backlog now above
     * zero, or a shortfall that turns out not to exist) cannot count: there the computed one counts until the province
     * records again; the recorded one is kept and shown, to review.
     *
     * @param computed {@link #deadlines}, as computed on {@code date}
     */
    public static List<Deadline> judgedByTheProvince(List<Deadline> computed, ProvinceVerdicts recorded, LocalDate date) {
        return computed.stream().map(d -> recorded.counting(d.date(), date, d.backlog())
                        .map(v -> new Deadline(d.date(), v, d.backlog(), d.openedChain(), true))
                        .orElse(d))
                .toList();
    }

    /**
     * The date the ladder stands on when asked as of {@code asOf}: that date, or today when none is asked or it lies
     * ahead (a deadline still to come is never judged).
     */
    public static LocalDate standsOn(LocalDate asOf, LocalDate today) {
        return asOf == null || asOf.isAfter(today) ? today : asOf;
    }

    /** By the default rules ({@link LadderRules#DEFAULT}). */
    public static Advice advise(List<Deadline> deadlines) {
        return advise(deadlines, LadderRules.DEFAULT);
    }

    /**
     * @param deadlines the verdicts at consecutive deadlines, oldest first
     * @param rules     the province's rules in force on the date the ladder stands on
     */
    public static Advice advise(List<Deadline> deadlines, LadderRules rules) {
        if (deadlines.isEmpty()) {
            return Advice.none(AdviceReason.NO_DEADLINE_PASSED, rules);
        }
        Deadline last = deadlines.get(deadlines.size() - 1);
        if (last.verdict() == Verdict.MET) {
            return Advice.none(AdviceReason.LAST_DEADLINE_MET, rules);
        }
        if (!rules.missed(last.verdict())) {
            return Advice.none(last.byProvince() ? AdviceReason.LAST_SHORTFALL_JUDGED_EXCUSABLE : AdviceReason.LAST_SHORTFALL_EXCUSABLE, rules);
        }
        int missedInARow = 0;
        for (int i = deadlines.size() - 1; i >= 0 && rules.missed(deadlines.get(i).verdict()); i--) {
            missedInARow++;
        }
        if (rules.backlogGrowthEscalates() && grewAtEachOfLast(deadlines, LadderRules.GROWTH_DEADLINES, rules)) {
            return advice(rules.backlogGrew(), AdviceReason.BACKLOG_GREW_AT_LAST_FOUR, missedInARow,
                    deadlines.subList(deadlines.size() - LadderRules.GROWTH_DEADLINES - 1, deadlines.size()));
        }
        List<Deadline> missed = deadlines.subList(deadlines.size() - missedInARow, deadlines.size());
        AdviceReason reason = switch (missedInARow) {
            case 1 -> AdviceReason.NOT_MET_AT_LAST;
            case 2 -> AdviceReason.NOT_MET_AT_LAST_TWO;
            default -> AdviceReason.NOT_MET_AT_LAST_THREE_OR_MORE;
        };
        return advice(rules.forMissedInARow(missedInARow), reason, missedInARow, missed);
    }

    /** The advice, naming the deadline that opened the chain when that is among the deadlines it rests on. */
    private static Advice advice(LadderRules.Rule rule, AdviceReason reasonCode, int missedInARow, List<Deadline> restsOn) {
        return new Advice(rule.stage(), reasonCode, missedInARow, restsOn.stream().filter(Deadline::openedChain).findFirst(), rule);
    }

    private static boolean grewAtEachOfLast(List<Deadline> deadlines, int count, LadderRules rules) {
        if (deadlines.size() < count + 1) {
            return false;
        }
        for (int i = deadlines.size() - count; i < deadlines.size(); i++) {
            if (!rules.missed(deadlines.get(i).verdict()) || deadlines.get(i).backlog() <= deadlines.get(i - 1).backlog()) {
                return false;
            }
        }
        return true;
    }
}
