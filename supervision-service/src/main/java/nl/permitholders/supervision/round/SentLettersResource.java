package nl.permitholders.supervision.round;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.permitholders.platform.api.ResourceNotFoundException;
import nl.permitholders.platform.codes.Codes;
import nl.permitholders.platform.period.Period;
import nl.permitholders.platform.security.Roles;
import nl.permitholders.supervision.SupervisionApi;
import nl.permitholders.supervision.access.ChecksMunicipalityAccess;
import nl.permitholders.supervision.figures.FiguresQueries;
import nl.permitholders.supervision.verdict.DeadlineJudge;
import nl.permitholders.supervision.verdict.Verdict;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The judgement letters the province sent to a municipality, each as it was sent: the list with the mark "te
 * herbeoordelen" on the latest about a deadline where the figures no longer give what it states, and each letter's PDF.
 */
@Path(SupervisionApi.BASE + "/municipalities/{code}/sent-letters")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Supervision round")
@ChecksMunicipalityAccess
public class SentLettersResource {

    @Inject
    LetterService book;
    @Inject
    LetterRoundService round;
    @Inject
    FiguresQueries figures;
    @Inject
    Clock clock;

    @Schema(requiredProperties = {"deadline", "number", "sentBy", "sentAt", "backlog"})
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record SentLetterView(LocalDate deadline,
                                 @Schema(description = "Its number among the letters sent about the deadline: 1 the first, 2 and "
                                         + "up a corrected letter") int number,
                                 String sentBy, Instant sentAt,
                                 @Schema(description = "The position judged at the deadline that the letter states") int backlog,
                                 @Schema(description = "The computed verdict the letter states; absent for letters sent before it "
                                         + "was kept") Verdict verdict,
                                 @Schema(description = "The number of the corrected letter sent about the same deadline after "
                                         + "this one, which replaces it; absent for the latest") Integer replacedBy,
                                 @Schema(description = "On the latest letter about its deadline: te herbeoordelen, the verdict or "
                                         + "the position it states is no longer what the figures give (a late fact, an adoption of "
                                         + "COA's figure); the letter stays as sent. Absent on a replaced letter")
                                 Boolean toReview) {
    }

    @RolesAllowed({Roles.RIJK, Roles.PROVINCE, Roles.MUNICIPALITY})
    @GET
    @Operation(operationId = "listSentLetters",
            summary = "Every judgement letter sent to the municipality, the latest deadline first, each with its mark to review",
            description = "A corrected letter is listed beside the one it replaces (replacedBy). The latest letter about a "
                    + "deadline says toReview where the verdict or the position it states is no longer what the figures give "
                    + "at that deadline now. Empty before any was sent. The Rijk, the municipality's province and the "
                    + "municipality itself.")
    public Uni<List<SentLetterView>> list(
            @PathParam("code") @Pattern(regexp = Codes.MUNICIPALITY, message = Codes.MUNICIPALITY_MESSAGE) String code) {
        LocalDate today = LocalDate.now(clock);
        return book.sentTo(code).flatMap(sent -> sent.isEmpty() ? Uni.createFrom().item(List.<SentLetterView>of())
                : figures.municipality(code).map(known -> views(sent, DeadlineJudge.judgeClosed(known, today))));
    }

    @RolesAllowed({Roles.PROVINCE, Roles.MUNICIPALITY})
    @GET
    @Path("/{deadline}/{number}")
    @Produces({LetterResource.PDF, "application/problem+json"})
    @Operation(operationId = "getSentLetter", summary = "A judgement letter as it was sent, as PDF",
            description = "Letter number (1 the first, 2 and up a correction) about the deadline, byte for byte as sent "
                    + "(ETag: its SHA-256). The municipality's province and the municipality itself; 404 for a letter not sent.")
    @APIResponse(responseCode = "200", description = "The PDF as sent", content = @Content(mediaType = LetterResource.PDF))
    public Uni<Response> pdf(@PathParam("code") @Pattern(regexp = Codes.MUNICIPALITY, message = Codes.MUNICIPALITY_MESSAGE) String code,
                             @Parameter(schema = @Schema(type = SchemaType.STRING, format = "date"))
                             @PathParam("deadline") String deadlineText,
                             @PathParam("number") @Min(1) @Max(1000) int number) {
        Period period = round.deadline("deadline", deadlineText);
        return book.sent(code, period.deadline(), number).map(sent -> sent
                .map(letter -> Response.ok(letter.pdf(), LetterResource.PDF).tag(new EntityTag(letter.sha256())).build())
                .orElseThrow(() -> new ResourceNotFoundException("No letter " + number + " about the deadline " + period.deadline()
                        + " has been sent to municipality " + code + ".")));
    }

    /** Latest deadline first, as {@code sent} is; the latest letter about each deadline first among its own. */
    static List<SentLetterView> views(List<SentLetterSummary> sent, List<DeadlineJudge.Judgement> judged) {
        Map<LocalDate, DeadlineJudge.Judgement> byDeadline = new HashMap<>();
        judged.forEach(j -> byDeadline.put(j.deadline(), j));
        Map<LocalDate, Integer> after = new HashMap<>();
        List<SentLetterView> views = new ArrayList<>();
        for (SentLetterSummary letter : sent) {
            Integer replacedBy = after.put(letter.deadline(), letter.number());
            DeadlineJudge.Judgement now = byDeadline.get(letter.deadline());
            Boolean toReview = replacedBy != null ? null
                    : now != null && SentLetterMark.toReview(letter.verdict(), letter.backlog(), now.verdict(), now.backlog());
            views.add(new SentLetterView(letter.deadline(), letter.number(), letter.sentBy(), letter.sentAt(), letter.backlog(),
                    letter.verdict(), replacedBy, toReview));
        }
        return views;
    }
}
