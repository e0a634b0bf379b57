package nl.permitholders.supervision.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import nl.permitholders.supervision.display.Table.Cell;
import nl.permitholders.supervision.figures.Totals;
import nl.permitholders.supervision.province.ProvinceQueries.ProvinceView;
import nl.permitholders.supervision.verdict.JudgedTotal;
import nl.permitholders.supervision.verdict.Standings;
import org.junit.jupiter.api.Test;
import nl.permitholders.supervision.display.Table;
import nl.permitholders.supervision.display.TableExport;
import nl.permitholders.supervision.display.DutchFormat;

/** The province's row on the overview and in its exports: net and gross backlog and the verdicts at the last deadline, in Dutch. */
class StandingsTableTest {

    @Test
    void theProvincesRowShowsNetAndGrossBacklogTheMunicipalitiesAheadAndTheVerdictsAtTheLastDeadline() {
        ProvinceView view = new ProvinceView("PV21", "Overijssel", "2025-H1", null, 5,
                new Totals(0, 0, null, 0, 0, 0, 11, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0),
                new Standings(11, 15, 1, LocalDate.of(2025, 7, 1), 2, 1, 1, 1), List.of());

        Table table = OverviewPage.standings(view);

        assertThat(table.headers()).containsExactly("Provincie", "Netto achterstand", "Bruto achterstand", "Gemeenten met voorsprong",
                "Laatste peildatum", "Gehaald", "Niet gehaald, verschoonbaar", "Niet gehaald", "Nog geen oordeel",
                "Beoordeelde stand laatste peildatum", "Eigen berekening", "Verschil (overgenomen cijfers van het COA)");
        assertThat(table.rows()).singleElement().satisfies(row -> assertThat(row.cells()).map(Cell::value)
                .containsExactly("Overijssel", 11, 15, 1, DutchFormat.date(LocalDate.of(2025, 7, 1)), 2, 1, 1, 1, null, null, null));
        assertThat(TableExport.csv(List.of(table))).asString(java.nio.charset.StandardCharsets.UTF_8)
                .contains("Overijssel;11;15;1;" + DutchFormat.date(LocalDate.of(2025, 7, 1)) + ";2;1;1;1");
    }

    /**
     * Overijssel's letter of 11 July 2024 quotes the province at −679, the sum of COA's positions it adopted: the row shows
     * that judged figure, with the system's own arithmetic and the difference beside it, on the page and in the exports.
     */
    @Test
    void theProvincesRowShowsThePositionJudgedAtTheLastDeadlineWithItsOwnArithmeticBeside() {
        ProvinceView view = new ProvinceView("PV23", "Overijssel", "2024-H1", null, 25,
                new Totals(0, 0, null, 0, 0, 0, -640, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0),
                new Standings(-640, 120, 18, LocalDate.of(2024, 7, 1), 20, 2, 3, 0,
                        new JudgedTotal(LocalDate.of(2024, 7, 1), 25, -679, 101, -640, 120, -39, 25)), List.of());

        Table table = OverviewPage.standings(view);

        assertThat(table.rows()).singleElement().satisfies(row -> assertThat(row.cells()).map(Cell::value).endsWith(-679, -640, -39));
        assertThat(TableExport.csv(List.of(table))).asString(java.nio.charset.StandardCharsets.UTF_8).contains(";-679;-640;-39");
    }
}
