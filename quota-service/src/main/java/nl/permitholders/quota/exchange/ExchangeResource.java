package nl.permitholders.quota.exchange;

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
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;
import nl.permitholders.platform.codes.Codes;
import nl.permitholders.platform.period.Period;
import nl.permitholders.platform.period.PeriodParam;
import nl.permitholders.platform.security.Roles;
import nl.permitholders.quota.QuotaApi;
import nl.permitholders.quota.exchange.QuotaExchange.Change;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Exchanges the Rijk records in one step (R2). Deprecated: an exchange is checked against the backlog each party carries
 * and the agreements registered for the half-year, and quota-service knows neither (the backlog follows from
 * placements, the agreements are supervision's); supervision's exchange agreements are the one way in that checks them.
 * Until its sunset the one-step way still records, and supervision flags an exchange that takes a party's adjusted
 * quota below zero, as it flags a registered agreement that a later fact broke.
 */
@Path(QuotaApi.BASE + "/exchanges")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Quotas")
public class ExchangeResource {

    /** The day the one-step way was deprecated (RFC 9745 {@code Deprecation}). */
    static final Instant DEPRECATED = Instant.parse("2026-11-26T00:00:00Z");
    /** The day it leaves the API (RFC 8594 {@code Sunset}): at least six months, and one whole half-year, after. */
    static final Instant SUNSET = Instant.parse("2027-07-01T00:00:00Z");
    /** Where exchanges are recorded instead: supervision's exchange agreements. */
    static final String SUCCESSOR = "/supervision/v1/exchanges";

    @Inject
    ExchangeService exchanges;

    @Inject
    ExchangeQueries queries;

    public record ChangeRequest(
            @NotNull @Pattern(regexp = Codes.MUNICIPALITY, message = Codes.MUNICIPALITY_MESSAGE) String municipalityCode,
            @NotNull @Min(-1_000_000) @Max(1_000_000) Integer delta) {
    }

    public record ExchangeRequest(@NotNull String period, @NotNull @Size(min = 2, max = 400) List<@Valid @NotNull ChangeRequest> changes,
                                  @NotBlank @Size(max = 500) String reason) {
    }

    @Schema(requiredProperties = {"id", "period", "changes", "recordedAt"})
    public record ExchangeView(UUID id, String period, List<Change> changes, String reason, Instant recordedAt) {
    }

    @RolesAllowed(Roles.RIJK)
    @POST
    @Operation(operationId = "recordExchange", deprecated = true, summary = "Record an exchange of quota between municipalities (R2) in one step: deprecated, "
            + "leaves the API on 1 July 2027",
            description = "Deprecated since 26 November 2026; removed on 1 July 2027 (the Deprecation and Sunset headers of "
                    + "every response say so, and Link names the successor). Use supervision's exchange agreements "
                    + "(POST /supervision/v1/exchanges: the municipalities propose and confirm, the province or the Rijk "
                    + "registers), which check what this endpoint cannot: the backlog each party carries and the agreements "
                    + "registered for the half-year. Accepted only if the deltas sum to zero, every municipality exists in the "
                    + "half-year and holds its quota (R3: one merged into another by then is refused naming the one that "
                    + "holds it; one formed in the half-year is a party), none appears twice and no resulting quota (quota plus earlier exchanges plus this delta) is "
                    + "negative; otherwise 400 listing every problem. The quotas themselves are unchanged: supervision adds the "
                    + "exchanges to them, and flags one that takes a party's adjusted quota below zero "
                    + "(exchangesNoLongerHold in its figures).")
    @APIResponse(responseCode = "201", description = "Recorded; Location names it",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = ExchangeView.class)))
    public Uni<Response> exchange(@Valid @NotNull ExchangeRequest request) {
        Period period = PeriodParam.parse("period", request.period());
        List<Change> changes = request.changes().stream().map(c -> new Change(c.municipalityCode(), c.delta())).toList();
        return exchanges.record(period, changes, request.reason())
                .map(exchange -> deprecated(Response.created(URI.create(QuotaApi.BASE + "/exchanges/" + exchange.id)))
                        .entity(new ExchangeView(exchange.id, exchange.period, changes, exchange.reason, exchange.recordedAt)).build());
    }

    @RolesAllowed({Roles.RIJK, Roles.COA, Roles.MUNICIPALITY, Roles.CORPORATION, Roles.PROVINCE})
    @GET
    @WithSession
    @Path("/{id}")
    @Operation(operationId = "getExchange", summary = "Read an exchange")
    public Uni<ExchangeView> get(@PathParam("id") UUID id) {
        return queries.exchange(id).map(found -> new ExchangeView(found.exchange().id, found.exchange().period,
                found.changes().stream().map(r -> new Change(r.municipalityCode, r.delta)).toList(), found.exchange().reason,
                found.exchange().recordedAt));
    }

    /** RFC 9745 Deprecation, RFC 8594 Sunset, and the successor by RFC 8288 Link. */
    static Response.ResponseBuilder deprecated(Response.ResponseBuilder response) {
        return response.header("Deprecation", "@" + DEPRECATED.getEpochSecond())
                .header("Sunset", DateTimeFormatter.RFC_1123_DATE_TIME.format(SUNSET.atOffset(ZoneOffset.UTC)))
                .header("Link", "<" + SUCCESSOR + ">; rel=\"successor-version\"");
    }
}
