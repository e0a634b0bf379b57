package nl.permitholders.supervision.report;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.core.Vertx;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.NotAcceptableException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Variant;
import java.util.List;
import nl.permitholders.platform.api.Problem;
import nl.permitholders.platform.codes.Codes;
import nl.permitholders.platform.period.Period;
import nl.permitholders.platform.security.Caller;
import nl.permitholders.platform.security.Roles;
import nl.permitholders.supervision.SupervisionApi;
import nl.permitholders.supervision.ledger.AsOfView;
import nl.permitholders.platform.api.InvalidInputException;
import nl.permitholders.platform.api.QueryParams;
import java.time.LocalDate;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import nl.permitholders.supervision.round.LetterResource;
import nl.permitholders.supervision.round.LetterRoundService;

/**
 * The province's report about a deadline of the supervision round, one resource in two representations chosen by the
 * Accept header: PDF and .xlsx. The Rijk and the province's own staff only.
 */
@Path(SupervisionApi.BASE + "/provinces/{code}/reports/{deadline}")
@Tag(name = "Supervision round")
public class ProvinceReportResource {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    /** The first is the one for a caller who accepts either. */
    private static final List<Variant> REPRESENTATIONS = Variant.mediaTypes(MediaType.valueOf(LetterResource.PDF), MediaType.valueOf(XLSX))
            .build();

    private static final String WHAT = "deadline is 1 January or 1 July of a year, passed. Written now from the live figures: every "
            + "municipality of the province in the half-year the deadline ends, with its figures at the deadline, the verdict that "
            + "counts (the province's own where it counts, else the computed one, R7) beside the computed one, the supervision "
            + "regime and the ladder stage in force today; the province's totals and standings (net and gross backlog, how many "
            + "met, missed excusably, missed, ahead); its backlog at every deadline up to this one; the municipalities whose "
            + "stage today differs from the one in force on the previous deadline (up or down); and the overdue couplings (R8) "
            + "per municipality, with their persons. The same figures as GET /provinces/{code}/periods/{period} and "
            + "/provinces/{code}/timeline. With asOf, the report as the figures stood on that date (on or after the deadline), in "
            + "the view view names (KNOWN_THEN by default: the facts registered by then; KNOWN_TODAY: every fact known now), "
            + "and the report says so. Only the Rijk and the province's own staff.";

    @Inject
    ProvinceReportQueries reports;

    @Inject
    Caller caller;

    @Inject
    LetterRoundService round;

    @Inject
    Vertx vertx;

    @RolesAllowed({Roles.RIJK, Roles.PROVINCE})
    @GET
    @Produces({LetterResource.PDF, XLSX, Problem.MEDIA_TYPE})
    @Operation(operationId = "getProvinceReport",
            summary = "The province's report about a deadline, as PDF or .xlsx by the Accept header",
            description = WHAT + " Accept: application/pdf (also without Accept, or */*) for the PDF, whose fixed wording is the "
                    + "service's report template (docs/supervision-round.md); Accept: " + XLSX + " for the workbook: a sheet each "
                    + "for the municipalities (with the province's totals), the standings, the backlog per deadline, the moves on "
                    + "the ladder and the overdue couplings, numbers as numbers.")
    @APIResponse(responseCode = "200", description = "The PDF or the workbook",
            content = {@Content(mediaType = LetterResource.PDF), @Content(mediaType = XLSX)})
    public Uni<Response> report(@PathParam("code") @Pattern(regexp = Codes.PROVINCE, message = Codes.PROVINCE_MESSAGE) String code,
                                @Parameter(schema = @Schema(type = SchemaType.STRING, format = "date"))
                                @PathParam("deadline") String deadlineText,
                                @Parameter(description = "the report as the figures stood on this date (on or after the deadline), "
                                        + "yyyy-mm-dd; without it, as they stand now", schema = @Schema(type = SchemaType.STRING, format = "date"))
                                @QueryParam("asOf") String asOfText,
                                @Parameter(description = SupervisionApi.VIEW_DESCRIPTION,
                                        schema = @Schema(type = SchemaType.STRING, enumeration = {"KNOWN_THEN", "KNOWN_TODAY"},
                                                defaultValue = "KNOWN_THEN"))
                                @QueryParam(SupervisionApi.VIEW) String viewText,
                                @Context Request request) {
        return caller.requireProvince(code).chain(() -> {
            Period period = round.deadline("deadline", deadlineText);
            QueryParams params = new QueryParams();
            LocalDate asOf = params.date("asOf", asOfText);
            AsOfView view = params.enumValue(SupervisionApi.VIEW, viewText, AsOfView.class);
            params.throwIfAny();
            if (asOf != null && asOf.isBefore(period.deadline())) {
                throw InvalidInputException.of("asOf", "lies before the deadline " + period.deadline()
                        + ": a report about a deadline stands on it or later");
            }
            Variant chosen = request.selectVariant(REPRESENTATIONS);
            if (chosen == null) {
                throw new NotAcceptableException();
            }
            boolean pdf = chosen.getMediaType().isCompatible(MediaType.valueOf(LetterResource.PDF));
            String file = "rapportage-" + code + "-" + period.deadline() + (pdf ? ".pdf" : ".xlsx");
            // Written off the event loop, and back on the request's context to answer.
            return reports.read(code, period, asOf, view == null ? AsOfView.KNOWN_THEN : view)
                    .flatMap(read -> vertx.executeBlocking(Uni.createFrom().item(() -> pdf ? reports.pdf(read.report()) : reports.xlsx(read))))
                    .map(body -> Response.ok(body, chosen.getMediaType()).header("Content-Disposition", "attachment; filename=\"" + file + "\"")
                            .build());
        });
    }
}
