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
 * says (by default COA's: a backlog negative). A file whose lines consistently have the other sign is refused as a
 * whole, naming {@code Stand}; in a file whose other lines have the right sign, a line with the other sign is refused;
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
     * The lines with the other sign, refused; throws at once when every line that has a position has the other sign:
     * the file is written in the other convention and nothing of it can be read right.
     */
    static List<InvalidParam> checkSign(List<CoaPositionLine> lines, StandConvention convention) {
        List<CoaPositionLine> other = lines.stream().filter(CoaConvention::otherSign).toList();
        boolean someRight = lines.stream().anyMatch(l -> l.adjustedQuota() != l.housed() && l.standDifference() == 0);
        if (!other.isEmpty() && !someRight) {
            throw InvalidInputException.of("Stand", wholeFileReason(convention, other.get(0)));
        }
        List<InvalidParam> refused = new ArrayList<>();
        for (CoaPositionLine line : other) {
            refused.add(new InvalidParam("line " + line.line() + ": Stand", "'" + line.stand() + "' has the other sign than the "
                    + "file's other lines: " + how(convention, line)));
        }
        return refused;
    }

    private static String wholeFileReason(StandConvention convention, CoaPositionLine example) {
        String other = convention == StandConvention.COA ? StandConvention.BACKLOG_POSITIVE.name() : StandConvention.COA.name();
        return "every line has the other sign than Gecorrigeerde taakstelling - Afgemeld under the convention "
                + convention.name() + ": " + how(convention, example) + "; write the file so, or import it with "
                + "standConvention=" + other + " if that is how it was written";
    }

    private static String how(StandConvention convention, CoaPositionLine line) {
        int backlog = line.adjustedQuota() - line.housed();
        String rule = convention == StandConvention.COA ? "COA writes a backlog as a negative Stand and a lead as a positive one"
                : "this import writes a backlog as a positive Stand and a lead as a negative one";
        return rule + " (line " + line.line() + ": " + line.adjustedQuota() + " - " + line.housed() + " = " + backlog
                + ", so Stand " + convention.stand(backlog) + ")";
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
