package nl.permitholders.supervision.merger;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import nl.permitholders.platform.codes.Codes;
import nl.permitholders.platform.security.Roles;
import nl.permitholders.supervision.SupervisionApi;
import nl.permitholders.supervision.access.ChecksMunicipalityAccess;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path(SupervisionApi.BASE + "/municipalities/{code}/lifespan")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Figures")
@ChecksMunicipalityAccess
public class LifespanResource {

    @Inject
    MergerQueries queries;

    @RolesAllowed({Roles.RIJK, Roles.PROVINCE, Roles.MUNICIPALITY})
    @GET
    @Operation(operationId = "getMunicipalityLifespan",
            summary = "A municipality's own half-years and, once it has ended, what it became (R3)",
            description = "exists is false once the municipality merged into another or was split over others; ended then says on "
                    + "which date (the first day it no longer existed), whether it became part of the continuing municipality "
                    + "(MERGED_INTO) or was divided over receivers (SPLIT_OVER, each with its share), and the address of each "
                    + "successor's figures of the half-year it ended in, which is wholly theirs. Its own half-years run from "
                    + "firstPeriod to lastPeriod; its figures of a later half-year answer 410 naming its successors. Its staff read "
                    + "its history and write nothing more; the province records no verdict, decision or plan on a half-year that "
                    + "is not its own.")
    public Uni<LifespanView> lifespan(@PathParam("code") @Pattern(regexp = Codes.MUNICIPALITY, message = Codes.MUNICIPALITY_MESSAGE) String code) {
        return queries.lifespan(code);
    }
}
