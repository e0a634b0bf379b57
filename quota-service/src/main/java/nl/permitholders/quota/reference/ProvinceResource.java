package nl.permitholders.quota.reference;

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
import nl.permitholders.platform.codes.Codes;
import nl.permitholders.platform.security.Roles;
import nl.permitholders.quota.QuotaApi;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path(QuotaApi.BASE + "/provinces/{code}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Reference data")
public class ProvinceResource {

    @Inject
    ReferenceDataService register;

    @Inject
    ReferenceQueries queries;

    public record ProvinceRequest(@NotBlank @Size(max = 100) String name) {
    }

    @Schema(requiredProperties = {"code", "name"})
    public record ProvinceView(String code, String name) {
        static ProvinceView of(Province province) {
            return new ProvinceView(province.code, province.name);
        }
    }

    @RolesAllowed(Roles.RIJK)
    @PUT
    @Operation(operationId = "registerProvince",
            summary = "Register a province or rename it", description = "201 when new, 200 when it existed.")
    @APIResponse(responseCode = "201", description = "Registered",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = ProvinceView.class)))
    @APIResponse(responseCode = "200", description = "Already registered; renamed if the name differs",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = ProvinceView.class)))
    public Uni<Response> put(@PathParam("code") @Pattern(regexp = Codes.PROVINCE, message = Codes.PROVINCE_MESSAGE) String code,
                             @Valid @NotNull ProvinceRequest request) {
        return register.registerProvince(code, request.name()).map(written -> (written.created()
                ? Response.created(URI.create(QuotaApi.BASE + "/provinces/" + code)) : Response.ok())
                .entity(ProvinceView.of(written.registered())).build());
    }

    @RolesAllowed({Roles.RIJK, Roles.COA, Roles.MUNICIPALITY, Roles.CORPORATION, Roles.PROVINCE})
    @GET
    @WithSession
    @Operation(operationId = "getProvince", summary = "Read a province")
    public Uni<ProvinceView> get(@PathParam("code") @Pattern(regexp = Codes.PROVINCE, message = Codes.PROVINCE_MESSAGE) String code) {
        return queries.province(code).map(ProvinceView::of);
    }
}
