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
import nl.permitholders.platform.api.Problem;
import nl.permitholders.platform.security.Roles;
import nl.permitholders.supervision.SupervisionApi;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A scenario calculated: what national totals for coming half-years do to every municipality, province and the country. */
@Path(SupervisionApi.BASE + "/scenario-calculations")
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Scenarios")
public class ScenarioCalculationResource {

    static final String WHAT = "R1 distributes each national total over the municipalities of the half-year's first day by CBS's "
            + "population of 1 January of the year before, rounded up, mergers and splits included: the very calculation quota-service "
            + "sets a national total with, so the Rijk gets the same quotas, and the same surplus, when it sets the same total. Each "
            + "municipality's forecast carries R4 forward from its position today with the scenario's quota in the place of any set or "
            + "announced (assumptions.forecast WITH_PLAN, the default: today's pace, its adopted action plan and its planned capacity; "
            + "UNCHANGED_POLICY: the pace alone), giving its expected backlog and schedule colour (R6) at the end of each half-year; "
            + "the persons it leaves to house beyond what the pipeline delivers are turned into homes by kind by the household mix of "
            + "the couplings COA made in the last months (its own, else its province's, else the country's; or one stated). Summed "
            + "per province and for the country (net and gross), with the municipalities that change colour named. Every assumption "
            + "is stated in the answer. Nothing is stored, nothing published. Accept: application/json (default) or the .xlsx "
            + "workbook (the same figures, the assumptions on a sheet of their own). The Rijk over the country or one province "
            + "(provinceCode); a province's staff their own province only (another's is 403).";

    @Inject
    ScenarioQueries scenarios;

    @Inject
    Vertx vertx;

    @RolesAllowed({Roles.RIJK, Roles.PROVINCE})
    @POST
    @Produces({MediaType.APPLICATION_JSON, ScenarioDownloads.XLSX, Problem.MEDIA_TYPE})
    @Operation(operationId = "calculateScenario", summary = "What national totals for coming half-years would do, before any is set",
            description = WHAT)
    @APIResponse(responseCode = "200", description = "The scenario, as JSON or the workbook",
            content = {@Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Scenario.class)),
                    @Content(mediaType = ScenarioDownloads.XLSX)})
    @APIResponse(responseCode = "409", ref = "Conflict")
    public Uni<Response> calculate(@Valid @NotNull ScenarioRequest request, @Context Request http) {
        boolean workbook = ScenarioDownloads.workbook(http);
        return ScenarioDownloads.answer(scenarios.calculate(request), workbook, s -> ScenarioDownloads.alone("scenario", null, null, s),
                "scenario", vertx);
    }
}
