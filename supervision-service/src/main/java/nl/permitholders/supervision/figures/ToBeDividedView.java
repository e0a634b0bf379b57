package nl.permitholders.supervision.figures;

import java.util.List;
import nl.permitholders.supervision.ledger.BacklogLedger;
import nl.permitholders.supervision.ledger.SplitCouplingsRule;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * R3, splits: the open couplings of a municipality split over this one and others that COA has not yet divided (te
 * verdelen) on the position's date. Every receiver shows them; none counts them in its figures.
 */
@Schema(requiredProperties = {"municipalityCode", "couplings", "persons", "overdueCouplings"})
public record ToBeDividedView(@Schema(description = "the split municipality's code") String municipalityCode,
                              @Schema(description = "the split municipality's name, where known") String municipalityName,
                              @Schema(description = "its open couplings not yet divided") int couplings,
                              @Schema(description = "their persons not yet housed") int persons,
                              @Schema(description = "of them, couplings 12 weeks or more after their coupling date (R8)") int overdueCouplings) {

    /** The splits the ledger's municipality received a part of, with couplings still to be divided on its date; null when none. */
    static List<ToBeDividedView> of(BacklogLedger ledger, java.time.LocalDate date) {
        List<SplitCouplingsRule.ToBeDivided> open = ledger.toBeDivided(date);
        if (open.isEmpty()) {
            return null;
        }
        return open.stream().map(t -> new ToBeDividedView(t.splitCode(), ledger.splitName(t.splitCode()), t.couplings(), t.persons(),
                t.overdueCouplings())).toList();
    }
}
