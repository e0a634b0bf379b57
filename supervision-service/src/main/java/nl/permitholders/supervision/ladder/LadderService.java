package nl.permitholders.supervision.ladder;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import nl.permitholders.supervision.decision.DecisionStore;

/** Recording a decision on a municipality's intervention ladder; {@link LadderQueries} reads the ladder. */
@ApplicationScoped
public class LadderService {

    static final String STAGE_DECIDED = "nl.permitholders.supervision.intervention-stage-decided.v1";

    @Inject
    DecisionStore decisions;

    /** Records a decision of the caller's, published as {@link #STAGE_DECIDED}; 400 for a date after today. */
    public Uni<LadderDecisionView> decide(String code, DecisionRequest request) {
        return decisions.record(LadderDecision.TABLE, code, request.stage(), request.decidedOn(), request.reason(), STAGE_DECIDED,
                        (decision, before) -> new StageDecided(decision.id(), code, decision.stage().name(),
                                before.latest().map(LadderDecision::stage).orElse(Stage.NONE).name(), decision.decidedOn()))
                .map(d -> LadderDecisionView.of(d, false));
    }
}
