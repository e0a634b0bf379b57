package nl.permitholders.placement.coupling;

import static nl.permitholders.placement.coupling.CouplingStatus.CANCELLED;
import static nl.permitholders.placement.coupling.CouplingStatus.COUPLED;
import static nl.permitholders.placement.coupling.CouplingStatus.HOUSED;
import static nl.permitholders.placement.coupling.CouplingStatus.OFFERED;

import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import nl.permitholders.platform.api.ConflictException;

/**
 * How a coupling moves: COUPLED → OFFERED (a unit is offered) → HOUSED (all its persons placed), or back to COUPLED
 * when the offer is declined; COUPLED or OFFERED → CANCELLED, which is final. A step from any other status is
 * refused, naming the status the coupling is in.
 */
public final class CouplingLifecycle {

    public enum Step {
        OFFER_UNIT("a unit can be offered", EnumSet.of(COUPLED)),
        DECLINE_OFFER("an offer can be declined", EnumSet.of(OFFERED)),
        RECORD_PLACEMENT("persons can be placed", EnumSet.of(COUPLED, OFFERED)),
        CANCEL("it can be cancelled", EnumSet.of(COUPLED, OFFERED)),
        CORRECT("it can be corrected", EnumSet.of(COUPLED, OFFERED, HOUSED));

        private final String description;
        private final Set<CouplingStatus> allowedFrom;

        Step(String description, Set<CouplingStatus> allowedFrom) {
            this.description = description;
            this.allowedFrom = allowedFrom;
        }
    }

    private CouplingLifecycle() {
    }

    /** Refuses (409) a step the coupling's current status does not allow. */
    public static void require(Step step, CouplingStatus current) {
        if (!step.allowedFrom.contains(current)) {
            String allowed = step.allowedFrom.stream().map(Enum::name).collect(Collectors.joining(" or "));
            throw new ConflictException("The coupling is " + current + "; " + step.description + " only while it is "
                    + allowed + ".");
        }
    }

    public static CouplingStatus offered(CouplingStatus current) {
        require(Step.OFFER_UNIT, current);
        return OFFERED;
    }

    public static CouplingStatus declined(CouplingStatus current) {
        require(Step.DECLINE_OFFER, current);
        return COUPLED;
    }

    public static CouplingStatus cancelled(CouplingStatus current) {
        require(Step.CANCEL, current);
        return CANCELLED;
    }

    /**
     * Where the coupling stands once the persons housed from it changed (a placement, a revocation, a correction of
     * its persons): HOUSED when all are housed, otherwise OFFERED while an offer is open, else COUPLED. A cancelled
     * coupling stays cancelled.
     */
    public static CouplingStatus settled(CouplingStatus current, boolean offerOpen, int personsHoused, int persons) {
        if (current == CANCELLED) {
            return CANCELLED;
        }
        if (personsHoused >= persons) {
            return HOUSED;
        }
        return offerOpen ? OFFERED : COUPLED;
    }
}
