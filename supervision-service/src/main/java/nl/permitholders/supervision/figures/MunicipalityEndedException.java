package nl.permitholders.supervision.figures;

import java.util.stream.Collectors;
import nl.permitholders.supervision.merger.LifespanView;

/**
 * Asked for a municipality's figures of a half-year from the one it ended in on (R3): they are its successors', so it
 * answers with what it became, not with figures of its own (410, naming them; {@link EndedProblem}).
 */
public class MunicipalityEndedException extends RuntimeException {

    private final transient LifespanView lifespan;

    public MunicipalityEndedException(LifespanView lifespan, String period) {
        super(describe(lifespan, period));
        this.lifespan = lifespan;
    }

    public LifespanView lifespan() {
        return lifespan;
    }

    private static String describe(LifespanView l, String period) {
        LifespanView.Ended e = l.ended();
        String successors = e.successors().stream()
                .map(s -> s.municipalityCode() + (s.name() == null ? "" : " (" + s.name() + ")")).collect(Collectors.joining(", "));
        return l.municipalityCode() + (l.name() == null ? "" : " (" + l.name() + ")") + " ended on " + e.on() + ": "
                + (e.became() == LifespanView.Became.MERGED_INTO ? "merged into " : "split over ") + successors + ". " + period
                + " is " + (e.successors().size() == 1 ? "its" : "their") + " half-year" + (e.became() == LifespanView.Became.SPLIT_OVER
                ? ", by their shares" : "") + "; its own half-years end with " + l.lastPeriod() + ".";
    }
}
