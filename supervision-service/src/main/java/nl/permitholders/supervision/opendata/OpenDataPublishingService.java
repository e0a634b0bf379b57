package nl.permitholders.supervision.opendata;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.permitholders.platform.api.ConflictException;
import nl.permitholders.platform.api.InvalidInputException;
import nl.permitholders.platform.period.Period;
import nl.permitholders.supervision.schedule.ScheduleColourRule;
import nl.permitholders.supervision.figures.FiguresQueries;
import nl.permitholders.supervision.figures.FiguresQueries.MunicipalityFigures;
import nl.permitholders.supervision.figures.FiguresView;

/**
 * Publishes a half-year's open data: takes every municipality's figures from {@link FiguresQueries} (the same ones the
 * API, the overviews and the dashboard show, R4–R6) at the end of each month up to the position date, and stores them
 * as the next version when {@link PublicationRule} says they are one. Called by the monthly cut-off and by the Rijk.
 */
@ApplicationScoped
public class OpenDataPublishingService {

    /** The answer to a publication: the version it published (empty when the figures were already published) and the latest. */
    public record Outcome(Optional<PublishedVersion> published, PublishedVersion latest) {
    }

    @Inject
    FiguresQueries figures;

    @Inject
    OpenDataPublicationStore publications;

    @Inject
    Clock clock;

    /**
     * The figures of {@code period} on today's position date ({@link PublicationRule#positionDate}) as its next version,
     * unless they are what its latest version says; {@code note} (may be null) leads the reason of a correction. 400
     * naming {@code period} while no month of it has ended; 409 while no municipality's figures of it are known.
     */
    public Uni<Outcome> publish(Period period, String note) {
        LocalDate today = LocalDate.now(clock);
        LocalDate position = PublicationRule.positionDate(period, today).orElseThrow(() -> InvalidInputException.of("period",
                "no month of " + period + " has ended yet: its first position is that of " + YearMonth.from(period.firstDay()).atEndOfMonth()));
        return snapshot(period, position)
                .flatMap(snapshot -> publications.publish(snapshot, note, clock.instant()))
                .flatMap(published -> publications.of(period).map(all -> {
                    if (all.isEmpty()) {
                        throw new ConflictException("No municipality's figures of " + period + " are known yet: there is nothing to publish.");
                    }
                    return new Outcome(published, all.get(all.size() - 1));
                }));
    }

    /** Every municipality of the register, not merged by the half-year, at the position date and at the end of each month. */
    private Uni<OpenDataSnapshot> snapshot(Period period, LocalDate position) {
        List<LocalDate> monthEnds = new ArrayList<>();
        for (YearMonth m = YearMonth.from(period.firstDay()); !m.atEndOfMonth().isAfter(position); m = m.plusMonths(1)) {
            monthEnds.add(m.atEndOfMonth());
        }
        // A position date is always a month's last day: the half-year's figures are those of its last month.
        return figures.ofCountryOnEach(period, monthEnds).map(byMonthEnd -> List.copyOf(byMonthEnd.values())).map(months -> {
            List<HalfYearRow> halfYear = published(months.get(months.size() - 1)).stream().map(f -> new HalfYearRow(f.municipalityCode(), f.municipalityName(),
                    f.provinceCode(), period.toString(), position, f.quota(), f.quotaStatus() == null ? null : f.quotaStatus().name(),
                    f.carriedBacklog(), f.exchanges(), f.adjustedQuota(), f.housed(), f.backlog(), f.expectedHoused(), f.scheduleGap(),
                    ScheduleColourRule.of(f.scheduleGap(), f.adjustedQuota()).name())).toList();
            List<MonthRow> monthRows = new ArrayList<>();
            Map<String, Integer> housedBefore = new HashMap<>();
            for (int i = 0; i < monthEnds.size(); i++) {
                LocalDate end = monthEnds.get(i);
                for (FiguresView f : published(months.get(i))) {
                    int before = housedBefore.getOrDefault(f.municipalityCode(), 0);
                    housedBefore.put(f.municipalityCode(), f.housed());
                    monthRows.add(new MonthRow(f.municipalityCode(), f.municipalityName(), f.provinceCode(), period.toString(),
                            YearMonth.from(end), end, f.quota(), f.adjustedQuota(), f.housed() - before, f.housed(), f.backlog(),
                            f.expectedHoused(), f.scheduleGap(), ScheduleColourRule.of(f.scheduleGap(), f.adjustedQuota()).name()));
                }
            }
            monthRows.sort(java.util.Comparator.comparing(MonthRow::municipalityCode).thenComparing(MonthRow::month));
            return new OpenDataSnapshot(period, position, halfYear, monthRows);
        });
    }

    /**
     * The municipalities the open data lists: those of the register (with a name and a province) whose half-year is their
     * own; a merged municipality's half-year is the continuing one's (R3), which lists it.
     */
    private static List<FiguresView> published(List<MunicipalityFigures> all) {
        return all.stream().filter(f -> !f.ceased()).map(MunicipalityFigures::figures)
                .filter(f -> f.municipalityName() != null && f.provinceCode() != null).toList();
    }
}
