package nl.permitholders.supervision.ladder;

import nl.permitholders.platform.api.DesignRulesOpenApiFilter;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import jakarta.annotation.security.RolesAllowed;
import nl.permitholders.platform.security.Roles;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.LocalDate;
import nl.permitholders.platform.codes.Codes;
import nl.permitholders.platform.period.DateParam;
import nl.permitholders.platform.api.QueryParams;
import nl.permitholders.supervision.SupervisionApi;
import nl.permitholders.supervision.ledger.AsOfView;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import nl.permitholders.supervision.access.ChecksMunicipalityAccess;

@Path(SupervisionApi.BASE + "/municipalities/{code}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Verdicts and ladder")
@ChecksMunicipalityAccess
public class LadderResource {

    @Inject
    LadderQueries ladderQueries;

    @Inject
    LadderService ladders;

    @RolesAllowed({Roles.RIJK, Roles.PROVINCE, Roles.MUNICIPALITY})
    @GET
    @Path("/ladder")
    @Operation(operationId = "getLadder",
            summary = "The municipality's stage on the intervention ladder, the advised stage with its reason, and every decision",
            description = "The advice counts the verdicts at every deadline passed (R7) and, for a municipality that joined "
                    + "with an opening balance above zero, the deadline that opened its chain as NOT_MET; the reason names that "
                    + "deadline when the advice rests on it (openingDeadline, openingBalance). reasonCode names the rule the advice "
                    + "follows, reason says it in English; rule (with ruleCode, ruleDeadlines, rulesFrom) names the rule of the "
                    + "province's ladder rules in force on that date, or of the default ones, that gave the stage. With asOf, the ladder as it stood on that date: the deadlines passed "
                    + "by then, judged on the facts up to them, and the decisions taken (decidedOn) by then; a date after today "
                    + "gives today's.")
    public Uni<LadderView> ladder(@PathParam("code") @Pattern(regexp = Codes.MUNICIPALITY, message = Codes.MUNICIPALITY_MESSAGE) String code,
                                  @Parameter(description = "the ladder as it stood on this date, yyyy-mm-dd",
                                          schema = @Schema(type = SchemaType.STRING, format = "date"))
                                  @QueryParam("asOf") String asOfText,
            @Parameter(description = SupervisionApi.VIEW_DESCRIPTION,
                    schema = @Schema(type = SchemaType.STRING, enumeration = {"KNOWN_THEN", "KNOWN_TODAY"}, defaultValue = "KNOWN_THEN"))
            @QueryParam(SupervisionApi.VIEW) String viewText) {
        QueryParams params = new QueryParams();
        LocalDate asOf = params.date("asOf", asOfText);
        AsOfView view = params.enumValue(SupervisionApi.VIEW, viewText, AsOfView.class);
        params.throwIfAny();
        return ladderQueries.ladder(code, asOf, view == null ? AsOfView.KNOWN_THEN : view);
    }

    @RolesAllowed(Roles.PROVINCE)
    @POST
    @Path("/ladder-decisions")
    @Operation(operationId = "decideLadderStage",
            summary = "Record a decision of province staff on the intervention ladder",
            description = "The stage, the date it was decided and the reason; who decided is the caller the token names "
                    + "(its name, or else its subject), kept as decidedBy. Published as "
                    + LadderService.STAGE_DECIDED + " on supervision.events. Decisions are never changed; a later one follows.")
    @APIResponse(responseCode = "201", description = "Recorded; Location names the decision",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = LadderDecisionView.class)))
    public Uni<Response> decide(@PathParam("code") @Pattern(regexp = Codes.MUNICIPALITY, message = Codes.MUNICIPALITY_MESSAGE) String code,
                                @Valid @NotNull DecisionRequest request) {
        return ladders.decide(code, request)
                .map(decision -> Response.created(URI.create(SupervisionApi.BASE + "/municipalities/" + code + "/ladder"))
                        .entity(decision).build());
    }
}
