package nl.permitholders.supervision.regime;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;
import java.util.stream.Collectors;
import nl.permitholders.supervision.decision.DecisionStore;
import nl.permitholders.supervision.ladder.InterventionAdvisor;

/** The supervision regimes province staff decided, read: a municipality's regime on a date, and many municipalities' histories. */
@ApplicationScoped
public class RegimeQueries {

    @Inject
    DecisionStore decisions;

    @Inject
    Clock clock;

    /** Each municipality's history of regime decisions, empty for one without. */
    public Uni<Map<String, RegimeHistory>> histories(Collection<String> codes) {
        return decisions.of(RegimeDecision.TABLE, codes).map(found -> found.entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, taken -> new RegimeHistory(taken.getValue()))));
    }

    /** The regime as it stands on {@code asOf} (null, or a later date than today: today); 404 for an unknown municipality. */
    public Uni<RegimeView> regime(String code, LocalDate asOf) {
        LocalDate on = InterventionAdvisor.standsOn(asOf, LocalDate.now(clock));
        return decisions.history(RegimeDecision.TABLE, code).map(history -> RegimeView.of(code, asOf, history, on));
    }
}
