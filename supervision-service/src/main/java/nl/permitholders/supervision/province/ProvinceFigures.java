package nl.permitholders.supervision.province;

import io.smallrye.mutiny.Uni;
import io.quarkus.reactive.datasource.ReactiveDataSource;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.annotation.PostConstruct;
import nl.permitholders.platform.period.Period;
import nl.permitholders.supervision.figures.FiguresResource.FiguresView;
import nl.permitholders.supervision.figures.KeptPerMunicipality;
import nl.permitholders.supervision.figures.MunicipalityLedgers;
import nl.permitholders.supervision.figures.MunicipalityLedgers.Known;
import nl.permitholders.supervision.forecast.Forecast;
import nl.permitholders.supervision.ladder.InterventionAdvisor;
import nl.permitholders.supervision.projection.KeptPerVersion;
import nl.permitholders.supervision.projection.ReadPool;
import nl.permitholders.supervision.verdict.Standings;

/**
 * The figures and advised ladder stage of every municipality of a province, computed once per version of the
 * projection (see {@link KeptPerVersion}): an overview reads every ledger of the province and judges every past
 * deadline, which is what made it the slowest read; after a change only the changed municipalities are computed again
 * ({@link KeptPerMunicipality}). The dashboard's forecasts are computed with them, from the same
 * ledgers, rather than reading them all again.
 */
@ApplicationScoped
public class ProvinceFigures {

    /** Enough for every province, several half-years and dates; beyond it the cache starts over. */
    static final int MAX_KEPT = 512;

    /**
     * One municipality's line, without the ladder stage decided by the province (read per request).
     *
     * @param forecastBacklog the unchanged-policy forecast of the backlog at the end of the half-year, for the
     *                        dashboard; null for a half-year that has ended
     * @param standing        its backlog and verdict at the last deadline, for the province's {@link Standings}
     */
    public record MunicipalityFigures(FiguresView figures, InterventionAdvisor.Advice advice, Integer forecastBacklog,
                                      Standings.Standing standing) {
    }

    /** The trailing months whose pace the overview's forecast continues (as the forecast API's default). */
    static final int FORECAST_TRAILING_MONTHS = 6;

    private record Key(String provinceCode, Period period, LocalDate asOf, LocalDate today) {
    }

    private final KeptPerVersion<Key, List<MunicipalityFigures>> kept = new KeptPerVersion<>(MAX_KEPT);

    @Inject
    @ReactiveDataSource(ReadPool.NAME)
    Pool pool;

    @Inject
    MunicipalityLedgers ledgers;

    @Inject
    MeterRegistry registry;

    /** Each municipality's line per province, half-year and date, brought up to each new version by computing the changed ones again. */
    private KeptPerMunicipality<Key, MunicipalityFigures> lines;

    @PostConstruct
    void keep() {
        lines = new KeptPerMunicipality<>(MAX_KEPT, registry, "supervision.province.computations",
                "a province's overview computed for a new projection version: for every municipality of the province, or only for "
                        + "those changed since the last time");
    }

    /**
     * Every municipality of the province that exists in the half-year (not merged into another by then), in code order.
     * After the first time, only the municipalities changed since are read and computed again
     * ({@link MunicipalityLedgers#eachOfProvinceChangedSince}).
     */
    public Uni<List<MunicipalityFigures>> of(String provinceCode, Period period, LocalDate asOf, LocalDate today) {
        Key key = new Key(provinceCode, period, asOf, today);
        return kept.get(pool, key, version -> lines.current(key, since -> ledgers.eachOfProvinceChangedSince(provinceCode, since,
                        known -> known.mergedBy(period) ? null : compute(known, period, asOf, today)))
                .map(byCode -> List.copyOf(byCode.values())));
    }

    private static MunicipalityFigures compute(Known known, Period period, LocalDate asOf, LocalDate today) {
        Integer forecast = period.isBefore(Period.containing(today)) ? null
                : Forecast.unchangedPolicy(known.ledger(), period, today, FORECAST_TRAILING_MONTHS).backlog();
        FiguresView figures = FiguresView.of(known, period, asOf, today);
        return new MunicipalityFigures(figures, InterventionAdvisor.advise(known.ladderDeadlines(InterventionAdvisor.standsOn(asOf, today))), forecast,
                Standings.Standing.of(known.ledger(), period, asOf != null ? asOf : today, figures.backlog()));
    }
}
