package nl.permitholders.placement.coupling;

import java.time.LocalDate;
import java.util.List;
import nl.permitholders.platform.api.ConflictException;
import nl.permitholders.platform.api.InvalidInputException;

/**
 * R3, splits: a municipality split over others (Haaren over Boxtel, Oisterwijk, Tilburg and Vught on 1 January 2021)
 * leaves its open couplings to be divided ("te verdelen"): from the split date COA names, for each, the receiving
 * municipality that houses the household, one of the split's receivers. Only an open coupling (COUPLED or OFFERED) is
 * divided: a housed or cancelled one stays the split municipality's history. COA may name another receiver later, as
 * long as the coupling is open.
 */
public final class CouplingDivisionRule {

    private CouplingDivisionRule() {
    }

    /**
     * @param receivers     the split's receivers, empty when the coupling's municipality was not split
     * @param effectiveDate the split's date, null when it was not split
     * @throws ConflictException     when the municipality was not split (yet) or the coupling is not open
     * @throws InvalidInputException naming {@code municipalityCode} when the receiver is not one of the split's
     */
    public static void check(String coupledTo, CouplingStatus status, List<String> receivers, LocalDate effectiveDate,
                             String receiver, LocalDate today) {
        if (receivers.isEmpty() || effectiveDate == null) {
            throw new ConflictException("The coupling's municipality " + coupledTo + " was not split over others; only a split "
                    + "municipality's couplings are divided (re-coupling to another municipality is a cancellation).");
        }
        if (today.isBefore(effectiveDate)) {
            throw new ConflictException(coupledTo + " is split on " + effectiveDate + "; its couplings are divided from that day on.");
        }
        if (status != CouplingStatus.COUPLED && status != CouplingStatus.OFFERED) {
            throw new ConflictException("The coupling is " + status + "; only an open coupling goes to a receiving municipality.");
        }
        if (!receivers.contains(receiver)) {
            throw InvalidInputException.of("municipalityCode", receiver + " is not one of the municipalities " + coupledTo
                    + " was split over: " + String.join(", ", receivers));
        }
    }
}
