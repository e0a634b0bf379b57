package nl.permitholders.placement.audit;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.UUID;
import nl.permitholders.placement.PlacementApi;
import nl.permitholders.platform.api.Page;
import nl.permitholders.platform.api.PageParams;
import nl.permitholders.platform.api.PageRequest;
import nl.permitholders.placement.coupling.Coupling;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path(PlacementApi.BASE + "/couplings/{couplingId}/audit-trail")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Audit trail")
public class AuditTrailResource {

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record AuditEntryView(Instant at, String actor, AuditAction action, UUID subjectId, String reason, String details) {
        static AuditEntryView of(AuditEntry e) {
            return new AuditEntryView(e.at, e.actor, e.action, e.subjectId, e.reason, e.details);
        }
    }

    @GET
    @Operation(summary = "Who did what to a coupling, its offers, placements and reunifications, when and why",
            description = "Oldest first. Read-only: entries are never changed or deleted.")
    public Uni<Page<AuditEntryView>> list(@PathParam("couplingId") UUID couplingId,
                                          @BeanParam PageParams paging) {
        PageRequest request = paging.request();
        return Coupling.findExisting(couplingId).flatMap(coupling -> Page.mapped(AuditEntry.<AuditEntry>find("couplingId", Sort.by("id"), couplingId), request, AuditEntryView::of));
    }
}
