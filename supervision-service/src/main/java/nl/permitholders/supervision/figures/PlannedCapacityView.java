package nl.permitholders.supervision.figures;

import java.util.List;
import nl.permitholders.supervision.ledger.CapacityPipeline;

/** Places for permit holders in planned capacity, expected and not yet delivered, per half-year they are expected in. */
public record PlannedCapacityView(int places, List<ExpectedPlaces> perPeriod) {

    public record ExpectedPlaces(String period, int places) {
    }

    public static PlannedCapacityView of(CapacityPipeline.Pipeline pipeline) {
        return new PlannedCapacityView(pipeline.places(),
                pipeline.perPeriod().stream().map(e -> new ExpectedPlaces(e.period().toString(), e.places())).toList());
    }
}
