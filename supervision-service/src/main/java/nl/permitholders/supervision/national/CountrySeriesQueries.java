package nl.permitholders.supervision.national;

import io.quarkus.cache.Cache;
import io.quarkus.cache.CacheName;
import io.quarkus.reactive.datasource.ReactiveDataSource;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Set;
import nl.permitholders.supervision.ledger.AdoptedFigure;
import java.util.List;
import java.util.Map;
import nl.permitholders.platform.period.Period;
import nl.permitholders.supervision.ledger.AsOfView;
import nl.permitholders.supervision.store.MunicipalityLedgerStore;
import nl.permitholders.supervision.store.ReadPool;

/** The country's national series ({@link NationalSeries}), summed over every municipality of every province. */
@ApplicationScoped
public class CountrySeriesQueries {

    /** The country's series by the half-years, date and view asked, and every municipality's ledger version. */
    public static final String CACHE = "national-series";

    private record Key(Period from, Period to, LocalDate asOf, AsOfView view, LocalDate today, Map<String, Long> versions) {
    }

    @Inject
    MunicipalityLedgerStore ledgers;

    @Inject
    @CacheName(CACHE)
    Cache cache;

    @Inject
    java.time.Clock clock;

    @Inject
    @ReactiveDataSource(ReadPool.NAME)
    Pool pool;

    /** Every half-year from {@code from} to {@code to}, the oldest first. */
    public Uni<List<NationalSeries.HalfYear>> between(Period from, Period to) {
        return between(from, to, null);
    }

    /** As {@link #between(Period, Period)}, as the series stood on {@code asOf} when given, in today's view of it. */
    public Uni<List<NationalSeries.HalfYear>> between(Period from, Period to, LocalDate asOf) {
        return between(from, to, asOf, AsOfView.KNOWN_TODAY);
    }

    /**
     * As {@link #between(Period, Period)}, as {@code view} shows {@code asOf} when given ({@link NationalSeries#of}). Kept
     * by the versions of every municipality's ledger ({@link MunicipalityLedgerStore#versions}: raised by every fact, register
     * entry, merger and adoption of COA's figures), so the same series is read from every ledger again only after a change.
     */
    public Uni<List<NationalSeries.HalfYear>> between(Period from, Period to, LocalDate asOf, AsOfView view) {
        LocalDate today = LocalDate.now(clock);
        return ledgers.versionsOfAll().flatMap(versions -> cache.getAsync(new Key(from, to, asOf, view, today, versions),
                key -> everyLedger(from, to, asOf, view, today)));
    }

    private Uni<List<NationalSeries.HalfYear>> everyLedger(Period from, Period to, LocalDate asOf, AsOfView view, LocalDate today) {
        return NationalStore.provinceCodes(pool)
                .onItem().transformToMulti(codes -> Multi.createFrom().iterable(codes))
                .onItem().transformToUniAndConcatenate(provinceCode -> ledgers.eachOfProvince(provinceCode,
                        known -> NationalSeries.of(known.seenOn(asOf, view, today), from, to, asOf)))
                .collect().in(ArrayList<List<NationalSeries.HalfYear>>::new, List::addAll)
                .map(parts -> NationalSeries.sum(parts, from, to));
    }

    /**
     * The deadlines at which COA's published end position is adopted for some municipality, by the end of {@code asOf}
     * (or now): the half-years ending then have published figures in the series.
     */
    public Uni<Set<LocalDate>> endPositionsAdopted(LocalDate asOf) {
        return NationalStore.endPositionDeadlines(pool, AdoptedFigure.END_POSITION.name(),
                        asOf == null ? null : asOf.plusDays(1).atStartOfDay(ZoneId.of("Europe/Amsterdam")).toOffsetDateTime());
    }
}
