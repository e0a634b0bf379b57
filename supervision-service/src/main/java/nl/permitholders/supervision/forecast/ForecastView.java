package nl.permitholders.supervision.forecast;

import java.util.List;
import nl.permitholders.supervision.ledger.QuotaStatus;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A forecast as the API gives it: {@link Forecast.Result} with its half-years written yyyy-Hn, as every period of this
 * API is. {@code quotaStatus}: PROVISIONAL when any quota counted is provisional, FINAL when all are final, null
 * without any.
 */
@Schema(requiredProperties = {"basis", "from", "until", "carriedBacklog", "quotas", "exchanges", "housedSoFar",
        "expectedFurtherHoused", "pacePerMonth", "planExpectedPersons", "plannedCapacityPlaces", "backlog", "assumptions"})
public record ForecastView(Forecast.Basis basis,
                           @Schema(pattern = "^\\d{4}-H[12]$", example = "2025-H1") String from,
                           @Schema(pattern = "^\\d{4}-H[12]$", example = "2025-H2") String until,
                           int carriedBacklog, int quotas, QuotaStatus quotaStatus, int exchanges, int housedSoFar,
                           int expectedFurtherHoused, double pacePerMonth, int planExpectedPersons,
                           int plannedCapacityPlaces, int backlog, List<Forecast.Assumption> assumptions) {

    static ForecastView of(Forecast.Result result) {
        return new ForecastView(result.basis(), result.from().toString(), result.until().toString(),
                result.carriedBacklog(), result.quotas(), result.quotaStatus(), result.exchanges(), result.housedSoFar(),
                result.expectedFurtherHoused(), result.pacePerMonth(), result.planExpectedPersons(),
                result.plannedCapacityPlaces(), result.backlog(), result.assumptions());
    }
}
