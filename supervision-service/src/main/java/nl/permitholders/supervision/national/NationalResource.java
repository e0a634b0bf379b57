package nl.permitholders.supervision.national;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.annotation.security.RolesAllowed;
import nl.permitholders.platform.security.Roles;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import nl.permitholders.platform.period.DateParam;
import nl.permitholders.platform.period.Period;
import nl.permitholders.platform.period.PeriodParam;
import nl.permitholders.supervision.SupervisionApi;
import nl.permitholders.supervision.figures.Totals;
import nl.permitholders.supervision.figures.FiguresQueries;
import nl.permitholders.supervision.figures.FiguresQueries.MunicipalityFigures;
import nl.permitholders.supervision.verdict.Standings;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path(SupervisionApi.BASE + "/national/periods/{period}")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Figures")
public class NationalResource {

    @Inject
    NationalFigures country;

    @Schema(requiredProperties = {"provinceCode", "name", "municipalities", "totals", "standings"})
    public record ProvinceTotals(String provinceCode, String name, int municipalities, Totals totals, Standings standings) {
    }

    /** Without a date asked for, asOf is left out, as the document has it optional. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(requiredProperties = {"period", "municipalities", "totals", "standings", "provinces",
            "municipalitiesWithoutProvince"})
    public record NationalView(String period,
                               @Schema(description = "the date asked for: the figures as they stood on it; absent when none was")
                               LocalDate asOf, int municipalities, Totals totals, Standings standings,
                               List<ProvinceTotals> provinces, int municipalitiesWithoutProvince) {

        /**
         * The country from the figures of every municipality that exists in the half-year (not merged or split by then) on
         * {@code position}: those in no province (yet) are counted apart, not in the totals.
         */
        static NationalView of(Period period, LocalDate asOf, LocalDate position, List<MunicipalityFigures> existing,
                               Map<String, String> provinceNames) {
            Map<String, List<MunicipalityFigures>> byProvince = existing.stream().filter(f -> f.figures().provinceCode() != null)
                    .collect(Collectors.groupingBy(f -> f.figures().provinceCode(), TreeMap::new, Collectors.toList()));
            List<ProvinceTotals> provinces = byProvince.entrySet().stream().map(e -> new ProvinceTotals(e.getKey(),
                    provinceNames.get(e.getKey()), e.getValue().size(), totals(e.getValue()), standings(period, position, e.getValue())))
                    .toList();
            List<MunicipalityFigures> inProvinces = byProvince.values().stream().flatMap(List::stream).toList();
            return new NationalView(period.toString(), asOf, inProvinces.size(), totals(inProvinces),
                    standings(period, position, inProvinces), provinces, existing.size() - inProvinces.size());
        }

        private static Totals totals(List<MunicipalityFigures> figures) {
            return Totals.of(figures.stream().map(MunicipalityFigures::figures).toList());
        }

        private static Standings standings(Period period, LocalDate position, List<MunicipalityFigures> figures) {
            return Standings.of(period, position, figures.stream().map(MunicipalityFigures::standing).toList());
        }
    }

    @RolesAllowed({Roles.RIJK, Roles.PROVINCE})
    @GET
    @Operation(operationId = "getNationalFigures",
            summary = "The country's figures for a half-year: the same totals as a province, and each province's",
            description = "Summed over every municipality in the register that exists in the half-year (not merged into another "
                    + "or split over others by then, R3), as the province overview sums its own. Municipalities with figures but not (yet) in the register are "
                    + "counted in municipalitiesWithoutProvince and not in the totals. standings, for the country and each "
                    + "province, as in the province overview: net and gross backlog, municipalities ahead, and the verdicts "
                    + "(R7) at lastDeadline.")
    public Uni<NationalView> national(
            @Parameter(schema = @Schema(type = SchemaType.STRING, pattern = Period.PATTERN))
            @PathParam("period") String periodText,
            @Parameter(description = "position on this date, yyyy-mm-dd", schema = @Schema(type = SchemaType.STRING, format = "date"))
            @QueryParam("asOf") String asOfText) {
        return country.of(PeriodParam.parse("period", periodText), DateParam.parseOptional("asOf", asOfText));
    }
}
