package nl.permitholders.quota.balance;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.List;
import nl.permitholders.platform.api.ResourceNotFoundException;
import nl.permitholders.platform.codes.Codes;
import nl.permitholders.platform.period.Period;
import nl.permitholders.platform.period.PeriodParam;
import nl.permitholders.platform.security.Roles;
import nl.permitholders.quota.QuotaApi;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path(QuotaApi.BASE + "/municipalities/{code}/opening-balance")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Quotas")
public class OpeningBalanceResource {

    @Inject
    OpeningBalanceService balances;

    @Inject
    OpeningBalanceQueries queries;

    public record OpeningBalanceRequest(
            @NotNull String period,
            @NotNull @Min(-1_000_000) @Max(1_000_000) Integer backlog) {
    }

    @Schema(requiredProperties = {"municipalityCode", "period", "backlog", "version", "recordedAt", "history"})
    public record OpeningBalanceView(String municipalityCode, String period, int backlog, int version, Instant recordedAt,
                                     List<OpeningBalance> history) {
        static OpeningBalanceView of(String code, List<OpeningBalance> history) {
            OpeningBalance current = history.get(history.size() - 1);
            return new OpeningBalanceView(code, current.period(), current.backlog(), current.version(), current.recordedAt(), history);
        }
    }

    @RolesAllowed(Roles.RIJK)
    @PUT
    @Operation(operationId = "setOpeningBalance",
            summary = "Set the backlog a municipality carried into a half-year when it joined the system",
            description = "Negative means ahead. 201 the first time; a correction is a new version (200); history is kept.")
    @APIResponse(responseCode = "201", description = "The first opening balance",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = OpeningBalanceView.class)))
    @APIResponse(responseCode = "200", description = "A new version, or unchanged",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = OpeningBalanceView.class)))
    public Uni<Response> put(@PathParam("code") @Pattern(regexp = Codes.MUNICIPALITY, message = Codes.MUNICIPALITY_MESSAGE) String code,
                             @Valid @NotNull OpeningBalanceRequest request) {
        Period period = PeriodParam.parse("period", request.period());
        return balances.set(code, period, request.backlog()).map(written -> {
            OpeningBalanceView view = OpeningBalanceView.of(code, written.history());
            return (written.changed() && view.version() == 1 ? Response.status(Response.Status.CREATED) : Response.ok())
                    .entity(view).build();
        });
    }

    @RolesAllowed({Roles.RIJK, Roles.COA, Roles.MUNICIPALITY, Roles.CORPORATION, Roles.PROVINCE})
    @GET
    @WithSession
    @Operation(operationId = "getOpeningBalance", summary = "Read a municipality's opening balance with its history")
    public Uni<OpeningBalanceView> get(@PathParam("code") @Pattern(regexp = Codes.MUNICIPALITY, message = Codes.MUNICIPALITY_MESSAGE) String code) {
        return queries.history(code).map(history -> {
            if (history.isEmpty()) {
                throw new ResourceNotFoundException("No opening balance is set for " + code + ".");
            }
            return OpeningBalanceView.of(code, history);
        });
    }
}
