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

@Path(SupervisionApi.BASE + "/provinces/{code}/timeline")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Figures")
public class ProvinceTimelineResource {

    @Inject
    TimelineQueries timelines;

    @RolesAllowed({Roles.RIJK, Roles.PROVINCE})
    @GET
    @Operation(operationId = "getProvinceTimeline",
            summary = "A province's backlog at every deadline and persons housed per month: the sum of its municipalities",
            description = "From 'from' (default: the earliest half-year of its municipalities' ledgers) up to 'until' (default: the "
                    + "current half-year). A merged municipality counts up to its merger, the new one from then on (R3).")
    public Uni<TimelineView> province(
            @PathParam("code") @Pattern(regexp = Codes.PROVINCE, message = Codes.PROVINCE_MESSAGE) String code,
            @BeanParam HalfYearRange range) {
        return timelines.province(code, range.from(), range.until());
    }
}
