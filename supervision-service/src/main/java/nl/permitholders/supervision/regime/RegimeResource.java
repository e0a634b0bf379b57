package nl.permitholders.supervision.regime;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import nl.permitholders.platform.codes.Codes;
import nl.permitholders.platform.period.DateParam;
import nl.permitholders.platform.security.Roles;
import nl.permitholders.supervision.SupervisionApi;
import nl.permitholders.supervision.access.ChecksMunicipalityAccess;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path(SupervisionApi.BASE + "/municipalities/{code}/supervision-regime")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Verdicts and ladder")
@ChecksMunicipalityAccess
public class RegimeResource {

    @Inject
    RegimeQueries queries;

    @Inject
    RegimeService regimes;

    @RolesAllowed({Roles.RIJK, Roles.PROVINCE, Roles.MUNICIPALITY})
    @GET
    @Operation(operationId = "getSupervisionRegime",
            summary = "The municipality's supervision regime as the province decided it, and every decision",
            description = "The regime (LOW, MEDIUM, HIGH; Overijssel's green, orange and red) is the province's own decision, "
                    + "not a computed figure; the schedule colour of the dashboard is the Opnieuw Thuis benchmark and is not "
                    + "this. current is the decision in force: the latest by decidedOn, then recordedAt; absent before the "
                    + "first. With asOf, as it stood on that date: the decisions taken (decidedOn) by then; a date after "
                    + "today gives today's.")
    public Uni<RegimeView> regime(@PathParam("code") @Pattern(regexp = Codes.MUNICIPALITY, message = Codes.MUNICIPALITY_MESSAGE) String code,
                                  @Parameter(description = "the regime as it stood on this date, yyyy-mm-dd",
                                          schema = @Schema(type = SchemaType.STRING, format = "date"))
                                  @QueryParam("asOf") String asOfText) {
        return queries.regime(code, DateParam.parseOptional("asOf", asOfText));
    }

    @RolesAllowed(Roles.PROVINCE)
    @POST
    @Operation(operationId = "decideSupervisionRegime",
            summary = "Record the supervision regime province staff decided for the municipality",
            description = "The regime, the date it was decided (not after today) and the reason (at most 500 characters); who "
                    + "decided is the caller the token names (its name, or else its subject), kept as decidedBy. Only the "
                    + "province the municipality belongs to. Published as " + RegimeService.REGIME_DECIDED + " on supervision.events. "
                    + "Decisions are never changed; a later one follows, and the history is kept.")
    @APIResponse(responseCode = "201", description = "Recorded; Location names the municipality's regime",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = RegimeDecisionView.class)))
    public Uni<Response> decide(@PathParam("code") @Pattern(regexp = Codes.MUNICIPALITY, message = Codes.MUNICIPALITY_MESSAGE) String code,
                                @Valid @NotNull RegimeRequest request) {
        return regimes.decide(code, request)
                .map(decision -> Response.created(URI.create(SupervisionApi.BASE + "/municipalities/" + code + "/supervision-regime"))
                        .entity(decision).build());
    }
}
