package nl.permitholders.supervision.actionplan;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.Optional;
import nl.permitholders.platform.api.ConflictException;
import nl.permitholders.platform.api.Page;
import nl.permitholders.platform.api.PageRequest;
import nl.permitholders.platform.api.ResourceNotFoundException;
import nl.permitholders.platform.outbox.Outbox;
import nl.permitholders.platform.outbox.OutboxTransaction;
import nl.permitholders.platform.period.Period;
import nl.permitholders.supervision.decision.Authorship;
import nl.permitholders.supervision.decision.Authorship.Authored;
import nl.permitholders.supervision.store.MunicipalityLedgers;
import nl.permitholders.supervision.ledger.BacklogLedger;
import nl.permitholders.supervision.actionplan.Measure.ExpectedHoused;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A municipality's action plans: read with their progress, recorded, and changed a measure at a time. Every write
 * takes one path: in one transaction, load the municipality's ledger (404 when unknown), store the new rows, append
 * the plan as it now stands to the outbox ({@link #ACTION_PLAN_UPDATED}), answer with its view.
 */
@ApplicationScoped
public class ActionPlanService {

    public static final String ACTION_PLAN_UPDATED = "nl.permitholders.supervision.action-plan-updated.v1";

    /** Persons expected housed in a half-year, as stored and shown. */
    @Schema(name = "ExpectedPersons", requiredProperties = {"period", "persons"})
    public record Expected(String period, int persons) {
    }

    /** A plan with its measures as they now stand. */
    public record Current(ActionPlan plan, List<Measure> measures) {
    }

    private static final TypeReference<List<Expected>> EXPECTATIONS = new TypeReference<>() {
    };

    @Inject
    ObjectMapper json;

    @Inject
    MunicipalityLedgers ledgers;

    @Inject
    Clock clock;

    @Inject
    OutboxTransaction transaction;

    @Inject
    Outbox outbox;

    @Inject
    Authorship authorship;

    /** A page of the municipality's plans, the most recently adopted first, each with its progress on {@code asOf} (null: today). */
    public Uni<Page<ActionPlanView>> list(String code, LocalDate asOf, PageRequest request) {
        return ledgers.of(code).flatMap(known -> ActionPlan.of(code).flatMap(all -> {
            Page<ActionPlan> page = Page.slice(all, request);
            return MeasureVersion.ofPlans(page.items().stream().map(p -> p.id).toList()).map(versions -> {
                Map<UUID, List<MeasureVersion>> byPlan = versions.stream().collect(Collectors.groupingBy(v -> v.actionPlanId));
                List<ActionPlanView> views = page.items().stream()
                        .map(p -> view(p, MeasureVersion.current(byPlan.getOrDefault(p.id, List.of())), known.ledger(), asOf)).toList();
                return new Page<>(views, page.page(), page.pageSize(), page.totalItems(), page.totalPages());
            });
        }));
    }

    /** One of the municipality's plans, its progress on {@code asOf} (null: today); 404 for another's. Run in a session. */
    public Uni<ActionPlanView> plan(String code, UUID planId, LocalDate asOf) {
        return ledgers.of(code).flatMap(known -> plan(code, planId, LockModeType.NONE)
                .flatMap(plan -> MeasureVersion.ofPlans(List.of(planId))
                        .map(versions -> view(plan, MeasureVersion.current(versions), known.ledger(), asOf))));
    }

    /** Every version of every measure of the plan, oldest first. Run in a session. */
    public Uni<List<HistoryLine>> history(String code, UUID planId) {
        return plan(code, planId, LockModeType.NONE).flatMap(plan -> MeasureVersion.ofPlans(List.of(planId)))
                .map(versions -> versions.stream().map(v -> new HistoryLine(v.measureId, v.version, v.planVersion, v.title, v.term,
                        v.status, expected(v), v.reason, v.changedBy, v.recordedAt)).toList());
    }

    /** Records a plan of the caller's with its measures, each with its expectations ({@code expectations}, in order). */
    public Uni<ActionPlanView> create(String code, PlanRequest request, List<List<ExpectedHoused>> expectations) {
        Authored authored = authorship.now();
        return transaction.run(() -> ledgers.of(code).flatMap(known -> {
            ActionPlan plan = new ActionPlan();
            plan.id = UUID.randomUUID();
            plan.municipalityCode = code;
            plan.title = request.title();
            plan.adoptedOn = request.adoptedOn();
            plan.version = 1;
            plan.recordedAt = authored.at();
            List<MeasureVersion> measures = new ArrayList<>();
            for (int i = 0; i < request.measures().size(); i++) {
                MeasureRequest m = request.measures().get(i);
                measures.add(version(plan, UUID.randomUUID(), 1, m.title(), m.term(), m.status() == null ? MeasureStatus.PLANNED : m.status(),
                        expectations.get(i), null, authored));
            }
            return plan.persist().call(() -> MeasureVersion.persist(measures))
                    .chain(() -> published(plan, Change.CREATED, null, measures, known.ledger()));
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
        return transaction.run(() -> ledgers.of(code).flatMap(known -> plan(code, planId, LockModeType.PESSIMISTIC_WRITE)
                .flatMap(plan -> MeasureVersion.ofPlans(List.of(planId)).flatMap(versions -> {
                    int previousVersion = versions.stream().filter(v -> v.measureId.equals(measureId)).mapToInt(v -> v.version).max().orElse(0);
                    if (kind == Change.MEASURE_CHANGED && previousVersion == 0) {
                        throw new ResourceNotFoundException("Action plan " + planId + " has no measure " + measureId + ".");
                    }
                    if (kind == Change.MEASURE_ADDED && MeasureVersion.current(versions).size() >= ActionPlan.MAX_MEASURES) {
                        throw new ConflictException("Action plan " + planId + " holds " + ActionPlan.MAX_MEASURES
                                + " measures, the most a plan may hold; change or drop one of them instead.");
                    }
                    plan.version++;
                    MeasureVersion version = version(plan, measureId, previousVersion + 1, change.title(), change.term(), change.status(),
                            expected, change.reason(), authored);
                    List<MeasureVersion> all = new ArrayList<>(versions);
                    all.add(version);
                    List<MeasureVersion> current = MeasureVersion.current(all);
                    return version.persist().chain(() -> published(plan, kind, measureId, current, known.ledger()));
                }))));
    }

    private static Uni<ActionPlan> plan(String code, UUID planId, LockModeType lock) {
        return ActionPlan.<ActionPlan>findById(planId, lock).map(plan -> {
            if (plan == null || !plan.municipalityCode.equals(code)) {
                throw new ResourceNotFoundException("Municipality " + code + " has no action plan " + planId + ".");
            }
            return plan;
        });
    }

    private MeasureVersion version(ActionPlan plan, UUID measureId, int version, String title, Term term, MeasureStatus status,
                                   List<ExpectedHoused> expected, String reason, Authored authored) {
        MeasureVersion v = new MeasureVersion();
        v.id = UUID.randomUUID();
        v.measureId = measureId;
        v.version = version;
        v.actionPlanId = plan.id;
        v.planVersion = plan.version;
        v.title = title;
        v.term = term;
        v.status = status;
        v.expectedHoused = write(expected);
        v.reason = reason;
        v.changedBy = authored.by();
        v.recordedAt = authored.at();
        return v;
    }

    /** Appends the plan as it now stands to the outbox (R9: codes and ids only) and answers with its view. */
    private Uni<ActionPlanView> published(ActionPlan plan, Change change, UUID measureId, List<MeasureVersion> current,
                                          BacklogLedger ledger) {
        List<MeasureState> measures = current.stream()
                .map(v -> new MeasureState(v.measureId, v.term.name(), v.status.name(), expected(v))).toList();
        return outbox.append(ACTION_PLAN_UPDATED, plan.municipalityCode, new ActionPlanUpdated(plan.id,
                        plan.municipalityCode, plan.adoptedOn, plan.version, change.name(), measureId, measures))
                .map(appended -> view(plan, current, ledger, null));
    }

    /** A plan with its measures as they now stand and its progress per half-year on {@code asOf} (null: today). */
    public ActionPlanView view(ActionPlan plan, List<MeasureVersion> current, BacklogLedger ledger, LocalDate asOf) {
        LocalDate position = asOf != null ? asOf : LocalDate.now(clock);
        List<PeriodProgressView> progress = ActionPlanProgress.of(current.stream().map(this::measure).toList(), ledger::housed, position)
                .stream().map(PeriodProgressView::of).toList();
        return new ActionPlanView(plan.id, plan.municipalityCode, plan.title, plan.adoptedOn, plan.version, plan.recordedAt,
                current.stream().map(v -> new MeasureView(v.measureId, v.title, v.term, v.status, expected(v), v.version, v.recordedAt)).toList(),
                new ProgressView(position, progress));
    }

    /** The most recently adopted plan of the municipality, its measures as they now stand; empty without a plan. */
    public Uni<Optional<Current>> current(String municipalityCode) {
        return ActionPlan.of(municipalityCode).flatMap(plans -> plans.isEmpty()
                ? Uni.createFrom().item(Optional.<Current>empty())
                : MeasureVersion.ofPlans(List.of(plans.get(0).id)).map(versions -> Optional.of(
                        new Current(plans.get(0), MeasureVersion.current(versions).stream().map(this::measure).toList()))));
    }

    public Measure measure(MeasureVersion v) {
        return new Measure(v.measureId, v.title, v.term, v.status,
                expected(v).stream().map(e -> new ExpectedHoused(Period.parse(e.period()), e.persons())).toList());
    }

    public List<Expected> expected(MeasureVersion v) {
        try {
            return json.readValue(v.expectedHoused, EXPECTATIONS);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("measure " + v.measureId + " has unreadable expectations", e);
        }
    }

    private String write(List<ExpectedHoused> expected) {
        try {
            return json.writeValueAsString(expected.stream().map(e -> new Expected(e.period().toString(), e.persons())).toList());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
