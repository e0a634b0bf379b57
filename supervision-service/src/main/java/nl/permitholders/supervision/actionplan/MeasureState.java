package nl.permitholders.supervision.actionplan;

import java.util.List;
import java.util.UUID;

/** A measure as it stands after the change, in {@link ActionPlanUpdated}. */
public record MeasureState(UUID measureId, String term, String status, List<ExpectedPersons> expectedHoused) {
}
