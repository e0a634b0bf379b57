package nl.permitholders.supervision.ladder;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import nl.permitholders.platform.api.InvalidInputException;
import nl.permitholders.platform.api.InvalidParam;
import nl.permitholders.platform.api.ResourceNotFoundException;
import nl.permitholders.supervision.decision.Authorship;
import nl.permitholders.supervision.decision.Authorship.Authored;
import nl.permitholders.supervision.store.MunicipalityLedgerStore;
import nl.permitholders.supervision.ladder.InterventionAdvisor.Deadline;
import nl.permitholders.supervision.ledger.KnownMunicipality;
import nl.permitholders.supervision.verdict.DeadlineJudge;
import nl.permitholders.supervision.verdict.RecordedVerdict;
import nl.permitholders.supervision.verdict.VerdictRecorder;
import nl.permitholders.supervision.verdict.ProvinceVerdict;
import nl.permitholders.supervision.verdict.ProvinceVerdicts;
import nl.permitholders.supervision.verdict.Verdict;

/**
 * The verdicts province staff record at deadlines: reading them, and recording one. Recording raises the
 * municipality's ledger version in the same transaction: the figures cached by that version hold the ladder's advice,
 * which the province's verdict changes without any fact in the ledger.
 */
@ApplicationScoped
public class ProvinceVerdictService {

    /** What province staff state; who they are comes from their token. */
    public record Statement(Verdict verdict, String grounds, LocalDate decidedOn) {
    }

    /**
     * One deadline of the ladder as it stands today: the computed verdict (the advice) and its backlog, the province's
     * verdict in force with whether a late correction put it up for review, the verdict the ladder counts, and every
     * verdict the province recorded there.
     */
    public record AtDeadline(Deadline computed, Optional<ProvinceVerdict> inForce, boolean toReview, Verdict counted,
                             List<ProvinceVerdict> history) {
    }

    @Inject
    Pool pool;

    @Inject
    ProvinceVerdictStore store;

    @Inject
    MunicipalityLedgerStore ledgers;

    @Inject
    VerdictRecorder recorder;

    @Inject
    Clock clock;

    @Inject
    Authorship authorship;

    /**
     * The verdicts computed at every deadline passed today (R7), with what was recorded of each half-year's verdict as
     * late corrections changed it, by half-year.
     */
    public record Judged(List<DeadlineJudge.Judgement> judgements, Map<String, List<RecordedVerdict>> history) {
    }

    /** The municipality's computed verdicts and their history; 404 when nothing is known about it. */
    public Uni<Judged> judged(String code) {
        return ledgers.of(code).flatMap(known -> recorder.history(code)
                .map(history -> new Judged(DeadlineJudge.judgeClosed(known, LocalDate.now(clock)), history)));
    }

    /** Every deadline the ladder counts today, oldest first; 404 when nothing is known about the municipality. */
    public Uni<List<AtDeadline>> deadlines(String code) {
        LocalDate today = LocalDate.now(clock);
        return ledgers.of(code).flatMap(known -> store.of(code).map(recorded -> {
            List<Deadline> computed = InterventionAdvisor.deadlines(known, today);
            List<Deadline> counted = InterventionAdvisor.judgedByTheProvince(computed, recorded, today);
            List<AtDeadline> deadlines = new ArrayList<>();
            for (int i = 0; i < computed.size(); i++) {
                deadlines.add(atDeadline(computed.get(i), counted.get(i).verdict(), recorded, today));
            }
            return deadlines;
        }));
    }

    /** One deadline; 404 when it is none of the municipality's. */
    public Uni<AtDeadline> deadline(String code, LocalDate deadline) {
        return deadlines(code).map(all -> all.stream().filter(d -> d.computed().date().equals(deadline)).findFirst()
                .orElseThrow(() -> new ResourceNotFoundException("Municipality " + code + " has no verdict at " + deadline + ".")));
    }

    private static AtDeadline atDeadline(Deadline computed, Verdict counted, ProvinceVerdicts recorded, LocalDate today) {
        Optional<ProvinceVerdict> inForce = recorded.inForce(computed.date(), today);
        return new AtDeadline(computed, inForce, inForce.map(v -> v.toReview(computed.verdict())).orElse(false), counted,
                recorded.history(computed.date()));
    }

    /** Records the caller's verdict at {@code deadline}; 400 naming the field for what R7 or the calendar do not allow. */
    public Uni<ProvinceVerdict> record(String code, LocalDate deadline, Statement statement) {
        LocalDate today = LocalDate.now(clock);
        return ledgers.of(code).flatMap(known -> {
            Optional<Deadline> computed = computedAt(known, deadline, today);
            List<InvalidParam> refusals = ProvinceVerdicts.refusals(deadline, statement.verdict(), statement.decidedOn(), today,
                    computed.map(d -> new ProvinceVerdicts.Computed(d.verdict(), d.backlog())));
            if (!refusals.isEmpty()) {
                throw new InvalidInputException(refusals);
            }
            Authored authored = authorship.now();
            ProvinceVerdict verdict = new ProvinceVerdict(UUID.randomUUID(), code, deadline, statement.verdict(), statement.grounds(),
                    statement.decidedOn(), authored.by(), authored.at(), computed.get().verdict());
            return pool.withTransaction(db -> ProvinceVerdictStore.insert(db, verdict)
                            .chain(() -> MunicipalityLedgerStore.raiseVersion(db, code)))
                    .replaceWith(verdict);
        });
    }

    private static Optional<Deadline> computedAt(KnownMunicipality known, LocalDate deadline, LocalDate today) {
        return InterventionAdvisor.deadlines(known, today).stream().filter(d -> d.date().equals(deadline)).findFirst();
    }
}
