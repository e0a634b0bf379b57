package nl.permitholders.quota.audit;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import nl.permitholders.platform.api.Page;
import nl.permitholders.platform.api.PageParams;
import nl.permitholders.platform.api.PageRequest;
import nl.permitholders.platform.audit.AuditEntryView;
import nl.permitholders.platform.audit.AuditTrails;
import nl.permitholders.platform.codes.Codes;
import nl.permitholders.platform.security.Caller;
import nl.permitholders.platform.security.Roles;
import nl.permitholders.quota.QuotaApi;
import nl.permitholders.quota.reference.ReferenceQueries;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Who changed what about one municipality in quota-service, and when, with the actor from the bearer token: for the
 * Rijk, the municipality's own province (so the municipality must be registered) and the municipality itself.
 */
@Path(QuotaApi.BASE + "/municipalities/{code}/audit-trail")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Audit trail")
public class MunicipalityAuditTrailResource {

    @Inject
    Caller caller;

    @Inject
    ReferenceQueries queries;

    @Inject
    AuditTrails trails;

    @GET
    @RolesAllowed({Roles.RIJK, Roles.PROVINCE, Roles.MUNICIPALITY})
    @Operation(operationId = "getMunicipalityAuditTrail",
            summary = "Who changed a municipality's registration, population, quotas, exchanges, merger and opening "
            + "balance, and when",
            description = "Newest first; each entry names the actor and roles from the bearer token, the request, and the "
                    + "event the write published. Entries are never changed or deleted. The Rijk; the municipality's "
                    + "own province; the municipality itself (403 for another).")
    public Uni<Page<AuditEntryView>> municipality(
            @PathParam("code") @Pattern(regexp = Codes.MUNICIPALITY, message = Codes.MUNICIPALITY_MESSAGE) String code,
            @BeanParam PageParams paging) {
        return caller.requireMunicipality(code).chain(() -> {
            PageRequest page = paging.request();
            return Panache.withSession(() -> queries.municipality(code))
                    .flatMap(municipality -> trails.about(code, page));
        });
    }
}
