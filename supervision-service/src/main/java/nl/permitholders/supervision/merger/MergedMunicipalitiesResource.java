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
import java.util.List;
import nl.permitholders.platform.codes.Codes;
import nl.permitholders.platform.security.Roles;
import nl.permitholders.supervision.SupervisionApi;
import nl.permitholders.supervision.access.ChecksMunicipalityAccess;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path(SupervisionApi.BASE + "/municipalities/{code}/merged-municipalities")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Verdicts and ladder")
@ChecksMunicipalityAccess
public class MergedMunicipalitiesResource {

    @Inject
    MergerQueries merged;

    @RolesAllowed({Roles.RIJK, Roles.PROVINCE, Roles.MUNICIPALITY})
    @GET
    @Operation(operationId = "listMergedMunicipalities",
            summary = "The municipalities merged into this one (R3), with the province's decisions on them",
            description = "Directly or by a chain of mergers, by the half-year they merged from: the ladder stage and supervision "
                    + "regime each stood at, and every decision on them, as they were taken. Their verdicts, action plans and "
                    + "letters stay on their own municipality's resources. Empty for a municipality that continues none.")
    public Uni<List<MergedMunicipalityView>> list(
            @PathParam("code") @Pattern(regexp = Codes.MUNICIPALITY, message = Codes.MUNICIPALITY_MESSAGE) String code) {
        return merged.of(code);
    }
}
