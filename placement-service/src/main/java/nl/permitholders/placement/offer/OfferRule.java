package nl.permitholders.placement.offer;

import java.time.LocalDate;
import java.util.UUID;
import nl.permitholders.platform.api.ConflictException;
import nl.permitholders.platform.api.Violations;

/**
 * When an offer may be made and answered, and what becomes of an open offer when persons of its coupling are placed:
 * moving into the offered unit accepts it; being housed entirely elsewhere withdraws it; a partial placement elsewhere
 * leaves it open.
 */
public final class OfferRule {

    private OfferRule() {
    }

    /** An offer is made on a day neither in the future nor before the coupling. */
    public static void checkOfferedOn(LocalDate offeredOn, LocalDate couplingDate, LocalDate today) {
        new Violations()
                .check(!offeredOn.isAfter(today), "offeredOn", "cannot be in the future")
                .check(!offeredOn.isBefore(couplingDate), "offeredOn", "cannot be before the coupling date " + couplingDate)
                .throwIfAny();
    }

    /** An offer is declined on a day neither in the future nor before it was made. */
    public static void checkDeclinedOn(LocalDate declinedOn, LocalDate offeredOn, LocalDate today) {
        new Violations()
                .check(!declinedOn.isAfter(today), "declinedOn", "cannot be in the future")
                .check(!declinedOn.isBefore(offeredOn), "declinedOn", "cannot be before the offer of " + offeredOn)
                .throwIfAny();
    }

    /** Only an open offer can be declined. */
    public static void requireOpen(OfferStatus current) {
        if (current != OfferStatus.OPEN) {
            throw new ConflictException("The offer is " + current + "; only an OPEN offer can be declined.");
        }
    }

    /** What an open offer becomes after persons of its coupling were placed in {@code placedIn} (null: no known unit). */
    public static OfferStatus afterPlacement(UUID offeredUnit, UUID placedIn, boolean couplingHoused) {
        if (offeredUnit.equals(placedIn)) {
            return OfferStatus.ACCEPTED;
        }
        return couplingHoused ? OfferStatus.WITHDRAWN : OfferStatus.OPEN;
    }
}
