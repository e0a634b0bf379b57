package nl.permitholders.supervision.scenario;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.core.Vertx;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import java.util.function.Function;
import nl.permitholders.platform.api.Problem;
import nl.permitholders.platform.security.Roles;
import nl.permitholders.supervision.SupervisionApi;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Up to three scenarios side by side, for the Rijk's national view and a province's. */
@Path(SupervisionApi.BASE + "/scenario-comparisons")
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Scenarios")
public class ScenarioComparisonResource {

    @Inject
    ScenarioQueries scenarios;

    @Inject
    Vertx vertx;

    @RolesAllowed({Roles.RIJK, Roles.PROVINCE})
    @POST
    @Produces({MediaType.APPLICATION_JSON, ScenarioDownloads.XLSX, Problem.MEDIA_TYPE})
    @Operation(operationId = "compareScenarios", summary = "Up to three scenarios side by side, stated or kept, with their differences",
            description = "Each scenario is stated (halfYears, assumptions) or names a kept one (kept, and keptBy for a province's "
                    + "own); each is calculated as POST /scenario-calculations does, on today's figures. The answer gives each "
                    + "scenario's distribution, assumptions and colour changes, and per municipality, province and the country each "
                    + "half-year's figures in every scenario (in the order given; null where a scenario lacks the half-year) with, for "
                    + "each two scenarios that both have it, the later one's figures minus the earlier one's. Accept: application/json "
                    + "(default) or the .xlsx workbook, the assumptions on a sheet of their own. The Rijk over the country or one "
                    + "province (provinceCode); a province's staff their own province only, and the Rijk's kept scenarios or their own.")
    @APIResponse(responseCode = "200", description = "The comparison, as JSON or the workbook",
            content = {@Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Comparison.class)),
                    @Content(mediaType = ScenarioDownloads.XLSX)})
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    public Uni<Response> compare(@Valid @NotNull ComparisonRequest request, @Context Request http) {
        boolean workbook = ScenarioDownloads.workbook(http);
        return ScenarioDownloads.answer(scenarios.compare(request), workbook, Function.identity(), "scenario-vergelijking", vertx);
    }
}
