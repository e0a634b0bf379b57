package nl.permitholders.supervision.actionplan;

import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(requiredProperties = {"periods"})
public record ProgressView(LocalDate asOf, List<PeriodProgressView> periods) {
}
