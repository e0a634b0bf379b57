package nl.permitholders.housingstock.municipality;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import nl.permitholders.housingstock.HousingStockApi;
import nl.permitholders.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path(HousingStockApi.BASE + "/municipalities")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Municipalities")
public class MunicipalityResource {

    @Inject
    MunicipalityQueries municipalities;

    /** Its dates are left out when not known or not reached, as the document has them optional. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(requiredProperties = {"municipalityCode", "name", "provinceCode"})
    public record MunicipalityView(String municipalityCode, String name, String provinceCode,
                                   @Schema(description = "the first day it exists; absent when it existed before the register's history")
                                   LocalDate validFrom,
                                   @Schema(description = "the last day it exists (merged into another); absent while it exists")
                                   LocalDate validUntil) {
    }

    @RolesAllowed({Roles.RIJK, Roles.COA, Roles.MUNICIPALITY, Roles.CORPORATION, Roles.PROVINCE})
    @GET
    @Path("/{code}")
    @Operation(operationId = "getMunicipality",
            summary = "A municipality as this service knows it from quota-service's register",
            description = "Units, vacancies, allocations, agreements and projects are accepted only for municipalities "
                    + "known here. The register arrives by events: a municipality registered at quota-service a "
                    + "moment ago is 404 here until it has arrived, usually within a second.")
    public Uni<MunicipalityView> get(@PathParam("code") String code) {
        return municipalities.known(code).map(m -> new MunicipalityView(m.code, m.name, m.provinceCode, m.validFrom, m.validUntil));
    }
}
