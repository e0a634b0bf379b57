package nl.permitholders.supervision.ladder;

import jakarta.annotation.security.RolesAllowed;
import java.net.URI;
import java.time.Clock;
import nl.permitholders.platform.period.DateParam;
import nl.permitholders.platform.security.Roles;
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
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.permitholders.platform.codes.Codes;
import nl.permitholders.supervision.SupervisionApi;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import nl.permitholders.supervision.access.ChecksMunicipalityAccess;
import nl.permitholders.supervision.verdict.ProvinceVerdict;
import nl.permitholders.supervision.verdict.RecordedVerdict;
import nl.permitholders.supervision.verdict.Verdict;

@Path(SupervisionApi.BASE + "/municipalities/{code}/verdicts")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Verdicts and ladder")
@ChecksMunicipalityAccess
public class VerdictsResource {

    @Inject
    Clock clock;

    @Inject
    ProvinceVerdictService provinceVerdicts;


    /** Who decided is not part of the request: it is the caller the token names. */
    public record ProvinceVerdictRequest(@NotNull Verdict verdict,
                                         @NotBlank @Size(max = ProvinceVerdict.GROUNDS_MAX) String grounds,
                                         @NotNull LocalDate decidedOn) {
    }

    @Schema(requiredProperties = {"id", "deadline", "verdict", "decidedOn", "decidedBy", "recordedAt"})
    public record ProvinceVerdictView(
            UUID id, LocalDate deadline, Verdict verdict, String grounds, LocalDate decidedOn, String decidedBy, Instant recordedAt,
            @Schema(description = "The computed verdict at the deadline when this one was recorded") Verdict recordedAgainst) {

        static ProvinceVerdictView of(ProvinceVerdict v) {
            return new ProvinceVerdictView(v.id(), v.deadline(), v.verdict(), v.grounds(), v.decidedOn(), v.decidedBy(), v.recordedAt(),
                    v.recordedAgainst());
        }
    }

    @Schema(requiredProperties = {"deadline", "backlog", "openedChain", "toReview", "history"})
    public record DeadlineVerdictsView(
            LocalDate deadline,
            @Schema(description = "The verdict computed from the figures (R7): advice to the province") Verdict computedVerdict,
            int backlog,
            @Schema(description = "Whether this is the deadline that opened the chain of a municipality that joined behind "
                    + "(computed as NOT_MET)") boolean openedChain,
            @Schema(description = "The province's verdict in force today; absent when it recorded none")
            @JsonInclude(JsonInclude.Include.NON_NULL) ProvinceVerdictView provinceVerdict,
            @Schema(description = "Whether a late correction changed the computed verdict since the province's verdict in force "
                    + "was recorded (recordedAgainst): it still stands, to review") boolean toReview,
            @Schema(description = "The verdict the ladder counts: the province's where it recorded one that R7 allows on the "
                    + "backlog, else the computed one") Verdict countedVerdict,
            @Schema(description = "Every verdict the province recorded at this deadline, in the order decided") List<ProvinceVerdictView> history) {

        static DeadlineVerdictsView of(ProvinceVerdictService.AtDeadline d) {
            return new DeadlineVerdictsView(d.computed().date(), d.computed().verdict(), d.computed().backlog(), d.computed().openedChain(),
                    d.inForce().map(ProvinceVerdictView::of).orElse(null), d.toReview(), d.counted(),
                    d.history().stream().map(ProvinceVerdictView::of).toList());
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(requiredProperties = {"period", "deadline", "referenceDate", "backlog", "ownBacklog", "stillToHouseAtReferenceDate",
            "coupledUnhousedAtReferenceDate", "recoupledAfterTheClockAtReferenceDate", "couplingDeficit", "history"})
    public record VerdictLine(String period, LocalDate deadline, LocalDate referenceDate, Verdict verdict,
                              @Schema(description = "the position judged: COA's end position where province staff adopted it at "
                                      + "the deadline (coaEndPosition), else the system's figures") int backlog,
                              @Schema(description = "the system's own arithmetic at the deadline, without any adoption of COA's figures")
                              int ownBacklog,
                              @Schema(description = "COA's end position adopted at the deadline; absent when none was") Integer coaEndPosition,
                              int stillToHouseAtReferenceDate, int coupledUnhousedAtReferenceDate,
                              int recoupledAfterTheClockAtReferenceDate, int couplingDeficit, List<RecordedVerdict> history) {
    }

    @RolesAllowed({Roles.RIJK, Roles.PROVINCE, Roles.MUNICIPALITY})
    @GET
    @Operation(operationId = "listVerdicts",
            summary = "The verdict at every deadline that has passed (R7), with the history of how each changed",
            description = "A late correction (an adjusted quota, a revoked placement) judges a closed half-year again; "
                    + "history lists every verdict recorded for it with the event that caused it. couplingDeficit = "
                    + "stillToHouseAtReferenceDate - coupledUnhousedAtReferenceDate (at least 0); coupledUnhousedAtReferenceDate "
                    + "includes recoupledAfterTheClockAtReferenceDate, the persons COA re-coupled elsewhere after their 12 weeks "
                    + "ran out: the municipality's own shortfall, never part of the deficit. Withdrawn couplings, and couplings "
                    + "re-coupled within the 12 weeks, are no longer the municipality's.")
    public Uni<List<VerdictLine>> verdicts(@PathParam("code") @Pattern(regexp = Codes.MUNICIPALITY, message = Codes.MUNICIPALITY_MESSAGE) String code) {
        return provinceVerdicts.judged(code).map(judged -> judged.judgements().stream()
                .map(j -> new VerdictLine(j.period().toString(), j.deadline(), j.referenceDate(), j.verdict(), j.backlog(),
                        j.ownBacklog(), j.coaEndPosition().orElse(null), j.stillToHouseAtReferenceDate(), j.coupledUnhousedAtReferenceDate(),
                        j.recoupledAfterTheClockAtReferenceDate(), j.couplingDeficit(),
                        judged.history().getOrDefault(j.period().toString(), List.of())))
                .toList());
    }

    @RolesAllowed({Roles.RIJK, Roles.PROVINCE, Roles.MUNICIPALITY})
    @GET
    @Path("/province-verdicts")
    @Operation(operationId = "listProvinceVerdicts",
            summary = "At every deadline the ladder counts: the computed verdict (advice) and the province's own verdict",
            description = "Province staff judge; the computed verdict (R7) is their advice. Per deadline passed, the deadline "
                    + "that opened the chain of a municipality that joined behind included: the computed verdict, the "
                    + "province's verdict in force with its grounds, date and author, whether a late correction put it up for "
                    + "review (toReview), the verdict the ladder counts, and every verdict the province recorded there.")
    public Uni<List<DeadlineVerdictsView>> provinceVerdicts(
            @PathParam("code") @Pattern(regexp = Codes.MUNICIPALITY, message = Codes.MUNICIPALITY_MESSAGE) String code) {
        return provinceVerdicts.deadlines(code).map(all -> all.stream().map(DeadlineVerdictsView::of).toList());
    }

    @RolesAllowed({Roles.RIJK, Roles.PROVINCE, Roles.MUNICIPALITY})
    @GET
    @Path("/{deadline}/province-verdict")
    @Operation(operationId = "getProvinceVerdict",
            summary = "One deadline: the computed verdict (advice) and the province's own verdict, with its history",
            description = "As province-verdicts, for one deadline; 404 when the municipality has no verdict at that date.")
    public Uni<DeadlineVerdictsView> provinceVerdict(
            @PathParam("code") @Pattern(regexp = Codes.MUNICIPALITY, message = Codes.MUNICIPALITY_MESSAGE) String code,
            @Parameter(description = "the deadline, yyyy-mm-dd: a 1 January or 1 July",
                    schema = @Schema(type = SchemaType.STRING, format = "date"))
            @PathParam("deadline") String deadline) {
        return provinceVerdicts.deadline(code, DateParam.parseOptional("deadline", deadline)).map(DeadlineVerdictsView::of);
    }

    @RolesAllowed(Roles.PROVINCE)
    @POST
    @Path("/{deadline}/province-verdict")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "recordProvinceVerdict",
            summary = "Record the province's own verdict at a deadline, with its grounds",
            description = "The verdict (MET, NOT_MET_EXCUSABLE, NOT_MET), the grounds (up to 500 characters, e.g. "
                    + "\"verschoonbaar: afgesproken inhaalplan\") and the date decided; who decided is the caller the token "
                    + "names. The ladder counts it from decidedOn on in place of the computed verdict. R7 fixes whether there "
                    + "is a shortfall: with a backlog above zero at the deadline the province may judge NOT_MET or "
                    + "NOT_MET_EXCUSABLE, with none only MET; anything else is refused (400, invalidParams names verdict). "
                    + "The deadline must be a 1 January or 1 July that has passed and that the municipality has a verdict at; "
                    + "decidedOn lies between the deadline and today. Nothing is overwritten: a later verdict follows.")
    @APIResponse(responseCode = "201", description = "Recorded; Location names the deadline's verdicts",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = ProvinceVerdictView.class)))
    public Uni<Response> recordProvinceVerdict(
            @PathParam("code") @Pattern(regexp = Codes.MUNICIPALITY, message = Codes.MUNICIPALITY_MESSAGE) String code,
            @Parameter(description = "the deadline, yyyy-mm-dd: a 1 January or 1 July that has passed",
                    schema = @Schema(type = SchemaType.STRING, format = "date"))
            @PathParam("deadline") String deadline,
            @Valid @NotNull ProvinceVerdictRequest request) {
        LocalDate date = DateParam.parseOptional("deadline", deadline);
        return provinceVerdicts.record(code, date, new ProvinceVerdictService.Statement(request.verdict(), request.grounds(), request.decidedOn()))
                .map(recorded -> Response.created(URI.create(SupervisionApi.BASE + "/municipalities/" + code + "/verdicts/" + date
                        + "/province-verdict")).entity(ProvinceVerdictView.of(recorded)).build());
    }
}
