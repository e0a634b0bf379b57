package nl.permitholders.quota.quota;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
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
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import nl.permitholders.platform.api.ResourceNotFoundException;
import nl.permitholders.platform.codes.Codes;
import nl.permitholders.platform.period.Period;
import nl.permitholders.platform.period.PeriodParam;
import nl.permitholders.platform.security.Roles;
import nl.permitholders.quota.QuotaApi;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path(QuotaApi.BASE + "/municipalities/{code}/quotas/{period}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Quotas")
public class QuotaResource {

    @Inject
    QuotaService quotas;

    @Inject
    QuotaQueries queries;

    public record QuotaRequest(
            @NotNull @Min(0) @Max(1_000_000) Integer persons,
            @Schema(description = "PROVISIONAL (the Rijk's announcement, voorlopige taakstelling) or FINAL (the figure the Rijk "
                    + "fixed). Left out: the standing status, FINAL for a half-year's first quota. FINAL to PROVISIONAL is refused.")
            QuotaStatus status,
            @Schema(description = "The date the Rijk published this figure; not after today. Left out: not known.")
            LocalDate publishedOn,
            @NotBlank @Size(max = 500) String reason) {
    }

    /** What is not known (the Rijk's publication date) is left out, as the document has it optional. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(requiredProperties = {"municipalityCode", "period", "persons", "version", "status", "recordedAt",
            "history"})
    public record QuotaView(String municipalityCode, String period, int persons, int version, QuotaStatus status,
                            LocalDate publishedOn, QuotaBasis basis, String reason, Instant recordedAt, List<QuotaVersion> history) {
        static QuotaView of(String municipalityCode, Period period, QuotaHistory history) {
            QuotaVersion current = history.current().orElseThrow();
            return new QuotaView(municipalityCode, period.toString(), current.persons(), current.version(), current.status(),
                    current.publishedOn(), current.basis(), current.reason(), current.recordedAt(), history.versions());
        }
    }

    @RolesAllowed(Roles.RIJK)
    @PUT
    @Operation(operationId = "setQuota",
            summary = "Set a municipality's quota for a half-year as published by the Rijk",
            description = "The first quota of a half-year is 201 (basis IMPORTED); a different number later, or the same number "
                    + "going from PROVISIONAL to FINAL, is a new ADJUSTED version (200) and the earlier versions stay in the history; "
                    + "the same number with the same status again changes nothing. A PROVISIONAL figure for a FINAL quota is "
                    + "refused (400, invalidParams names status). A quota is counted once (R3): a municipality merged into another "
                    + "takes none from the half-year its merger takes effect in, and a municipality a merger formed none before it "
                    + "(400, invalidParams names code and the municipality that holds the quota).")
    @APIResponse(responseCode = "201", description = "The first quota of the half-year",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = QuotaView.class)))
    @APIResponse(responseCode = "200", description = "A new ADJUSTED version, or unchanged",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = QuotaView.class)))
    public Uni<Response> put(@PathParam("code") @Pattern(regexp = Codes.MUNICIPALITY, message = Codes.MUNICIPALITY_MESSAGE) String code,
                             @Parameter(schema = @Schema(type = SchemaType.STRING, pattern = Period.PATTERN))
                             @PathParam("period") String periodText,
                             @Valid @NotNull QuotaRequest request) {
        Period period = PeriodParam.parse("period", periodText);
        PublicationDate.check("publishedOn", request.publishedOn());
        return quotas.set(code, period, request.persons(), request.status(), request.publishedOn(), request.reason())
                .map(written -> {
                    QuotaView view = QuotaView.of(code, period, written.history());
                    boolean first = written.version().map(version -> version.version() == 1).orElse(false);
                    return (first ? Response.status(Response.Status.CREATED) : Response.ok()).entity(view).build();
                });
    }

    @RolesAllowed({Roles.RIJK, Roles.COA, Roles.MUNICIPALITY, Roles.CORPORATION, Roles.PROVINCE})
    @GET
    @WithSession
    @Operation(operationId = "getQuota",
            summary = "Read a municipality's current quota for a half-year, with every earlier version")
    public Uni<QuotaView> get(@PathParam("code") @Pattern(regexp = Codes.MUNICIPALITY, message = Codes.MUNICIPALITY_MESSAGE) String code,
                              @Parameter(schema = @Schema(type = SchemaType.STRING, pattern = Period.PATTERN))
                              @PathParam("period") String periodText) {
        Period period = PeriodParam.parse("period", periodText);
        return queries.history(code, period).map(history -> {
            if (history.current().isEmpty()) {
                throw new ResourceNotFoundException("No quota is set for " + code + " in " + period + ".");
            }
            return QuotaView.of(code, period, history);
        });
    }
}
