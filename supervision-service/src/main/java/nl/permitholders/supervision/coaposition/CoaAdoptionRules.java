package nl.permitholders.supervision.coaposition;

import java.time.LocalDate;
import nl.permitholders.platform.api.InvalidInputException;
import nl.permitholders.supervision.ledger.AdoptedFigure;

/** What an adoption of COA's figure at a deadline asks before anything is read: a deadline that has come. */
final class CoaAdoptionRules {

    private CoaAdoptionRules() {
    }

    /**
     * The reference dates whose lines give {@code figure} at {@code deadline} ({@link CoaConvention#referenceDates}); 400
     * naming deadline when it is no 1 January or 1 July, or lies after {@code today}.
     */
    static LocalDate[] referenceDates(LocalDate deadline, AdoptedFigure figure, LocalDate today) {
        if (!CoaConvention.isDeadline(deadline)) {
            throw InvalidInputException.of("deadline", "must be a deadline: a 1 January or 1 July");
        }
        if (deadline.isAfter(today)) {
            throw InvalidInputException.of("deadline", "lies in the future: a position can be adopted once the deadline has come");
        }
        return CoaConvention.referenceDates(figure, deadline);
    }
}
