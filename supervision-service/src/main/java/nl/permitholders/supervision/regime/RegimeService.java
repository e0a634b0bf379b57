package nl.permitholders.supervision.regime;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import nl.permitholders.supervision.decision.DecisionStore;

/** Recording the supervision regime province staff decided for a municipality; {@link RegimeQueries} reads them. */
@ApplicationScoped
public class RegimeService {

    static final String REGIME_DECIDED = "nl.permitholders.supervision.supervision-regime-decided.v1";

    /** The longest reason a decision may give, in characters. */
    public static final int REASON_MAX = 500;

    @Inject
    DecisionStore decisions;

    /** Records a decision of the caller's, published as {@link #REGIME_DECIDED}; 400 for a date after today. */
    public Uni<RegimeDecisionView> decide(String code, RegimeRequest request) {
        return decisions.record(RegimeDecision.TABLE, code, request.regime(), request.decidedOn(), request.reason(), REGIME_DECIDED,
                        (decision, before) -> new RegimeDecided(decision.id(), code, decision.regime(), decision.decidedOn()))
                .map(RegimeDecisionView::of);
    }
}
