package nl.permitholders.supervision.actionplan;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.reactive.datasource.ReactiveDataSource;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.permitholders.platform.api.Page;
import nl.permitholders.platform.api.PageRequest;
import nl.permitholders.platform.api.ResourceNotFoundException;
import nl.permitholders.platform.period.Period;
import nl.permitholders.supervision.actionplan.Measure.ExpectedHoused;
import nl.permitholders.supervision.ledger.BacklogLedger;
import nl.permitholders.supervision.store.MunicipalityLedgerStore;
import nl.permitholders.supervision.store.ReadPool;

/**
 * A municipality's action plans read with their progress: the plans, one plan, a plan's history, the plan in force;
 * {@link ActionPlanService} records them.
 */
@ApplicationScoped
public class ActionPlanQueries {

    /** A plan with its measures as they now stand. */
    public record Current(ActionPlan plan, List<Measure> measures) {
    }

    private static final TypeReference<List<ExpectedPersons>> EXPECTATIONS = new TypeReference<>() {
    };

    @Inject
    ObjectMapper json;

    @Inject
    MunicipalityLedgerStore ledgers;

    @Inject
    Clock clock;

    @Inject
    @ReactiveDataSource(ReadPool.NAME)
    Pool reads;

    /** A page of the municipality's plans, the most recently adopted first, each with its progress on {@code asOf} (null: today). */
    public Uni<Page<ActionPlanView>> list(String code, LocalDate asOf, PageRequest request) {
        return ledgers.of(code).flatMap(known -> ActionPlanStore.of(reads, code).flatMap(all -> {
            Page<ActionPlan> page = Page.slice(all, request);
            return ActionPlanStore.versions(reads, page.items().stream().map(ActionPlan::id).toList()).map(versions -> {
                Map<UUID, List<MeasureVersion>> byPlan = versions.stream().collect(Collectors.groupingBy(MeasureVersion::actionPlanId));
                List<ActionPlanView> views = page.items().stream()
                        .map(p -> view(p, MeasureVersion.current(byPlan.getOrDefault(p.id(), List.of())), known.ledger(), asOf)).toList();
                return new Page<>(views, page.page(), page.pageSize(), page.totalItems(), page.totalPages());
            });
        }));
    }

    /** One of the municipality's plans, its progress on {@code asOf} (null: today); 404 for another's. */
    public Uni<ActionPlanView> plan(String code, UUID planId, LocalDate asOf) {
        return ledgers.of(code).flatMap(known -> plan(code, planId)
                .flatMap(plan -> ActionPlanStore.versions(reads, List.of(planId))
                        .map(versions -> view(plan, MeasureVersion.current(versions), known.ledger(), asOf))));
    }

    /** Every version of every measure of the plan, oldest first. */
    public Uni<List<HistoryLine>> history(String code, UUID planId) {
        return plan(code, planId).flatMap(plan -> ActionPlanStore.versions(reads, List.of(planId)))
                .map(versions -> versions.stream().map(v -> new HistoryLine(v.measureId(), v.version(), v.planVersion(), v.title(), v.term(),
                        v.status(), expected(v), v.reason(), v.changedBy(), v.recordedAt())).toList());
    }

    /** A plan with its measures as they now stand and its progress per half-year on {@code asOf} (null: today). */
    public ActionPlanView view(ActionPlan plan, List<MeasureVersion> current, BacklogLedger ledger, LocalDate asOf) {
        LocalDate position = asOf != null ? asOf : LocalDate.now(clock);
        List<PeriodProgressView> progress = ActionPlanProgress.of(current.stream().map(this::measure).toList(), ledger::housed, position)
                .stream().map(PeriodProgressView::of).toList();
        return new ActionPlanView(plan.id(), plan.municipalityCode(), plan.title(), plan.adoptedOn(), plan.version(), plan.recordedAt(),
                current.stream().map(v -> new MeasureView(v.measureId(), v.title(), v.term(), v.status(), expected(v), v.version(),
                        v.recordedAt())).toList(),
                new ProgressView(position, progress));
    }

    /** The most recently adopted plan of the municipality, its measures as they now stand; empty without a plan. */
    public Uni<Optional<Current>> current(String municipalityCode) {
        return ActionPlanStore.of(reads, municipalityCode).flatMap(plans -> plans.isEmpty()
                ? Uni.createFrom().item(Optional.<Current>empty())
                : ActionPlanStore.versions(reads, List.of(plans.get(0).id())).map(versions -> Optional.of(
                        new Current(plans.get(0), MeasureVersion.current(versions).stream().map(this::measure).toList()))));
    }

    /**
     * The most recently adopted plan of every municipality that has one, its measures as they now stand, by municipality
     * (a scenario over the country reads them at once).
     */
    public Uni<Map<String, Current>> currentOfAll() {
        return ActionPlanStore.ofAll(reads).flatMap(plans -> {
            Map<String, ActionPlan> latest = new java.util.TreeMap<>();
            plans.forEach(plan -> latest.putIfAbsent(plan.municipalityCode(), plan));
            if (latest.isEmpty()) {
                return Uni.createFrom().item(Map.<String, Current>of());
            }
            return ActionPlanStore.versions(reads, latest.values().stream().map(ActionPlan::id).toList()).map(versions -> {
                Map<UUID, List<MeasureVersion>> byPlan = versions.stream().collect(Collectors.groupingBy(MeasureVersion::actionPlanId));
                Map<String, Current> current = new java.util.TreeMap<>();
                latest.forEach((code, plan) -> current.put(code, new Current(plan,
                        MeasureVersion.current(byPlan.getOrDefault(plan.id(), List.of())).stream().map(this::measure).toList())));
                return current;
            });
        });
    }

    public Measure measure(MeasureVersion v) {
        return new Measure(v.measureId(), v.title(), v.term(), v.status(),
                expected(v).stream().map(e -> new ExpectedHoused(Period.parse(e.period()), e.persons())).toList());
    }

    public List<ExpectedPersons> expected(MeasureVersion v) {
        try {
            return json.readValue(v.expectedHoused(), EXPECTATIONS);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("measure " + v.measureId() + " has unreadable expectations", e);
        }
    }

    /** The plan when it is one of the municipality's; 404 otherwise. */
    static ActionPlan ownedBy(String code, UUID planId, Optional<ActionPlan> plan) {
        if (plan.isEmpty() || !plan.get().municipalityCode().equals(code)) {
            throw new ResourceNotFoundException("Municipality " + code + " has no action plan " + planId + ".");
        }
        return plan.get();
    }

    private Uni<ActionPlan> plan(String code, UUID planId) {
        return ActionPlanStore.find(reads, planId).map(plan -> ownedBy(code, planId, plan));
    }
}
