package nl.permitholders.supervision.ladder;

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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path(SupervisionApi.BASE + "/provinces/{code}/ladder-rules")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Verdicts and ladder")
public class LadderRulesResource {

    @Inject
    LadderRuleService book;

    @RolesAllowed({Roles.RIJK, Roles.PROVINCE, Roles.PROVINCE_ADMINISTRATOR})
    @GET
    @Operation(operationId = "getLadderRules",
            summary = "The province's rules for advising a stage of the intervention ladder, and every set it recorded",
            description = "Which verdicts count as a missed deadline, how many missed in a row advise which stage, and whether "
                    + "a growing backlog advises announcing substitution. Where the province set none, the default rules apply: "
                    + "NOT_MET counts; 1 → SIGNAL, 2 → OFFICIAL_TALK, 3 → ADMINISTRATIVE_AGREEMENTS; growth escalates. With "
                    + "asOf, the rules in force on that date. The Rijk, and the province's own staff and administrators; 404 for "
                    + "a province nothing is known about.")
    public Uni<RuleHistoryView> rules(@PathParam("code") @Pattern(regexp = Codes.PROVINCE, message = Codes.PROVINCE_MESSAGE) String code,
                                      @Parameter(description = "the rules in force on this date, yyyy-mm-dd",
                                              schema = @Schema(type = SchemaType.STRING, format = "date"))
                                      @QueryParam("asOf") String asOfText) {
        return book.view(code, DateParam.parseOptional("asOf", asOfText));
    }

    @RolesAllowed(Roles.PROVINCE_ADMINISTRATOR)
    @POST
    @Operation(operationId = "setLadderRules",
            summary = "Set the province's rules for advising a stage of the intervention ladder, from a date",
            description = "Only an administrator of the province itself (role province-administrator with that province's "
                    + "province claim). The rules apply from appliesFrom: the ladder as of an earlier date keeps the rules in "
                    + "force then. Nothing is overwritten: a later set follows, and every set is kept with who set it "
                    + "(setBy, the caller the token names) and when (recordedAt). The advice of every municipality of the "
                    + "province follows them at once, and names the rule that gave it. Steps must go up: more missed "
                    + "deadlines and a higher stage than the step before.")
    @APIResponse(responseCode = "201", description = "Recorded; Location names the province's rules",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = RulesView.class)))
    public Uni<Response> set(@PathParam("code") @Pattern(regexp = Codes.PROVINCE, message = Codes.PROVINCE_MESSAGE) String code,
                             @Valid @NotNull RulesRequest request) {
        return book.set(code, request)
                .map(set -> Response.created(URI.create(SupervisionApi.BASE + "/provinces/" + code + "/ladder-rules"))
                        .entity(RulesView.of(set)).build());
    }
}
