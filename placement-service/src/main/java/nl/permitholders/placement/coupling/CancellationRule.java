package nl.permitholders.placement.coupling;

import java.time.LocalDate;
import nl.permitholders.platform.api.Violations;

/**
 * When COA may cancel a coupling: on a day neither in the future nor before the coupling date, while it is COUPLED or
 * OFFERED ({@link CouplingLifecycle}); persons already housed keep counting.
 */
public final class CancellationRule {

    private CancellationRule() {
    }

    /** 400 naming {@code cancelledOn} when the day is in the future or before the coupling date. */
    public static void check(LocalDate cancelledOn, LocalDate couplingDate, LocalDate today) {
        new Violations()
                .check(!cancelledOn.isAfter(today), "cancelledOn", "cannot be in the future")
                .check(!cancelledOn.isBefore(couplingDate), "cancelledOn", "cannot be before the coupling date " + couplingDate)
                .throwIfAny();
    }
}
