package nl.permitholders.supervision.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import nl.permitholders.display.Table.Cell;
import nl.permitholders.display.Table.Row;
import nl.permitholders.supervision.ledger.Couplings.Waiting;
import org.junit.jupiter.api.Test;
import nl.permitholders.display.Table;

/** The detail page's table of waiting couplings: persons still to house, by COA's household type and weeks waited. */
class WaitingCouplingsTableTest {

    private static final LocalDate COUPLED = LocalDate.of(2025, 3, 3);

    @Test
    void unhousedPersonsAreCountedByHouseholdTypeAndWeeksWaitedWithATotalsRow() {
        Table table = DetailPage.waiting(List.of(
                new Waiting("a", "SINGLE", COUPLED, 1, 1, 2),
                new Waiting("b", "SINGLE", COUPLED, 1, 1, 13),
                new Waiting("c", "FAMILY", COUPLED, 5, 3, 5),
                new Waiting("d", "FAMILY", COUPLED, 2, 2, 12)));

        assertThat(table.headers()).containsExactly("Huishoudtype", "0 tot 4 weken", "4 tot 8 weken", "8 tot 12 weken",
                "12 weken of langer (over termijn)", "Totaal");
        assertThat(table.rows()).map(WaitingCouplingsTableTest::values).containsExactly(
                List.of("Alleenstaande", 1, 0, 0, 1, 2),
                List.of("Gezin (meerpersoonshuishouden)", 0, 3, 0, 2, 5));
        assertThat(values(table.totals())).containsExactly("Totaal", 1, 3, 0, 3, 7);
    }

    @Test
    void couplingsProjectedBeforeTheTypeWasKeptGetTheirOwnRowUntilARebuild() {
        Table table = DetailPage.waiting(List.of(new Waiting("a", null, COUPLED, 4, 4, 1), new Waiting("b", "SINGLE", COUPLED, 1, 1, 1)));

        assertThat(table.rows()).map(WaitingCouplingsTableTest::values).containsExactly(
                List.of("Alleenstaande", 1, 0, 0, 0, 1),
                List.of("Gezin (meerpersoonshuishouden)", 0, 0, 0, 0, 0),
                List.of("Huishoudtype onbekend", 4, 0, 0, 0, 4));
    }

    private static List<Object> values(Row row) {
        return row.cells().stream().map(Cell::value).toList();
    }
}
