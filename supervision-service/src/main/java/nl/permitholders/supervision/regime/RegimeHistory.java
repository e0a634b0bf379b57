package nl.permitholders.supervision.regime;

import java.util.Collection;
import nl.permitholders.supervision.decision.DecisionHistory;

/** A municipality's regime decisions over time; the regime in force on a date is that of the decision in force then. */
public final class RegimeHistory extends DecisionHistory<RegimeDecision> {

    public RegimeHistory(Collection<RegimeDecision> decisions) {
        super(decisions);
    }
}
