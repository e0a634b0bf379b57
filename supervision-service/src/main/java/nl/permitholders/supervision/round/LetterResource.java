package nl.permitholders.supervision.round;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import nl.permitholders.platform.api.ResourceNotFoundException;
import nl.permitholders.platform.codes.Codes;
import nl.permitholders.platform.period.Period;
import nl.permitholders.platform.security.Caller;
import nl.permitholders.platform.security.Roles;
import nl.permitholders.supervision.SupervisionApi;
import nl.permitholders.supervision.access.ChecksMunicipalityAccess;
import nl.permitholders.supervision.figures.FiguresQueries;
import nl.permitholders.supervision.verdict.Verdict;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The supervision round's judgement letter to a municipality about a deadline: the PDF, its state, and recording a
 * state. Province staff of the municipality's province only; the municipality itself reads a letter once it is sent.
 */
@Path(SupervisionApi.BASE + "/municipalities/{code}/letters/{deadline}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Supervision round")
@ChecksMunicipalityAccess
public class LetterResource {

    public static final String PDF = "application/pdf";

    @Inject
    LetterRoundService round;

    @Inject
    LetterService book;

    @Inject
    FiguresQueries figures;

    @Inject
    Caller caller;

    public record StateRequest(@NotNull LetterState state) {
    }

    @Schema(requiredProperties = {"sha256", "backlog", "templateVersion", "sentBy", "sentAt", "number"})
    public record SentView(@Schema(description = "SHA-256 of the PDF as sent, hex") String sha256,
                           @Schema(description = "The position judged at the deadline the sent letter states") int backlog,
                           @Schema(description = "The computed verdict the sent letter states; absent for letters sent before it was kept")
                           @JsonInclude(JsonInclude.Include.NON_NULL) Verdict verdict,
                           @Schema(description = "The province's template version it was written with; 0: the default") int templateVersion,
                           String sentBy, Instant sentAt,
                           @Schema(description = "Its number among the letters sent about the deadline: 1 the first, 2 and up a "
                                   + "corrected letter sent beside the ones before (which stay as they were sent)") int number) {
        static SentView of(SentLetter sent) {
            return new SentView(sent.sha256(), sent.backlog(), sent.verdict(), sent.templateVersion(), sent.sentBy(), sent.sentAt(),
                    sent.number());
        }
    }

    @Schema(requiredProperties = {"municipalityCode", "deadline", "period", "history", "liveBacklog"})
    public record LetterStatusView(
            String municipalityCode, LocalDate deadline, String period,
            @Schema(description = "DRAFT until province staff record REVIEWED, then SENT") LetterState state,
            @Schema(description = "Every state recorded, oldest first, with who recorded it and when") List<StateChange> history,
            @Schema(description = "The letter as sent; absent until it is") @JsonInclude(JsonInclude.Include.NON_NULL) SentView sent,
            @Schema(description = "The position judged at the deadline as the live figures give it now (COA's adopted end "
                    + "position where there is one)") int liveBacklog,
            @Schema(description = "The computed verdict at the deadline now; absent before it has passed")
            @JsonInclude(JsonInclude.Include.NON_NULL) Verdict liveVerdict,
            @Schema(description = "Whether the live backlog now differs from the sent letter's (a later correction); absent until sent")
            @JsonInclude(JsonInclude.Include.NON_NULL) Boolean liveDiffersFromSent,
            @Schema(description = "te herbeoordelen: the verdict or the position the sent letter states is no longer what the "
                    + "figures give (a late fact, an adoption of COA's figure); the letter stays as sent. Absent until sent")
            @JsonInclude(JsonInclude.Include.NON_NULL) Boolean toReview) {
    }

    @RolesAllowed({Roles.PROVINCE, Roles.MUNICIPALITY})
    @GET
    @Produces({PDF, "application/problem+json"})
    @Operation(operationId = "getLetter", summary = "The judgement letter to the municipality about a deadline, as PDF",
            description = "deadline is 1 January or 1 July of a year, passed. Until the letter is SENT: written now from the live "
                    + "figures with the province's template, marked concept. Once SENT: the PDF as it was sent, byte for byte "
                    + "(ETag: its SHA-256); a later correction of the figures is not in it but shown beside it (GET .../state). "
                    + "The municipality reads only a letter sent to it (404 before).")
    @APIResponse(responseCode = "200", description = "The PDF", content = @Content(mediaType = PDF))
    public Uni<Response> letter(@PathParam("code") @Pattern(regexp = Codes.MUNICIPALITY, message = Codes.MUNICIPALITY_MESSAGE) String code,
                                @Parameter(schema = @Schema(type = SchemaType.STRING, format = "date"))
                                @PathParam("deadline") String deadlineText) {
        Period period = period(deadlineText);
        if (caller.is(Roles.MUNICIPALITY)) {
            return book.sent(code, period.deadline()).map(sent -> sent.map(letter -> pdf(letter.pdf(), letter.sha256()))
                    .orElseThrow(() -> notSent(code, period)));
        }
        return round.pdf(code, period).map(letter -> pdf(letter.bytes(), letter.sha256()));
    }

    @RolesAllowed({Roles.PROVINCE, Roles.MUNICIPALITY})
    @GET
    @Path("/state")
    @Operation(operationId = "getLetterState",
            summary = "The letter's state, its history, and whether the live figures now differ from the sent letter",
            description = "state is DRAFT until province staff record another. Once SENT: the sent letter's hash and backlog, "
                    + "beside liveBacklog (the live figures now) and liveDiffersFromSent. The municipality reads it only once "
                    + "the letter is sent (404 before).")
    public Uni<LetterStatusView> state(@PathParam("code") @Pattern(regexp = Codes.MUNICIPALITY, message = Codes.MUNICIPALITY_MESSAGE) String code,
                                       @Parameter(schema = @Schema(type = SchemaType.STRING, format = "date"))
                                       @PathParam("deadline") String deadlineText) {
        return status(code, period(deadlineText));
    }

    @RolesAllowed(Roles.PROVINCE)
    @POST
    @Path("/states")
    @Operation(operationId = "recordLetterState", summary = "Record the letter's state: DRAFT, REVIEWED or SENT",
            description = "Who recorded it and when come from the token and the clock. A letter is SENT only after REVIEWED; "
                    + "a SENT letter stays so (400 naming state). Recording SENT stores the letter as PDF, written from the live "
                    + "figures at that moment without the concept mark, with its SHA-256: from then on GET returns that PDF "
                    + "unchanged. Only the province the municipality belongs to.")
    @APIResponse(responseCode = "201", description = "Recorded; Location names the letter's state",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = LetterStatusView.class)))
    public Uni<Response> record(@PathParam("code") @Pattern(regexp = Codes.MUNICIPALITY, message = Codes.MUNICIPALITY_MESSAGE) String code,
                                @Parameter(schema = @Schema(type = SchemaType.STRING, format = "date"))
                                @PathParam("deadline") String deadlineText, @Valid @NotNull StateRequest request) {
        Period period = period(deadlineText);
        return round.record(code, period, request.state())
                .flatMap(recorded -> status(code, period))
                .map(status -> Response.created(URI.create(SupervisionApi.BASE + "/municipalities/" + code + "/letters/"
                        + period.deadline() + "/state")).entity(status).build());
    }

    private Uni<LetterStatusView> status(String code, Period period) {
        LocalDate deadline = period.deadline();
        return book.sent(code, deadline).flatMap(sent -> {
            if (sent.isEmpty() && caller.is(Roles.MUNICIPALITY)) {
                return Uni.createFrom().failure(notSent(code, period));
            }
            return book.changes(code, deadline).flatMap(changes -> figures.figures(code, period, null).map(live -> {
                Optional<SentView> sentView = sent.map(SentView::of);
                int liveBacklog = live.verdict() == null ? live.backlog() : live.verdict().backlog();
                Verdict liveVerdict = live.verdict() == null ? null : live.verdict().verdict();
                return new LetterStatusView(code, deadline, period.toString(), LetterService.stateOf(changes), changes,
                        sentView.orElse(null), liveBacklog, liveVerdict, sentView.map(s -> s.backlog() != liveBacklog).orElse(null),
                        sentView.map(s -> SentLetterMark.toReview(s.verdict(), s.backlog(), liveVerdict, liveBacklog)).orElse(null));
            }));
        });
    }

    private Period period(String text) {
        return round.deadline("deadline", text);
    }

    private static ResourceNotFoundException notSent(String code, Period period) {
        return new ResourceNotFoundException("No letter about the deadline " + period.deadline() + " has been sent to municipality "
                + code + ".");
    }

    private static Response pdf(byte[] pdf, String sha256) {
        return Response.ok(pdf, PDF).tag(new EntityTag(sha256)).build();
    }
}
