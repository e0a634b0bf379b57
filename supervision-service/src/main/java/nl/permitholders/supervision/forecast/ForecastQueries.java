package nl.permitholders.supervision.forecast;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import nl.permitholders.platform.period.Period;
import nl.permitholders.supervision.actionplan.ActionPlanQueries;
import nl.permitholders.supervision.store.MunicipalityLedgerStore;

/**
 * A municipality's backlog at the end of a later half-year ({@link Forecast}), in each of the API's scenarios, from its
 * ledger as it stands; 404 when nothing is known about the municipality.
 */
@ApplicationScoped
public class ForecastQueries {

    @Inject
    MunicipalityLedgerStore ledgers;

    @Inject
    ActionPlanQueries plans;

    /** Today's backlog plus the quotas to come, minus the pace of the last {@code trailingMonths}. */
    public Uni<ForecastView> unchangedPolicy(String code, Period until, LocalDate today, int trailingMonths) {
        return ledgers.of(code).map(known -> ForecastView.of(Forecast.unchangedPolicy(known.ledger(), until, today, trailingMonths)));
    }

    /** As {@link #unchangedPolicy}, minus what the most recently adopted action plan expects. */
    public Uni<ForecastView> withPlan(String code, Period until, LocalDate today, int trailingMonths) {
        return ledgers.of(code).flatMap(known -> plans.current(code).map(plan ->
                ForecastView.of(Forecast.withPlan(known.ledger(), until, today, trailingMonths,
                        plan.map(p -> new Forecast.Plan(p.plan().title(), p.plan().adoptedOn(), p.measures()))))));
    }

    /** The backlog at the start of {@code from} plus the quotas and exchanges up to {@code until}, minus the persons assumed housed. */
    public Uni<ForecastView> withAssumption(String code, Period from, Period until, int assumedHousedPersons) {
        return ledgers.of(code).map(known -> ForecastView.of(Forecast.withAssumption(known.ledger(), from, until, assumedHousedPersons)));
    }
}
