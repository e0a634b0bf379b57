package nl.permitholders.supervision.ladder;

import nl.permitholders.platform.api.DesignRulesOpenApiFilter;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import jakarta.annotation.security.RolesAllowed;
import nl.permitholders.platform.security.Roles;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.permitholders.platform.codes.Codes;
import nl.permitholders.platform.period.DateParam;
import nl.permitholders.supervision.SupervisionApi;
import nl.permitholders.supervision.ladder.InterventionAdvisor.Advice;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import nl.permitholders.supervision.access.ChecksMunicipalityAccess;

@Path(SupervisionApi.BASE + "/municipalities/{code}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Verdicts and ladder")
@ChecksMunicipalityAccess
public class LadderResource {

    static final String STAGE_DECIDED = "nl.permitholders.supervision.intervention-stage-decided.v1";

    @Inject
    Ladders ladders;

    /** Who decided is not part of the request: it is the caller the token names (no one can record in another's name). */
    public record DecisionRequest(@NotNull Stage stage, @NotNull LocalDate decidedOn, @NotBlank @Size(max = 1000) String reason) {
    }

    public record DecisionView(UUID id, Stage stage, LocalDate decidedOn, String reason, String decidedBy, Instant recordedAt) {
        static DecisionView of(LadderDecision d) {
            return new DecisionView(d.id(), d.stage(), d.decidedOn(), d.reason(), d.decidedBy(), d.recordedAt());
        }
    }

    /** @param asOf the date asked for, if any: the ladder as it stood on it */
    public record LadderView(String municipalityCode, @JsonInclude(JsonInclude.Include.NON_NULL) LocalDate asOf, Stage currentStage,
                             LocalDate currentSince, AdviceView advice, List<DecisionView> decisions) {
    }

    /** The advised stage and why: in English, and as a code with what it rests on for those who say it in their own words. */
    public record AdviceView(
            Stage stage,
            @Schema(description = "Why, in English, e.g. \"not met at the last 4 deadlines in a row; counting the deadline that "
                    + "opened the chain, 2024-01-01, behind by the opening balance of 52\"") String reason,
            @Schema(description = "The rule the advice follows; reason says it in English") AdviceReason reasonCode,
            @Schema(description = "The deadlines not met in a row up to the last; 0 when the last was met or excusable or none has passed")
            int missedInARow,
            @Schema(description = "The deadline that opened the chain of a municipality that joined behind, when the advice rests on it; "
                    + "absent otherwise") @JsonInclude(JsonInclude.Include.NON_NULL) LocalDate openingDeadline,
            @Schema(description = "The opening balance the municipality was behind by at openingDeadline; absent without it")
            @JsonInclude(JsonInclude.Include.NON_NULL) Integer openingBalance,
            @Schema(description = "The ladder rule that gave the stage, in English, e.g. \"from 4 deadlines missed in a row: "
                    + "SUBSTITUTION_ANNOUNCED (the province's rules from 2026-01-01)\"; the province's rules in force on the date "
                    + "the ladder stands on (GET /provinces/{code}/ladder-rules), or the default ones") String rule,
            @Schema(description = "The kind of rule: LAST_NOT_MISSED (no stage), BELOW_LOWEST_STEP (fewer missed in a row than "
                    + "the lowest step: no stage), MISSED_IN_A_ROW (a step), BACKLOG_GREW") LadderRules.RuleKind ruleCode,
            @Schema(description = "The deadlines the rule speaks of: the step's missed deadlines in a row, the lowest step's for "
                    + "BELOW_LOWEST_STEP, the deadlines the backlog grew at for BACKLOG_GREW; 0 for LAST_NOT_MISSED") int ruleDeadlines,
            @Schema(description = "The date from which the province's rules that gave the advice apply; absent for the default rules")
            @JsonInclude(JsonInclude.Include.NON_NULL) LocalDate rulesFrom) {

        public static AdviceView of(Advice advice) {
            return new AdviceView(advice.stage(), advice.reason(), advice.reasonCode(), advice.missedInARow(),
                    advice.openedChain().map(InterventionAdvisor.Deadline::date).orElse(null),
                    advice.openedChain().map(InterventionAdvisor.Deadline::backlog).orElse(null),
                    advice.rule().inEnglish(), advice.rule().kind(), advice.rule().deadlines(), advice.rule().rulesFrom().orElse(null));
        }
    }

    /** Who decided and why, in words, stay in this API (R9: events carry codes and ids). */
    public record StageDecided(UUID decisionId, String municipalityCode, String stage, String previousStage, LocalDate decidedOn) {
    }

    @RolesAllowed({Roles.RIJK, Roles.PROVINCE, Roles.MUNICIPALITY})
    @GET
    @Path("/ladder")
    @Operation(summary = "The municipality's stage on the intervention ladder, the advised stage with its reason, and every decision",
            description = "The advice counts the verdicts at every deadline passed (R7) and, for a municipality that joined "
                    + "with an opening balance above zero, the deadline that opened its chain as NOT_MET; the reason names that "
                    + "deadline when the advice rests on it (openingDeadline, openingBalance). reasonCode names the rule the advice "
                    + "follows, reason says it in English; rule (with ruleCode, ruleDeadlines, rulesFrom) names the rule of the "
                    + "province's ladder rules in force on that date, or of the default ones, that gave the stage. With asOf, the ladder as it stood on that date: the deadlines passed "
                    + "by then, judged on the facts up to them, and the decisions taken (decidedOn) by then; a date after today "
                    + "gives today's.")
    public Uni<LadderView> ladder(@PathParam("code") @Pattern(regexp = Codes.MUNICIPALITY, message = Codes.MUNICIPALITY_MESSAGE) String code,
                                  @Parameter(description = "the ladder as it stood on this date, yyyy-mm-dd") @QueryParam("asOf") String asOfText) {
        return ladders.ladder(code, DateParam.parseOptional("asOf", asOfText));
    }

    @RolesAllowed(Roles.PROVINCE)
    @POST
    @Path("/ladder-decisions")
    @Operation(summary = "Record a decision of province staff on the intervention ladder",
            description = "The stage, the date it was decided and the reason; who decided is the caller the token names "
                    + "(its name, or else its subject), kept as decidedBy. Published as "
                    + STAGE_DECIDED + " on supervision.events. Decisions are never changed; a later one follows.")
    @APIResponse(responseCode = "201", description = "Recorded; Location names the decision",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = DecisionView.class)))
    public Uni<Response> decide(@PathParam("code") @Pattern(regexp = Codes.MUNICIPALITY, message = Codes.MUNICIPALITY_MESSAGE) String code,
                                @Valid @NotNull DecisionRequest request) {
        return ladders.decide(code, request)
                .map(decision -> Response.created(URI.create(SupervisionApi.BASE + "/municipalities/" + code + "/ladder"))
                        .entity(decision).build());
    }
}
