package nl.permitholders.supervision.actionplan;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.Optional;
import nl.permitholders.platform.api.Page;
import nl.permitholders.platform.api.PageRequest;
import nl.permitholders.platform.period.Period;
import nl.permitholders.supervision.actionplan.ActionPlanResource.ActionPlanView;
import nl.permitholders.supervision.actionplan.ActionPlanResource.MeasureView;
import nl.permitholders.supervision.actionplan.ActionPlanResource.PeriodProgressView;
import nl.permitholders.supervision.actionplan.ActionPlanResource.ProgressView;
import nl.permitholders.supervision.figures.MunicipalityLedgers;
import nl.permitholders.supervision.ledger.BacklogLedger;
import nl.permitholders.supervision.actionplan.Measure.ExpectedHoused;

/** Reads stored action plans as the domain sees them. */
@ApplicationScoped
public class ActionPlans {

    /** Persons expected housed in a half-year, as stored and shown. */
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

    public String write(List<ExpectedHoused> expected) {
        try {
            return json.writeValueAsString(expected.stream().map(e -> new Expected(e.period().toString(), e.persons())).toList());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
