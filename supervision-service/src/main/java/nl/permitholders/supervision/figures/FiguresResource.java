package nl.permitholders.supervision.figures;

import nl.permitholders.platform.api.QueryParams;
import jakarta.annotation.security.RolesAllowed;
import nl.permitholders.platform.security.Roles;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.util.List;
import nl.permitholders.platform.codes.Codes;
import nl.permitholders.platform.period.Period;
import nl.permitholders.platform.period.PeriodParam;
import nl.permitholders.supervision.SupervisionApi;
import nl.permitholders.supervision.ledger.AsOfView;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import nl.permitholders.supervision.access.ChecksMunicipalityAccess;
import nl.permitholders.supervision.merger.MergerQueries;

@Path(SupervisionApi.BASE + "/municipalities/{code}/periods/{period}")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Figures")
@ChecksMunicipalityAccess
public class FiguresResource {

    @Inject
    FiguresQueries queries;

    @Inject
    MergerQueries lifespans;

    @RolesAllowed({Roles.RIJK, Roles.PROVINCE, Roles.MUNICIPALITY})
    @GET
    @Operation(operationId = "getMunicipalityFigures", summary = "A municipality's figures for a half-year",
            description = "carriedBacklog + quota + exchanges = adjustedQuota; adjustedQuota - housed = backlog (R4), carried "
                    + "from half-year to half-year; carriedBacklog includes backlog transferred by exchange agreements registered "
                    + "for the half-year (R2). quotaStatus says whether the quota is PROVISIONAL or FINAL. With asOf, persons housed after that date do not count yet. expectedHoused "
                    + "and scheduleGap measure against 1/6 of the adjusted quota per elapsed month (R6) on asOf or today; "
                    + "verdict is given once the deadline has passed (R7): its couplingDeficit is stillToHouseAtReferenceDate - "
                    + "coupledUnhousedAtReferenceDate, where persons COA re-coupled elsewhere after their 12 weeks ran out "
                    + "(recoupledAfterTheClockAtReferenceDate) still count as coupled and unhoused: the municipality's own "
                    + "shortfall; withdrawn couplings and those re-coupled within the 12 weeks no longer count. "
                    + "coupledUnhousedPersons, overdueCouplings (R8: not housed 12 weeks after the coupling date, nor withdrawn "
                    + "or re-coupled within them), personsInTemporaryHousing (still needing follow-up housing: it falls when they move "
                    + "on) and plannedCapacity are positions on asOf or today. A half-year from the one the municipality ended "
                    + "in on (merged into another, or split over others, R3) is its successors': 410, the problem naming what "
                    + "it became, with a Link to each successor's figures of the half-year (rel=successor-version) and to its "
                    + "lifespan (getMunicipalityLifespan, rel=describedby).")
    @APIResponse(responseCode = "200", description = "The municipality's figures of the half-year",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = FiguresView.class)))
    @APIResponse(responseCode = "410", description = "The municipality ended before the half-year: merged or split (R3); the problem "
            + "names its successors")
    public Uni<FiguresView> figures(@PathParam("code") @Pattern(regexp = Codes.MUNICIPALITY, message = Codes.MUNICIPALITY_MESSAGE) String code,
                                    @Parameter(schema = @Schema(type = SchemaType.STRING, pattern = Period.PATTERN))
                                    @PathParam("period") String periodText,
                                    @Parameter(description = "position on this date, yyyy-mm-dd",
                                            schema = @Schema(type = SchemaType.STRING, format = "date"))
                                    @QueryParam("asOf") String asOfText,
            @Parameter(description = SupervisionApi.VIEW_DESCRIPTION,
                    schema = @Schema(type = SchemaType.STRING, enumeration = {"KNOWN_THEN", "KNOWN_TODAY"}, defaultValue = "KNOWN_THEN"))
            @QueryParam(SupervisionApi.VIEW) String viewText) {
        QueryParams params = new QueryParams();
        Period period = params.required("period", periodText, PeriodParam.REQUIRED, Period::parse);
        LocalDate asOf = params.date("asOf", asOfText);
        AsOfView view = params.enumValue(SupervisionApi.VIEW, viewText, AsOfView.class);
        params.throwIfAny();
        return queries.ofMunicipality(code, period, asOf, view == null ? AsOfView.KNOWN_THEN : view).flatMap(found -> found.ceased()
                // A half-year from the one the municipality ended in on is its successors': answered with what it became.
                ? lifespans.lifespan(code).map(lifespan -> {
                    throw new MunicipalityEndedException(lifespan, period.toString());
                })
                : Uni.createFrom().item(found.figures()));
    }

    @RolesAllowed({Roles.RIJK, Roles.PROVINCE, Roles.MUNICIPALITY})
    @GET
    @Path("/ledger")
    @Operation(operationId = "getMunicipalityLedger",
            summary = "The events that make up a municipality's figures for a half-year",
            description = "Every quota and opening-balance version of the half-year, every placement in it, and every coupling "
                    + "cancelled in it with COA's cancellationReason (WITHDRAWN, or RECOUPLED: re-coupled elsewhere; after the "
                    + "coupling's 12 weeks that stays the municipality's shortfall, R7); the highest version of a quota counts. "
                    + "In the half-year starting at a deadline where province staff adopted COA's position: an ANCHORED line with "
                    + "that position (persons, the backlog carried in from then on), the deadline (date), reason, decidedBy and "
                    + "decidedAt; eventType coa-position-adopted for COA's end position (its first figure), coa-carried-in-adopted "
                    + "for the amount COA later carried in (its revision), both kept; publishedOn the reference date of COA's "
                    + "figure; toReview when a fact dated before the deadline arrived after the adoption (te herbeoordelen). For every exchange agreement registered for the half-year (R2): an EXCHANGE line with the "
                    + "party's quota change and a BACKLOG_TRANSFERRED line with the backlog it took over (+) or handed over (−), "
                    + "which counts in carriedBacklog; both with eventType exchange-agreement-registered, the agreement's id as "
                    + "eventId and reference, its reason, and who registered it when (decidedBy, decidedAt).")
    public Uni<List<LedgerLine>> ledger(@PathParam("code") @Pattern(regexp = Codes.MUNICIPALITY, message = Codes.MUNICIPALITY_MESSAGE) String code,
                                        @Parameter(schema = @Schema(type = SchemaType.STRING, pattern = Period.PATTERN))
                                        @PathParam("period") String periodText) {
        Period period = PeriodParam.parse("period", periodText);
        return queries.municipality(code).map(known -> LedgerLine.of(known.ledger(), period));
    }

}
