package nl.permitholders.housingstock.allocation;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import nl.permitholders.housingstock.HousingStockApi;
import nl.permitholders.housingstock.api.ListQuery;
import nl.permitholders.housingstock.api.TenantQueries;
import nl.permitholders.platform.api.QueryParams;
import nl.permitholders.platform.api.Page;
import nl.permitholders.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@RolesAllowed({Roles.MUNICIPALITY, Roles.CORPORATION})
@Path(HousingStockApi.BASE + "/allocations")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Allocations")
public class AllocationResource {

    @Inject
    TenantQueries tenantQueries;

    @Inject
    AllocationQueries allocations;

    @Schema(requiredProperties = {"id", "corporationId", "externalId", "municipalityCode", "unitReference",
            "allocatedOn", "persons", "permitHolders", "recordedAt", "recordedBy"})
    public record AllocationView(UUID id, String corporationId, String externalId, String municipalityCode,
                                 String unitReference, UUID unitId, LocalDate allocatedOn, int persons,
                                 boolean permitHolders, String additionalTargetGroup, Instant recordedAt,
                                 @Schema(description = "who reported the allocation (the token's subject)") String recordedBy) {
        public static AllocationView of(Allocation a) {
            return new AllocationView(a.id, a.corporationId, a.externalId, a.municipalityCode, a.unitReference, a.unitId,
                    a.allocatedOn, a.persons, a.permitHolders, a.additionalTargetGroup, a.recordedAt, a.recordedBy);
        }
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getAllocation",
            summary = "Read an allocation", description = "For the corporation that reported it and the municipality "
            + "it is in; 403 for others.")
    public Uni<AllocationView> get(@PathParam("id") UUID id) {
        return tenantQueries.readable(Allocation.class, id, "allocation", Allocation::notRecorded).map(AllocationView::of);
    }

    @GET
    @Operation(operationId = "listAllocations", summary = "List allocations",
            description = "As corporations reported them (POST /vera/toewijzingen), by allocatedOn; from and to inclusive. "
                    + "permitHolders=true keeps the allocations to permit holders (VERA aanvullendeDoelgroep STH). "
                    + "A municipality sees the allocations in its municipality, a corporation its own: "
                    + "municipalityCode, or corporationId, is then the caller's own when left out, and 403 when it "
                    + "names another.")
    public Uni<Page<AllocationView>> list(
            @QueryParam("corporationId") String corporationId,
            @Parameter(description = "true or false", schema = @Schema(type = SchemaType.BOOLEAN))
            @QueryParam("permitHolders") String permitHoldersText,
            @Parameter(description = "first allocatedOn, yyyy-mm-dd",
                    schema = @Schema(type = SchemaType.STRING, format = "date"))
            @QueryParam("from") String fromText,
            @Parameter(description = "last allocatedOn, yyyy-mm-dd",
                    schema = @Schema(type = SchemaType.STRING, format = "date"))
            @QueryParam("to") String toText,
            @BeanParam ListQuery list) {
        QueryParams params = list.params();
        Boolean permitHolders = params.bool("permitHolders", permitHoldersText);
        LocalDate from = params.date("from", fromText);
        LocalDate to = params.date("to", toText);
        return allocations.list(tenantQueries.of(list, "corporationId", corporationId), permitHolders, from, to,
                AllocationView::of);
    }
}
