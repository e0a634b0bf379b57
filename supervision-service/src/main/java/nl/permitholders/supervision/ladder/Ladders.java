package nl.permitholders.supervision.ladder;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import nl.permitholders.platform.api.InvalidInputException;
import nl.permitholders.platform.outbox.Outbox;
import nl.permitholders.platform.outbox.OutboxTransaction;
import nl.permitholders.platform.security.Caller;
import nl.permitholders.supervision.figures.MunicipalityLedgers;
import nl.permitholders.supervision.ladder.LadderResource.DecisionRequest;
import nl.permitholders.supervision.ladder.LadderResource.DecisionView;
import nl.permitholders.supervision.ladder.LadderResource.LadderView;
import nl.permitholders.supervision.ladder.LadderResource.StageDecided;
import nl.permitholders.supervision.verdict.ProvinceVerdictBook;

/** A municipality's intervention ladder: its stage, the advice, the decisions; and recording a decision. */
@ApplicationScoped
public class Ladders {

    @Inject
    MunicipalityLedgers ledgers;

    @Inject
    ProvinceVerdictBook provinceVerdicts;

    @Inject
    LadderRuleBook ladderRules;

    @Inject
    OutboxTransaction transaction;

    @Inject
    Outbox outbox;

    @Inject
    Clock clock;

    @Inject
    Caller caller;

    /** The ladder as it stands on {@code asOf} (null, or a later date than today: today). Run in a session. */
    public Uni<LadderView> ladder(String code, LocalDate asOf) {
        LocalDate on = InterventionAdvisor.standsOn(asOf, LocalDate.now(clock));
        return ledgers.of(code).flatMap(known -> Uni.combine().all().unis(provinceVerdicts.of(code), ladderRules.of(known.provinceCode()))
                .asTuple().flatMap(read -> LadderDecision.of(code).map(all -> {
            List<LadderDecision> decisions = all.stream().filter(d -> !d.decidedOn.isAfter(on)).toList();
            LadderDecision current = decisions.isEmpty() ? null : decisions.get(decisions.size() - 1);
            return new LadderView(code, asOf, current == null ? Stage.NONE : current.stage, current == null ? null : current.decidedOn,
                    LadderResource.AdviceView.of(InterventionAdvisor.advise(known.ladderDeadlines(on, read.getItem1()),
                            read.getItem2().inForceOn(on))),
                    decisions.stream().map(DecisionView::of).toList());
        })));
    }

    /** Records a decision of the caller's, published as {@link LadderResource#STAGE_DECIDED}; 400 for a date after today. */
    public Uni<DecisionView> decide(String code, DecisionRequest request) {
        if (request.decidedOn().isAfter(LocalDate.now(clock))) {
            throw InvalidInputException.of("decidedOn", "cannot be in the future");
        }
        return transaction.run(() -> ledgers.of(code).flatMap(known -> LadderDecision.of(code)).flatMap(decisions -> {
            Stage previous = decisions.isEmpty() ? Stage.NONE : decisions.get(decisions.size() - 1).stage;
            LadderDecision decision = new LadderDecision();
            decision.id = UUID.randomUUID();
            decision.municipalityCode = code;
            decision.stage = request.stage();
            decision.decidedOn = request.decidedOn();
            decision.reason = request.reason();
            decision.decidedBy = caller.name();
            decision.recordedAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
            return decision.persist()
                    .call(() -> outbox.append(LadderResource.STAGE_DECIDED, code, new StageDecided(decision.id, code, decision.stage.name(),
                            previous.name(), decision.decidedOn)))
                    .replaceWith(() -> DecisionView.of(decision));
        }));
    }
}
