package nl.permitholders.supervision.province;

import jakarta.annotation.security.RolesAllowed;
import nl.permitholders.platform.security.Roles;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
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
import nl.permitholders.supervision.ladder.LadderDecision;
import nl.permitholders.supervision.ladder.Stage;
import nl.permitholders.supervision.province.ProvinceFigures.MunicipalityFigures;
import nl.permitholders.supervision.reference.Province;
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
    Today today;

    public record MunicipalityLine(FiguresView figures, Stage currentStage, Stage advisedStage, String advice) {
    }

    public record ProvinceView(String provinceCode, String name, String period, LocalDate asOf, int municipalities, Totals totals,
                               List<MunicipalityLine> lines) {
    }

    @RolesAllowed({Roles.RIJK, Roles.PROVINCE})
    @GET
    @WithSession
    @Operation(summary = "A province's figures for a half-year: totals and every municipality, sortable",
            description = "The same figures as per municipality, summed over the municipalities of the province that exist in "
                    + "the half-year, each with its current and advised ladder stage.")
    public Uni<ProvinceView> overview(@PathParam("code") @Pattern(regexp = Codes.PROVINCE, message = Codes.PROVINCE_MESSAGE) String code,
                                      @PathParam("period") String periodText,
                                      @Parameter(description = "position on this date, yyyy-mm-dd") @QueryParam("asOf") String asOfText,
                                      @Parameter(description = "CODE, BACKLOG, SCHEDULE_GAP or STAGE") @QueryParam("sort") String sortText) {
        Period period = PeriodParam.parse("period", periodText);
        LocalDate asOf = DateParam.parseOptional("asOf", asOfText);
        SortKey sort = sortKey(sortText);
        return Province.<Province>findById(code)
                .onItem().ifNull().failWith(() -> new ResourceNotFoundException("Nothing is known yet about province " + code + "."))
                .flatMap(province -> provinceFigures.of(code, period, asOf, today.date())
                        .flatMap(ProvinceResource::withCurrentStages)
                        .map(lines -> new ProvinceView(code, province.name, period.toString(), asOf, lines.size(),
                                Totals.of(lines.stream().map(MunicipalityLine::figures).toList()), sorted(lines, sort))));
    }

    /** Each municipality's line with the ladder stage the province last decided for it. */
    private static Uni<List<MunicipalityLine>> withCurrentStages(List<MunicipalityFigures> figures) {
        List<String> codes = figures.stream().map(f -> f.figures().municipalityCode()).toList();
        if (codes.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        return LadderDecision.<LadderDecision>list("municipalityCode in ?1 order by decidedOn, recordedAt", codes).map(decisions -> {
            Map<String, Stage> currentStage = new HashMap<>();
            decisions.forEach(d -> currentStage.put(d.municipalityCode, d.stage));
            return figures.stream().map(f -> new MunicipalityLine(f.figures(),
                    currentStage.getOrDefault(f.figures().municipalityCode(), Stage.NONE), f.advice().stage(), f.advice().reason())).toList();
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
