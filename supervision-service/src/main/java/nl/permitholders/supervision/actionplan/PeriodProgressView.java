package nl.permitholders.supervision.actionplan;

import nl.permitholders.supervision.actionplan.ActionPlanProgress.PeriodProgress;
import nl.permitholders.supervision.actionplan.ActionPlanProgress.Standing;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(requiredProperties = {"period", "expected", "expectedToDate", "housed", "difference"})
public record PeriodProgressView(String period, int expected, int expectedToDate, int housed, int difference, Standing standing) {
    static PeriodProgressView of(PeriodProgress p) {
        return new PeriodProgressView(p.period().toString(), p.expected(), p.expectedToDate(), p.housed(), p.difference(), p.standing());
    }
}
