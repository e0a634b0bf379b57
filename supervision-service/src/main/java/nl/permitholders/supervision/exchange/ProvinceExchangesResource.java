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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The exchange agreements with a party in a province, for the province's own callers and the Rijk. */
@Path(SupervisionApi.BASE + "/provinces/{code}/exchanges")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Exchange agreements")
public class ProvinceExchangesResource {

    @Inject
    ExchangeAgreementService agreements;

    @RolesAllowed({Roles.RIJK, Roles.PROVINCE})
    @GET
    @Operation(operationId = "listProvinceExchanges",
            summary = "Every exchange agreement with a party in the province, in the order proposed, whatever its state",
            description = "Agreements across provinces are listed in each province of their parties. A registered agreement "
                    + "that a later fact broke for a party (its adjusted quota of the half-year below zero) names it in "
                    + "noLongerHoldsFor, with the numbers.")
    public Uni<List<AgreementView>> agreements(
            @PathParam("code") @Pattern(regexp = Codes.PROVINCE, message = Codes.PROVINCE_MESSAGE) String code) {
        return agreements.ofProvince(code).flatMap(agreements::viewsOf);
    }
}
