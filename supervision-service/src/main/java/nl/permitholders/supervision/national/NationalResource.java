package nl.permitholders.supervision.national;

import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
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
import nl.permitholders.supervision.figures.FiguresResource.FiguresView;
import nl.permitholders.supervision.figures.Totals;
import nl.permitholders.supervision.figures.FiguresQueries;
import nl.permitholders.supervision.figures.FiguresQueries.MunicipalityFigures;
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
    FiguresQueries figures;

    @Inject
    Clock clock;

    @Inject
    @ReactiveDataSource(ReadPool.NAME)
    Pool pool;

    private record Key(Period period, LocalDate asOf, LocalDate today) {
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
        Key key = new Key(period, asOf, LocalDate.now(clock));
        // Each municipality's figures as cached by its ledger version: after a change only the changed one is computed.
        Uni<List<Line>> lines = figures.ofCountry(period, asOf)
                .map(all -> all.stream().filter(f -> !f.merged()).map(Line::of).toList());
        Uni<Map<String, String>> names = pool.query("SELECT code, name FROM province").execute().map(rows -> {
            Map<String, String> byCode = new HashMap<>();
            rows.forEach(row -> byCode.put(row.getString(0), row.getString(1)));
            return byCode;
        });
        return Uni.combine().all().unis(lines, names).with((each, provinceNames) -> view(key, each, provinceNames));
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

        static Line of(MunicipalityFigures figures) {
            return figures.figures().provinceCode() == null ? new Line(null, null) : new Line(figures.figures(), figures.standing());
        }

        static Totals totals(List<Line> lines) {
            return Totals.of(lines.stream().map(Line::figures).toList());
        }

        static Standings standings(Period period, LocalDate position, List<Line> lines) {
            return Standings.of(period, position, lines.stream().map(Line::standing).toList());
        }
    }
}
