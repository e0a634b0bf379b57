package nl.permitholders.supervision.verdict;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A province's figure at a deadline is the sum of the positions judged there (COA's where adopted): Overijssel wrote
 * −679, the sum of COA's positions. Beside it the system's own arithmetic and the difference.
 */
class JudgedTotalTest {

    private static final LocalDate JULY = LocalDate.of(2024, 7, 1);

    @Test
    void thePositionsJudgedAddUpNetAndGrossWithTheOwnArithmeticAndTheDifferenceBeside() {
        JudgedTotal total = JudgedTotal.of(JULY, List.of(new JudgedTotal.Part(679, 650, true), new JudgedTotal.Part(-10, -10, false),
                new JudgedTotal.Part(5, -2, true)));

        assertEquals(674, total.backlog());
        assertEquals(684, total.grossBacklog(), "a lead does not house another's permit holders");
        assertEquals(638, total.ownBacklog());
        assertEquals(650, total.ownGrossBacklog());
        assertEquals(36, total.difference());
        assertEquals(2, total.onCoasFigure());
        assertEquals(3, total.municipalities());
    }

    @Test
    void noneJudgedThereIsNoTotal() {
        assertNull(JudgedTotal.of(JULY, List.of()));
        assertNull(JudgedTotal.of(null, List.of(new JudgedTotal.Part(1, 1, false))));
    }
}
