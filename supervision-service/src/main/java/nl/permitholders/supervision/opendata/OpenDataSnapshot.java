package nl.permitholders.supervision.opendata;

import java.time.LocalDate;
import java.util.List;
import nl.permitholders.platform.period.Period;

/** The figures of a half-year's open data on a position date: one row per municipality, one per municipality and month. */
public record OpenDataSnapshot(Period period, LocalDate positionDate, List<HalfYearRow> halfYear, List<MonthRow> months) {

    public OpenDataSnapshot {
        halfYear = List.copyOf(halfYear);
        months = List.copyOf(months);
    }
}
