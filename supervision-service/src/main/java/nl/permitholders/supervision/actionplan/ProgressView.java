package nl.permitholders.supervision.actionplan;

import java.time.LocalDate;
import java.util.List;

public record ProgressView(LocalDate asOf, List<PeriodProgressView> periods) {
}
