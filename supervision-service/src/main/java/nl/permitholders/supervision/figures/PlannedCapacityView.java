package nl.permitholders.supervision.figures;

import java.util.List;
import nl.permitholders.supervision.ledger.CapacityPipeline;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Places for permit holders in planned capacity, expected and not yet delivered, per half-year they are expected in. */
@Schema(requiredProperties = {"places", "perPeriod"})
public record PlannedCapacityView(int places, List<ExpectedPlaces> perPeriod) {

    @Schema(requiredProperties = {"period", "places"})
    public record ExpectedPlaces(String period, int places) {
    }

    public static PlannedCapacityView of(CapacityPipeline.Pipeline pipeline) {
        return new PlannedCapacityView(pipeline.places(),
                pipeline.perPeriod().stream().map(e -> new ExpectedPlaces(e.period().toString(), e.places())).toList());
    }
}
