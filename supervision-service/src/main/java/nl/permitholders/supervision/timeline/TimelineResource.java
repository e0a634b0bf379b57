package nl.permitholders.supervision.timeline;

import jakarta.annotation.security.RolesAllowed;
import nl.permitholders.platform.security.Roles;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import nl.permitholders.platform.codes.Codes;
import nl.permitholders.supervision.SupervisionApi;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import nl.permitholders.supervision.access.ChecksMunicipalityAccess;

@Path(SupervisionApi.BASE + "/municipalities/{code}/timeline")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Figures")
@ChecksMunicipalityAccess
public class TimelineResource {

    @Inject
    TimelineQueries timelines;

    @RolesAllowed({Roles.RIJK, Roles.PROVINCE, Roles.MUNICIPALITY})
    @GET
    @Operation(operationId = "getMunicipalityTimeline",
            summary = "A municipality's backlog at every deadline and persons housed per month over the years",
            description = "From 'from' (default: the first half-year of its ledger) up to 'until' (default: the current half-year, or the first if that is later). "
                    + "A half-year whose deadline has not passed shows the position so far (passed = false). Stops at a merger (R3).")
    public Uni<TimelineView> municipality(
            @PathParam("code") @Pattern(regexp = Codes.MUNICIPALITY, message = Codes.MUNICIPALITY_MESSAGE) String code,
            @BeanParam HalfYearRange range) {
        return timelines.municipality(code, range.from(), range.until());
    }
}
