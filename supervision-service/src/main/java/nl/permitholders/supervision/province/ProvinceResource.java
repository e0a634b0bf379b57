package nl.permitholders.supervision.province;

import jakarta.annotation.security.RolesAllowed;
import nl.permitholders.platform.security.Roles;
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
import nl.permitholders.platform.api.InvalidInputException;
import nl.permitholders.platform.codes.Codes;
import nl.permitholders.platform.period.Period;
import nl.permitholders.platform.period.DateParam;
import nl.permitholders.platform.period.PeriodParam;
import nl.permitholders.platform.api.QueryParams;
import nl.permitholders.supervision.SupervisionApi;
import nl.permitholders.supervision.ledger.AsOfView;
import nl.permitholders.supervision.province.ProvinceQueries.SortKey;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path(SupervisionApi.BASE + "/provinces/{code}/periods/{period}")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Figures")
public class ProvinceResource {

    @Inject
    ProvinceQueries queries;

    @RolesAllowed({Roles.RIJK, Roles.PROVINCE})
    @GET
    @Operation(operationId = "getProvinceFigures",
            summary = "A province's figures for a half-year: totals and every municipality, sortable",
            description = "The same figures as per municipality, summed over the municipalities of the province that exist in "
                    + "the half-year (not merged or split by then, R3), each with its ladder stage as decided and as advised on asOf (or today; a later date gives "
                    + "today's) and the supervision regime the province decided in force then (regime, absent when none is "
                    + "recorded). standings: the net backlog (the totals' "
                    + "backlog), the gross backlog (the positive backlogs added up: a lead does not make up another's backlog), "
                    + "how many municipalities are ahead (backlog below zero), and how many met, missed excusably or missed (R7) "
                    + "the last deadline (the province's own verdict where one counts, else the computed one), lastDeadline: the half-year's own deadline once it has passed on asOf (or today), "
                    + "otherwise the one it started on; withoutVerdict counts the municipalities whose figures start after it.")
    public Uni<ProvinceQueries.ProvinceView> overview(@PathParam("code") @Pattern(regexp = Codes.PROVINCE, message = Codes.PROVINCE_MESSAGE) String code,
                                      @Parameter(schema = @Schema(type = SchemaType.STRING, pattern = Period.PATTERN))
                                      @PathParam("period") String periodText,
                                      @Parameter(description = "position on this date, yyyy-mm-dd",
                                              schema = @Schema(type = SchemaType.STRING, format = "date"))
                                      @QueryParam("asOf") String asOfText,
            @Parameter(description = SupervisionApi.VIEW_DESCRIPTION,
                    schema = @Schema(type = SchemaType.STRING, enumeration = {"KNOWN_THEN", "KNOWN_TODAY"}, defaultValue = "KNOWN_THEN"))
            @QueryParam(SupervisionApi.VIEW) String viewText,
                                      @Parameter(description = "CODE, BACKLOG, SCHEDULE_GAP or STAGE",
                                              schema = @Schema(type = SchemaType.STRING,
                                                      enumeration = {"CODE", "BACKLOG", "SCHEDULE_GAP", "STAGE"}, defaultValue = "CODE"))
                                      @QueryParam("sort") String sortText) {
        QueryParams params = new QueryParams();
        Period period = params.required("period", periodText, PeriodParam.REQUIRED, Period::parse);
        LocalDate asOf = params.date("asOf", asOfText);
        AsOfView view = params.enumValue(SupervisionApi.VIEW, viewText, AsOfView.class);
        params.throwIfAny();
        SortKey sort = sortKey(sortText);
        return queries.overview(code, period, asOf, view == null ? AsOfView.KNOWN_THEN : view, sort).map(ProvinceQueries.Overview::view);
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
