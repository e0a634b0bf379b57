package nl.permitholders.supervision.exchange;

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
import nl.permitholders.platform.api.InvalidInputException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import nl.permitholders.platform.api.UuidParam;
import nl.permitholders.platform.codes.Codes;
import nl.permitholders.platform.period.PeriodParam;
import nl.permitholders.platform.security.Roles;
import nl.permitholders.supervision.SupervisionApi;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Exchange agreements between municipalities (R2, Huisvestingswet 2014 art. 29 lid 2): a municipality proposes one,
 * the other parties confirm or decline it, the proposer may withdraw it, and the province of the parties or the Rijk
 * registers or refuses it. Who acts is the caller the token names; every step is kept.
 */
@Path(SupervisionApi.BASE + "/exchanges")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Exchange agreements")
public class ExchangeResource {

    /** The largest number of persons one party takes over or hands over in one agreement. */
    static final int PERSONS_MAX = 100_000;
    static final String STEPS = "Each step is added to the agreement's history with who took it (the caller the token names) "
            + "and when; nothing is overwritten. A municipality acts for itself and, after a merger, for the parties merged "
            + "into it (R3). A step the agreement's state does not allow is 409; a caller who may not take "
            + "it (no party, not the proposer, another province, a party merged into another) is 403; an unknown agreement 404.";

    @Inject
    ExchangeAgreementService agreements;

    public record ChangeRequest(@NotNull @Pattern(regexp = Codes.MUNICIPALITY, message = Codes.MUNICIPALITY_MESSAGE) String municipalityCode,
                                @Schema(description = "persons of quota taken over (+) or handed over (−)")
                                @NotNull @Min(-PERSONS_MAX) @Max(PERSONS_MAX) Integer delta,
                                @Schema(description = "persons of the backlog carried into the half-year taken over (+) or handed "
                                        + "over (−); 0 when left out")
                                @Min(-PERSONS_MAX) @Max(PERSONS_MAX) Integer backlogTransfer) {

        AgreementChange change() {
            return new AgreementChange(municipalityCode, delta, backlogTransfer == null ? 0 : backlogTransfer);
        }
    }

    /** Who proposes is not part of the request: it is the municipality the token names. */
    public record ProposalRequest(@Schema(description = "the half-year, e.g. 2026-H1") @NotNull String period,
                                  @NotNull @Size(max = 50) List<@Valid @NotNull ChangeRequest> changes,
                                  @NotBlank @Size(max = ExchangeAgreementService.REASON_MAX) String reason) {
    }

    /** Only an agreement for a half-year whose deadline has passed needs it; the body may be left out otherwise. */
    public record RegistrationRequest(@Schema(description = "true confirms registering an agreement for a half-year whose "
                                              + "deadline has passed: it changes the verdicts given there; required then")
                                      Boolean confirmClosedHalfYear,
                                      @Schema(description = "why an agreement for a closed half-year comes this late; shown "
                                              + "in its history and in the verdict's")
                                      @Size(max = ExchangeAgreementService.REASON_MAX)
                                      @Pattern(regexp = "[\\s\\S]*\\S[\\s\\S]*", message = "must not be blank when given")
                                      String reason) {

        ExchangeAgreement.ClosedHalfYearConfirmation confirmation() {
            return Boolean.TRUE.equals(confirmClosedHalfYear) ? new ExchangeAgreement.ClosedHalfYearConfirmation(reason) : null;
        }
    }

    public record ReasonRequest(@NotBlank @Size(max = ExchangeAgreementService.REASON_MAX) String reason) {
    }

    @RolesAllowed(Roles.MUNICIPALITY)
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "proposeExchange",
            summary = "Propose an exchange agreement with other municipalities for a half-year",
            description = "The municipality the token names proposes, and must be one of the parties; its own part counts as "
                    + "agreed. changes: two or more municipalities, each once, each taking over (+) or handing over (−) quota "
                    + "(delta) and, when they agree, backlog (backlogTransfer); the deltas add up to 0, and so do the backlog "
                    + "transfers. A municipality hands over at most the backlog it carries into the half-year, and no party's "
                    + "adjusted quota for the half-year (carried backlog + quota ± exchanges registered earlier ± this one) may "
                    + "go below 0: an exchange larger than a party's own quota is allowed as long as that holds. A party that "
                    + "merged into another by the half-year is refused naming the one to name instead (R3). A refusal is "
                    + "400 naming the field (e.g. changes[1].delta) with the numbers; nothing is stored.")
    @APIResponse(responseCode = "201", description = "Proposed; Location names the agreement",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = AgreementView.class)))
    public Uni<Response> propose(@Valid @NotNull ProposalRequest request) {
        return agreements.propose(PeriodParam.parse("period", request.period()), request.reason(),
                        request.changes().stream().map(ChangeRequest::change).toList())
                .map(proposed -> Response.created(URI.create(SupervisionApi.BASE + "/exchanges/" + proposed.id()))
                        .entity(AgreementView.unregistered(proposed)).build());
    }

    @RolesAllowed({Roles.RIJK, Roles.PROVINCE, Roles.MUNICIPALITY})
    @GET
    @Path("/{id}")
    @Operation(operationId = "getExchange", summary = "An exchange agreement: its changes, state and history",
            description = "The Rijk sees every agreement, a province one with a party of its own, a municipality one it is a "
                    + "party to (403 otherwise).")
    public Uni<AgreementView> agreement(
            @Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid"))
            @PathParam("id") String id) {
        return agreements.get(UuidParam.parse("id", id)).flatMap(agreements::viewOf);
    }

    @RolesAllowed(Roles.MUNICIPALITY)
    @POST
    @Path("/{id}/confirm")
    @Operation(operationId = "confirmExchange", summary = "A party confirms its part of a proposed agreement",
            description = "When every party has agreed the agreement is CONFIRMED and awaits registration. " + STEPS)
    public Uni<AgreementView> confirm(
            @Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid"))
            @PathParam("id") String id) {
        return agreements.confirm(UuidParam.parse("id", id)).map(AgreementView::unregistered);
    }

    @RolesAllowed(Roles.MUNICIPALITY)
    @POST
    @Path("/{id}/decline")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "declineExchange",
            summary = "A party other than the proposer declines the agreement, with a reason",
            description = "Also after confirming it, until it is registered; the agreement is DECLINED. " + STEPS)
    public Uni<AgreementView> decline(
            @Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid"))
            @PathParam("id") String id, @Valid @NotNull ReasonRequest request) {
        return agreements.decline(UuidParam.parse("id", id), request.reason()).map(AgreementView::unregistered);
    }

    @RolesAllowed(Roles.MUNICIPALITY)
    @POST
    @Path("/{id}/withdraw")
    @Operation(operationId = "withdrawExchange",
            summary = "The proposer withdraws the agreement before it is registered", description = STEPS)
    public Uni<AgreementView> withdraw(
            @Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid"))
            @PathParam("id") String id) {
        return agreements.withdraw(UuidParam.parse("id", id)).map(AgreementView::unregistered);
    }

    @RolesAllowed({Roles.RIJK, Roles.PROVINCE})
    @POST
    @Path("/{id}/register")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "registerExchange",
            summary = "The province of the parties or the Rijk registers an agreement every party confirmed",
            description = "Province staff register only an agreement whose parties all lie in their province; one across "
                    + "provinces only the Rijk registers. The check of the proposal is made again on the parties' figures as "
                    + "they are now (400 naming the agreement's field, e.g. changes[1].delta, with the numbers; nothing "
                    + "stored); a party merged into another by the half-year is checked on that one's figures (heldBy, R3). Once registered, each party's ledger of the half-year has its quota change as an EXCHANGE "
                    + "line and its backlog transfer as a BACKLOG_TRANSFERRED line, both with eventType "
                    + "exchange-agreement-registered and the agreement's id as eventId and reference; the parties' verdicts "
                    + "at deadlines passed are judged again in the same transaction, a changed one naming the registration as "
                    + "its cause (causeEventType exchange-agreement-registered, causeEventId the agreement's id). "
                    + "An agreement for a half-year whose deadline has passed changes the verdicts given there: it is registered "
                    + "only with confirmClosedHalfYear true (400 naming confirmClosedHalfYear without it), and optionally the "
                    + "reason it comes this late; its registration step and that half-year's verdict history (causeNote) say "
                    + "it was confirmed, by whom and why. " + STEPS)
    public Uni<AgreementView> register(
            @Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid"))
            @PathParam("id") String id, @Valid RegistrationRequest request, @Context HttpHeaders headers) {
        // No body registers without a confirmation; a body that is JSON null is not a registration request.
        if (request == null && headers.getLength() > 0) {
            throw InvalidInputException.of("body", "must be a JSON object (or left out)");
        }
        return agreements.register(UuidParam.parse("id", id), request == null ? null : request.confirmation())
                .flatMap(agreements::viewOf);
    }

    @RolesAllowed({Roles.RIJK, Roles.PROVINCE})
    @POST
    @Path("/{id}/refuse")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "refuseExchange",
            summary = "The province of the parties or the Rijk refuses to register the agreement, with a reason",
            description = "While it is proposed or confirmed; the agreement is REFUSED. " + STEPS)
    public Uni<AgreementView> refuse(
            @Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid"))
            @PathParam("id") String id, @Valid @NotNull ReasonRequest request) {
        return agreements.refuse(UuidParam.parse("id", id), request.reason()).map(AgreementView::unregistered);
    }
}
