package nl.permitholders.supervision.scenario;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.core.Vertx;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import nl.permitholders.platform.api.Problem;
import nl.permitholders.platform.codes.Codes;
import nl.permitholders.platform.security.Roles;
import nl.permitholders.supervision.SupervisionApi;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * A province's own scenarios kept by name: its working papers while it prepares its municipalities for the Rijk's
 * decision, over its own municipalities. Its staff keep and throw them away; they and the Rijk read them; another province
 * is 403. Not public, no event, no open data.
 */
@Path(SupervisionApi.BASE + "/provinces/{code}/scenarios")
@Tag(name = "Scenarios")
public class ProvinceScenarioResource {

    @Inject
    ScenarioQueries scenarios;

    @Inject
    ScenarioService keeping;

    @Inject
    Vertx vertx;

    @RolesAllowed({Roles.RIJK, Roles.PROVINCE})
    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "listProvinceScenarios", summary = "A province's own kept scenarios, by name, without their figures",
            description = "What each asks, who kept it and when. The province's staff and the Rijk.")
    public Uni<List<KeptScenarioView>> list(@PathParam("code") @Pattern(regexp = Codes.PROVINCE, message = Codes.PROVINCE_MESSAGE) String code) {
        return scenarios.kept(code);
    }

    @RolesAllowed(Roles.PROVINCE)
    @PUT
    @Path("/{name}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "keepProvinceScenario", summary = "Keep a scenario by name as the province's own working paper",
            description = "As the Rijk keeps one (PUT /scenarios/{name}), in the province's own names. Its staff only.")
    @APIResponse(responseCode = "201", description = "Kept under a new name",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = KeptScenarioView.class)))
    @APIResponse(responseCode = "200", description = "Kept, replacing the scenario kept under the name before",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = KeptScenarioView.class)))
    public Uni<Response> keep(@PathParam("code") @Pattern(regexp = Codes.PROVINCE, message = Codes.PROVINCE_MESSAGE) String code,
                              @PathParam("name") @Pattern(regexp = KeptScenarioStore.NAME, message = KeptScenarioStore.NAME_MESSAGE) String name,
                              @Valid @NotNull KeepRequest request) {
        return keeping.keep(code, name, request).map(kept -> kept.created()
                ? Response.created(URI.create(SupervisionApi.BASE + "/provinces/" + code + "/scenarios/" + name)).entity(kept.scenario()).build()
                : Response.ok(kept.scenario()).build());
    }

    @RolesAllowed({Roles.RIJK, Roles.PROVINCE})
    @GET
    @Path("/{name}")
    @Produces({MediaType.APPLICATION_JSON, ScenarioDownloads.XLSX, Problem.MEDIA_TYPE})
    @Operation(operationId = "getProvinceScenario", summary = "A province's own kept scenario, with its figures calculated today",
            description = "Over the province's municipalities." + KeptScenarioResource.READ)
    @APIResponse(responseCode = "200", description = "The kept scenario with its figures, as JSON or the workbook",
            content = {@Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = KeptScenarioView.class)),
                    @Content(mediaType = ScenarioDownloads.XLSX)})
    @APIResponse(responseCode = "409", ref = "Conflict")
    public Uni<Response> get(@PathParam("code") @Pattern(regexp = Codes.PROVINCE, message = Codes.PROVINCE_MESSAGE) String code,
                             @PathParam("name") @Pattern(regexp = KeptScenarioStore.NAME, message = KeptScenarioStore.NAME_MESSAGE) String name,
                             @Context Request http) {
        boolean workbook = ScenarioDownloads.workbook(http);
        return ScenarioDownloads.answer(scenarios.kept(code, name, code), workbook,
                k -> ScenarioDownloads.alone(k.name(), k.name(), k.owner(), k.scenario()), "scenario-" + code + "-" + name, vertx);
    }

    @RolesAllowed(Roles.PROVINCE)
    @DELETE
    @Path("/{name}")
    @Operation(operationId = "deleteProvinceScenario", summary = "Throw a province's own kept scenario away", description = "Its staff only.")
    @APIResponse(responseCode = "204", description = "Thrown away")
    public Uni<Void> delete(@PathParam("code") @Pattern(regexp = Codes.PROVINCE, message = Codes.PROVINCE_MESSAGE) String code,
                            @PathParam("name") @Pattern(regexp = KeptScenarioStore.NAME, message = KeptScenarioStore.NAME_MESSAGE) String name) {
        return keeping.delete(code, name);
    }
}
