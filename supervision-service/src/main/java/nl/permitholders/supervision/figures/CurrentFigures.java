package nl.permitholders.supervision.figures;

import io.quarkus.reactive.datasource.ReactiveDataSource;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import nl.permitholders.platform.period.Period;
import nl.permitholders.supervision.Today;
import nl.permitholders.supervision.live.FigureChanges;
import nl.permitholders.supervision.figures.FiguresResource.FiguresView;
import nl.permitholders.supervision.projection.KeptPerVersion;
import nl.permitholders.supervision.projection.ReadPool;

/**
 * A municipality's figures for a half-year, computed once per projection version and shared by everyone who asks: the
 * API, and the live streams, which ask right after every change that the API is then asked for.
 */
@ApplicationScoped
public class CurrentFigures {

    /** Enough for every municipality in several half-years and dates; beyond it the cache starts over. */
    private static final int MAX_KEPT = 8192;

    private record Key(String municipalityCode, Period period, LocalDate asOf, LocalDate today) {
    }

    private final KeptPerVersion<Key, FiguresView> kept = new KeptPerVersion<>(MAX_KEPT);

    @Inject
    MunicipalityLedgers ledgers;

    @Inject
    @ReactiveDataSource(ReadPool.NAME)
    Pool pool;

    @Inject
    Today today;

    /** The figures of {@code period} at its end, or on {@code asOf} (null: today's position); 404 for an unknown municipality. */
    public Uni<FiguresView> of(String code, Period period, LocalDate asOf) {
        LocalDate now = today.date();
        return kept.get(pool, new Key(code, period, asOf, now), version -> compute(code, period, asOf, now, version));
    }

    /**
     * As {@link #of(String, Period, LocalDate)}, at least as new as {@code version}, which the caller knows to be committed
     * (a change it was told of), so the version need not be asked; unknown ({@link FigureChanges#VERSION_UNKNOWN}): asked.
     */
    public Uni<FiguresView> of(String code, Period period, LocalDate asOf, long version) {
        if (version == FigureChanges.VERSION_UNKNOWN) {
            return of(code, period, asOf);
        }
        LocalDate now = today.date();
        return kept.get(version, new Key(code, period, asOf, now), atVersion -> compute(code, period, asOf, now, atVersion));
    }

    private Uni<FiguresView> compute(String code, Period period, LocalDate asOf, LocalDate now, long version) {
        return ledgers.of(code, version).map(known -> FiguresView.of(known, period, asOf, now));
    }
}
