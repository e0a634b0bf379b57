package nl.permitholders.housingstock.capacity;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import nl.permitholders.housingstock.HousingStockApi;
import nl.permitholders.platform.security.Caller;
import nl.permitholders.platform.merger.Mergers;
import nl.permitholders.platform.api.QueryParams;
import nl.permitholders.platform.codes.Codes;
import nl.permitholders.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path(HousingStockApi.BASE + "/municipalities/{code}/capacity-pipeline")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Planned capacity")
public class CapacityPipelineResource {

    @Inject
    Caller caller;

    @Inject
    Mergers mergers;

    @Inject
    CapacityProjectQueries projects;

    @Schema(requiredProperties = {"municipalityCode", "projects", "pipeline"})
    public record PipelineView(String municipalityCode, int projects, CapacityPipeline pipeline) {
    }

    @RolesAllowed(Roles.MUNICIPALITY)
    @GET
    @Operation(operationId = "getCapacityPipeline", summary = "A municipality's planned capacity per half-year",
            description = "What its projects expect to deliver per half-year, what they delivered (by the half-year of "
                    + "the delivery date), and in all what is planned, delivered and still to come: units, and places "
                    + "for permit holders. For the municipality itself (403 for another).")
    public Uni<PipelineView> pipeline(
            @Parameter(schema = @Schema(type = SchemaType.STRING, pattern = "^" + Codes.MUNICIPALITY + "$"))
            @PathParam("code") String codeText) {
        QueryParams params = new QueryParams();
        String code = params.municipalityCode("code", codeText);
        params.throwIfAny();
        Caller.require(caller.tenancy(mergers.known()).isMunicipality(code), "municipality " + code);
        return projects.pipeline(code).map(pipeline -> new PipelineView(code, pipeline.projects(), pipeline.pipeline()));
    }
}
