package nl.permitholders.supervision.coaposition;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import nl.permitholders.supervision.ledger.AdoptedFigure;
import nl.permitholders.supervision.ledger.Adopter;

/**
 * An adoption: {@code figure} of COA's line {@code line} of import {@code importId} (reference date
 * {@code referenceDate}) as the backlog carried into the half-year starting at {@code deadline}.
 */
public record Adoption(UUID id, String municipalityCode, LocalDate deadline, AdoptedFigure figure, int position, LocalDate referenceDate,
                       UUID importId, int line, String reason, String adoptedBy, Instant adoptedAt, Adopter adopter, LocalDate decidedOn) {

    /**
     * Whether {@code line}, imported after {@code adoption} was decided, gives the adopted figure otherwise: a line of
     * the municipality in the figure's reference dates whose figure differs (as the ledger's {@code REVISED_AT} finds).
     */
    static boolean revises(ImportedLine line, Adoption adoption) {
        return covers(adoption, line) && line.importedAt().isAfter(adoption.adoptedAt())
                && CoaConvention.carriedIn(adoption.figure(), line.line()) != adoption.position();
    }

    /** Whether {@code line} gives the figure {@code adoption} took: the municipality's, in the figure's reference dates. */
    static boolean covers(Adoption adoption, ImportedLine line) {
        LocalDate[] dates = CoaConvention.referenceDates(adoption.figure(), adoption.deadline());
        LocalDate date = line.line().referenceDate();
        return line.line().municipalityCode().equals(adoption.municipalityCode()) && !date.isBefore(dates[0]) && !date.isAfter(dates[1]);
    }
}
