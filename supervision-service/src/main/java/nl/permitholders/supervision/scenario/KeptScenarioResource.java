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
import jakarta.ws.rs.QueryParam;
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
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The Rijk's scenarios kept by name: its working papers before it sets a half-year's quota. Not public, no event, no
 * open data; the Rijk keeps and throws them away, the Rijk and every province read them (a province for its own
 * municipalities).
 */
@Path(SupervisionApi.BASE + "/scenarios")
@Tag(name = "Scenarios")
public class KeptScenarioResource {

    static final String READ = " Read on today's figures: the scenario is calculated as POST /scenario-calculations does, its "
            + "half-years that have ended since it was kept left out (passed; none left: 409). When the Rijk sets the quota, the "
            + "figures follow from that distribution as every quota's do; a kept scenario never becomes a quota. Accept: "
            + "application/json (default) or the .xlsx workbook.";

    @Inject
    ScenarioQueries scenarios;

    @Inject
    ScenarioService keeping;

    @Inject
    Vertx vertx;

    @RolesAllowed({Roles.RIJK, Roles.PROVINCE})
    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "listKeptScenarios", summary = "The Rijk's kept scenarios, by name, without their figures",
            description = "What each asks (half-years, national totals, assumptions), who kept it and when. The Rijk and every province.")
    public Uni<List<KeptScenarioView>> list() {
        return scenarios.kept(KeptScenarioStore.RIJK);
    }

    @RolesAllowed(Roles.RIJK)
    @PUT
    @Path("/{name}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "keepScenario", summary = "Keep a scenario by name as the Rijk's working paper",
            description = "The half-years and assumptions are checked as a calculation's; a name kept before is replaced. Who kept it "
                    + "is the caller. Stored in supervision alone: no event, no open data. The Rijk only.")
    @APIResponse(responseCode = "201", description = "Kept under a new name",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = KeptScenarioView.class)))
    @APIResponse(responseCode = "200", description = "Kept, replacing the scenario kept under the name before",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = KeptScenarioView.class)))
    public Uni<Response> keep(@PathParam("name") @Pattern(regexp = KeptScenarioStore.NAME, message = KeptScenarioStore.NAME_MESSAGE) String name,
                              @Valid @NotNull KeepRequest request) {
        return keeping.keep(KeptScenarioStore.RIJK, name, request).map(kept -> kept.created()
                ? Response.created(URI.create(SupervisionApi.BASE + "/scenarios/" + name)).entity(kept.scenario()).build()
                : Response.ok(kept.scenario()).build());
    }

    @RolesAllowed({Roles.RIJK, Roles.PROVINCE})
    @GET
    @Path("/{name}")
    @Produces({MediaType.APPLICATION_JSON, ScenarioDownloads.XLSX, Problem.MEDIA_TYPE})
    @Operation(operationId = "getKeptScenario", summary = "A kept scenario of the Rijk's, with its figures calculated today",
            description = "The Rijk over the country or one province (provinceCode); a province's staff their own province only "
                    + "(another's is 403)." + READ)
    @APIResponse(responseCode = "200", description = "The kept scenario with its figures, as JSON or the workbook",
            content = {@Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = KeptScenarioView.class)),
                    @Content(mediaType = ScenarioDownloads.XLSX)})
    @APIResponse(responseCode = "409", ref = "Conflict")
    public Uni<Response> get(@PathParam("name") @Pattern(regexp = KeptScenarioStore.NAME, message = KeptScenarioStore.NAME_MESSAGE) String name,
                             @Parameter(description = "only this province's municipalities; a province's staff always get their own",
                                     schema = @Schema(type = SchemaType.STRING, pattern = Codes.PROVINCE))
                             @QueryParam("provinceCode") @Pattern(regexp = Codes.PROVINCE, message = Codes.PROVINCE_MESSAGE) String provinceCode,
                             @Context Request http) {
        boolean workbook = ScenarioDownloads.workbook(http);
        return ScenarioDownloads.answer(scenarios.kept(KeptScenarioStore.RIJK, name, provinceCode), workbook,
                k -> ScenarioDownloads.alone(k.name(), k.name(), k.owner(), k.scenario()), "scenario-" + name, vertx);
    }

    @RolesAllowed(Roles.RIJK)
    @DELETE
    @Path("/{name}")
    @Operation(operationId = "deleteKeptScenario", summary = "Throw a kept scenario of the Rijk's away", description = "The Rijk only.")
    @APIResponse(responseCode = "204", description = "Thrown away")
    public Uni<Void> delete(@PathParam("name") @Pattern(regexp = KeptScenarioStore.NAME, message = KeptScenarioStore.NAME_MESSAGE) String name) {
        return keeping.delete(KeptScenarioStore.RIJK, name);
    }
}
