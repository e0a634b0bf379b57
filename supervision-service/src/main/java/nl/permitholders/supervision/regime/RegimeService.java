package nl.permitholders.supervision.regime;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;
import java.util.stream.Collectors;
import nl.permitholders.supervision.decision.DecisionTable;
import nl.permitholders.supervision.decision.DecisionStore;
import nl.permitholders.supervision.ladder.InterventionAdvisor;

/** The supervision regimes province staff decided: a municipality's history, the regimes in force, and recording one. */
@ApplicationScoped
public class RegimeService {

    static final String REGIME_DECIDED = "nl.permitholders.supervision.supervision-regime-decided.v1";

    /** The longest reason a decision may give, in characters. */
    public static final int REASON_MAX = 500;

    public static final DecisionTable<SupervisionRegime, RegimeDecision> DECISIONS =
            new DecisionTable<>("supervision_regime_decision", "regime", SupervisionRegime.class, RegimeDecision::new);

    @Inject
    DecisionStore decisions;

    @Inject
    Clock clock;

    /** Each municipality's history of regime decisions, empty for one without. */
    public Uni<Map<String, RegimeHistory>> histories(Collection<String> codes) {
        return decisions.of(DECISIONS, codes).map(found -> found.entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, taken -> new RegimeHistory(taken.getValue()))));
    }

    /** The regime as it stands on {@code asOf} (null, or a later date than today: today); 404 for an unknown municipality. */
    public Uni<RegimeView> regime(String code, LocalDate asOf) {
        LocalDate on = InterventionAdvisor.standsOn(asOf, LocalDate.now(clock));
        return decisions.history(DECISIONS, code).map(history -> RegimeView.of(code, asOf, history, on));
    }

    /** Records a decision of the caller's, published as {@link #REGIME_DECIDED}; 400 for a date after today. */
    public Uni<RegimeDecisionView> decide(String code, RegimeRequest request) {
        return decisions.record(DECISIONS, code, request.regime(), request.decidedOn(), request.reason(), REGIME_DECIDED,
                        (decision, before) -> new RegimeDecided(decision.id(), code, decision.regime(), decision.decidedOn()))
                .map(RegimeDecisionView::of);
    }
}
