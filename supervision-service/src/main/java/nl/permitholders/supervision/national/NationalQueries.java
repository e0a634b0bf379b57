package nl.permitholders.supervision.national;

import io.quarkus.reactive.datasource.ReactiveDataSource;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import nl.permitholders.platform.period.Period;
import nl.permitholders.supervision.figures.FiguresQueries;
import nl.permitholders.supervision.ledger.AsOfView;
import nl.permitholders.supervision.figures.FiguresQueries.MunicipalityFigures;
import nl.permitholders.supervision.store.ReadPool;

/** The country's figures for a half-year, as the API (NationalResource) and the Rijk's page on the dashboard give them. */
@ApplicationScoped
public class NationalQueries {

    @Inject
    FiguresQueries figures;

    @Inject
    CountrySeriesQueries series;

    @Inject
    Clock clock;

    @Inject
    @ReactiveDataSource(ReadPool.NAME)
    Pool pool;

    /** The country in {@code period}, positioned on {@code asOf}, or on today when that is null, in today's view of it. */
    public Uni<NationalView> of(Period period, LocalDate asOf) {
        return of(period, asOf, AsOfView.KNOWN_TODAY);
    }

    /** As {@link #of(Period, LocalDate)}, as {@code view} shows {@code asOf}. */
    public Uni<NationalView> of(Period period, LocalDate asOf, AsOfView view) {
        // Each municipality's figures as cached by its ledger version: after a change only the changed one is computed.
        return country(figures.ofCountry(period, asOf, view).map(all -> Map.of(period, all)), List.of(period), asOf, view)
                .map(views -> views.get(0));
    }

    /**
     * The country in each of {@code periods}, in their order, as {@link #of(Period, LocalDate, AsOfView)} gives each:
     * every municipality's ledger read once for all of them, not once per half-year.
     */
    public Uni<List<NationalView>> inEach(List<Period> periods, LocalDate asOf, AsOfView view) {
        return country(figures.ofCountryInEach(periods, asOf, view), periods, asOf, view);
    }

    private Uni<List<NationalView>> country(Uni<Map<Period, List<MunicipalityFigures>>> everyMunicipality, List<Period> periods,
                                            LocalDate asOf, AsOfView view) {
        LocalDate position = asOf != null ? asOf : LocalDate.now(clock);
        Uni<Map<String, String>> names = NationalStore.provinceNames(pool);
        return Uni.combine().all().unis(everyMunicipality, names, series.endPositionsAdopted(asOf))
                .with((each, provinceNames, adopted) -> periods.stream().map(period -> NationalView.of(period, asOf,
                        asOf == null ? null : view, position, each.get(period).stream().filter(f -> !f.ceased()).toList(),
                        provinceNames, adopted.contains(period.deadline()))).toList());
    }
}
