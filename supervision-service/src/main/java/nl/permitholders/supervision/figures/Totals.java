package nl.permitholders.supervision.figures;

import com.fasterxml.jackson.annotation.JsonProperty;
import nl.permitholders.supervision.schedule.ScheduleColourRule;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.function.ToIntFunction;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import nl.permitholders.supervision.ledger.QuotaStatus;
import nl.permitholders.supervision.verdict.JudgedTotal;

/**
 * The figures of several municipalities added up: a province, the country. {@code quotaStatus}: PROVISIONAL when any of
 * their quotas is, FINAL when all are final, null when none has a quota, and then left out of an answer, as the
 * document has it optional.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(requiredProperties = {"carriedBacklog", "quota", "exchanges", "adjustedQuota", "housed", "backlog",
        "expectedHoused", "scheduleGap", "coupledUnhousedPersons", "overdueCouplings", "overdueCouplingPersons",
        "personsInTemporaryHousing", "plannedCapacityPlaces", "toBeDividedCouplings", "toBeDividedPersons",
        "toBeDividedPersonsInTemporaryHousing", "toBeDividedPlannedCapacityPlaces"})
public record Totals(int carriedBacklog, int quota, QuotaStatus quotaStatus, int exchanges, int adjustedQuota, int housed, int backlog,
                     int expectedHoused, int scheduleGap, int coupledUnhousedPersons, int overdueCouplings,
                     int overdueCouplingPersons,
                     @Schema(description = "persons in temporary housing who still need follow-up housing, all municipalities together")
                     int personsInTemporaryHousing,
                     int plannedCapacityPlaces,
                     @Schema(description = "R3, splits: open couplings of split municipalities not yet divided (te verdelen), "
                             + "each split counted once however many of its receivers are here; in no municipality's figures")
                     int toBeDividedCouplings,
                     @Schema(description = "their persons not yet housed") int toBeDividedPersons,
                     @Schema(description = "R3, splits: split municipalities' persons in temporary housing whose unit lies in no "
                             + "receiver yet, each split once; in no municipality's personsInTemporaryHousing")
                     int toBeDividedPersonsInTemporaryHousing,
                     @Schema(description = "R3, splits: places of split municipalities' capacity projects still planned in them, "
                             + "each split once; in no municipality's plannedCapacity") int toBeDividedPlannedCapacityPlaces,
                     @Schema(description = "once the half-year's deadline has passed: the positions judged there added up, "
                             + "COA's end position where province staff adopted it at that deadline, else the system's figures, "
                             + "with the system's own arithmetic (ownBacklog) and the difference beside them: the province's "
                             + "figure as it writes it. backlog above adds up each municipality's half-year figures; absent "
                             + "before the deadline")
                     JudgedTotal judged) {

    /** Without the judged positions (a half-year whose deadline has not passed). */
    public Totals(int carriedBacklog, int quota, QuotaStatus quotaStatus, int exchanges, int adjustedQuota, int housed, int backlog,
                  int expectedHoused, int scheduleGap, int coupledUnhousedPersons, int overdueCouplings, int overdueCouplingPersons,
                  int personsInTemporaryHousing, int plannedCapacityPlaces, int toBeDividedCouplings, int toBeDividedPersons,
                  int toBeDividedPersonsInTemporaryHousing, int toBeDividedPlannedCapacityPlaces) {
        this(carriedBacklog, quota, quotaStatus, exchanges, adjustedQuota, housed, backlog, expectedHoused, scheduleGap,
                coupledUnhousedPersons, overdueCouplings, overdueCouplingPersons, personsInTemporaryHousing, plannedCapacityPlaces,
                toBeDividedCouplings, toBeDividedPersons, toBeDividedPersonsInTemporaryHousing, toBeDividedPlannedCapacityPlaces, null);
    }

    /** R6: the schedule colour of {@link #scheduleGap} against one month's share of the adjusted quota. */
    @JsonProperty(value = "scheduleColour", access = JsonProperty.Access.READ_ONLY)
    @Schema(description = "R6, the schedule colour against the Opnieuw Thuis benchmark (1/6 of the adjusted quota housed per "
            + "month): GREEN on or ahead of schedule, ORANGE behind by at most one month's share, RED behind by more",
            required = true, enumeration = {"GREEN", "ORANGE", "RED"})
    public ScheduleColourRule.Colour scheduleColour() {
        return ScheduleColourRule.of(scheduleGap, adjustedQuota);
    }

    public static Totals of(Collection<FiguresView> figures) {
        return new Totals(sum(figures, FiguresView::carriedBacklog), sum(figures, FiguresView::quota),
                QuotaStatus.of(figures.stream().map(FiguresView::quotaStatus).filter(Objects::nonNull).collect(Collectors.toSet())),
                sum(figures, FiguresView::exchanges), sum(figures, FiguresView::adjustedQuota), sum(figures, FiguresView::housed),
                sum(figures, FiguresView::backlog), sum(figures, FiguresView::expectedHoused), sum(figures, FiguresView::scheduleGap),
                sum(figures, FiguresView::coupledUnhousedPersons), sum(figures, FiguresView::overdueCouplings),
                sum(figures, FiguresView::overdueCouplingPersons), sum(figures, FiguresView::personsInTemporaryHousing),
                sum(figures, f -> f.plannedCapacity().places()),
                toBeDivided(figures).values().stream().mapToInt(ToBeDividedView::couplings).sum(),
                toBeDivided(figures).values().stream().mapToInt(ToBeDividedView::persons).sum(),
                toBeDivided(figures).values().stream().mapToInt(ToBeDividedView::personsInTemporaryHousing).sum(),
                toBeDivided(figures).values().stream().mapToInt(ToBeDividedView::plannedCapacityPlaces).sum(),
                judged(figures));
    }

    /** The positions judged at the half-year's deadline, of the municipalities judged there ({@link FiguresView#verdict}). */
    private static JudgedTotal judged(Collection<FiguresView> figures) {
        List<VerdictView> verdicts = figures.stream().map(FiguresView::verdict).filter(Objects::nonNull).toList();
        return verdicts.isEmpty() ? null : JudgedTotal.of(verdicts.get(0).deadline(), verdicts.stream()
                .map(v -> new JudgedTotal.Part(v.backlog(), v.ownBacklog(), v.coaEndPosition() != null)).toList());
    }

    /** The couplings te verdelen of each split municipality once, however many of its receivers are among {@code figures}. */
    public static java.util.Map<String, ToBeDividedView> toBeDivided(Collection<FiguresView> figures) {
        java.util.Map<String, ToBeDividedView> once = new java.util.TreeMap<>();
        figures.stream().filter(f -> f.toBeDivided() != null).flatMap(f -> f.toBeDivided().stream())
                .forEach(t -> once.putIfAbsent(t.municipalityCode(), t));
        return once;
    }

    private static int sum(Collection<FiguresView> figures, ToIntFunction<FiguresView> figure) {
        return figures.stream().mapToInt(figure).sum();
    }
}
