package nl.permitholders.dashboard.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import nl.permitholders.dashboard.HalfYear;
import nl.permitholders.dashboard.api.Refusal;
import nl.permitholders.dashboard.api.ScenarioComparison;
import nl.permitholders.dashboard.map.MunicipalityMap;
import nl.permitholders.display.Table;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The comparison page of scenarios (issue 71 point 3), built from supervision's compareScenarios as the dashboard reads it
 * (a province's view of two scenarios, "laag" of one half-year and "hoog" of two), and its form read before anything is sent.
 */
@QuarkusTest
class ScenarioPageTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 28);
    private static final HalfYear FIRST = new HalfYear(2027, 1);
    private static final HalfYear SECOND = new HalfYear(2027, 2);

    @Inject
    ObjectMapper json;

    private ScenarioComparison overijssel;

    @BeforeEach
    void read() throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/scenarios/overijssel-laag-hoog.json")) {
            overijssel = json.readValue(in, ScenarioComparison.class);
        }
    }

    @Test
    void theFormOffersTheCurrentHalfYearAndFiveAfterAndLeavesOutAScenarioWithoutTotals() {
        ScenarioForm form = ScenarioForm.read(Map.of("naam1", "laag", "totaal1-2027-H1", "10.000", "totaal3-2027-H2", " 21000 "),
                TODAY, "PV23");
        assertThat(form.halfYears()).first().isEqualTo(new HalfYear(2026, 2));
        assertThat(form.halfYears()).hasSize(6).last().isEqualTo(new HalfYear(2029, 1));
        assertThat(form.errors()).isEmpty();
        assertThat(form.request()).isEqualTo(new ScenarioComparison.Request(List.of(
                ScenarioComparison.Stated.of("laag", List.of(new ScenarioComparison.NationalTotal("2027-H1", 10_000))),
                ScenarioComparison.Stated.of("scenario 3", List.of(new ScenarioComparison.NationalTotal("2027-H2", 21_000)))), "PV23"));
    }

    @Test
    void anEmptyFormAsksNothingAndSaysNothingIsWrong() {
        ScenarioForm form = ScenarioForm.read(Map.of(), TODAY, null);
        assertThat(form.asked()).isFalse();
        assertThat(form.errors()).isEmpty();
    }

    /** Each bad value in an otherwise valid form, refused in Dutch by the scenario and half-year it is in; nothing is sent. */
    @Test
    void aTotalThatIsNoWholeNumberOrTooLargeIsSaidInDutchWithItsScenarioAndHalfYear() {
        ScenarioForm words = ScenarioForm.read(Map.of("naam1", "laag", "totaal1-2027-H1", "tienduizend", "totaal2-2027-H1", "20000"),
                TODAY, null);
        assertThat(words.asked()).isFalse();
        assertThat(words.errors()).containsExactly("Scenario 1 (laag), 1e halfjaar 2027: het landelijk totaal moet een heel getal van "
                + "0 tot en met 1.000.000 zijn, niet \"tienduizend\".");
        ScenarioForm tooLarge = ScenarioForm.read(Map.of("totaal1-2027-H1", "1000001", "totaal2-2027-H1", "20000"), TODAY, null);
        assertThat(tooLarge.errors()).singleElement().asString().startsWith("Scenario 1 (scenario 1), 1e halfjaar 2027:");
        ScenarioForm twice = ScenarioForm.read(Map.of("naam1", "a", "naam2", "a", "totaal1-2027-H1", "1", "totaal2-2027-H1", "2"),
                TODAY, null);
        assertThat(twice.errors()).containsExactly("Geef elk scenario een eigen naam: twee scenario's heten hetzelfde.");
        ScenarioForm namesOnly = ScenarioForm.read(Map.of("naam1", "laag"), TODAY, null);
        assertThat(namesOnly.errors()).containsExactly("Vul voor ten minste één scenario een landelijk totaal in voor een halfjaar, of kies een bewaard scenario.");
    }

    @Test
    void supervisionsRefusalIsSaidInDutchByTheScenariosNameAndHalfYearNeverAsJson() {
        ScenarioComparison.Request asked = new ScenarioComparison.Request(List.of(
                ScenarioComparison.Stated.of("laag", List.of(new ScenarioComparison.NationalTotal("2027-H1", 10_000))),
                ScenarioComparison.Stated.of("hoog", List.of(new ScenarioComparison.NationalTotal("2026-H1", 20_000)))), null);
        Refusal refused = Refusal.of(Response.status(400).entity("{\"status\":400,\"invalidParams\":[{\"name\":"
                + "\"scenarios[1].halfYears[0].period\",\"reason\":\"lies before the current half-year\"}]}").build());
        assertThat(ScenarioRefusalsInDutch.of(refused, asked)).containsExactly("Scenario hoog, 1e halfjaar 2026: dit halfjaar kan niet "
                + "in een scenario; kies het lopende halfjaar of een van de vijf daarna.");
        Refusal noPopulation = Refusal.of(Response.status(409).entity("{\"status\":409,\"invalidParams\":[{\"name\":\"GM1999\","
                + "\"reason\":\"no population on 2026-01-01\"}]}").build());
        assertThat(ScenarioRefusalsInDutch.of(noPopulation, asked)).singleElement().asString()
                .startsWith("Van gemeente GM1999 is geen inwonertal bekend").doesNotContain("{");
    }

    @Test
    void aRowPerMunicipalityWithEachScenarioAndTheirDifferenceAndTheProvinceAsTotals() {
        Table table = ScenarioPage.municipalities(overijssel, FIRST);
        assertThat(table.headers()).containsExactly("Gemeente", "Schemakleur nu", "Taakstelling: laag", "Verwachte achterstand: laag",
                "Schemakleur: laag", "Woningen nodig: laag", "Taakstelling: hoog", "Verwachte achterstand: hoog", "Schemakleur: hoog",
                "Woningen nodig: hoog", "Verschil taakstelling: hoog min laag", "Verschil verwachte achterstand: hoog min laag",
                "Verschil woningen: hoog min laag", "Andere schemakleur: hoog min laag");
        assertThat(table.rows().get(0).cells()).extracting(Table.Cell::text).containsExactly("Almelo", "oranje", "40", "7", "oranje", "4",
                "80", "47", "rood", "29", "40", "40", "25", "ja");
        assertThat(table.rows().get(0).link()).isEqualTo("/dashboard/gemeenten/GM0141");
        assertThat(table.totals().cells()).extracting(Table.Cell::text).containsExactly("Overijssel", "–", "62", "-6", "–", "4", "124", "56",
                "–", "29", "62", "62", "25", "–");
    }

    /** "laag" has not the second half-year: its columns and the difference stay empty, "hoog"'s figures are shown. */
    @Test
    void aHalfYearOneScenarioLacksLeavesItsColumnsAndTheDifferenceEmpty() {
        Table table = ScenarioPage.municipalities(overijssel, SECOND);
        assertThat(table.rows().get(0).cells()).extracting(Table.Cell::text).containsExactly("Almelo", "oranje", "–", "–", "–", "–",
                "84", "41", "rood", "23", "–", "–", "–", "–");
        assertThat(table.rows().get(0).cells()).hasSameSizeAs(table.headers());
        assertThat(table.totals().cells()).hasSameSizeAs(table.headers());
    }

    @Test
    void theNationalViewHasARowPerProvinceWithHowManyEndWorse() {
        Table table = ScenarioPage.provinces(overijssel, FIRST, "naam1=laag");
        assertThat(table.rows().get(0).link()).isEqualTo("/dashboard/provincies/PV23/scenarios?naam1=laag&halfjaar=2027-H1");
        assertThat(table.rows().get(0).cells()).extracting(Table.Cell::text).containsExactly("Overijssel", "62", "-6", "4", "0",
                "124", "56", "29", "1", "62", "62", "25");
        assertThat(table.headers()).hasSameSizeAs(table.rows().get(0).cells());
    }

    @Test
    void theMapIsColouredByTheChosenScenarioAndSaysTodaysColourWhereItHasNoQuota() {
        MunicipalityMap high = ScenarioPage.map(overijssel, 1, FIRST, false);
        assertThat(high.areas()).filteredOn(a -> a.code().equals("GM0141")).singleElement()
                .satisfies(a -> assertThat(a.colour()).isEqualTo("rood"))
                .satisfies(a -> assertThat(a.label()).contains("verwachte achterstand 47", "(nu oranje)"));
        assertThat(high.legend().subject()).isEqualTo("de schemakleur aan het eind van het 1e halfjaar 2027 in hoog");
        MunicipalityMap low = ScenarioPage.map(overijssel, 0, FIRST, false);
        assertThat(low.areas()).filteredOn(a -> a.code().equals("GM0141")).singleElement()
                .satisfies(a -> assertThat(a.colour()).isEqualTo("oranje"));
        MunicipalityMap lowLater = ScenarioPage.map(overijssel, 0, SECOND, false);
        assertThat(lowLater.areas()).filteredOn(a -> a.code().equals("GM0141")).singleElement()
                .satisfies(a -> assertThat(a.label()).contains("geen taakstelling in laag"));
    }

    @Test
    void theMunicipalitiesThatChangeColourInTheChosenScenario() {
        Table changes = ScenarioPage.colourChanges(overijssel, 1, FIRST);
        assertThat(changes.rows()).singleElement().satisfies(row -> assertThat(row.cells()).extracting(Table.Cell::text)
                .containsExactly("Almelo", "PV23", "oranje", "rood", "slechter"));
        assertThat(ScenarioPage.colourChanges(overijssel, 0, FIRST).rows()).isEmpty();
    }

    @Test
    void theScenariosHeadsWithTheirSurplusAndTheLinksKeepOnlyTheFormsFields() {
        Table heads = ScenarioPage.heads(overijssel);
        assertThat(heads.rows()).hasSize(3);
        assertThat(heads.rows().get(1).cells()).extracting(Table.Cell::text).containsExactly("hoog", "1e halfjaar 2027", "20.000",
                "20.005", "5", "342");
        ScenarioForm form = ScenarioForm.read(Map.of("naam1", "laag & lager", "totaal1-2027-H1", "10000", "anders", "<script>"),
                TODAY, null);
        assertThat(ScenarioPageResource.keptQuery(form)).isEqualTo("naam1=laag+%26+lager&totaal1-2027-H1=10000");
    }

    @Test
    void theAssumptionsAreSaidInDutch() {
        assertThat(ScenarioAssumptionsInDutch.of(overijssel.scenarios().get(0).assumptions().get(0))).isEqualTo("Verwachting: het "
                + "huidige tempo gaat door, met wat de maatregelen van het vastgestelde plan van aanpak en de geplande capaciteit nog opleveren.");
        assertThat(ScenarioAssumptionsInDutch.of(new ScenarioComparison.Assumption("populationReferenceDate.2027-H2", "2026-01-01", "x")))
                .startsWith("De inwonertallen van het CBS die R1 voor het 2e halfjaar 2027 neemt, zijn nog niet bekend: die van 1 januari 2026");
        assertThat(ScenarioAssumptionsInDutch.of(new ScenarioComparison.Assumption("quotasBetween", "2026-H2, 2027-H1", "x")))
                .contains("(2e halfjaar 2026, 1e halfjaar 2027)");
    }

    /** A column compares a kept scenario chosen from those supervision lists, under its name; not beside totals of its own. */
    @Test
    void aColumnComparesAKeptScenarioOfTheRijkOrTheProvince() {
        List<ScenarioComparison.Kept> kept = List.of(new ScenarioComparison.Kept("RIJK", "hoge-instroom", "COA's hoge raming"),
                new ScenarioComparison.Kept("PV23", "eigen", null));
        ScenarioForm form = ScenarioForm.read(Map.of("bewaard1", "RIJK:hoge-instroom", "totaal2-2027-H1", "20000"), TODAY, "PV23", kept);
        assertThat(form.errors()).isEmpty();
        assertThat(form.request().scenarios()).containsExactly(
                new ScenarioComparison.Stated("hoge-instroom", null, "hoge-instroom", "RIJK"),
                ScenarioComparison.Stated.of("scenario 2", List.of(new ScenarioComparison.NationalTotal("2027-H1", 20_000))));
        assertThat(ScenarioPageResource.keptQuery(form)).isEqualTo("bewaard1=RIJK%3Ahoge-instroom&totaal2-2027-H1=20000");

        ScenarioForm both = ScenarioForm.read(Map.of("bewaard1", "PV23:eigen", "totaal1-2027-H1", "20000"), TODAY, "PV23", kept);
        assertThat(both.errors()).containsExactly("Scenario 1 (eigen): kies een bewaard scenario of vul landelijke totalen in, niet allebei.");
        ScenarioForm unknown = ScenarioForm.read(Map.of("bewaard1", "PV99:ander", "totaal2-2027-H1", "20000"), TODAY, "PV23", kept);
        assertThat(unknown.errors()).containsExactly("Scenario 1: er is geen bewaard scenario \"PV99:ander\" om te kiezen.");
    }

    /** Keeping sends a stated scenario's own half-years under a name supervision takes; anything else is said in Dutch. */
    @Test
    void aStatedScenarioIsKeptByANameOfLowerCaseLettersDigitsAndHyphens() {
        ScenarioForm form = ScenarioForm.read(Map.of("naam1", "laag", "totaal1-2027-H1", "10000", "totaal2-2027-H2", "21000"),
                TODAY, null);
        ScenarioForm.Kept kept = form.keep(2, "hoog-2027", "  COA's raming  ");
        assertThat(kept.refusal()).isNull();
        assertThat(kept.name()).isEqualTo("hoog-2027");
        assertThat(kept.scenario()).isEqualTo(new ScenarioComparison.Keep("COA's raming",
                List.of(new ScenarioComparison.NationalTotal("2027-H2", 21_000))));
        assertThat(form.keep(1, "Hoog 2027", null).refusal()).startsWith("Een naam om onder te bewaren is 1 tot 64 kleine letters");
        assertThat(form.keep(3, "leeg", null).refusal()).isEqualTo("Scenario 3 heeft geen landelijke totalen van zichzelf om te bewaren.");
        assertThat(ScenarioForm.read(Map.of("totaal1-2027-H1", "veel"), TODAY, null).keep(1, "veel", null).refusal())
                .isEqualTo("Scenario 1 kan niet worden bewaard zolang het formulier niet klopt.");
    }
}
