package nl.permitholders.supervision.national;

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
import nl.permitholders.platform.period.DateParam;
import nl.permitholders.platform.period.Period;
import nl.permitholders.platform.period.PeriodParam;
import nl.permitholders.platform.api.QueryParams;
import nl.permitholders.supervision.SupervisionApi;
import nl.permitholders.supervision.ledger.AsOfView;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path(SupervisionApi.BASE + "/national/periods")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Figures")
public class NationalResource {

    @Inject
    NationalQueries country;

    @RolesAllowed({Roles.RIJK, Roles.PROVINCE})
    @GET
    @Path("{period}")
    @Operation(operationId = "getNationalFigures",
            summary = "The country's figures for a half-year: the same totals as a province, and each province's",
            description = "Summed over every municipality in the register that exists in the half-year (not merged into another "
                    + "or split over others by then, R3), as the province overview sums its own. Municipalities with figures but not (yet) in the register are "
                    + "counted in municipalitiesWithoutProvince and not in the totals. standings, for the country and each "
                    + "province, as in the province overview: net and gross backlog, municipalities ahead, and the verdicts "
                    + "(R7) at lastDeadline. coaEndPositionAdopted says whether getNationalSeries gives the half-year's "
                    + "position at the end as COA published it.")
    public Uni<NationalView> national(
            @Parameter(schema = @Schema(type = SchemaType.STRING, pattern = Period.PATTERN))
            @PathParam("period") String periodText,
            @Parameter(description = "position on this date, yyyy-mm-dd", schema = @Schema(type = SchemaType.STRING, format = "date"))
            @QueryParam("asOf") String asOfText,
            @Parameter(description = SupervisionApi.VIEW_DESCRIPTION,
                    schema = @Schema(type = SchemaType.STRING, enumeration = {"KNOWN_THEN", "KNOWN_TODAY"}, defaultValue = "KNOWN_THEN"))
            @QueryParam(SupervisionApi.VIEW) String viewText) {
        QueryParams params = new QueryParams();
        Period period = params.required("period", periodText, PeriodParam.REQUIRED, Period::parse);
        LocalDate asOf = params.date("asOf", asOfText);
        AsOfView view = params.enumValue(SupervisionApi.VIEW, viewText, AsOfView.class);
        params.throwIfAny();
        return country.of(period, asOf, view == null ? AsOfView.KNOWN_THEN : view);
    }

    @RolesAllowed({Roles.RIJK, Roles.PROVINCE})
    @GET
    @Operation(operationId = "getNationalFiguresPerHalfYear",
            summary = "The country's figures for each half-year from from to to, the oldest first",
            description = "Each half-year as getNationalFigures gives it (at most " + HalfYearRange.MAX_HALF_YEARS
                    + "), in one read: every municipality's figures in all of them are computed from one read of its ledger, "
                    + "not one per half-year, so a page of the country over several half-years costs what one half-year "
                    + "costs. With asOf, every half-year positioned on that date.")
    public Uni<List<NationalView>> nationalPerHalfYear(
            @Parameter(description = "first half-year, e.g. 2024-I or 2024-H1", required = true,
                    schema = @Schema(type = SchemaType.STRING, pattern = Period.PATTERN))
            @QueryParam("from") String fromText,
            @Parameter(description = "last half-year", required = true, schema = @Schema(type = SchemaType.STRING, pattern = Period.PATTERN))
            @QueryParam("to") String toText,
            @Parameter(description = "position on this date, yyyy-mm-dd", schema = @Schema(type = SchemaType.STRING, format = "date"))
            @QueryParam("asOf") String asOfText,
            @Parameter(description = SupervisionApi.VIEW_DESCRIPTION,
                    schema = @Schema(type = SchemaType.STRING, enumeration = {"KNOWN_THEN", "KNOWN_TODAY"}, defaultValue = "KNOWN_THEN"))
            @QueryParam(SupervisionApi.VIEW) String viewText) {
        QueryParams params = new QueryParams();
        LocalDate asOf = params.date("asOf", asOfText);
        AsOfView view = params.enumValue(SupervisionApi.VIEW, viewText, AsOfView.class);
        params.throwIfAny();
        return country.inEach(HalfYearRange.of(fromText, toText), asOf, view == null ? AsOfView.KNOWN_THEN : view);
    }
}
