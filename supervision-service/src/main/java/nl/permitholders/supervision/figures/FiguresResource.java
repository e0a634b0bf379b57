package nl.permitholders.supervision.figures;

import jakarta.annotation.security.RolesAllowed;
import nl.permitholders.platform.security.Roles;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.permitholders.platform.codes.Codes;
import nl.permitholders.platform.period.Period;
import nl.permitholders.platform.period.DateParam;
import nl.permitholders.platform.period.PeriodParam;
import nl.permitholders.supervision.SupervisionApi;
import nl.permitholders.supervision.ledger.CancellationReason;
import nl.permitholders.supervision.ledger.CapacityPipeline;
import nl.permitholders.supervision.verdict.DeadlineJudge;
import nl.permitholders.supervision.verdict.Verdict;
import nl.permitholders.supervision.ledger.EntryKind;
import nl.permitholders.supervision.ledger.HalfYearFigures;
import nl.permitholders.supervision.ledger.KnownMunicipality;
import nl.permitholders.supervision.ledger.LedgerEntry;
import nl.permitholders.supervision.ledger.PeriodFigures;
import nl.permitholders.supervision.ledger.QuotaStatus;
import nl.permitholders.supervision.reference.Municipality;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import nl.permitholders.supervision.access.ChecksMunicipalityAccess;

@Path(SupervisionApi.BASE + "/municipalities/{code}/periods/{period}")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Figures")
@ChecksMunicipalityAccess
public class FiguresResource {

    @Inject
    MunicipalityLedgers ledgers;

    @Inject
    FiguresQueries queries;

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record FiguresView(String municipalityCode, String municipalityName, String provinceCode, String period,
                              LocalDate asOf, int carriedBacklog, int quota,
                              @Schema(description = "whether the quota of the half-year is PROVISIONAL (the Rijk's announcement, "
                                      + "voorlopige taakstelling) or FINAL (the figure the Rijk fixed); absent when the half-year has no quota")
                              QuotaStatus quotaStatus, int exchanges, int adjustedQuota, int housed,
                              int backlog, int expectedHoused, int scheduleGap, int coupledUnhousedPersons,
                              int overdueCouplings, int overdueCouplingPersons,
                              @Schema(description = "persons in temporary housing (an intermediate facility; a flex home only "
                                      + "where placement-service is configured so) who still need follow-up housing: housed "
                                      + "by the position's date and not moved on to follow-up housing by then; revoked "
                                      + "placements never count")
                              int personsInTemporaryHousing,
                              PlannedCapacityView plannedCapacity, int allocatedToPermitHolders, VerdictView verdict,
                              String mergedInto) {

        /** The municipality's figures ({@link KnownMunicipality#figures}) with its register entry. */
        public static FiguresView of(KnownMunicipality known, Period period, LocalDate asOf, LocalDate today) {
            Municipality municipality = known.municipality();
            HalfYearFigures f = known.figures(period, asOf, today);
            PeriodFigures b = f.backlog();
            boolean merged = known.mergedBy(period);
            VerdictView verdict = merged || period.deadline().isAfter(f.position()) ? null
                    : VerdictView.of(DeadlineJudge.judge(known.ledger(), period));
            return new FiguresView(known.code(), municipality == null ? null : municipality.name,
                    municipality == null ? null : municipality.provinceCode, period.toString(), asOf, b.carriedBacklog(), b.quota(),
                    b.quotaStatus(), b.exchanges(), b.adjustedQuota(), b.housed(), b.backlog(), f.expectedHoused(), f.scheduleGap(),
                    f.coupledUnhousedPersons(), f.overdueCouplings().couplings(), f.overdueCouplings().persons(),
                    f.personsInTemporaryHousing(), PlannedCapacityView.of(f.plannedCapacity()), f.allocatedToPermitHolders(), verdict,
                    merged ? known.mergedInto().get().newCode : null);
        }
    }

    /** Places for permit holders in planned capacity, expected and not yet delivered, per half-year they are expected in. */
    public record PlannedCapacityView(int places, List<ExpectedPlaces> perPeriod) {

        public record ExpectedPlaces(String period, int places) {
        }

        public static PlannedCapacityView of(CapacityPipeline.Pipeline pipeline) {
            return new PlannedCapacityView(pipeline.places(),
                    pipeline.perPeriod().stream().map(e -> new ExpectedPlaces(e.period().toString(), e.places())).toList());
        }
    }

    /**
     * The verdict at the half-year's deadline (R7), with what it rests on; {@code coupledUnhousedAtReferenceDate}
     * includes {@code recoupledAfterTheClockAtReferenceDate} ({@link nl.permitholders.supervision.ledger.CancellationRule}).
     */
    public record VerdictView(Verdict verdict, LocalDate deadline, LocalDate referenceDate, int stillToHouseAtReferenceDate,
                              int coupledUnhousedAtReferenceDate, int recoupledAfterTheClockAtReferenceDate, int couplingDeficit) {
        static VerdictView of(DeadlineJudge.Judgement j) {
            return new VerdictView(j.verdict(), j.deadline(), j.referenceDate(), j.stillToHouseAtReferenceDate(),
                    j.coupledUnhousedAtReferenceDate(), j.recoupledAfterTheClockAtReferenceDate(), j.couplingDeficit());
        }
    }

    /**
     * {@code cancellationReason} only on a cancelled coupling's line (null for one projected before it was kept);
     * {@code quotaStatus} and {@code publishedOn} (when known) only on a quota's line; {@code reason}, {@code decidedBy}
     * and {@code decidedAt} only on decisions: COA's position adopted (ANCHORED: eventId is the adoption's id, persons
     * COA's position, date the deadline) and a registered exchange agreement's changes (EXCHANGE or BACKLOG_TRANSFERRED
     * with eventType exchange-agreement-registered: eventId and reference the agreement's id, reason the agreement's,
     * decidedBy and decidedAt its registration's).
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record LedgerLine(EntryKind kind, String eventType, UUID eventId, String period, LocalDate date, int persons,
                             Integer version, String reference, CancellationReason cancellationReason, QuotaStatus quotaStatus,
                             LocalDate publishedOn, String reason, String decidedBy, java.time.OffsetDateTime decidedAt) {
        public static LedgerLine of(LedgerEntry e) {
            boolean decided = e.author() != null;
            return new LedgerLine(e.kind(), e.eventType(), e.eventId(), e.period() == null ? null : e.period().toString(),
                    e.effectiveDate(), e.persons(), e.version(), e.reference(), e.cancellationReason(), e.quotaStatus(), e.publishedOn(),
                    e.reason(), e.author(), decided ? e.occurredAt() : null);
        }
    }

    @RolesAllowed({Roles.RIJK, Roles.PROVINCE, Roles.MUNICIPALITY})
    @GET
    @Operation(summary = "A municipality's figures for a half-year",
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
                    + "on) and plannedCapacity are positions on asOf or today.")
    public Uni<FiguresView> figures(@PathParam("code") @Pattern(regexp = Codes.MUNICIPALITY, message = Codes.MUNICIPALITY_MESSAGE) String code,
                                    @PathParam("period") String periodText,
                                    @Parameter(description = "position on this date, yyyy-mm-dd") @QueryParam("asOf") String asOfText) {
        Period period = PeriodParam.parse("period", periodText);
        LocalDate asOf = DateParam.parseOptional("asOf", asOfText);
        return queries.figures(code, period, asOf);
    }

    @RolesAllowed({Roles.RIJK, Roles.PROVINCE, Roles.MUNICIPALITY})
    @GET
    @Path("/ledger")
    @Operation(summary = "The events that make up a municipality's figures for a half-year",
            description = "Every quota and opening-balance version of the half-year, every placement in it, and every coupling "
                    + "cancelled in it with COA's cancellationReason (WITHDRAWN, or RECOUPLED: re-coupled elsewhere; after the "
                    + "coupling's 12 weeks that stays the municipality's shortfall, R7); the highest version of a quota counts. "
                    + "In the half-year starting at a deadline where province staff adopted COA's position: an ANCHORED line with "
                    + "that position (persons, the backlog carried in from then on), the deadline (date), reason, decidedBy and "
                    + "decidedAt. For every exchange agreement registered for the half-year (R2): an EXCHANGE line with the "
                    + "party's quota change and a BACKLOG_TRANSFERRED line with the backlog it took over (+) or handed over (−), "
                    + "which counts in carriedBacklog; both with eventType exchange-agreement-registered, the agreement's id as "
                    + "eventId and reference, its reason, and who registered it when (decidedBy, decidedAt).")
    public Uni<List<LedgerLine>> ledger(@PathParam("code") @Pattern(regexp = Codes.MUNICIPALITY, message = Codes.MUNICIPALITY_MESSAGE) String code,
                                        @PathParam("period") String periodText) {
        Period period = PeriodParam.parse("period", periodText);
        return ledgers.of(code).map(known -> known.ledger().entriesOf(period).stream().map(LedgerLine::of).toList());
    }

}
