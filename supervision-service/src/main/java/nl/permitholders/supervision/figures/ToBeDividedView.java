package nl.permitholders.supervision.figures;

import java.util.List;
import nl.permitholders.supervision.ledger.BacklogLedger;
import nl.permitholders.supervision.ledger.SplitCouplingsRule;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * R3, splits: what of a municipality split over this one and others is still to be divided (te verdelen) on the
 * position's date: the open couplings COA has not yet divided, the persons in temporary housing in units that lie in no
 * receiver yet, and the places of capacity projects still planned in it. Every receiver shows them; none counts them in
 * its figures.
 */
@Schema(requiredProperties = {"municipalityCode", "couplings", "persons", "overdueCouplings", "personsInTemporaryHousing",
        "plannedCapacityPlaces"})
public record ToBeDividedView(@Schema(description = "the split municipality's code") String municipalityCode,
                              @Schema(description = "the split municipality's name, where known") String municipalityName,
                              @Schema(description = "its open couplings not yet divided") int couplings,
                              @Schema(description = "their persons not yet housed") int persons,
                              @Schema(description = "of them, couplings 12 weeks or more after their coupling date (R8)") int overdueCouplings,
                              @Schema(description = "its persons in temporary housing still needing follow-up housing whose unit "
                                      + "lies in no receiver yet (or, without a unit known, whose coupling COA has not divided)")
                              int personsInTemporaryHousing,
                              @Schema(description = "places for permit holders its capacity projects still planned in it expect "
                                      + "and have not delivered") int plannedCapacityPlaces) {

    /** The splits the ledger's municipality received a part of, with couplings still to be divided on its date; null when none. */
    static List<ToBeDividedView> of(BacklogLedger ledger, java.time.LocalDate date) {
        List<SplitCouplingsRule.ToBeDivided> open = ledger.toBeDivided(date);
        if (open.isEmpty()) {
            return null;
        }
        return open.stream().map(t -> new ToBeDividedView(t.splitCode(), ledger.splitName(t.splitCode()), t.couplings(), t.persons(),
                t.overdueCouplings(), t.personsInTemporaryHousing(), t.plannedCapacityPlaces())).toList();
    }
}
