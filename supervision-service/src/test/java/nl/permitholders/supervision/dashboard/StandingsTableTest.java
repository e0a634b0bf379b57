package nl.permitholders.supervision.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import nl.permitholders.display.Table.Cell;
import nl.permitholders.supervision.figures.Totals;
import nl.permitholders.supervision.province.ProvinceQueries.ProvinceView;
import nl.permitholders.supervision.verdict.Standings;
import org.junit.jupiter.api.Test;
import nl.permitholders.display.Table;
import nl.permitholders.display.TableExport;
import nl.permitholders.display.DutchFormat;

/** The province's row on the overview and in its exports: net and gross backlog and the verdicts at the last deadline, in Dutch. */
class StandingsTableTest {

    @Test
    void theProvincesRowShowsNetAndGrossBacklogTheMunicipalitiesAheadAndTheVerdictsAtTheLastDeadline() {
        ProvinceView view = new ProvinceView("PV21", "Overijssel", "2025-H1", null, 5,
                new Totals(0, 0, null, 0, 0, 0, 11, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0),
                new Standings(11, 15, 1, LocalDate.of(2025, 7, 1), 2, 1, 1, 1), List.of());

        Table table = OverviewPage.standings(view);

        assertThat(table.headers()).containsExactly("Provincie", "Netto achterstand", "Bruto achterstand", "Gemeenten met voorsprong",
                "Laatste peildatum", "Gehaald", "Niet gehaald, verschoonbaar", "Niet gehaald", "Nog geen oordeel");
        assertThat(table.rows()).singleElement().satisfies(row -> assertThat(row.cells()).map(Cell::value)
                .containsExactly("Overijssel", 11, 15, 1, DutchFormat.date(LocalDate.of(2025, 7, 1)), 2, 1, 1, 1));
        assertThat(TableExport.csv(List.of(table))).asString(java.nio.charset.StandardCharsets.UTF_8)
                .contains("Overijssel;11;15;1;" + DutchFormat.date(LocalDate.of(2025, 7, 1)) + ";2;1;1;1");
    }
}
