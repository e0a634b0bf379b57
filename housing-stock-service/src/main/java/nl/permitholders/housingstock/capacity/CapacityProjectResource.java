package nl.permitholders.housingstock.capacity;

import nl.permitholders.platform.api.DesignRulesOpenApiFilter;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import nl.permitholders.housingstock.HousingStockApi;
import nl.permitholders.housingstock.api.Ids;
import nl.permitholders.housingstock.api.ListQuery;
import nl.permitholders.housingstock.api.TenantQueries;
import nl.permitholders.housingstock.capacity.CapacityPlan.ExpectedDelivery;
import nl.permitholders.platform.api.InvalidInputException;
import nl.permitholders.platform.api.Page;
import nl.permitholders.platform.api.Violations;
import nl.permitholders.platform.codes.Codes;
import nl.permitholders.platform.period.Period;
import nl.permitholders.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@RolesAllowed({Roles.MUNICIPALITY, Roles.CORPORATION})
@Path(HousingStockApi.BASE + "/capacity-projects")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Planned capacity")
public class CapacityProjectResource {

    static final int MAX_UNITS = 100_000;

    @Inject
    CapacityProjectService projects;

    @Inject
    Clock clock;

    @Inject
    TenantQueries tenantQueries;

    @Inject
    CapacityProjectQueries projectQueries;

    public record ExpectedDeliveryRequest(
            @Schema(description = "half-year, e.g. 2026-H2 (2026-II accepted)") @NotBlank String period,
            @NotNull @Min(0) @Max(MAX_UNITS) Integer units,
            @NotNull @Min(0) @Max(MAX_UNITS) Integer permitHolderPlaces) {
    }

    public record ProjectRequest(
            @Schema(description = "the owner's own id for the project; registering it again is an upsert")
            @NotBlank @Size(max = Ids.MAX_LENGTH) @Pattern(regexp = Ids.SAFE, message = Ids.SAFE_MESSAGE) String externalId,
            @Schema(description = "who runs the project: a municipality, corporation or developer")
            @NotBlank @Size(max = Ids.MAX_LENGTH) @Pattern(regexp = Ids.SAFE, message = Ids.SAFE_MESSAGE) String ownerId,
            @NotNull @Pattern(regexp = Codes.MUNICIPALITY, message = Codes.MUNICIPALITY_MESSAGE) String municipalityCode,
            @NotBlank @Size(max = 200) String name,
            @NotNull ProjectType type,
            @NotNull @Min(1) @Max(MAX_UNITS) Integer units,
            @Schema(description = "places for permit holders among the units (persons)")
            @NotNull @Min(0) @Max(MAX_UNITS) Integer permitHolderPlaces,
            @Schema(description = "at most 40 half-years: the plan travels whole in one event")
            @NotNull @Size(max = 40) List<@Valid @NotNull ExpectedDeliveryRequest> expectedDeliveries) {
    }

    public record DeliveryRequest(@NotNull LocalDate deliveredOn, @NotNull @Min(1) @Max(MAX_UNITS) Integer units,
                                  @NotNull @Min(0) @Max(MAX_UNITS) Integer permitHolderPlaces) {
    }

    @Schema(requiredProperties = {"period", "units", "permitHolderPlaces"})
    public record ExpectedDeliveryView(String period, int units, int permitHolderPlaces) {
    }

    @Schema(requiredProperties = {"id", "deliveredOn", "units", "permitHolderPlaces", "recordedAt", "recordedBy"})
    public record DeliveryView(UUID id, LocalDate deliveredOn, int units, int permitHolderPlaces, Instant recordedAt,
                               @Schema(description = "who recorded the delivery (the token's subject)") String recordedBy) {
        static DeliveryView of(CapacityDelivery d) {
            return new DeliveryView(d.id, d.deliveredOn, d.units, d.permitHolderPlaces, d.recordedAt, d.recordedBy);
        }
    }

    @Schema(requiredProperties = {"id", "externalId", "ownerId", "municipalityCode", "type", "units",
            "permitHolderPlaces", "expectedDeliveries", "deliveries", "deliveredUnits",
            "deliveredPermitHolderPlaces", "registeredAt", "registeredBy"})
    public record ProjectView(UUID id, String externalId, String ownerId, String municipalityCode, String name,
                              ProjectType type, int units, int permitHolderPlaces,
                              List<ExpectedDeliveryView> expectedDeliveries, List<DeliveryView> deliveries,
                              int deliveredUnits, int deliveredPermitHolderPlaces, Instant registeredAt,
                              @Schema(description = "who registered the project (the token's subject)") String registeredBy,
                              Instant plannedAt,
                              @Schema(description = "who made the current plan") String plannedBy) {
        static ProjectView of(CapacityProject p, List<ExpectedDeliveryRow> expected, List<CapacityDelivery> deliveries) {
            return new ProjectView(p.id, p.externalId, p.ownerId, p.municipalityCode, p.name, p.type, p.units,
                    p.permitHolderPlaces,
                    p.plan(expected).expectedDeliveries().stream()
                            .map(e -> new ExpectedDeliveryView(e.period().toString(), e.units(), e.permitHolderPlaces())).toList(),
                    deliveries.stream().sorted((a, b) -> a.deliveredOn.compareTo(b.deliveredOn)).map(DeliveryView::of).toList(),
                    deliveries.stream().mapToInt(d -> d.units).sum(),
                    deliveries.stream().mapToInt(d -> d.permitHolderPlaces).sum(), p.registeredAt, p.registeredBy,
                    p.plannedAt, p.plannedBy);
        }
    }

    @POST
    @Operation(operationId = "planCapacityProject", summary = "Plan a project, or re-plan it",
            description = "A new-build, flex or transformation project in a municipality: its units, the places for "
                    + "permit holders among them and the expected delivery per half-year, which add up to both. 201 when "
                    + "new; the same ownerId and externalId again is 200: unchanged with the same plan, re-planned "
                    + "(CapacityPlanned) with another. A plan below what the project already delivered is 409. A "
                    + "municipality plans projects in its own municipality, a corporation projects with its own "
                    + "ownerId; the project as planned before must be the caller's too (403).")
    @APIResponse(responseCode = "201", description = "Planned; Location names it",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = ProjectView.class)))
    @APIResponse(responseCode = "200", description = "Planned before: unchanged, or re-planned",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = ProjectView.class)))
    @APIResponse(responseCode = "409", ref = DesignRulesOpenApiFilter.CONFLICT)
    public Uni<Response> plan(@Valid @NotNull ProjectRequest request) {
        CapacityPlan plan = planOf(request);
        return projects.plan(request.ownerId(), request.externalId(), request.municipalityCode(), request.name(), plan)
                .map(planned -> {
                    ProjectView view = ProjectView.of(planned.project(), planned.expected(), planned.deliveries());
                    return HousingStockApi.createdOrOk(planned.created(), "capacity-projects", view.id(), view);
                });
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getCapacityProject",
            summary = "Read a project", description = "With its expected deliveries and what it delivered. A project "
            + "in the calling municipality, or of the calling corporation (ownerId); another's is 403.")
    public Uni<ProjectView> get(@PathParam("id") UUID id) {
        return tenantQueries.readable(CapacityProject.class, id, "project", CapacityProjectService::notPlanned).flatMap(this::view);
    }

    @GET
    @Operation(operationId = "listCapacityProjects",
            summary = "List projects", description = "By municipality and type, in registration order. A "
            + "municipality sees the projects in its municipality (municipalityCode is its own when left out, 403 when it "
            + "names another), a corporation the projects it owns.")
    public Uni<Page<ProjectView>> list(
            @Parameter(description = "NEW_BUILD, FLEX or TRANSFORMATION",
                    schema = @Schema(implementation = ProjectType.class))
            @QueryParam("type") String typeText,
            @BeanParam ListQuery list) {
        ProjectType type = list.params().enumValue("type", typeText, ProjectType.class);
        return projectQueries.list(tenantQueries.of(list, "ownerId", null), type,
                planned -> ProjectView.of(planned.project(), planned.expected(), planned.deliveries()));
    }

    @POST
    @Path("/{id}/deliveries")
    @Operation(operationId = "recordCapacityDelivery", summary = "Record that a project delivered units",
            description = "201 when new (CapacityDelivered); the same date again with the same figures is 200 and "
                    + "changes nothing, with other figures 409. Deliveries never exceed the plan (409: re-plan first). "
                    + "deliveredOn cannot be in the future. A project in the calling municipality, or of the calling "
                    + "corporation (ownerId); another's is 403.")
    @APIResponse(responseCode = "201", description = "Recorded",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = DeliveryView.class)))
    @APIResponse(responseCode = "200", description = "Recorded before with the same figures",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = DeliveryView.class)))
    @APIResponse(responseCode = "409", ref = DesignRulesOpenApiFilter.CONFLICT)
    public Uni<Response> deliver(@PathParam("id") UUID id, @Valid @NotNull DeliveryRequest request) {
        if (request.deliveredOn().isAfter(LocalDate.now(clock))) {
            throw InvalidInputException.of("deliveredOn", "must not be in the future");
        }
        return projects.deliver(id, new DeliveryRule.Delivery(request.deliveredOn(), request.units(), request.permitHolderPlaces()))
                .map(recorded -> (recorded.created() ? Response.status(Response.Status.CREATED) : Response.ok())
                        .entity(DeliveryView.of(recorded.delivery())).build());
    }

    private Uni<ProjectView> view(CapacityProject project) {
        return projectQueries.planned(project)
                .map(planned -> ProjectView.of(planned.project(), planned.expected(), planned.deliveries()));
    }

    /** The request's plan, or a 400 listing every period that is not a half-year and everything that does not add up. */
    private static CapacityPlan planOf(ProjectRequest request) {
        Violations violations = new Violations();
        List<ExpectedDelivery> expected = new ArrayList<>();
        for (int i = 0; i < request.expectedDeliveries().size(); i++) {
            ExpectedDeliveryRequest delivery = request.expectedDeliveries().get(i);
            try {
                expected.add(new ExpectedDelivery(Period.parse(delivery.period()), delivery.units(), delivery.permitHolderPlaces()));
            } catch (IllegalArgumentException e) {
                violations.add("expectedDeliveries[" + i + "].period", e.getMessage());
            }
        }
        violations.throwIfAny();
        CapacityPlan plan = new CapacityPlan(request.type(), request.units(), request.permitHolderPlaces(), expected);
        plan.check().throwIfAny();
        return plan;
    }
}
