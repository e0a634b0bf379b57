package nl.permitholders.dashboard.province;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import nl.permitholders.dashboard.api.Populations;
import nl.permitholders.dashboard.api.ProvinceFigures;
import nl.permitholders.display.Table;
import nl.permitholders.display.TableExport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The overview's tables as built from supervision's getProvinceFigures, read as the dashboard reads it (tolerant: a
 * field or an enumeration value it does not know yet is no failure). A Quarkus test only for the Dutch labels, which
 * Qute's message bundle gives; it starts no service.
 */
@QuarkusTest
class OverviewPageTest {

    @Inject
    ObjectMapper json;

    private ProvinceFigures overijssel;

    @BeforeEach
    void read() throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/overijssel-2024-H2.json")) {
            overijssel = json.readValue(in, ProvinceFigures.class);
        }
    }

    @Test
    void aRowPerMunicipalityWithItsFiguresColourRegimeStagesAndForecastAndTheProvincesTotals() {
        Table table = OverviewPage.table(overijssel);
        assertThat(table.headers()).isEqualTo(OverviewPage.HEADERS);
        assertThat(table.title()).isEqualTo("Gemeenten van Overijssel, 2e halfjaar 2024");
        Table.Row almelo = table.rows().get(0);
        assertThat(almelo.key()).isEqualTo("GM0141");
        assertThat(almelo.link()).isEqualTo("/dashboard/gemeenten/GM0141?periode=2024-H2");
        assertThat(almelo.cells()).extracting(Table.Cell::text).containsExactly("Almelo", "70", "90", "160", "43", "117", "117",
                "rood", "hoog (rood)", "12", "3", "4", "ambtelijk gesprek", "bestuurlijke afspraken", "80", "definitief");
        assertThat(almelo.cells().get(7).style()).isEqualTo("schemakleur schemakleur-rood");
        // A quota status the dashboard does not know yet is an empty cell, not a failed page.
        assertThat(table.rows().get(1).cells().get(15).text()).isEqualTo("–");
        assertThat(table.rows().get(1).cells().get(8).text()).as("no regime recorded").isEqualTo("–");
        assertThat(table.totals().cells()).extracting(Table.Cell::text).startsWith("Totaal Overijssel", "120", "90", "210", "93", "117");
        assertThat(table.totals().cells().get(7).text()).isEqualTo("rood");
        assertThat(table.totals().cells().get(14).text()).as("the forecasts added up").isEqualTo("85");
    }

    @Test
    void theStandingsRowAndWhatIsStillToBeDividedOfASplit() {
        assertThat(OverviewPage.standings(overijssel).rows().get(0).cells()).extracting(Table.Cell::text)
                .containsExactly("Overijssel", "117", "117", "1", "1 juli 2024", "1", "0", "1", "0", "85", "92", "-7");
        Table toBeDivided = OverviewPage.toBeDivided(overijssel);
        assertThat(toBeDivided.headers()).endsWith("Ontvangende gemeenten in Overijssel");
        assertThat(toBeDivided.rows()).singleElement().satisfies(row -> assertThat(row.cells()).extracting(Table.Cell::text)
                .containsExactly("Splitstad (GM1999)", "1", "2", "0", "0", "0", "Almelo"));
    }

    /**
     * The row carries the positions judged at the last deadline added up (COA's end position where adopted: the figure
     * the province writes), with the system's own arithmetic and the difference beside them, on the page and in the
     * exports; before any deadline was judged those cells are empty, not zeros.
     */
    @Test
    void theStandingsRowShowsThePositionJudgedAtTheLastDeadlineWithItsOwnArithmeticBeside() {
        Table table = OverviewPage.standings(overijssel);
        assertThat(table.headers()).endsWith("Nog geen oordeel", "Beoordeelde stand laatste peildatum", "Eigen berekening",
                "Verschil (overgenomen cijfers van het COA)");
        assertThat(TableExport.csv(List.of(table))).asString(StandardCharsets.UTF_8).contains("Overijssel;117;117;1;1 juli 2024;1;0;1;0;85;92;-7");

        ProvinceFigures.Standings s = overijssel.standings();
        ProvinceFigures notJudged = new ProvinceFigures(overijssel.provinceCode(), overijssel.name(), overijssel.period(),
                overijssel.municipalities(), overijssel.totals(), new ProvinceFigures.Standings(s.netBacklog(), s.grossBacklog(),
                s.ahead(), null, 0, 0, 0, 2, null), overijssel.lines());
        assertThat(OverviewPage.standings(notJudged).rows().get(0).cells()).extracting(Table.Cell::value)
                .endsWith(2, null, null, null);
    }

    @Test
    void byInhabitantsTheTableGainsTheBacklogPerThousandAndTheTotalOnlyWhenEveryPopulationIsKnown() {
        Populations almeloOnly = new Populations(LocalDate.of(2024, 1, 1), List.of(new Populations.Row("GM0141", 73_000)));
        Table table = OverviewPage.withPerThousand(OverviewPage.table(overijssel), overijssel, almeloOnly);
        assertThat(table.headers()).endsWith(OverviewPage.PER_THOUSAND);
        assertThat(table.rows().get(0).cells().get(16).text()).isEqualTo("1,6");
        assertThat(table.rows().get(1).cells().get(16).text()).isEqualTo("geen inwonertal bekend");
        assertThat(table.totals().cells().get(16).text()).isEqualTo("–");
        assertThat(OverviewPage.map(overijssel, almeloOnly).legend().note()).contains("1 januari 2024");
    }

    @Test
    void theMapColoursEachMunicipalityAsTheTable() {
        assertThat(OverviewPage.map(overijssel, null).areas()).extracting(a -> a.code() + " " + a.colour())
                .containsExactly("GM0141 rood", "GM0153 groen");
    }
}
