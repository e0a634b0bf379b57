package nl.permitholders.supervision.rebuild;

import nl.permitholders.platform.api.DesignRulesOpenApiFilter;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import jakarta.annotation.security.RolesAllowed;
import nl.permitholders.platform.security.Roles;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.inject.Inject;
import java.net.URI;
import java.util.UUID;
import nl.permitholders.platform.api.Page;
import nl.permitholders.platform.api.PageParams;
import nl.permitholders.platform.api.PageRequest;
import nl.permitholders.platform.api.ResourceNotFoundException;
import nl.permitholders.platform.api.UuidParam;
import nl.permitholders.supervision.SupervisionApi;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path(SupervisionApi.BASE + "/projection-rebuilds")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Operations")
public class ProjectionRebuildResource {

    @Inject
    ProjectionRebuildService rebuilds;

    @RolesAllowed(Roles.OPERATOR)
    @POST
    @Operation(operationId = "startProjectionRebuild", summary = "Rebuild the supervision projection from the topics",
            description = "Reads every topic from the beginning into a fresh projection while the live one keeps serving, then "
                    + "replaces the live one in a single transaction; it ends identical to a projection that consumed the "
                    + "same events live. Verdict history, ladder decisions, action plans and COA's positions adopted are kept. Answers 202 with the "
                    + "status resource in Location; 409 while another rebuild is running.")
    @APIResponse(responseCode = "202", description = "Started; Location names its status, which shows progress",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = RebuildView.class)))
    @APIResponse(responseCode = "409", ref = DesignRulesOpenApiFilter.CONFLICT)
    public Uni<Response> start() {
        return rebuilds.start().map(status -> Response.accepted(status)
                .location(URI.create(SupervisionApi.BASE + "/projection-rebuilds/" + status.id())).build());
    }

    @RolesAllowed(Roles.OPERATOR)
    @GET
    @Path("/{id}")
    @Operation(operationId = "getProjectionRebuild",
            summary = "A rebuild's state and progress: events read of the total on the topics")
    public Uni<RebuildView> status(
            @Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid"))
            @PathParam("id") String idText) {
        UUID id = UuidParam.parse("id", idText);
        return rebuilds.status(id).onItem().ifNull().failWith(() -> new ResourceNotFoundException("No rebuild " + id + "."));
    }

    @RolesAllowed(Roles.OPERATOR)
    @GET
    @Operation(operationId = "listProjectionRebuilds", summary = "Every rebuild, the latest first")
    public Uni<Page<RebuildView>> list(@BeanParam PageParams paging) {
        PageRequest request = paging.request();
        return rebuilds.count().flatMap(total -> rebuilds.recent(request.pageSize(), request.offset())
                .map(list -> Page.of(list, request, total)));
    }
}
