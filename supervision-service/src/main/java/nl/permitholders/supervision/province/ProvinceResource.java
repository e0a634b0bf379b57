package nl.permitholders.supervision.province;

import jakarta.annotation.security.RolesAllowed;
import nl.permitholders.platform.security.Roles;
import io.smallrye.mutiny.Uni;
import io.quarkus.reactive.datasource.ReactiveDataSource;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.permitholders.platform.api.InvalidInputException;
import nl.permitholders.platform.api.ResourceNotFoundException;
import nl.permitholders.platform.codes.Codes;
import nl.permitholders.platform.period.Period;
import nl.permitholders.platform.period.DateParam;
import nl.permitholders.platform.period.PeriodParam;
import nl.permitholders.supervision.SupervisionApi;
import nl.permitholders.supervision.Today;
import nl.permitholders.supervision.figures.FiguresResource.FiguresView;
import nl.permitholders.supervision.figures.Totals;
import nl.permitholders.supervision.ladder.InterventionAdvisor;
import nl.permitholders.supervision.ladder.Stage;
import nl.permitholders.supervision.province.ProvinceFigures.MunicipalityFigures;
import nl.permitholders.supervision.projection.ReadPool;
import nl.permitholders.supervision.verdict.Standings;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path(SupervisionApi.BASE + "/provinces/{code}/periods/{period}")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Figures")
public class ProvinceResource {

    /** How the municipalities can be ordered; the larger backlog or gap first, the higher stage first. */
    public enum SortKey {
        CODE, BACKLOG, SCHEDULE_GAP, STAGE
    }

    @Inject
    ProvinceFigures provinceFigures;

    @Inject
    @ReactiveDataSource(ReadPool.NAME)
    Pool pool;

    @Inject
    Today today;

    public record MunicipalityLine(FiguresView figures, Stage currentStage, Stage advisedStage, String advice) {
    }

    public record ProvinceView(String provinceCode, String name, String period, LocalDate asOf, int municipalities, Totals totals,
                               Standings standings, List<MunicipalityLine> lines) {
    }

    @RolesAllowed({Roles.RIJK, Roles.PROVINCE})
    @GET
    @Operation(summary = "A province's figures for a half-year: totals and every municipality, sortable",
            description = "The same figures as per municipality, summed over the municipalities of the province that exist in "
                    + "the half-year, each with its ladder stage as decided and as advised on asOf (or today; a later date gives "
                    + "today's). standings: the net backlog (the totals' "
                    + "backlog), the gross backlog (the positive backlogs added up: a lead does not make up another's backlog), "
                    + "how many municipalities are ahead (backlog below zero), and how many met, missed excusably or missed (R7) "
                    + "the last deadline, lastDeadline: the half-year's own deadline once it has passed on asOf (or today), "
                    + "otherwise the one it started on; withoutVerdict counts the municipalities whose figures start after it.")
    public Uni<ProvinceView> overview(@PathParam("code") @Pattern(regexp = Codes.PROVINCE, message = Codes.PROVINCE_MESSAGE) String code,
                                      @PathParam("period") String periodText,
                                      @Parameter(description = "position on this date, yyyy-mm-dd") @QueryParam("asOf") String asOfText,
                                      @Parameter(description = "CODE, BACKLOG, SCHEDULE_GAP or STAGE") @QueryParam("sort") String sortText) {
        Period period = PeriodParam.parse("period", periodText);
        LocalDate asOf = DateParam.parseOptional("asOf", asOfText);
        SortKey sort = sortKey(sortText);
        // Through the pool, query by query, never holding a Hibernate session's connection while waiting for another:
        // under many concurrent overviews that would let the sessions take every connection and wait for ever.
        return pool.preparedQuery("SELECT name FROM province WHERE code = $1").execute(Tuple.of(code))
                .map(rows -> rows.iterator().hasNext() ? rows.iterator().next().getString("name") : null)
                .onItem().ifNull().failWith(() -> new ResourceNotFoundException("Nothing is known yet about province " + code + "."))
                .flatMap(name -> provinceFigures.of(code, period, asOf, today.date())
                        .flatMap(figures -> withCurrentStages(figures, InterventionAdvisor.standsOn(asOf, today.date()))
                        .map(lines -> new ProvinceView(code, name, period.toString(), asOf, lines.size(),
                                Totals.of(lines.stream().map(MunicipalityLine::figures).toList()),
                                Standings.of(period, asOf != null ? asOf : today.date(),
                                        figures.stream().map(MunicipalityFigures::standing).toList()),
                                sorted(lines, sort)))));
    }

    /** Each municipality's line with the ladder stage the province last decided for it on or before {@code on}. */
    private Uni<List<MunicipalityLine>> withCurrentStages(List<MunicipalityFigures> figures, LocalDate on) {
        String[] codes = figures.stream().map(f -> f.figures().municipalityCode()).toArray(String[]::new);
        if (codes.length == 0) {
            return Uni.createFrom().item(List.of());
        }
        return pool.preparedQuery("SELECT municipality_code, stage FROM ladder_decision WHERE municipality_code = ANY($1) "
                        + "AND decided_on <= $2 ORDER BY decided_on, recorded_at")
                .execute(Tuple.of((Object) codes, on)).map(decisions -> {
                    Map<String, Stage> currentStage = new HashMap<>();
                    decisions.forEach(d -> currentStage.put(d.getString("municipality_code"), Stage.valueOf(d.getString("stage"))));
                    return figures.stream().map(f -> new MunicipalityLine(f.figures(),
                            currentStage.getOrDefault(f.figures().municipalityCode(), Stage.NONE), f.advice().stage(),
                            f.advice().reason())).toList();
                });
    }

    private static List<MunicipalityLine> sorted(List<MunicipalityLine> lines, SortKey key) {
        Comparator<MunicipalityLine> byCode = Comparator.comparing(l -> l.figures().municipalityCode());
        Map<SortKey, Comparator<MunicipalityLine>> orders = Map.of(
                SortKey.CODE, byCode,
                SortKey.BACKLOG, Comparator.comparingInt((MunicipalityLine l) -> l.figures().backlog()).reversed().thenComparing(byCode),
                SortKey.SCHEDULE_GAP, Comparator.comparingInt((MunicipalityLine l) -> l.figures().scheduleGap()).reversed().thenComparing(byCode),
                SortKey.STAGE, Comparator.comparing(MunicipalityLine::currentStage).reversed().thenComparing(byCode));
        return lines.stream().sorted(orders.get(key)).toList();
    }

    private static SortKey sortKey(String text) {
        if (text == null || text.isBlank()) {
            return SortKey.CODE;
        }
        try {
            return SortKey.valueOf(text);
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.of("sort", "must be one of CODE, BACKLOG, SCHEDULE_GAP, STAGE");
        }
    }

}
