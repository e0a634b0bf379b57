package nl.permitholders.supervision.ledger;

import static nl.permitholders.supervision.ledger.CancellationRule.staysTheMunicipalitysShortfall;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** R7: a cancelled coupling leaves the municipality, unless COA re-coupled it elsewhere after its 12 weeks ran out. */
class CancellationRuleTest {

    private static final LocalDate COUPLED_ON = LocalDate.of(2025, 1, 6);
    private static final LocalDate OVERDUE_FROM = COUPLED_ON.plusWeeks(Couplings.WEEKS_TO_HOUSE);

    @Test
    void aCouplingWithdrawnByCoaIsNeverTheMunicipalitysShortfall() {
        assertFalse(staysTheMunicipalitysShortfall(CancellationReason.WITHDRAWN, OVERDUE_FROM.minusDays(1), OVERDUE_FROM));
        assertFalse(staysTheMunicipalitysShortfall(CancellationReason.WITHDRAWN, OVERDUE_FROM.plusWeeks(8), OVERDUE_FROM));
    }

    @Test
    void aCouplingRecoupledElsewhereWhileTheMunicipalityStillHadTimeIsNotItsShortfall() {
        assertFalse(staysTheMunicipalitysShortfall(CancellationReason.RECOUPLED, OVERDUE_FROM.minusDays(1), OVERDUE_FROM));
    }

    @Test
    void aCouplingRecoupledElsewhereFromTheDayItWasOverdueStaysTheMunicipalitysShortfall() {
        assertTrue(staysTheMunicipalitysShortfall(CancellationReason.RECOUPLED, OVERDUE_FROM, OVERDUE_FROM));
        assertTrue(staysTheMunicipalitysShortfall(CancellationReason.RECOUPLED, OVERDUE_FROM.plusWeeks(4), OVERDUE_FROM));
    }

    @Test
    void aCancellationWithoutAKnownReasonOrCouplingCountsAsWithdrawn() {
        assertFalse(staysTheMunicipalitysShortfall(null, OVERDUE_FROM.plusWeeks(4), OVERDUE_FROM));
        assertFalse(staysTheMunicipalitysShortfall(CancellationReason.RECOUPLED, OVERDUE_FROM.plusWeeks(4), null));
    }
}
