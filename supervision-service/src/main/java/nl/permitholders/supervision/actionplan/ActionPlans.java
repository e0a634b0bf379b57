package nl.permitholders.supervision.actionplan;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import nl.permitholders.platform.period.Period;
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
