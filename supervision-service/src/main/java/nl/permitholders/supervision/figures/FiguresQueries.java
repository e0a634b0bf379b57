package nl.permitholders.supervision.figures;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.cache.Cache;
import io.quarkus.cache.CacheName;
import io.quarkus.cache.CaffeineCache;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiFunction;
import nl.permitholders.platform.api.ResourceNotFoundException;
import nl.permitholders.platform.period.Period;
import nl.permitholders.supervision.decision.DecisionHistory;
import nl.permitholders.supervision.decision.DecisionStore;
import nl.permitholders.supervision.ledger.AsOfView;
import nl.permitholders.supervision.ledger.BacklogLedger;
import nl.permitholders.supervision.ledger.KnownMunicipality;
import nl.permitholders.supervision.forecast.Forecast;
import nl.permitholders.supervision.ladder.InterventionAdvisor;
import nl.permitholders.supervision.ladder.LadderDecision;
import nl.permitholders.supervision.ladder.LadderRuleStore;
import nl.permitholders.supervision.ladder.LadderRuleHistory;
import nl.permitholders.supervision.ladder.Stage;
import nl.permitholders.supervision.regime.RegimeDecision;
import nl.permitholders.supervision.regime.RegimeHistory;
import nl.permitholders.supervision.regime.RegimeQueries;
import nl.permitholders.supervision.regime.SupervisionRegime;
import nl.permitholders.supervision.ladder.ProvinceVerdictStore;
import nl.permitholders.supervision.verdict.ProvinceVerdicts;
import nl.permitholders.supervision.verdict.ProvinceVerdictMark;
import nl.permitholders.supervision.verdict.Standings;
import nl.permitholders.supervision.store.MunicipalityLedgerStore;

/**
 * The figures of municipalities for a half-year on a date, as the API, the overviews, the live streams and the
 * dashboard read them. What one municipality's ledger and what the province recorded about it (verdicts, ladder
 * decisions, supervision regimes, ladder rules) give is cached by its version ({@link MunicipalityLedgerStore#versions};
 * recording any of those raises it, setting ladder rules that of each of the province's municipalities): a reader asks
 * the versions of the municipalities it shows (one query) and computes only those whose version it finds no figures
 * for, so after a change a province or the country computes only the changed municipality.
 */
@ApplicationScoped
public class FiguresQueries {

    /** The cache of {@link MunicipalityFigures}, sized in application.properties. */
    public static final String CACHE = "municipality-figures";

    /** Ledgers read at once when many municipalities are computed (a province or the country in full). */
    private static final int READS_AT_ONCE = 4;

    /**
     * What one municipality's ledger and the province's records about it give for a half-year on a date.
     *
     * @param advice          the advised ladder stage on the date the overview stands on; null for a merged half-year
     * @param forecastBacklog the unchanged-policy forecast of the backlog at the end of the half-year, for the
     *                        dashboard; null for a half-year that has ended, or a merged one
     * @param standing        its backlog and verdict at the last deadline, for {@link Standings}; null for a merged half-year
     * @param currentStage    the ladder stage the province last decided on or before the date the overview stands on
     *                        ({@code NONE} before its first decision); null for a merged half-year
     * @param regime          the supervision regime the province decided, in force on that date; null before its first
     *                        decision, and for a merged half-year
     * @param provinceVerdictMark how the province's verdict at the last deadline stands against the figures now; null
     *                        where it recorded none there, and for a merged half-year
     * @param ceased          whether the half-year belongs to others: the municipality it merged into, or the receivers
     *                        it was split over (R3); it counts in no overview then, and the parameters above are null
     */
    public record MunicipalityFigures(FiguresView figures, InterventionAdvisor.Advice advice, Integer forecastBacklog,
                                      Standings.Standing standing, Stage currentStage, SupervisionRegime regime,
                                      ProvinceVerdictMark provinceVerdictMark, boolean ceased) {

        static MunicipalityFigures of(KnownMunicipality recorded, Decided decided, Period period, LocalDate asOf, LocalDate today,
                                      AsOfView view) {
            // As known on asOf: the facts registered by then; today's view: every fact known now (AsOfView)
            KnownMunicipality known = recorded.seenOn(asOf, view, today);
            FiguresView figures = FiguresView.of(known, period, asOf, today, asOf == null ? null : view);
            if (known.ceasedBy(period)) {
                return new MunicipalityFigures(figures, null, null, null, null, null, null, true);
            }
            Integer forecast = period.isBefore(Period.containing(today)) ? null
                    : Forecast.unchangedPolicy(known.ledger(), period, today, Forecast.DEFAULT_TRAILING_MONTHS).backlog();
            LocalDate on = InterventionAdvisor.standsOn(asOf, today);
            InterventionAdvisor.Advice advice = InterventionAdvisor.advise(InterventionAdvisor.deadlines(known, on, decided.verdicts()),
                    decided.rules().inForceOn(on));
            LocalDate position = asOf != null ? asOf : today;
            // The verdicts counted as of a date rest on the adoptions of COA's figures decided by then.
            BacklogLedger judged = known.ledger().knownOn(position);
            return new MunicipalityFigures(figures, advice, forecast,
                    Standings.Standing.of(judged, decided.verdicts(), period, position, figures.backlog()),
                    decided.stages().inForceOn(on).map(LadderDecision::stage).orElse(Stage.NONE),
                    decided.regimes().inForceOn(on).map(RegimeDecision::regime).orElse(null),
                    ProvinceVerdictMark.atLastDeadline(judged, decided.verdicts(), period, position), false);
        }
    }

    /**
     * What the province recorded that bears on a municipality's figures: its verdicts, its ladder rules, its ladder
     * decisions and supervision regimes. Recording any of them raises the municipality's ledger version.
     */
    private record Decided(ProvinceVerdicts verdicts, LadderRuleHistory rules, DecisionHistory<LadderDecision> stages,
                           RegimeHistory regimes) {
    }

    /** A municipality as its ledger knows it, with what the province recorded about it. */
    private record Recorded(KnownMunicipality municipality, Decided decided) {
    }

    private record Key(String municipalityCode, long version, Period period, LocalDate asOf, LocalDate today, AsOfView view) {
    }

    /** Counts computations of many municipalities: all of them (nothing cached), or only some (those changed). */
    private record Computations(Counter everything, Counter changed) {

        static Computations of(MeterRegistry registry, String metric, String description) {
            return new Computations(counter(registry, metric, description, "everything"), counter(registry, metric, description, "changed"));
        }

        private static Counter counter(MeterRegistry registry, String metric, String description, String scope) {
            return Counter.builder(metric).tag("municipalities", scope).description(description).register(registry);
        }

        void count(int computed, int all) {
            if (computed > 0) {
                (computed == all ? everything : changed).increment();
            }
        }
    }

    @Inject
    MunicipalityLedgerStore ledgers;

    @Inject
    ProvinceVerdictStore provinceVerdicts;

    @Inject
    LadderRuleStore ladderRules;

    @Inject
    DecisionStore decisions;

    @Inject
    RegimeQueries regimes;

    @Inject
    @CacheName(CACHE)
    Cache cache;

    @Inject
    Clock clock;

    private final Computations provinces;
    private final Computations country;

    @Inject
    FiguresQueries(MeterRegistry registry) {
        provinces = Computations.of(registry, "supervision.province.computations",
                "a province's overview that computed municipalities' figures: every municipality's, or only some (changed since cached)");
        country = Computations.of(registry, "supervision.national.computations",
                "the country's figures that computed municipalities' figures: every municipality's, or only some (changed since cached)");
    }

    /**
     * A municipality's figures of {@code period} at its end, or on {@code asOf} (null: today's position) in today's view
     * of it ({@link AsOfView#KNOWN_TODAY}); 404 when unknown.
     */
    public Uni<FiguresView> figures(String code, Period period, LocalDate asOf) {
        return ofMunicipality(code, period, asOf, AsOfView.KNOWN_TODAY).map(MunicipalityFigures::figures);
    }

    /**
     * As {@link #figures(String, Period, LocalDate)}, as {@code view} shows {@code asOf}, with whether the half-year is
     * its own ({@link MunicipalityFigures#ceased}).
     */
    public Uni<MunicipalityFigures> ofMunicipality(String code, Period period, LocalDate asOf, AsOfView view) {
        LocalDate now = LocalDate.now(clock);
        return ledgers.versions(List.of(code))
                .flatMap(versions -> cached(new Key(code, versions.get(code), period, asOf, now, view), new AtomicInteger()));
    }

    /** The figures of those of {@code codes} that anything is known about, in code order, in today's view of {@code asOf}. */
    public Uni<List<FiguresView>> figures(Collection<String> codes, Period period, LocalDate asOf) {
        return ledgers.versions(codes).flatMap(versions -> each(versions, period, asOf, AsOfView.KNOWN_TODAY, null))
                .map(all -> all.stream().map(MunicipalityFigures::figures).toList());
    }

    /** Every municipality the register places in the province, merged ones included, in code order, in today's view of {@code asOf}. */
    public Uni<List<MunicipalityFigures>> ofProvince(String provinceCode, Period period, LocalDate asOf) {
        return ofProvince(provinceCode, period, asOf, AsOfView.KNOWN_TODAY);
    }

    /** As {@link #ofProvince(String, Period, LocalDate)}, as {@code view} shows {@code asOf}. */
    public Uni<List<MunicipalityFigures>> ofProvince(String provinceCode, Period period, LocalDate asOf, AsOfView view) {
        return ledgers.versionsOfProvince(provinceCode).flatMap(versions -> each(versions, period, asOf, view, provinces));
    }

    /** Every municipality anything is known about, merged ones included, in code order, in today's view of {@code asOf}. */
    public Uni<List<MunicipalityFigures>> ofCountry(Period period, LocalDate asOf) {
        return ofCountry(period, asOf, AsOfView.KNOWN_TODAY);
    }

    /** As {@link #ofCountry(Period, LocalDate)}, as {@code view} shows {@code asOf}. */
    public Uni<List<MunicipalityFigures>> ofCountry(Period period, LocalDate asOf, AsOfView view) {
        return ledgers.versionsOfAll().flatMap(versions -> each(versions, period, asOf, view, country));
    }

    /** Each municipality's figures at its version, from the cache or computed; one unknown by now is left out. */
    private Uni<List<MunicipalityFigures>> each(Map<String, Long> versions, Period period, LocalDate asOf, AsOfView view,
                                                Computations counted) {
        LocalDate now = LocalDate.now(clock);
        AtomicInteger computed = new AtomicInteger();
        return Multi.createFrom().iterable(versions.entrySet())
                .onItem().transformToUni(v -> cached(new Key(v.getKey(), v.getValue(), period, asOf, now, view), computed)
                        .onFailure(ResourceNotFoundException.class).recoverWithNull())
                .merge(READS_AT_ONCE)
                .collect().asList()
                .map(all -> {
                    if (counted != null) {
                        counted.count(computed.get(), versions.size());
                    }
                    return all.stream().sorted(Comparator.comparing((MunicipalityFigures f) -> f.figures().municipalityCode())).toList();
                });
    }

    /**
     * Every municipality anything is known about, merged ones included, on each of {@code dates}: per date, in code
     * order. A municipality whose figures are not cached on every date is read once for all the dates, not once per
     * date, so that the country's figures at the end of each month of a half-year (the open data) cost one read of the
     * country at most.
     */
    public Uni<Map<LocalDate, List<MunicipalityFigures>>> ofCountryOnEach(Period period, List<LocalDate> dates) {
        LocalDate now = LocalDate.now(clock);
        return ofCountryForEach(dates, null, (code, version) -> dates.stream()
                .map(date -> new Key(code, version, period, date, now, AsOfView.KNOWN_TODAY)).toList());
    }

    /**
     * Every municipality anything is known about, merged ones included, in each of {@code periods} on {@code asOf} (null:
     * today) as {@code view} shows it: per half-year, in code order. As {@link #ofCountryOnEach}, a municipality not
     * cached in every half-year is read once for all of them, so the country over several half-years costs one read of
     * the country at most, and leaves each half-year cached for the province overviews that follow.
     */
    public Uni<Map<Period, List<MunicipalityFigures>>> ofCountryInEach(List<Period> periods, LocalDate asOf, AsOfView view) {
        LocalDate now = LocalDate.now(clock);
        return ofCountryForEach(periods, country, (code, version) -> periods.stream()
                .map(period -> new Key(code, version, period, asOf, now, view)).toList());
    }

    /**
     * Per item of {@code each}, every municipality's figures under the key {@code keys} gives for that item, in code
     * order; counted in {@code counted} when given.
     */
    private <T> Uni<Map<T, List<MunicipalityFigures>>> ofCountryForEach(List<T> each, Computations counted,
                                                                       BiFunction<String, Long, List<Key>> keys) {
        return ledgers.versionsOfAll().flatMap(versions -> {
            AtomicInteger computed = new AtomicInteger();
            return Multi.createFrom().iterable(versions.entrySet())
                    .onItem().transformToUni(v -> cachedOnEach(keys.apply(v.getKey(), v.getValue()), computed)
                            .map(figures -> Map.entry(v.getKey(), figures))
                            .onFailure(ResourceNotFoundException.class).recoverWithNull())
                    .merge(READS_AT_ONCE)
                    .collect().asList()
                    .map(found -> {
                        if (counted != null) {
                            counted.count(computed.get(), versions.size());
                        }
                        List<List<MunicipalityFigures>> inCodeOrder = found.stream().sorted(Map.Entry.comparingByKey())
                                .map(Map.Entry::getValue).toList();
                        Map<T, List<MunicipalityFigures>> byItem = new LinkedHashMap<>();
                        for (int i = 0; i < each.size(); i++) {
                            int item = i;
                            byItem.put(each.get(i), inCodeOrder.stream().map(figures -> figures.get(item)).toList());
                        }
                        return byItem;
                    });
        });
    }

    /** The figures of {@code key} from the cache, or computed from the ledger (once, however many ask at once). */
    private Uni<MunicipalityFigures> cached(Key key, AtomicInteger computed) {
        return cache.getAsync(key, k -> recorded(k.municipalityCode()).map(known -> {
            computed.incrementAndGet();
            return MunicipalityFigures.of(known.municipality(), known.decided(), k.period(), k.asOf(), k.today(), k.view());
        }));
    }

    /** The figures of {@code keys}, one municipality's at one version: from the cache, or all computed from one read. */
    private Uni<List<MunicipalityFigures>> cachedOnEach(List<Key> keys, AtomicInteger computedMunicipalities) {
        CaffeineCache figures = cache.as(CaffeineCache.class);
        List<CompletableFuture<MunicipalityFigures>> found = keys.stream().map(figures::<MunicipalityFigures>getIfPresent).toList();
        if (found.stream().allMatch(Objects::nonNull)) {
            return Uni.join().all(found.stream().map(future -> Uni.createFrom().completionStage(future)).toList()).andFailFast();
        }
        return recorded(keys.get(0).municipalityCode()).map(known -> {
            computedMunicipalities.incrementAndGet();
            List<MunicipalityFigures> computed = new ArrayList<>();
            for (Key key : keys) {
                MunicipalityFigures each = MunicipalityFigures.of(known.municipality(), known.decided(), key.period(), key.asOf(), key.today(),
                        key.view());
                figures.put(key, CompletableFuture.completedFuture(each));
                computed.add(each);
            }
            return computed;
        });
    }

    /** A municipality's ledger and what the province recorded about it; 404 when nothing is known about it. */
    private Uni<Recorded> recorded(String code) {
        return ledgers.of(code)
                .flatMap(known -> Uni.combine().all().unis(provinceVerdicts.of(code), ladderRules.of(known.provinceCode()),
                                decisions.of(LadderDecision.TABLE, List.of(code)), regimes.histories(List.of(code)))
                        .with((verdicts, rules, stages, regimeHistories) -> new Recorded(known,
                                new Decided(verdicts, rules, new DecisionHistory<>(stages.get(code)), regimeHistories.get(code)))));
    }

    /**
     * One municipality as supervision knows it (its register entry, its ledger, its merger or split), for the ledger's
     * lines and the pages that show its facts; 404 when nothing is known about it yet.
     */
    public Uni<KnownMunicipality> municipality(String code) {
        return ledgers.of(code);
    }
}
