package nl.permitholders.supervision.ladder;

import io.quarkus.reactive.datasource.ReactiveDataSource;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.permitholders.platform.api.InvalidInputException;
import nl.permitholders.platform.api.InvalidParam;
import nl.permitholders.platform.api.ResourceNotFoundException;
import nl.permitholders.platform.security.Caller;
import nl.permitholders.supervision.decision.Authorship;
import nl.permitholders.supervision.decision.Authorship.Authored;
import nl.permitholders.supervision.store.ReadPool;

/**
 * The ladder rules provinces set: a province's history, and setting rules. Setting them raises the ledger version of
 * every municipality the register places in the province, in the same transaction: the figures cached by that version
 * hold the ladder's advice, which the rules change without any fact in the ledger.
 */
@ApplicationScoped
public class LadderRuleService {

    @Inject
    Pool pool;

    @Inject
    @ReactiveDataSource(ReadPool.NAME)
    Pool reads;

    @Inject
    LadderRuleStore store;

    @Inject
    Clock clock;

    @Inject
    Authorship authorship;

    @Inject
    Caller caller;

    /**
     * The province's rules in force on {@code asOf} (null, or a later date than today: today) and every set recorded;
     * 403 for a caller of another province, 404 for a province nothing is known about.
     */
    public Uni<RuleHistoryView> view(String provinceCode, LocalDate asOf) {
        LocalDate on = InterventionAdvisor.standsOn(asOf, LocalDate.now(clock));
        return known(provinceCode).chain(() -> store.of(provinceCode)).map(history -> {
            Optional<LadderRuleSet> inForce = history.setInForceOn(on);
            return new RuleHistoryView(provinceCode, asOf, inForce.map(RulesView::of).orElse(RulesView.of(LadderRules.DEFAULT)),
                    inForce.isEmpty(), history.all().stream().map(RulesView::of).toList());
        });
    }

    /**
     * Records the caller's rules for the province; 403 for a caller of another province, 404 for a province nothing is
     * known about, 400 naming the field for rules that cannot be ({@link LadderRules#refusals}), or that apply from before
     * today without a correction ({@link LadderRules#backdatingRefusals}). Nothing is stored then.
     */
    public Uni<LadderRuleSet> set(String provinceCode, RulesRequest request) {
        List<LadderRules.Step> steps = request.steps().stream().map(s -> new LadderRules.Step(s.missedInARow(), s.stage())).toList();
        List<InvalidParam> refusals = new ArrayList<>(LadderRules.refusals(request.countedAsMissed(), steps));
        refusals.addAll(LadderRules.backdatingRefusals(request.appliesFrom(), LocalDate.now(clock), request.correction()));
        if (!refusals.isEmpty()) {
            return Uni.createFrom().failure(new InvalidInputException(refusals));
        }
        LadderRules rules = new LadderRules(Optional.of(request.appliesFrom()), EnumSet.copyOf(request.countedAsMissed()), steps,
                request.backlogGrowthEscalates());
        String correction = request.correction() == null || request.correction().isBlank() ? null : request.correction().strip();
        return known(provinceCode).chain(() -> record(provinceCode, rules, correction));
    }

    /** Passes for a province the caller may act for and that anything is known about. */
    private Uni<Void> known(String provinceCode) {
        return caller.requireProvince(provinceCode)
                .chain(() -> LadderRuleStore.provinceKnown(reads, provinceCode))
                .map(known -> {
                    if (!known) {
                        throw new ResourceNotFoundException("Nothing is known yet about province " + provinceCode + ".");
                    }
                    return null;
                });
    }

    private Uni<LadderRuleSet> record(String provinceCode, LadderRules rules, String correction) {
        Authored authored = authorship.now();
        LadderRuleSet set = new LadderRuleSet(UUID.randomUUID(), provinceCode, rules, authored.by(), authored.at(), correction);
        return pool.withTransaction(db -> LadderRuleStore.insert(db, set)
                        .chain(() -> LadderRuleStore.raiseVersionsOfProvince(db, provinceCode)))
                .replaceWith(set);
    }
}
