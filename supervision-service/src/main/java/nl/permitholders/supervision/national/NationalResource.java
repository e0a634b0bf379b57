package nl.permitholders.supervision.national;

import jakarta.annotation.security.RolesAllowed;
import nl.permitholders.platform.security.Roles;
import io.smallrye.mutiny.Uni;
import io.quarkus.reactive.datasource.ReactiveDataSource;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.annotation.PostConstruct;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import nl.permitholders.platform.period.DateParam;
import nl.permitholders.platform.period.Period;
import nl.permitholders.platform.period.PeriodParam;
import nl.permitholders.supervision.SupervisionApi;
import nl.permitholders.supervision.Today;
import nl.permitholders.supervision.figures.FiguresResource.FiguresView;
import nl.permitholders.supervision.figures.KeptPerMunicipality;
import nl.permitholders.supervision.figures.MunicipalityLedgers;
import nl.permitholders.supervision.figures.MunicipalityLedgers.Known;
import nl.permitholders.supervision.figures.Totals;
import nl.permitholders.supervision.projection.KeptPerVersion;
import nl.permitholders.supervision.projection.ReadPool;
import nl.permitholders.supervision.verdict.Standings;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path(SupervisionApi.BASE + "/national/periods/{period}")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Figures")
public class NationalResource {

    @Inject
    MunicipalityLedgers ledgers;

    @Inject
    Today today;

    @Inject
    MeterRegistry registry;

    @Inject
    @ReactiveDataSource(ReadPool.NAME)
    Pool pool;

    /** Enough for several half-years and dates; beyond it the cache starts over. */
    private static final int MAX_KEPT = 64;

    /** The country's figures per half-year and date, computed once per version of the projection. */
    private final KeptPerVersion<Key, NationalView> kept = new KeptPerVersion<>(MAX_KEPT);

    private record Key(Period period, LocalDate asOf, LocalDate today) {
    }

    /** Each municipality's part per half-year and date, brought up to each new version by computing the changed ones again. */
    private KeptPerMunicipality<Key, Line> lines;

    @PostConstruct
    void keep() {
        lines = new KeptPerMunicipality<>(MAX_KEPT, registry, "supervision.national.computations",
                "the country's figures computed for a new projection version: for every municipality, or only for those changed "
                        + "since the last time");
    }

    public record ProvinceTotals(String provinceCode, String name, int municipalities, Totals totals, Standings standings) {
    }

    public record NationalView(String period, LocalDate asOf, int municipalities, Totals totals, Standings standings,
                               List<ProvinceTotals> provinces, int municipalitiesWithoutProvince) {
    }

    @RolesAllowed({Roles.RIJK, Roles.PROVINCE})
    @GET
    @Operation(summary = "The country's figures for a half-year: the same totals as a province, and each province's",
            description = "Summed over every municipality in the register that exists in the half-year (not merged into another by "
                    + "then), as the province overview sums its own. Municipalities with figures but not (yet) in the register are "
                    + "counted in municipalitiesWithoutProvince and not in the totals. standings, for the country and each "
                    + "province, as in the province overview: net and gross backlog, municipalities ahead, and the verdicts "
                    + "(R7) at lastDeadline.")
    public Uni<NationalView> national(@PathParam("period") String periodText,
                                      @Parameter(description = "position on this date, yyyy-mm-dd") @QueryParam("asOf") String asOfText) {
        Period period = PeriodParam.parse("period", periodText);
        LocalDate asOf = DateParam.parseOptional("asOf", asOfText);
        LocalDate now = today.date();
        Key key = new Key(period, asOf, now);
        return kept.get(pool, key, version -> compute(key));
    }

    /**
     * Each municipality's figures as its ledger is read, a few ledgers at a time: the country's ledgers do not fit in
     * memory at once. After the first time, only the municipalities changed since are read and computed again
     * ({@link MunicipalityLedgers#eachChangedSince}): a change in one municipality would otherwise read a million ledger
     * entries again.
     */
    private Uni<NationalView> compute(Key key) {
        return lines.current(key, since -> ledgers.eachChangedSince(since, known -> Line.of(known, key.period(), key.asOf(), key.today())))
                // Through the read pool, not a Hibernate session: the computation is shared by every request that asks meanwhile.
                .flatMap(byCode -> pool.query("SELECT code, name FROM province").execute().map(rows -> {
                    Map<String, String> names = new HashMap<>();
                    rows.forEach(row -> names.put(row.getString(0), row.getString(1)));
                    return view(key, byCode.values(), names);
                }));
    }

    private static NationalView view(Key key, Collection<Line> lines, Map<String, String> provinceNames) {
        Map<String, List<Line>> byProvince = new TreeMap<>();
        int withoutProvince = 0;
        for (Line line : lines) {
            if (line.figures() == null) {
                withoutProvince++;
                continue;
            }
            byProvince.computeIfAbsent(line.figures().provinceCode(), k -> new ArrayList<>()).add(line);
        }
        LocalDate position = key.asOf() != null ? key.asOf() : key.today();
        List<ProvinceTotals> perProvince = byProvince.entrySet().stream()
                .map(e -> new ProvinceTotals(e.getKey(), provinceNames.get(e.getKey()), e.getValue().size(), Line.totals(e.getValue()),
                        Line.standings(key.period(), position, e.getValue())))
                .toList();
        List<Line> everyone = byProvince.values().stream().flatMap(List::stream).toList();
        return new NationalView(key.period().toString(), key.asOf(), everyone.size(), Line.totals(everyone),
                Line.standings(key.period(), position, everyone), perProvince, withoutProvince);
    }

    /** A municipality's part in the country's figures: its figures and standing, or none when it is in no province (yet). */
    private record Line(FiguresView figures, Standings.Standing standing) {

        /** Null (left out) when the half-year belongs to the municipality it merged into. */
        static Line of(Known known, Period period, LocalDate asOf, LocalDate now) {
            if (known.mergedBy(period)) {
                return null;
            }
            if (known.provinceCode() == null) {
                return new Line(null, null);
            }
            FiguresView figures = FiguresView.of(known, period, asOf, now);
            return new Line(figures, Standings.Standing.of(known.ledger(), period, asOf != null ? asOf : now, figures.backlog()));
        }

        static Totals totals(List<Line> lines) {
            return Totals.of(lines.stream().map(Line::figures).toList());
        }

        static Standings standings(Period period, LocalDate position, List<Line> lines) {
            return Standings.of(period, position, lines.stream().map(Line::standing).toList());
        }
    }
}
