package nl.permitholders.placement.coupling;

import nl.permitholders.platform.api.QueryParams;
import nl.permitholders.platform.api.DesignRulesOpenApiFilter;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.BeanParam;
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
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import nl.permitholders.placement.PlacementApi;
import nl.permitholders.platform.api.Page;
import nl.permitholders.platform.api.PageParams;
import nl.permitholders.platform.api.PageRequest;
import nl.permitholders.platform.security.Roles;
import nl.permitholders.placement.coupling.CouplingQueries.CouplingFilter;
import nl.permitholders.placement.coupling.CouplingService.RegisterCoupling;
import nl.permitholders.platform.codes.Codes;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path(PlacementApi.BASE + "/couplings")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Couplings")
public class CouplingResource {

    @Inject
    CouplingService couplings;

    @Inject
    CouplingQueries queries;

    public record CouplingRequest(
            @NotNull @Pattern(regexp = CoaReference.PATTERN, message = CoaReference.MESSAGE)
            String coaReference,
            @NotNull @Pattern(regexp = Codes.MUNICIPALITY, message = Codes.MUNICIPALITY_MESSAGE) String municipalityCode,
            @NotNull @Min(0) @Max(30) Integer adults,
            @NotNull @Min(0) @Max(30) Integer minors,
            @NotNull HouseholdType householdType,
            @NotNull LocalDate permitDate,
            @NotNull LocalDate couplingDate,
            @Schema(description = "family members (nareizigers) the referent is waiting for; default 0")
            @Min(0) @Max(30) Integer expectedReunificationPersons,
            ReceptionRegion receptionRegion,
            @Schema(description = "the asylum centre lies in the municipality's own region")
            Boolean ownRegion,
            Set<@NotNull SpecialNeed> specialNeeds) {

        CouplingDetails details() {
            return CouplingDetails.of(adults, minors, householdType, permitDate, couplingDate, expectedReunificationPersons,
                    receptionRegion, ownRegion, specialNeeds);
        }
    }

    @RolesAllowed(Roles.COA)
    @POST
    @Operation(operationId = "registerCoupling", summary = "Register a coupling of a household to a municipality (COA)",
            description = "201 with the new coupling. Registering the same coaReference again with the same data returns "
                    + "the existing coupling (200); with different data it is refused (409): correct it instead.")
    @APIResponse(responseCode = "201", description = "Registered; Location names it",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = CouplingView.class)))
    @APIResponse(responseCode = "200", description = "Registered before with the same data",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = CouplingView.class)))
    @APIResponse(responseCode = "409", ref = DesignRulesOpenApiFilter.CONFLICT)
    public Uni<Response> register(@Valid @NotNull CouplingRequest request) {
        return couplings.register(new RegisterCoupling(request.coaReference(), request.municipalityCode(), request.details()))
                .map(registration -> registration.created()
                        ? Response.created(URI.create(PlacementApi.BASE + "/couplings/" + registration.coupling().id()))
                                .entity(registration.coupling()).build()
                        : Response.ok(registration.coupling()).build());
    }

    @RolesAllowed({Roles.COA, Roles.MUNICIPALITY})
    @GET
    @Path("/{id}")
    @Operation(operationId = "getCoupling",
            summary = "Read a coupling", description = "COA, and the coupling's own municipality (403 for another).")
    public Uni<CouplingView> get(@PathParam("id") UUID id) {
        return queries.view(id);
    }

    @RolesAllowed({Roles.COA, Roles.MUNICIPALITY})
    @GET
    @Operation(operationId = "listCouplings", summary = "List couplings, longest waiting first",
            description = "Ordered by waiting time: permit date, then coupling date. Filter by municipality, status and "
                    + "COA reference. A municipality sees only its own couplings: without municipalityCode the filter is "
                    + "its own municipality; another municipality's code is refused (403).")
    public Uni<Page<CouplingView>> list(
            @QueryParam("municipalityCode") @Pattern(regexp = Codes.MUNICIPALITY, message = Codes.MUNICIPALITY_MESSAGE) String municipalityCode,
            @Parameter(schema = @Schema(implementation = CouplingStatus.class)) @QueryParam("status") String statusText,
            @Parameter(description = "COA's reference of the coupling") @QueryParam("coaReference") String coaReference,
            @BeanParam PageParams paging) {
        QueryParams params = new QueryParams();
        CouplingStatus status = params.enumValue("status", statusText, CouplingStatus.class);
        PageRequest request = paging.request(params);
        params.throwIfAny();
        return queries.list(new CouplingFilter(municipalityCode, status, coaReference), request);
    }
}
