package nl.permitholders.supervision.figures;

import com.fasterxml.jackson.annotation.JsonProperty;
import nl.permitholders.supervision.schedule.ScheduleColourRule;
import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import java.time.LocalDate;
import java.util.List;
import nl.permitholders.platform.period.Period;
import nl.permitholders.supervision.verdict.DeadlineJudge;
import nl.permitholders.supervision.ledger.AsOfView;
import nl.permitholders.supervision.ledger.ExchangeValidity;
import nl.permitholders.supervision.ledger.HalfYearFigures;
import nl.permitholders.supervision.ledger.KnownMunicipality;
import nl.permitholders.supervision.ledger.PeriodFigures;
import nl.permitholders.supervision.ledger.QuotaStatus;
import nl.permitholders.supervision.reference.Municipality;

@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(requiredProperties = {"municipalityCode", "municipalityName", "provinceCode", "carriedBacklog", "quota",
        "exchanges", "adjustedQuota", "housed", "backlog", "expectedHoused", "scheduleGap", "coupledUnhousedPersons",
        "overdueCouplings", "overdueCouplingPersons", "personsInTemporaryHousing", "allocatedToPermitHolders"})
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
                          String mergedInto,
                          @Schema(description = "COA's figures province staff adopted as carriedBacklog, in the order decided: "
                                  + "its first figure and its revision; absent when none")
                          List<CoaFigureView> coaAdopted,
                          @Schema(description = "R2 after the registration: present when a later fact (a provisional quota "
                                  + "fixed lower, a quota lowered, persons housed late earlier) has taken the adjusted quota "
                                  + "below zero while the municipality handed over quota or backlog in exchanges of the "
                                  + "half-year: those exchanges no longer hold as registered. The figures still count the facts")
                          ExchangeBreachView exchangesNoLongerHold,
                          @Schema(description = "R3, splits: per municipality split over this one and others, what is still "
                                  + "to be divided (te verdelen) on the position's date: its open couplings COA has not yet divided, "
                                  + "its persons in temporary housing whose unit lies in no receiver yet, the places of its capacity "
                                  + "projects still planned in it; they count in no receiver's figures (coupledUnhousedPersons, "
                                  + "overdueCouplings, personsInTemporaryHousing, plannedCapacity). Absent when none")
                          List<ToBeDividedView> toBeDivided,
                          @Schema(description = "with asOf, which view of that date the figures are: KNOWN_THEN (the facts "
                                  + "registered by then, the decisions taken by then: what the province knew) or KNOWN_TODAY (every "
                                  + "fact known today that happened by then); absent without asOf")
                          AsOfView view) {

    /** R6: the schedule colour of {@link #scheduleGap} against one month's share of the adjusted quota. */
    @JsonProperty(value = "scheduleColour", access = JsonProperty.Access.READ_ONLY)
    @Schema(description = "R6, the schedule colour against the Opnieuw Thuis benchmark (1/6 of the adjusted quota housed per "
            + "month): GREEN on or ahead of schedule, ORANGE behind by at most one month's share, RED behind by more",
            required = true, enumeration = {"GREEN", "ORANGE", "RED"})
    public ScheduleColourRule.Colour scheduleColour() {
        return ScheduleColourRule.of(scheduleGap, adjustedQuota);
    }

    /** Figures without an adoption of COA's and without an exchange that no longer holds. */
    public FiguresView(String municipalityCode, String municipalityName, String provinceCode, String period, LocalDate asOf,
                       int carriedBacklog, int quota, QuotaStatus quotaStatus, int exchanges, int adjustedQuota, int housed, int backlog,
                       int expectedHoused, int scheduleGap, int coupledUnhousedPersons, int overdueCouplings, int overdueCouplingPersons,
                       int personsInTemporaryHousing, PlannedCapacityView plannedCapacity, int allocatedToPermitHolders,
                       VerdictView verdict, String mergedInto) {
        this(municipalityCode, municipalityName, provinceCode, period, asOf, carriedBacklog, quota, quotaStatus, exchanges, adjustedQuota,
                housed, backlog, expectedHoused, scheduleGap, coupledUnhousedPersons, overdueCouplings, overdueCouplingPersons,
                personsInTemporaryHousing, plannedCapacity, allocatedToPermitHolders, verdict, mergedInto, null, null, null, null);
    }

    /** The municipality's figures ({@link KnownMunicipality#figures}) with its register entry. */
    public static FiguresView of(KnownMunicipality known, Period period, LocalDate asOf, LocalDate today) {
        return of(known, period, asOf, today, null);
    }

    /** As {@link #of(KnownMunicipality, Period, LocalDate, LocalDate)}, saying which {@code view} of {@code asOf} they are. */
    public static FiguresView of(KnownMunicipality known, Period period, LocalDate asOf, LocalDate today, AsOfView view) {
        Municipality municipality = known.municipality();
        HalfYearFigures f = known.figures(period, asOf, today);
        PeriodFigures b = f.backlog();
        boolean merged = known.mergedBy(period);
        // merged or split by then (R3): the half-year is others', so none of its own adoptions, breaches or splits received
        boolean ceased = known.ceasedBy(period);
        VerdictView verdict = ceased || period.deadline().isAfter(f.position()) ? null
                : VerdictView.of(DeadlineJudge.judge(asOf == null ? known.ledger() : known.ledger().knownOn(asOf), period));
        return new FiguresView(known.code(), municipality == null ? null : municipality.name(),
                municipality == null ? null : municipality.provinceCode(), period.toString(), asOf, b.carriedBacklog(), b.quota(),
                b.quotaStatus(), b.exchanges(), b.adjustedQuota(), b.housed(), b.backlog(), f.expectedHoused(), f.scheduleGap(),
                f.coupledUnhousedPersons(), f.overdueCouplings().couplings(), f.overdueCouplings().persons(),
                f.personsInTemporaryHousing(), PlannedCapacityView.of(f.plannedCapacity()), f.allocatedToPermitHolders(), verdict,
                merged ? known.mergedInto().get().newCode() : null,
                ceased ? null : CoaFigureView.of(asOf == null ? known.ledger() : known.ledger().knownOn(asOf), period),
                // Only a negative adjusted quota can break an exchange: the rule is not run for the many that are not.
                ceased || b.adjustedQuota() >= 0 ? null : ExchangeValidity.of(known.ledger(), period).map(ExchangeBreachView::of).orElse(null),
                ceased ? null : ToBeDividedView.of(known.ledger(), f.position()), view);
    }
}
