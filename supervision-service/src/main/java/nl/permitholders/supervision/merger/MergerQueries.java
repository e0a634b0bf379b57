package nl.permitholders.supervision.merger;

import io.quarkus.reactive.datasource.ReactiveDataSource;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.permitholders.supervision.decision.DecisionHistory;
import nl.permitholders.supervision.decision.DecisionStore;
import nl.permitholders.supervision.ladder.LadderDecision;
import nl.permitholders.supervision.ladder.LadderDecisionView;
import nl.permitholders.supervision.ladder.Stage;
import nl.permitholders.supervision.store.ReadPool;
import nl.permitholders.supervision.regime.RegimeDecision;
import nl.permitholders.supervision.regime.RegimeDecisionView;

/**
 * R3: the province's decisions on the municipalities that merged into one, shown with it: where each came from, the
 * stage and regime they stood at and every decision. They stay the merged municipality's decisions (their verdicts,
 * action plans and letters stay readable on its own pages); the continuing municipality's own start afresh.
 */
@ApplicationScoped
public class MergerQueries {

    /** The municipalities merged into $1, directly or by a chain of mergers, with the half-year each merged from. */
    private static final String MERGED_INTO = "WITH RECURSIVE chain(code, period) AS ("
            + "SELECT merged_code, effective_period FROM merger WHERE new_code = $1 "
            + "UNION SELECT g.merged_code, g.effective_period FROM merger g JOIN chain c ON g.new_code = c.code) "
            + "SELECT c.code, c.period, m.name FROM chain c LEFT JOIN municipality m ON m.code = c.code ORDER BY c.period, c.code";

    @Inject
    @ReactiveDataSource(ReadPool.NAME)
    Pool reads;

    @Inject
    DecisionStore decisions;

    @Inject
    Clock clock;

    public Uni<List<MergedMunicipalityView>> of(String code) {
        LocalDate today = LocalDate.now(clock);
        return reads.preparedQuery(MERGED_INTO).execute(Tuple.of(code)).flatMap(rows -> {
            List<String[]> merged = new ArrayList<>();
            rows.forEach(row -> merged.add(new String[] {row.getString(0), row.getString(1), row.getString(2)}));
            List<String> codes = merged.stream().map(m -> m[0]).toList();
            if (codes.isEmpty()) {
                return Uni.createFrom().item(List.<MergedMunicipalityView>of());
            }
            return Uni.combine().all().unis(decisions.of(LadderDecision.TABLE, codes), decisions.of(RegimeDecision.TABLE, codes)).asTuple()
                    .map(found -> merged.stream().map(m -> view(m, found.getItem1(), found.getItem2(), today)).toList());
        });
    }

    private static MergedMunicipalityView view(String[] merged, Map<String, List<LadderDecision>> ladders,
                                               Map<String, List<RegimeDecision>> regimes, LocalDate today) {
        DecisionHistory<LadderDecision> ladder = new DecisionHistory<>(ladders.getOrDefault(merged[0], List.of()));
        DecisionHistory<RegimeDecision> regime = new DecisionHistory<>(regimes.getOrDefault(merged[0], List.of()));
        LadderDecision stage = ladder.inForceOn(today).orElse(null);
        RegimeDecision regimeInForce = regime.inForceOn(today).orElse(null);
        return new MergedMunicipalityView(merged[0], merged[2], merged[1], stage == null ? Stage.NONE : stage.stage(),
                stage == null ? null : stage.decidedOn(), regimeInForce == null ? null : regimeInForce.regime(),
                regimeInForce == null ? null : regimeInForce.decidedOn(),
                ladder.takenBy(today).stream().map(d -> LadderDecisionView.of(d, false)).toList(),
                regime.takenBy(today).stream().map(RegimeDecisionView::of).toList());
    }
}
