package nl.permitholders.supervision.timeline;

import java.time.YearMonth;

public record MonthView(YearMonth month, int housed) {
}
