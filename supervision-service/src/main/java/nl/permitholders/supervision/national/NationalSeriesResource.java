package nl.permitholders.supervision.national;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import nl.permitholders.platform.period.DateParam;
import nl.permitholders.platform.period.Period;
import nl.permitholders.platform.security.Roles;
import nl.permitholders.platform.api.QueryParams;
import nl.permitholders.supervision.SupervisionApi;
import nl.permitholders.supervision.ledger.AsOfView;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The national series per half-year and the Rijk's reconciliation of it. */
@Path(SupervisionApi.BASE + "/national/series")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Figures")
public class NationalSeriesResource {

    @Inject
    CountrySeriesQueries country;

    /** Without a date asked for, view is left out, as the document has it optional. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(requiredProperties = {"period", "figures", "ownArithmetic", "difference", "coaEndPositionAdopted"})
    public record HalfYearView(String period,
                               @Schema(description = "as published: with COA's figures province staff adopted (the amount carried "
                                       + "in, the position at the end as COA published it)") SeriesFigures figures,
                               @Schema(description = "the system's own arithmetic without any adoption (R4)") SeriesFigures ownArithmetic,
                               @Schema(description = "figures minus ownArithmetic: the Rijk's reconciliation") SeriesFigures difference,
                               @Schema(description = "whether COA's published end position is adopted at the half-year's deadline "
                                       + "(by asOf, or now): figures.position is then the position as published")
                               boolean coaEndPositionAdopted,
                               @Schema(description = "with asOf, which view of that date: KNOWN_THEN or KNOWN_TODAY; absent without asOf")
                               AsOfView view) {

        static HalfYearView of(NationalSeries.HalfYear h, Set<LocalDate> endPositionsAdopted, AsOfView view) {
            return new HalfYearView(h.period().toString(), SeriesFigures.of(h.figures()), SeriesFigures.of(h.ownArithmetic()),
                    SeriesFigures.of(h.difference()), endPositionsAdopted.contains(h.period().deadline()), view);
        }
    }

    /** A half-year's national figures: quota, the quota including what was carried in, housed, the position at the end. */
    @Schema(requiredProperties = {"quota", "adjustedQuota", "housed", "position"})
    public record SeriesFigures(int quota, int adjustedQuota, int housed, int position) {

        static SeriesFigures of(NationalSeries.Figures f) {
            return new SeriesFigures(f.quota(), f.adjustedQuota(), f.housed(), f.position());
        }
    }

    @RolesAllowed({Roles.RIJK, Roles.PROVINCE})
    @GET
    @Operation(operationId = "getNationalSeries",
            summary = "The national series per half-year, as the Rijk publishes it, beside the system's own arithmetic",
            description = "Per half-year from from to to (at most " + HalfYearRange.MAX_HALF_YEARS + "), summed over every municipality of "
                    + "every province that exists in it: quota, adjustedQuota (the quota including the backlog or lead carried "
                    + "in), housed and position at the end (a backlog positive, a lead negative; the Rijk's table writes a "
                    + "backlog negative, as COA does). figures count COA's figures province staff adopted: the amount carried "
                    + "in as COA carried it and the position at the end as COA published it, which need not be adjustedQuota "
                    + "minus housed; ownArithmetic is the system's arithmetic without any adoption (each end carried into the "
                    + "next half-year, R4), and difference the one minus the other: the Rijk's reconciliation; coaEndPositionAdopted "
                    + "says where the position at the end is COA's as published. With asOf, the series as it stood on that date.")
    public Uni<List<HalfYearView>> series(
            @Parameter(description = "first half-year, e.g. 2019-I or 2019-H1", required = true,
                    schema = @Schema(type = SchemaType.STRING, pattern = Period.PATTERN))
            @QueryParam("from") String fromText,
            @Parameter(description = "last half-year", required = true, schema = @Schema(type = SchemaType.STRING, pattern = Period.PATTERN))
            @QueryParam("to") String toText,
            @Parameter(description = "the series as it stood on this date, yyyy-mm-dd: persons housed up to it and the "
                    + "adoptions of COA's figures decided by then", schema = @Schema(type = SchemaType.STRING, format = "date"))
            @QueryParam("asOf") String asOfText,
            @Parameter(description = SupervisionApi.VIEW_DESCRIPTION,
                    schema = @Schema(type = SchemaType.STRING, enumeration = {"KNOWN_THEN", "KNOWN_TODAY"}, defaultValue = "KNOWN_THEN"))
            @QueryParam(SupervisionApi.VIEW) String viewText) {
        QueryParams params = new QueryParams();
        LocalDate asOf = params.date("asOf", asOfText);
        AsOfView view = params.enumValue(SupervisionApi.VIEW, viewText, AsOfView.class);
        params.throwIfAny();
        List<Period> halfYears = HalfYearRange.of(fromText, toText);
        Period from = halfYears.get(0);
        Period to = halfYears.get(halfYears.size() - 1);
        AsOfView seen = asOf == null ? null : view == null ? AsOfView.KNOWN_THEN : view;
        // adoptions count by the day decided in either view
        return Uni.combine().all().unis(country.between(from, to, asOf, seen == null ? AsOfView.KNOWN_TODAY : seen),
                        country.endPositionsAdopted(asOf))
                .with((series, adopted) -> series.stream().map(h -> HalfYearView.of(h, adopted, seen)).toList());
    }
}
