package nl.permitholders.supervision.figures;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import nl.permitholders.platform.period.Period;
import nl.permitholders.supervision.ledger.Adopter;
import nl.permitholders.supervision.ledger.BacklogLedger;
import nl.permitholders.supervision.ledger.Details;
import nl.permitholders.supervision.ledger.LedgerEntry;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One of COA's figures province staff adopted as the backlog carried into a half-year: COA's first figure (its end
 * position of the half-year before) or its revision (the amount it later carried in), in the order decided.
 */
public record CoaFigureView(@Schema(description = "true for COA's revision (the amount it carried in), false for its first figure (the end position)")
                            boolean revision,
                            @Schema(description = "the backlog carried in by it (negative: a lead)") int position,
                            @Schema(description = "the reference date of COA's figure") LocalDate publishedOn,
                            String adoptedBy,
                            @Schema(description = "PROVINCE or RIJK: the province's adoption counts for its figures and verdicts, "
                                    + "the Rijk's for the national series; where only one adopted, that one counts for both") Adopter adopter,
                            @Schema(description = "whether it is the one that counts here: the last decided of the province's, "
                                    + "else of the Rijk's") boolean counts,
                            @Schema(description = "te herbeoordelen: a fact dated before the deadline arrived after it") boolean toReview) {

    /** COA's figures adopted into {@code period}; null when none, so that the figures show none. */
    public static List<CoaFigureView> of(BacklogLedger ledger, Period period) {
        List<LedgerEntry> adopted = ledger.adoptionsInto(period);
        if (adopted.isEmpty()) {
            return null;
        }
        Set<UUID> toReview = ledger.adoptionsToReview();
        LedgerEntry counting = ledger.countingInto(period).orElse(null);
        return adopted.stream().map(a -> {
            Details.Decision adoption = a.details(Details.Decision.class).orElseThrow();
            return new CoaFigureView(LedgerEntry.CARRIED_IN_TYPE.equals(a.eventType()), a.persons(), adoption.publishedOn(),
                    adoption.author(), adoption.adoptedBy(), a.equals(counting), toReview.contains(a.eventId()));
        }).toList();
    }
}
