package nl.permitholders.supervision.actionplan;

import nl.permitholders.platform.api.PageRequest;
import nl.permitholders.platform.api.QueryParams;
import java.time.Clock;
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
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import nl.permitholders.platform.api.Page;
import nl.permitholders.platform.api.PageParams;
import nl.permitholders.platform.api.UuidParam;
import nl.permitholders.platform.api.Violations;
import nl.permitholders.platform.codes.Codes;
import nl.permitholders.platform.period.Period;
import nl.permitholders.supervision.SupervisionApi;
import nl.permitholders.supervision.actionplan.Measure.ExpectedHoused;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import nl.permitholders.supervision.access.ChecksMunicipalityAccess;

@Path(SupervisionApi.BASE + "/municipalities/{code}/action-plans")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Action plans")
@ChecksMunicipalityAccess
public class ActionPlanResource {

    @Inject
    ActionPlanService plans;

    @Inject
    ActionPlanQueries queries;

    @Inject
    Clock clock;

    @RolesAllowed({Roles.PROVINCE, Roles.MUNICIPALITY})
    @POST
    @Operation(operationId = "createActionPlan", summary = "Record a municipality's action plan with its measures",
            description = "Each measure has a title, a term (SHORT, MEDIUM, LONG), a status (default PLANNED) and the persons it "
                    + "expects housed per half-year. Published as " + ActionPlanService.ACTION_PLAN_UPDATED + " on supervision.events.")
    @APIResponse(responseCode = "201", description = "Recorded; Location names the plan",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = ActionPlanView.class)))
    public Uni<Response> create(@PathParam("code") @Pattern(regexp = Codes.MUNICIPALITY, message = Codes.MUNICIPALITY_MESSAGE) String code,
                                @Valid @NotNull PlanRequest request) {
        Violations violations = new Violations();
        violations.check(!request.adoptedOn().isAfter(LocalDate.now(clock)), "adoptedOn", "cannot be in the future");
        List<List<ExpectedHoused>> expectations = new ArrayList<>();
        for (int i = 0; i < request.measures().size(); i++) {
            expectations.add(expectations(violations, "measures[" + i + "].expectedHoused", request.measures().get(i).expectedHoused()));
        }
        violations.throwIfAny();
        return plans.create(code, request, expectations).map(view -> Response.created(location(code, view.id())).entity(view).build());
    }

    @RolesAllowed({Roles.RIJK, Roles.PROVINCE, Roles.MUNICIPALITY})
    @GET
    @Operation(operationId = "listActionPlans",
            summary = "The municipality's action plans, the most recently adopted first, each with its progress")
    public Uni<Page<ActionPlanView>> list(@PathParam("code") @Pattern(regexp = Codes.MUNICIPALITY, message = Codes.MUNICIPALITY_MESSAGE) String code,
                                          @Parameter(description = "progress on this date, yyyy-mm-dd; default today",
                                                  schema = @Schema(type = SchemaType.STRING, format = "date"))
                                          @QueryParam("asOf") String asOfText,
                                          @BeanParam PageParams paging) {
        QueryParams params = new QueryParams();
        LocalDate asOf = params.date("asOf", asOfText);
        PageRequest page = paging.request(params);
        params.throwIfAny();
        return queries.list(code, asOf, page);
    }

    @RolesAllowed({Roles.RIJK, Roles.PROVINCE, Roles.MUNICIPALITY})
    @GET
    @Path("/{planId}")
    @Operation(operationId = "getActionPlan",
            summary = "An action plan: its measures as they now stand and its progress per half-year",
            description = "progress: per half-year the persons the measures (not dropped) expect housed, the share expected by "
                    + "asOf (whole months passed, as R6), the persons actually housed and the difference.")
    public Uni<ActionPlanView> plan(@PathParam("code") @Pattern(regexp = Codes.MUNICIPALITY, message = Codes.MUNICIPALITY_MESSAGE) String code,
                                    @Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid"))
                                    @PathParam("planId") String planIdText,
                                    @Parameter(description = "progress on this date, yyyy-mm-dd; default today",
                                            schema = @Schema(type = SchemaType.STRING, format = "date"))
                                    @QueryParam("asOf") String asOfText) {
        QueryParams params = new QueryParams();
        UUID planId = params.uuid("planId", planIdText);
        LocalDate asOf = params.date("asOf", asOfText);
        params.throwIfAny();
        return queries.plan(code, planId, asOf);
    }

    @RolesAllowed({Roles.RIJK, Roles.PROVINCE, Roles.MUNICIPALITY})
    @GET
    @Path("/{planId}/history")
    @Operation(operationId = "getActionPlanHistory",
            summary = "Every version of every measure of the plan, oldest first: who changed what, when and why")
    public Uni<List<HistoryLine>> history(@PathParam("code") @Pattern(regexp = Codes.MUNICIPALITY, message = Codes.MUNICIPALITY_MESSAGE) String code,
                                          @Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid"))
                                          @PathParam("planId") String planIdText) {
        return queries.history(code, UuidParam.parse("planId", planIdText));
    }

    @RolesAllowed({Roles.PROVINCE, Roles.MUNICIPALITY})
    @POST
    @Path("/{planId}/measures")
    @Operation(operationId = "addMeasure",
            summary = "Add a measure to an action plan", description = "Published as " + ActionPlanService.ACTION_PLAN_UPDATED + ".")
    @APIResponse(responseCode = "201", description = "Added; the plan as it now stands",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = ActionPlanView.class)))
    @APIResponse(responseCode = "409", ref = DesignRulesOpenApiFilter.CONFLICT)
    public Uni<Response> addMeasure(@PathParam("code") @Pattern(regexp = Codes.MUNICIPALITY, message = Codes.MUNICIPALITY_MESSAGE) String code,
                                    @Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid"))
                                    @PathParam("planId") String planIdText, @Valid @NotNull MeasureChange change) {
        return changeMeasure(code, UuidParam.parse("planId", planIdText), UUID.randomUUID(), Change.MEASURE_ADDED, change)
                .map(view -> Response.created(location(code, view.id())).entity(view).build());
    }

    @RolesAllowed({Roles.PROVINCE, Roles.MUNICIPALITY})
    @PUT
    @Path("/{planId}/measures/{measureId}")
    @Operation(operationId = "updateMeasure", summary = "Change a measure: its title, term, status or expected persons",
            description = "The body is the measure as it now stands; the previous version stays in the history. Published as "
                    + ActionPlanService.ACTION_PLAN_UPDATED + ".")
    @APIResponse(responseCode = "200", description = "Changed; the plan as it now stands",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = ActionPlanView.class)))
    public Uni<ActionPlanView> updateMeasure(@PathParam("code") @Pattern(regexp = Codes.MUNICIPALITY, message = Codes.MUNICIPALITY_MESSAGE) String code,
                                             @Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid"))
                                             @PathParam("planId") String planIdText,
                                             @Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid"))
                                             @PathParam("measureId") String measureIdText,
                                             @Valid @NotNull MeasureChange change) {
        QueryParams params = new QueryParams();
        UUID planId = params.uuid("planId", planIdText);
        UUID measureId = params.uuid("measureId", measureIdText);
        params.throwIfAny();
        return changeMeasure(code, planId, measureId, Change.MEASURE_CHANGED, change);
    }

    private Uni<ActionPlanView> changeMeasure(String code, UUID planId, UUID measureId, Change kind, MeasureChange change) {
        Violations violations = new Violations();
        List<ExpectedHoused> expected = expectations(violations, "expectedHoused", change.expectedHoused());
        violations.throwIfAny();
        return plans.changeMeasure(code, planId, measureId, kind, change, expected);
    }

    private static List<ExpectedHoused> expectations(Violations violations, String name, List<ExpectedRequest> requests) {
        List<ExpectedHoused> expected = new ArrayList<>();
        Set<Period> seen = new HashSet<>();
        for (int i = 0; i < requests.size(); i++) {
            ExpectedRequest r = requests.get(i);
            try {
                Period period = Period.parse(r.period());
                if (!seen.add(period)) {
                    violations.add(name + "[" + i + "].period", "names " + period + " twice");
                }
                expected.add(new ExpectedHoused(period, r.persons()));
            } catch (IllegalArgumentException e) {
                violations.add(name + "[" + i + "].period", e.getMessage());
            }
        }
        expected.sort(Comparator.comparing(ExpectedHoused::period));
        return expected;
    }

    private static URI location(String code, UUID planId) {
        return URI.create(SupervisionApi.BASE + "/municipalities/" + code + "/action-plans/" + planId);
    }
}
