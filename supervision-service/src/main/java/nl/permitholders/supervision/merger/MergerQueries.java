package nl.permitholders.supervision.merger;

import io.quarkus.reactive.datasource.ReactiveDataSource;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.permitholders.platform.period.Period;
import nl.permitholders.supervision.SupervisionApi;
import nl.permitholders.supervision.decision.DecisionHistory;
import nl.permitholders.supervision.decision.DecisionStore;
import nl.permitholders.supervision.ladder.LadderDecision;
import nl.permitholders.supervision.ladder.LadderDecisionView;
import nl.permitholders.supervision.ladder.Stage;
import nl.permitholders.supervision.merger.MergerStore.Continuing;
import nl.permitholders.supervision.merger.MergerStore.Merged;
import nl.permitholders.supervision.merger.MergerStore.Receiver;
import nl.permitholders.supervision.store.MunicipalityLedgerStore;
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

    @Inject
    @ReactiveDataSource(ReadPool.NAME)
    Pool reads;

    @Inject
    MunicipalityLedgerStore ledgers;

    @Inject
    DecisionStore decisions;

    @Inject
    Clock clock;

    /**
     * {@code code}'s own span of half-years and what it became once it ended (R3): merged into another, or split over
     * others; 404 when nothing is known about it.
     */
    public Uni<LifespanView> lifespan(String code) {
        return ledgers.of(code).flatMap(known -> Uni.combine().all()
                .unis(MergerStore.mergedInto(reads, code), MergerStore.splitOver(reads, code)).asTuple()
                .map(found -> {
                    String name = known.municipality() == null ? null : known.municipality().name();
                    String province = known.provinceCode();
                    String first = known.ledger().start().map(Period::toString).orElse(null);
                    LifespanView.Ended ended = null;
                    if (found.getItem1().isPresent()) {
                        Continuing merger = found.getItem1().get();
                        ended = ended(merger.on(), LifespanView.Became.MERGED_INTO,
                                List.<String[]>of(new String[] {merger.code(), merger.name()}), List.of());
                    } else if (!found.getItem2().isEmpty()) {
                        List<String[]> receivers = new ArrayList<>();
                        List<Long> shares = new ArrayList<>();
                        LocalDate on = null;
                        for (Receiver receiver : found.getItem2()) {
                            receivers.add(new String[] {receiver.code(), receiver.name()});
                            shares.add(receiver.share());
                            on = receiver.on();
                        }
                        ended = ended(on, LifespanView.Became.SPLIT_OVER, receivers, shares);
                    }
                    String last = ended == null ? null : Period.parse(ended.effectivePeriod()).previous().toString();
                    if (first != null && last != null && Period.parse(first).compareTo(Period.parse(last)) > 0) {
                        first = null;
                    }
                    return new LifespanView(code, name, province, ended == null, first, last, ended);
                }));
    }

    private static LifespanView.Ended ended(LocalDate on, LifespanView.Became became, List<String[]> successors, List<Long> shares) {
        Period effective = Period.containing(on);
        List<LifespanView.Successor> all = new ArrayList<>();
        for (int i = 0; i < successors.size(); i++) {
            String code = successors.get(i)[0];
            all.add(new LifespanView.Successor(code, successors.get(i)[1], shares.isEmpty() ? null : shares.get(i),
                    SupervisionApi.BASE + "/municipalities/" + code + "/periods/" + effective));
        }
        return new LifespanView.Ended(on, became, effective.toString(), all);
    }

    public Uni<List<MergedMunicipalityView>> of(String code) {
        LocalDate today = LocalDate.now(clock);
        return MergerStore.mergedIntoIt(reads, code).flatMap(merged -> {
            List<String> codes = merged.stream().map(Merged::code).toList();
            if (codes.isEmpty()) {
                return Uni.createFrom().item(List.<MergedMunicipalityView>of());
            }
            return Uni.combine().all().unis(decisions.of(LadderDecision.TABLE, codes), decisions.of(RegimeDecision.TABLE, codes)).asTuple()
                    .map(found -> merged.stream().map(m -> view(m, found.getItem1(), found.getItem2(), today)).toList());
        });
    }

    private static MergedMunicipalityView view(Merged merged, Map<String, List<LadderDecision>> ladders,
                                               Map<String, List<RegimeDecision>> regimes, LocalDate today) {
        DecisionHistory<LadderDecision> ladder = new DecisionHistory<>(ladders.getOrDefault(merged.code(), List.of()));
        DecisionHistory<RegimeDecision> regime = new DecisionHistory<>(regimes.getOrDefault(merged.code(), List.of()));
        LadderDecision stage = ladder.inForceOn(today).orElse(null);
        RegimeDecision regimeInForce = regime.inForceOn(today).orElse(null);
        return new MergedMunicipalityView(merged.code(), merged.name(), merged.period(), stage == null ? Stage.NONE : stage.stage(),
                stage == null ? null : stage.decidedOn(), regimeInForce == null ? null : regimeInForce.regime(),
                regimeInForce == null ? null : regimeInForce.decidedOn(),
                ladder.takenBy(today).stream().map(d -> LadderDecisionView.of(d, false)).toList(),
                regime.takenBy(today).stream().map(RegimeDecisionView::of).toList());
    }
}
