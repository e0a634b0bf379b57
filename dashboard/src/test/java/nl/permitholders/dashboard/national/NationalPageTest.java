package nl.permitholders.dashboard.national;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import nl.permitholders.dashboard.HalfYear;
import nl.permitholders.dashboard.api.NationalFigures;
import nl.permitholders.dashboard.api.ProvinceFigures;
import nl.permitholders.display.Table;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The Rijk's page of the country, built from supervision's national and province figures as the dashboard reads them. */
@QuarkusTest
class NationalPageTest {

    @Inject
    ObjectMapper json;

    private NationalFigures country;
    private ProvinceFigures overijssel;

    @BeforeEach
    void read() throws IOException {
        country = read("/nederland-2024-H2.json", NationalFigures.class);
        overijssel = read("/overijssel-2024-H2.json", ProvinceFigures.class);
    }

    private <T> T read(String resource, Class<T> type) throws IOException {
        try (InputStream in = getClass().getResourceAsStream(resource)) {
            return json.readValue(in, type);
        }
    }

    @Test
    void aRowPerProvinceLeadingToItsOverviewWithHowManyMunicipalitiesAreUnderEachRegime() {
        Table provinces = NationalPage.provinces(country, List.of(overijssel));
        Table.Row row = provinces.rows().get(0);
        assertThat(row.link()).isEqualTo("/dashboard/provincies/PV23?periode=2024-H2");
        assertThat(row.cells()).extracting(Table.Cell::text).containsExactly("Overijssel", "2", "210", "93", "117", "117", "rood",
                "117", "117", "1 juli 2024", "1", "0", "1", "85", "92", "-7", "0", "0", "1");
        assertThat(provinces.totals().cells().get(0).text()).isEqualTo("Nederland");
        assertThat(provinces.totals().cells().get(18).text()).as("Almelo's high regime, counted for the country").isEqualTo("1");
    }

    /** The judged figure, the own arithmetic and the difference stand beside the last deadline's verdicts; the regimes stay last. */
    @Test
    void theJudgedColumnsStandBesideTheVerdictsAndTheRegimesLast() {
        assertThat(NationalPage.PROVINCE_HEADERS.subList(10, 19)).containsExactly("Gehaald", "Niet gehaald, verschoonbaar",
                "Niet gehaald", "Beoordeelde stand laatste peildatum", "Eigen berekening", "Verschil (overgenomen cijfers van het COA)",
                "Toezichtregime licht", "Toezichtregime midden", "Toezichtregime zwaar");
        Table provinces = NationalPage.provinces(country, List.of(overijssel));
        assertThat(provinces.totals().cells().subList(13, 16)).extracting(Table.Cell::value).containsExactly(85, 92, -7);
    }

    @Test
    void theCountryPerHalfYearWithThePositionAsPublishedWhereCoasIsAdopted() {
        Table halfYears = NationalPage.halfYears(List.of(country), Map.of(new HalfYear(2024, 2), 120));
        assertThat(halfYears.rows().get(0).cells()).extracting(Table.Cell::text)
                .containsExactly("2e halfjaar 2024", "1 januari 2025", "210", "93", "117", "117", "117", "120");
        assertThat(NationalPage.halfYears(List.of(country), Map.of()).rows().get(0).cells().get(7).text()).isEqualTo("–");
    }

    /** The national series reads every ledger of the country: the page asks it only for the half-years it has a position of. */
    @Test
    void theSeriesIsAskedOnlyForTheHalfYearsWithAPublishedPosition() {
        assertThat(country.coaEndPositionAdopted()).isFalse();
        assertThat(NationalPage.withPublishedPosition(List.of(country))).isEmpty();
        List<NationalFigures> latestFirst = List.of(in("2024-H2", true), in("2024-H1", false), in("2023-H2", true), in("2023-H1", false));
        assertThat(NationalPage.withPublishedPosition(latestFirst)).containsExactly(new HalfYear(2023, 2), new HalfYear(2024, 2));
    }

    private NationalFigures in(String period, boolean coaEndPositionAdopted) {
        return new NationalFigures(period, country.municipalities(), country.totals(), country.standings(), country.provinces(),
                country.municipalitiesWithoutProvince(), coaEndPositionAdopted);
    }

    @Test
    void whatIsStillToBeDividedOfASplitOnceWithTheProvincesOfItsReceivers() {
        Table toBeDivided = NationalPage.toBeDivided(country, List.of(overijssel));
        assertThat(toBeDivided.rows()).singleElement().satisfies(row -> assertThat(row.cells()).extracting(Table.Cell::text)
                .containsExactly("Splitstad (GM1999)", "1", "2", "0", "0", "0", "Overijssel"));
        assertThat(toBeDivided.totals().cells().get(1).text()).isEqualTo("1");
    }

    @Test
    void theMapDrawsEveryMunicipalityOfTheProvincesWithTheProvincesOutlines() {
        var map = NationalPage.map(new HalfYear(2024, 2), List.of(overijssel), null);
        assertThat(map.areas()).extracting(a -> a.code()).containsExactly("GM0141", "GM0153");
        assertThat(map.provinceOutlines()).isNotEmpty();
    }

    @Test
    void thePublishedSeriesIsTheRijksOwnLatestFirst() {
        NationalPage page = new NationalPage(new HalfYear(2024, 2), "", List.of(), null, null, 0, "", null, null, null);
        assertThat(page.publishedSeries().rows().get(0).cells()).extracting(Table.Cell::text)
                .containsExactly("1e halfjaar 2023", "21.200", "19.418", "14.296", "-5.122");
        assertThat(page.publishedSource()).contains("2024Z12156");
    }
}
