package nl.permitholders.supervision.coaposition;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.permitholders.platform.api.InvalidInputException;
import nl.permitholders.platform.api.InvalidParam;
import nl.permitholders.platform.period.Period;
import nl.permitholders.supervision.ledger.AdoptedFigure;

/**
 * COA's convention (docs/domain.md, re-anchoring), checked on every file:
 * <ul>
 * <li>the sign: every line's Stand must be adjusted quota minus housed written as the file's {@link StandConvention}
 * says (by default COA's: a backlog negative), judged per line. A file most of whose lines contradict it in sign is
 * refused as a whole, naming {@code Stand} and those lines; in a file whose other lines have the right sign, a line that
 * is the exact mirror image of its own figures is refused;
 * a line that differs by more than the sign is imported and marked ({@link CoaPositionLine#standDiffers}), as COA's
 * own figures sometimes do;</li>
 * <li>the reference dates: a line dated 1 January or 1 July is the result of the half-year that ended the day before;
 * a monthly line ("dagkoers") on any other date belongs to the half-year that contains it.</li>
 * </ul>
 */
public final class CoaConvention {

    private CoaConvention() {
    }

    /** The half-year whose figures a line of {@code referenceDate} gives. */
    public static Period periodOf(LocalDate referenceDate) {
        return isDeadline(referenceDate) ? Period.containing(referenceDate.minusDays(1)) : Period.containing(referenceDate);
    }

    /** The day whose position a line of {@code referenceDate} gives: the half-year's last day for a deadline. */
    public static LocalDate positionOn(LocalDate referenceDate) {
        return isDeadline(referenceDate) ? referenceDate.minusDays(1) : referenceDate;
    }

    /** 1 January or 1 July: the deadline a half-year ends on and COA's reference date for its result. */
    public static boolean isDeadline(LocalDate date) {
        return date.getDayOfMonth() == 1 && (date.getMonthValue() == 1 || date.getMonthValue() == 7);
    }

    /** Whether the line's Stand is adjusted quota minus housed with the other sign than its convention. */
    static boolean otherSign(CoaPositionLine line) {
        int expected = line.adjustedQuota() - line.housed();
        return expected != 0 && line.position() == -expected;
    }

    /**
     * Whether the line's Stand contradicts adjusted quota minus housed in sign under its convention, whatever its size:
     * a backlog read as a lead or the other way round. COA's own corrections change a position's size, seldom its sign.
     */
    static boolean contradictsInSign(CoaPositionLine line) {
        int expected = line.adjustedQuota() - line.housed();
        return expected != 0 && line.position() != 0 && Integer.signum(line.position()) != Integer.signum(expected);
    }

    /**
     * The sign, judged per line. When most lines whose sign can be judged contradict adjusted quota minus housed in sign,
     * the file is written in the other convention, COA's corrections on some lines or not: refused as a whole, naming
     * {@code Stand} and those lines. Otherwise a line that is the exact mirror image of its own figures among lines with
     * the right sign is refused; one that differs by more than the sign is imported and marked.
     */
    static List<InvalidParam> checkSign(List<CoaPositionLine> lines, StandConvention convention) {
        List<CoaPositionLine> judged = lines.stream().filter(l -> l.adjustedQuota() != l.housed() && l.position() != 0).toList();
        List<CoaPositionLine> contradicting = judged.stream().filter(CoaConvention::contradictsInSign).toList();
        if (!contradicting.isEmpty() && contradicting.size() * 2 > judged.size()) {
            throw InvalidInputException.of("Stand", wholeFileReason(convention, contradicting));
        }
        List<InvalidParam> refused = new ArrayList<>();
        for (CoaPositionLine line : lines.stream().filter(CoaConvention::otherSign).toList()) {
            refused.add(new InvalidParam("line " + line.line() + ": Stand", "'" + line.stand() + "' has the other sign than the "
                    + "file's other lines: " + how(convention, line)));
        }
        return refused;
    }

    private static String wholeFileReason(StandConvention convention, List<CoaPositionLine> contradicting) {
        String other = convention == StandConvention.COA ? StandConvention.BACKLOG_POSITIVE.name() : StandConvention.COA.name();
        String lines = contradicting.stream().map(l -> Integer.toString(l.line())).collect(java.util.stream.Collectors.joining(", "));
        return "most lines have the other sign than Gecorrigeerde taakstelling - Afgemeld under the convention "
                + convention.name() + " (lines " + lines + "): " + how(convention, contradicting.get(0))
                + "; write the file so, or import it with standConvention=" + other + " if that is how it was written";
    }

    private static String how(StandConvention convention, CoaPositionLine line) {
        int backlog = line.adjustedQuota() - line.housed();
        String rule = convention == StandConvention.COA ? "COA writes a backlog as a negative Stand and a lead as a positive one"
                : "this import writes a backlog as a positive Stand and a lead as a negative one";
        return rule + " (line " + line.line() + ": " + line.adjustedQuota() + " - " + line.housed() + " = " + backlog
                + ", so Stand " + convention.stand(backlog) + ")";
    }

    /**
     * Why {@code line} cannot be adopted, naming both figures: its Stand contradicts adjusted quota minus housed in sign
     * ({@link #contradictsInSign}), though the file was imported because most of its lines agree. Which one COA meant
     * nobody can tell without asking COA: a backlog read as a lead, or the other way round, would re-anchor the
     * municipality on the wrong side. Empty when it can be adopted.
     */
    static java.util.Optional<String> adoptionRefusal(CoaPositionLine line) {
        if (!contradictsInSign(line)) {
            return java.util.Optional.empty();
        }
        int expected = line.adjustedQuota() - line.housed();
        return java.util.Optional.of("line " + line.line() + " (" + line.municipalityCode() + ", " + line.referenceDate() + "): Stand '"
                + line.stand() + "' is a " + (line.position() > 0 ? "backlog of " + line.position() : "lead of " + -line.position())
                + " where Gecorrigeerde taakstelling - Afgemeld is " + line.adjustedQuota() + " - " + line.housed() + " = " + expected
                + ", a " + (expected > 0 ? "backlog" : "lead") + ": the two contradict each other in sign, so the line is not adopted; "
                + "have COA correct it and import it again");
    }

    /**
     * The reference dates whose lines give {@code figure} at {@code deadline}, earliest and latest: COA's end position
     * of the half-year that ends there is on its reference date, the deadline, or the day before it; the amount COA
     * carried into the half-year starting there is on every line of that half-year, up to its own deadline.
     */
    static LocalDate[] referenceDates(AdoptedFigure figure, LocalDate deadline) {
        return figure == AdoptedFigure.END_POSITION ? new LocalDate[] {deadline.minusDays(1), deadline}
                : new LocalDate[] {deadline.plusDays(1), Period.containing(deadline).next().firstDay()};
    }

    /**
     * The backlog carried into the half-year starting at the deadline by {@code figure} of {@code line}: the position
     * (end position), or adjusted quota minus quota (the amount COA carried in).
     */
    static int carriedIn(AdoptedFigure figure, CoaPositionLine line) {
        return figure == AdoptedFigure.END_POSITION ? line.position() : line.adjustedQuota() - line.quota();
    }
}
