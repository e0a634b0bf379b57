package nl.permitholders.supervision.ladder;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.permitholders.platform.codes.Codes;
import nl.permitholders.platform.period.DateParam;
import nl.permitholders.platform.security.Roles;
import nl.permitholders.supervision.SupervisionApi;
import nl.permitholders.supervision.verdict.Verdict;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path(SupervisionApi.BASE + "/provinces/{code}/ladder-rules")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Verdicts and ladder")
public class LadderRulesResource {

    @Inject
    LadderRuleBook book;

    public record StepView(
            @Schema(description = "From this many deadlines missed in a row (1 to 20) ...") @NotNull Integer missedInARow,
            @Schema(description = "... this stage is advised: SIGNAL to SUBSTITUTION_ANNOUNCED, each step higher than the one before")
            @NotNull Stage stage) {

        static StepView of(LadderRules.Step step) {
            return new StepView(step.missedInARow(), step.stage());
        }
    }

    /** Who set them is not part of the request: it is the caller the token names. */
    public record RulesRequest(
            @Schema(description = "The date from which the rules apply; the ladder asked as of an earlier date keeps the rules in force then")
            @NotNull LocalDate appliesFrom,
            @Schema(description = "The verdicts that count as a missed deadline: NOT_MET, and NOT_MET_EXCUSABLE when an excusable "
                    + "shortfall counts too. The province's own recorded verdict counts over the computed one.")
            @NotNull @Size(max = 2) List<@NotNull Verdict> countedAsMissed,
            @Schema(description = "How many deadlines missed in a row advise which stage, fewest first; more missed deadlines "
                    + "than a step asks keep its stage until a higher step is reached")
            @NotNull @Size(max = 6) List<@NotNull @Valid StepView> steps,
            @Schema(description = "Whether a backlog that grew at each of the last four deadlines, each missed, advises "
                    + "SUBSTITUTION_ANNOUNCED whatever the steps say")
            @NotNull Boolean backlogGrowthEscalates) {
    }

    /** A set of rules: the default ones (no id, appliesFrom, setBy or recordedAt) or a province's. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record RulesView(
            @Schema(description = "Absent for the default rules") UUID id,
            @Schema(description = "The date from which the province's rules apply; absent for the default rules") LocalDate appliesFrom,
            List<Verdict> countedAsMissed, List<StepView> steps, boolean backlogGrowthEscalates,
            @Schema(description = "Who set them: the caller the token named") String setBy,
            Instant recordedAt) {

        static RulesView of(LadderRules rules) {
            return new RulesView(null, null, counted(rules), steps(rules), rules.backlogGrowthEscalates(), null, null);
        }

        static RulesView of(LadderRuleSet set) {
            LadderRules rules = set.rules();
            return new RulesView(set.id(), set.appliesFrom(), counted(rules), steps(rules), rules.backlogGrowthEscalates(),
                    set.setBy(), set.recordedAt());
        }

        private static List<Verdict> counted(LadderRules rules) {
            return rules.countedAsMissed().stream().sorted().toList();
        }

        private static List<StepView> steps(LadderRules rules) {
            return rules.steps().stream().map(StepView::of).toList();
        }
    }

    /** @param asOf the date asked for, if any */
    public record RuleHistoryView(
            String provinceCode,
            @JsonInclude(JsonInclude.Include.NON_NULL) LocalDate asOf,
            @Schema(description = "The rules in force on asOf (or today): the province's, or the default ones when it set none by then")
            RulesView inForce,
            @Schema(description = "Whether inForce are the default rules") boolean defaultRules,
            @Schema(description = "Every set of rules the province recorded, by appliesFrom then recordedAt, also those that "
                    + "apply from a date still to come") List<RulesView> history) {
    }

    @RolesAllowed({Roles.RIJK, Roles.PROVINCE, Roles.PROVINCE_ADMINISTRATOR})
    @GET
    @Operation(summary = "The province's rules for advising a stage of the intervention ladder, and every set it recorded",
            description = "Which verdicts count as a missed deadline, how many missed in a row advise which stage, and whether "
                    + "a growing backlog advises announcing substitution. Where the province set none, the default rules apply: "
                    + "NOT_MET counts; 1 → SIGNAL, 2 → OFFICIAL_TALK, 3 → ADMINISTRATIVE_AGREEMENTS; growth escalates. With "
                    + "asOf, the rules in force on that date. The Rijk, and the province's own staff and administrators; 404 for "
                    + "a province nothing is known about.")
    public Uni<RuleHistoryView> rules(@PathParam("code") @Pattern(regexp = Codes.PROVINCE, message = Codes.PROVINCE_MESSAGE) String code,
                                      @Parameter(description = "the rules in force on this date, yyyy-mm-dd") @QueryParam("asOf") String asOfText) {
        return book.view(code, DateParam.parseOptional("asOf", asOfText));
    }

    @RolesAllowed(Roles.PROVINCE_ADMINISTRATOR)
    @POST
    @Operation(summary = "Set the province's rules for advising a stage of the intervention ladder, from a date",
            description = "Only an administrator of the province itself (role province-administrator with that province's "
                    + "province claim). The rules apply from appliesFrom: the ladder as of an earlier date keeps the rules in "
                    + "force then. Nothing is overwritten: a later set follows, and every set is kept with who set it "
                    + "(setBy, the caller the token names) and when (recordedAt). The advice of every municipality of the "
                    + "province follows them at once, and names the rule that gave it. Steps must go up: more missed "
                    + "deadlines and a higher stage than the step before.")
    @APIResponse(responseCode = "201", description = "Recorded; Location names the province's rules",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = RulesView.class)))
    public Uni<Response> set(@PathParam("code") @Pattern(regexp = Codes.PROVINCE, message = Codes.PROVINCE_MESSAGE) String code,
                             @Valid @NotNull RulesRequest request) {
        return book.set(code, request)
                .map(set -> Response.created(URI.create(SupervisionApi.BASE + "/provinces/" + code + "/ladder-rules"))
                        .entity(RulesView.of(set)).build());
    }
}
