package nl.permitholders.housingstock.capacity;

import nl.permitholders.platform.api.DesignRulesOpenApiFilter;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
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
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.permitholders.housingstock.HousingStockApi;
import nl.permitholders.housingstock.access.Access;
import nl.permitholders.housingstock.access.Tenancy;
import nl.permitholders.housingstock.municipality.KnownMunicipalities;
import nl.permitholders.housingstock.api.Filters;
import nl.permitholders.housingstock.api.Ids;
import nl.permitholders.housingstock.api.ListQuery;
import nl.permitholders.housingstock.api.QueryParams;
import nl.permitholders.housingstock.capacity.CapacityPlan.ExpectedDelivery;
import nl.permitholders.housingstock.events.HousingStockEvents.CapacityDelivered;
import nl.permitholders.housingstock.events.HousingStockEvents.CapacityPlanned;
import nl.permitholders.platform.api.ConflictException;
import nl.permitholders.platform.api.InvalidInputException;
import nl.permitholders.platform.api.Page;
import nl.permitholders.platform.api.PageRequest;
import nl.permitholders.platform.api.ResourceNotFoundException;
import nl.permitholders.platform.api.Violations;
import nl.permitholders.platform.codes.Codes;
import nl.permitholders.platform.outbox.Outbox;
import nl.permitholders.platform.outbox.OutboxTransaction;
import nl.permitholders.platform.period.Period;
import nl.permitholders.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path(HousingStockApi.BASE + "/capacity-projects")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Planned capacity")
public class CapacityProjectResource {

    static final int MAX_UNITS = 100_000;

    @Inject
    OutboxTransaction transaction;

    @Inject
    Outbox outbox;

    @Inject
    Clock clock;

    @Inject
    KnownMunicipalities municipalities;

    @Inject
    Access access;

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

    @RolesAllowed({Roles.MUNICIPALITY, Roles.CORPORATION})
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
        Tenancy tenancy = access.tenancy();
        String actor = access.actor();
        String described = "project " + request.externalId() + " of owner " + request.ownerId() + " in municipality "
                + request.municipalityCode();
        Access.require(tenancy.reaches(request.municipalityCode(), request.ownerId()), described);
        CapacityPlan plan = planOf(request);
        return transaction.runRetryingUniqueRace(() -> municipalities.require("municipalityCode", request.municipalityCode(), LocalDate.now(clock))
                .chain(() -> CapacityProject.<CapacityProject>find("ownerId = ?1 and externalId = ?2",
                        request.ownerId(), request.externalId()).withLock(LockModeType.PESSIMISTIC_WRITE).firstResult()
                .flatMap(existing -> {
                    if (existing == null) {
                        return create(request, plan, actor);
                    }
                    Access.require(tenancy.reaches(existing.municipalityCode, existing.ownerId), described);
                    return replan(existing, request, plan, actor);
                })));
    }

    @RolesAllowed({Roles.MUNICIPALITY, Roles.CORPORATION})
    @GET
    @Path("/{id}")
    @Operation(operationId = "getCapacityProject",
            summary = "Read a project", description = "With its expected deliveries and what it delivered. A project "
            + "in the calling municipality, or of the calling corporation (ownerId); another's is 403.")
    public Uni<ProjectView> get(@PathParam("id") UUID id) {
        Tenancy tenancy = access.tenancy();
        return CapacityProject.<CapacityProject>findById(id)
                .onItem().ifNull().failWith(() -> notPlanned(id))
                .invoke(project -> Access.require(tenancy.reaches(project.municipalityCode, project.ownerId), "project " + id))
                .flatMap(this::view);
    }

    @RolesAllowed({Roles.MUNICIPALITY, Roles.CORPORATION})
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
        QueryParams params = new QueryParams();
        String municipalityCode = list.municipalityCode(params);
        ProjectType type = params.enumValue("type", typeText, ProjectType.class);
        PageRequest page = list.page(params);
        params.throwIfAny();
        Tenancy.Scope scope = Access.scope(access.tenancy(), municipalityCode, null, "ownerId");
        Filters filters = new Filters().equal("municipalityCode", scope.municipalityCode())
                .equal("ownerId", scope.corporationId()).equal("type", type);
        return Page.of(() -> CapacityProject.<CapacityProject>find(filters.query(), Sort.by("registeredAt").and("id"),
                filters.parameters()), page, projects -> {
            List<UUID> ids = projects.stream().map(p -> p.id).toList();
            return ExpectedDeliveryRow.ofProjects(ids).flatMap(expected -> CapacityDelivery.ofProjects(ids).map(delivered -> {
                Map<UUID, List<ExpectedDeliveryRow>> expectedBy = expected.stream().collect(Collectors.groupingBy(e -> e.projectId));
                Map<UUID, List<CapacityDelivery>> deliveredBy = delivered.stream().collect(Collectors.groupingBy(d -> d.projectId));
                Function<CapacityProject, ProjectView> view = p -> ProjectView.of(p,
                        expectedBy.getOrDefault(p.id, List.of()), deliveredBy.getOrDefault(p.id, List.of()));
                return projects.stream().map(view).toList();
            }));
        });
    }

    @RolesAllowed({Roles.MUNICIPALITY, Roles.CORPORATION})
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
        Tenancy tenancy = access.tenancy();
        String actor = access.actor();
        return transaction.run(() -> CapacityProject.<CapacityProject>findById(id, LockModeType.PESSIMISTIC_WRITE)
                .onItem().ifNull().failWith(() -> notPlanned(id))
                .invoke(project -> Access.require(tenancy.reaches(project.municipalityCode, project.ownerId), "project " + id))
                .flatMap(project -> CapacityDelivery.ofProject(id).flatMap(deliveries -> {
                    CapacityDelivery sameDay = deliveries.stream()
                            .filter(d -> d.deliveredOn.equals(request.deliveredOn())).findFirst().orElse(null);
                    if (sameDay != null) {
                        if (sameDay.units != request.units() || sameDay.permitHolderPlaces != request.permitHolderPlaces()) {
                            throw new ConflictException("Project " + id + " already delivered " + sameDay.units + " units with "
                                    + sameDay.permitHolderPlaces + " places for permit holders on " + sameDay.deliveredOn + ".");
                        }
                        return Uni.createFrom().item(Response.ok(DeliveryView.of(sameDay)).build());
                    }
                    int units = deliveries.stream().mapToInt(d -> d.units).sum() + request.units();
                    int places = deliveries.stream().mapToInt(d -> d.permitHolderPlaces).sum() + request.permitHolderPlaces();
                    if (units > project.units || places > project.permitHolderPlaces) {
                        throw new ConflictException("Project " + id + " plans " + project.units + " units with "
                                + project.permitHolderPlaces + " places for permit holders; with this delivery it would have "
                                + "delivered " + units + " units with " + places + ". Re-plan the project first.");
                    }
                    CapacityDelivery delivery = new CapacityDelivery();
                    delivery.id = UUID.randomUUID();
                    delivery.projectId = id;
                    delivery.deliveredOn = request.deliveredOn();
                    delivery.units = request.units();
                    delivery.permitHolderPlaces = request.permitHolderPlaces();
                    delivery.recordedAt = now();
                    delivery.recordedBy = actor;
                    return delivery.<CapacityDelivery>persist()
                            .call(() -> outbox.append(CapacityDelivered.TYPE, project.municipalityCode, new CapacityDelivered(
                                    project.id, delivery.id, project.municipalityCode, delivery.deliveredOn, delivery.units,
                                    delivery.permitHolderPlaces)))
                            .map(saved -> Response.status(Response.Status.CREATED).entity(DeliveryView.of(delivery)).build());
                })));
    }

    private Uni<Response> create(ProjectRequest request, CapacityPlan plan, String actor) {
        CapacityProject project = new CapacityProject();
        project.id = UUID.randomUUID();
        project.ownerId = request.ownerId();
        project.externalId = request.externalId();
        project.registeredAt = now();
        project.registeredBy = actor;
        apply(project, request, actor);
        List<ExpectedDeliveryRow> rows = plan.expectedDeliveries().stream().map(e -> row(project.id, e)).toList();
        return project.<CapacityProject>persist()
                .call(() -> ExpectedDeliveryRow.persist(rows))
                .call(() -> announce(project, plan))
                .map(saved -> Response.created(URI.create(HousingStockApi.BASE + "/capacity-projects/" + project.id))
                        .entity(ProjectView.of(project, rows, List.of())).build());
    }

    private Uni<Response> replan(CapacityProject project, ProjectRequest request, CapacityPlan plan, String actor) {
        return ExpectedDeliveryRow.ofProject(project.id).flatMap(rows -> CapacityDelivery.ofProject(project.id).flatMap(deliveries -> {
            boolean same = project.plan(rows).equals(plan) && project.municipalityCode.equals(request.municipalityCode())
                    && project.name.equals(request.name());
            if (same) {
                return Uni.createFrom().item(Response.ok(ProjectView.of(project, rows, deliveries)).build());
            }
            String conflict = plan.conflictWithDelivered(deliveries.stream().mapToInt(d -> d.units).sum(),
                    deliveries.stream().mapToInt(d -> d.permitHolderPlaces).sum());
            if (conflict != null) {
                throw new ConflictException("Project " + request.externalId() + " of " + request.ownerId()
                        + " cannot be re-planned: " + conflict + ".");
            }
            apply(project, request, actor);
            Map<String, ExpectedDelivery> planned = plan.expectedDeliveries().stream()
                    .collect(Collectors.toMap(e -> e.period().toString(), Function.identity()));
            List<ExpectedDeliveryRow> kept = new ArrayList<>();
            Uni<Void> changes = Uni.createFrom().voidItem();
            for (ExpectedDeliveryRow row : rows) {
                ExpectedDelivery expected = planned.remove(row.period);
                if (expected == null) {
                    changes = changes.call(row::delete);
                } else {
                    row.units = expected.units();
                    row.permitHolderPlaces = expected.permitHolderPlaces();
                    kept.add(row);
                }
            }
            List<ExpectedDeliveryRow> added = planned.values().stream().map(e -> row(project.id, e)).toList();
            kept.addAll(added);
            return changes.call(() -> added.isEmpty() ? Uni.createFrom().voidItem() : ExpectedDeliveryRow.persist(added))
                    .call(() -> announce(project, plan))
                    .replaceWith(() -> Response.ok(ProjectView.of(project, kept, deliveries)).build());
        }));
    }

    private Uni<?> announce(CapacityProject project, CapacityPlan plan) {
        return outbox.append(CapacityPlanned.TYPE, project.municipalityCode, new CapacityPlanned(project.id,
                project.municipalityCode, project.type.name(), project.units, project.permitHolderPlaces,
                plan.expectedDeliveries().stream().map(e -> new CapacityPlanned.ExpectedDelivery(e.period().toString(),
                        e.units(), e.permitHolderPlaces())).toList()));
    }

    private void apply(CapacityProject project, ProjectRequest request, String actor) {
        project.municipalityCode = request.municipalityCode();
        project.name = request.name();
        project.type = request.type();
        project.units = request.units();
        project.permitHolderPlaces = request.permitHolderPlaces();
        project.plannedAt = now();
        project.plannedBy = actor;
    }

    private Uni<ProjectView> view(CapacityProject project) {
        return ExpectedDeliveryRow.ofProject(project.id).flatMap(rows -> CapacityDelivery.ofProject(project.id)
                .map(deliveries -> ProjectView.of(project, rows, deliveries)));
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

    private static ExpectedDeliveryRow row(UUID projectId, ExpectedDelivery expected) {
        ExpectedDeliveryRow row = new ExpectedDeliveryRow();
        row.projectId = projectId;
        row.period = expected.period().toString();
        row.units = expected.units();
        row.permitHolderPlaces = expected.permitHolderPlaces();
        return row;
    }

    private static ResourceNotFoundException notPlanned(UUID id) {
        return new ResourceNotFoundException("Capacity project " + id + " is not planned.");
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }
}
