package nl.permitholders.supervision.exchange;

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

/** The exchange agreements a municipality is a party to, for its own callers and its province's and the Rijk. */
@Path(SupervisionApi.BASE + "/municipalities/{code}/exchanges")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Exchange agreements")
@ChecksMunicipalityAccess
public class MunicipalityExchangesResource {

    @Inject
    ExchangeAgreementService agreements;

    @RolesAllowed({Roles.RIJK, Roles.PROVINCE, Roles.MUNICIPALITY})
    @GET
    @Operation(operationId = "listMunicipalityExchanges",
            summary = "Every exchange agreement the municipality is a party to, in the order proposed, whatever its state")
    public Uni<List<AgreementView>> agreements(
            @PathParam("code") @Pattern(regexp = Codes.MUNICIPALITY, message = Codes.MUNICIPALITY_MESSAGE) String code) {
        return agreements.ofMunicipality(code).flatMap(agreements::viewsOf);
    }
}
