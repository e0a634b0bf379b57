package nl.permitholders.quota.reference;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.LocalDate;
import nl.permitholders.platform.codes.Codes;
import nl.permitholders.platform.security.Roles;
import nl.permitholders.quota.QuotaApi;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path(QuotaApi.BASE + "/municipalities/{code}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Reference data")
public class MunicipalityResource {

    @Inject
    ReferenceDataService register;

    @Inject
    ReferenceQueries queries;

    public record MunicipalityRequest(
            @NotBlank @Size(max = 100) String name,
            @NotNull @Pattern(regexp = Codes.PROVINCE, message = Codes.PROVINCE_MESSAGE) String provinceCode) {
    }

    /** Its dates are left out when not known or not reached, as the document has them optional. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(requiredProperties = {"code", "name", "provinceCode"})
    public record MunicipalityView(String code, String name, String provinceCode,
                                   @Schema(description = "the first day it exists; absent when it existed before the register's history")
                                   LocalDate validFrom,
                                   @Schema(description = "the last day it exists (merged into another); absent while it exists")
                                   LocalDate validUntil) {
        static MunicipalityView of(Municipality municipality) {
            return new MunicipalityView(municipality.code, municipality.name, municipality.provinceCode,
                    municipality.validFrom, municipality.validUntil);
        }
    }

    @RolesAllowed(Roles.RIJK)
    @PUT
    @Operation(operationId = "registerMunicipality",
            summary = "Register a municipality or correct its name or province", description = "201 when new, 200 when it existed.")
    @APIResponse(responseCode = "201", description = "Registered",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = MunicipalityView.class)))
    @APIResponse(responseCode = "200", description = "Already registered; corrected if anything differs",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = MunicipalityView.class)))
    public Uni<Response> put(@PathParam("code") @Pattern(regexp = Codes.MUNICIPALITY, message = Codes.MUNICIPALITY_MESSAGE) String code,
                             @Valid @NotNull MunicipalityRequest request) {
        return register.registerMunicipality(code, request.name(), request.provinceCode()).map(written -> (written.created()
                ? Response.created(URI.create(QuotaApi.BASE + "/municipalities/" + code)) : Response.ok())
                .entity(MunicipalityView.of(written.registered())).build());
    }

    @RolesAllowed({Roles.RIJK, Roles.COA, Roles.MUNICIPALITY, Roles.CORPORATION, Roles.PROVINCE})
    @GET
    @WithSession
    @Operation(operationId = "getMunicipality", summary = "Read a municipality")
    public Uni<MunicipalityView> get(@PathParam("code") @Pattern(regexp = Codes.MUNICIPALITY, message = Codes.MUNICIPALITY_MESSAGE) String code) {
        return queries.municipality(code).map(MunicipalityView::of);
    }
}
