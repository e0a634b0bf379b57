package nl.permitholders.supervision.verdict;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import nl.permitholders.supervision.decision.DecisionHistory;

/**
 * A verdict province staff recorded at a deadline, with their grounds: the province judges, the computed verdict
 * ({@link DeadlineJudge}) is its advice. Never changed: a later one for the same deadline follows it.
 *
 * @param recordedAgainst the computed verdict at the deadline when this one was recorded
 */
public record ProvinceVerdict(UUID id, String municipalityCode, LocalDate deadline, Verdict verdict, String grounds, LocalDate decidedOn,
                              String decidedBy, Instant recordedAt, Verdict recordedAgainst) implements DecisionHistory.Dated {

    /** The longest grounds the province can give. */
    public static final int GROUNDS_MAX = 500;

    public ProvinceVerdict {
        if (verdict == null || recordedAgainst == null || deadline == null || decidedOn == null) {
            throw new IllegalArgumentException("a province's verdict names the deadline, its verdict, the date decided and the computed verdict");
        }
        if (grounds == null || grounds.isBlank() || grounds.length() > GROUNDS_MAX) {
            throw new IllegalArgumentException("a province's verdict has grounds of 1 to " + GROUNDS_MAX + " characters");
        }
    }

    @Override
    public LocalDate inForceFrom() {
        return decidedOn;
    }

    /**
     * Whether a late correction changed the computed verdict since this one was recorded: it still stands, but the
     * province should look at it again. A computed verdict that no longer exists ({@code null}) changed too.
     */
    public boolean toReview(Verdict computedNow) {
        return computedNow != recordedAgainst;
    }
}
