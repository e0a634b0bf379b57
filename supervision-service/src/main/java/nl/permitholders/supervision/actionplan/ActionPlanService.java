package nl.permitholders.supervision.actionplan;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlClient;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import nl.permitholders.platform.api.ConflictException;
import nl.permitholders.platform.api.ResourceNotFoundException;
import nl.permitholders.platform.outbox.Outbox;
import nl.permitholders.platform.outbox.OutboxTransaction;
import nl.permitholders.supervision.decision.Authorship;
import nl.permitholders.supervision.decision.Authorship.Authored;
import nl.permitholders.supervision.store.MunicipalityLedgerStore;
import nl.permitholders.supervision.ledger.BacklogLedger;
import nl.permitholders.supervision.actionplan.Measure.ExpectedHoused;

/**
 * A municipality's action plans recorded, and changed a measure at a time ({@link ActionPlanQueries} reads them).
 * Every write takes one path: in one transaction, load the municipality's ledger (404 when unknown), store the new
 * rows, append the plan as it now stands to the outbox ({@link #ACTION_PLAN_UPDATED}), answer with its view.
 */
@ApplicationScoped
public class ActionPlanService {

    public static final String ACTION_PLAN_UPDATED = "nl.permitholders.supervision.action-plan-updated.v1";

    @Inject
    ObjectMapper json;

    @Inject
    MunicipalityLedgerStore ledgers;

    @Inject
    OutboxTransaction transaction;

    @Inject
    Outbox outbox;

    @Inject
    Authorship authorship;

    @Inject
    ActionPlanQueries queries;

    /** Records a plan of the caller's with its measures, each with its expectations ({@code expectations}, in order). */
    public Uni<ActionPlanView> create(String code, PlanRequest request, List<List<ExpectedHoused>> expectations) {
        Authored authored = authorship.now();
        return transaction.runOnConnection(db -> ledgers.of(code).flatMap(known -> {
            ActionPlan plan = new ActionPlan(UUID.randomUUID(), code, request.title(), request.adoptedOn(), 1, authored.at());
            List<MeasureVersion> measures = new ArrayList<>();
            for (int i = 0; i < request.measures().size(); i++) {
                MeasureRequest m = request.measures().get(i);
                measures.add(version(plan, UUID.randomUUID(), 1, m.title(), m.term(), m.status() == null ? MeasureStatus.PLANNED : m.status(),
                        expectations.get(i), null, authored));
            }
            return ActionPlanStore.insert(db, plan).call(() -> ActionPlanStore.insert(db, measures))
                    .chain(() -> published(db, plan, Change.CREATED, null, measures, known.ledger()));
        }));
    }

    /**
     * Adds a measure ({@code MEASURE_ADDED}; 409 when the plan holds the most it may) or a new version of one
     * ({@code MEASURE_CHANGED}; 404 when the plan has no such measure), by the caller. Changes run one at a time per
     * plan (the plan row is locked), so versions never collide.
     */
    public Uni<ActionPlanView> changeMeasure(String code, UUID planId, UUID measureId, Change kind, MeasureChange change,
                                             List<ExpectedHoused> expected) {
        Authored authored = authorship.now();
        return transaction.runOnConnection(db -> ledgers.of(code).flatMap(known -> ActionPlanStore.lock(db, planId)
                .map(found -> ActionPlanQueries.ownedBy(code, planId, found))
                .flatMap(before -> ActionPlanStore.versions(db, List.of(planId)).flatMap(versions -> {
                    int previousVersion = versions.stream().filter(v -> v.measureId().equals(measureId)).mapToInt(MeasureVersion::version)
                            .max().orElse(0);
                    if (kind == Change.MEASURE_CHANGED && previousVersion == 0) {
                        throw new ResourceNotFoundException("Action plan " + planId + " has no measure " + measureId + ".");
                    }
                    if (kind == Change.MEASURE_ADDED && MeasureVersion.current(versions).size() >= ActionPlan.MAX_MEASURES) {
                        throw new ConflictException("Action plan " + planId + " holds " + ActionPlan.MAX_MEASURES
                                + " measures, the most a plan may hold; change or drop one of them instead.");
                    }
                    ActionPlan plan = before.changed();
                    MeasureVersion version = version(plan, measureId, previousVersion + 1, change.title(), change.term(), change.status(),
                            expected, change.reason(), authored);
                    List<MeasureVersion> all = new ArrayList<>(versions);
                    all.add(version);
                    List<MeasureVersion> current = MeasureVersion.current(all);
                    return ActionPlanStore.updateVersion(db, plan).call(() -> ActionPlanStore.insert(db, List.of(version)))
                            .chain(() -> published(db, plan, kind, measureId, current, known.ledger()));
                }))));
    }

    private MeasureVersion version(ActionPlan plan, UUID measureId, int version, String title, Term term, MeasureStatus status,
                                   List<ExpectedHoused> expected, String reason, Authored authored) {
        return new MeasureVersion(UUID.randomUUID(), measureId, version, plan.id(), plan.version(), title, term, status, write(expected),
                reason, authored.by(), authored.at());
    }

    /** Appends the plan as it now stands to the outbox (R9: codes and ids only) and answers with its view. */
    private Uni<ActionPlanView> published(SqlClient db, ActionPlan plan, Change change, UUID measureId, List<MeasureVersion> current,
                                          BacklogLedger ledger) {
        List<MeasureState> measures = current.stream()
                .map(v -> new MeasureState(v.measureId(), v.term().name(), v.status().name(), queries.expected(v))).toList();
        return outbox.append(db, ACTION_PLAN_UPDATED, plan.municipalityCode(), new ActionPlanUpdated(plan.id(),
                        plan.municipalityCode(), plan.adoptedOn(), plan.version(), change.name(), measureId, measures))
                .map(appended -> queries.view(plan, current, ledger, null));
    }

    private String write(List<ExpectedHoused> expected) {
        try {
            return json.writeValueAsString(expected.stream().map(e -> new ExpectedPersons(e.period().toString(), e.persons())).toList());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
