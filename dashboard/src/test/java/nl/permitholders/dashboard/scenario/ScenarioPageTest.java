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
 * (a province's view of two scenarios, "laag" of one half-year and "hoog" of two; recorded in the real answer's shape, see
 * scenarios/README.md), and its form read before anything is sent.
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
        ScenarioComparison.Assumption forecast = overijssel.scenarios().get(0).assumptions().stream()
                .filter(a -> a.name().equals("forecast")).findFirst().orElseThrow();
        assertThat(ScenarioAssumptionsInDutch.of(forecast)).isEqualTo("Verwachting: het "
                + "huidige tempo gaat door, met wat de maatregelen van het vastgestelde plan van aanpak en de geplande capaciteit nog opleveren.");
        assertThat(ScenarioAssumptionsInDutch.of(new ScenarioComparison.Assumption("populationReferenceDate.2027-H2", "2026-01-01", "x")))
                .startsWith("De inwonertallen van het CBS die R1 voor het 2e halfjaar 2027 neemt, zijn nog niet bekend: die van 1 januari 2026");
        assertThat(ScenarioAssumptionsInDutch.of(new ScenarioComparison.Assumption("quotasBetween", "2026-H2, 2027-H1", "x")))
                .contains("(2e halfjaar 2026, 1e halfjaar 2027)");
        // every assumption supervision states (scenarios/README.md) has Dutch words of its own, none its bare name
        assertThat(overijssel.scenarios().get(1).assumptions()).hasSize(13).allSatisfy(a -> assertThat(ScenarioAssumptionsInDutch.of(a))
                .doesNotStartWith(a.name() + ":"));
    }

    /** A column compares a kept scenario chosen from those supervision lists, under its name; not beside totals of its own. */
    @Test
    void aColumnComparesAKeptScenarioOfTheRijkOrTheProvince() {
        List<ScenarioComparison.Kept> kept = List.of(new ScenarioComparison.Kept("RIJK", "hoge-instroom", "COA's hoge raming"),
                new ScenarioComparison.Kept("PV23", "eigen", null));
        ScenarioForm form = ScenarioForm.read(Map.of("bewaard1", "RIJK:hoge-instroom", "totaal2-2027-H1", "20000"), TODAY, "PV23", kept);
        assertThat(form.errors()).isEmpty();
        assertThat(form.request().scenarios()).containsExactly(
                ScenarioComparison.Stated.kept("hoge-instroom", "hoge-instroom", "RIJK"),
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
                List.of(new ScenarioComparison.NationalTotal("2027-H2", 21_000)), null));
        assertThat(form.keep(1, "Hoog 2027", null).refusal()).startsWith("Een naam om onder te bewaren is 1 tot 64 kleine letters");
        assertThat(form.keep(3, "leeg", null).refusal()).isEqualTo("Scenario 3 heeft geen landelijke totalen van zichzelf om te bewaren.");
        assertThat(ScenarioForm.read(Map.of("totaal1-2027-H1", "veel"), TODAY, null).keep(1, "veel", null).refusal())
                .isEqualTo("Scenario 1 kan niet worden bewaard zolang het formulier niet klopt.");
    }

    /** The assumptions' fields show supervision's defaults; a blank one is not sent, one filled in goes with every stated scenario. */
    @Test
    void theAssumptionsAreFieldsWithTheirDefaultsAndGoWithEveryStatedScenarioButNotAKeptOne() {
        ScenarioForm blank = ScenarioForm.read(Map.of("totaal1-2027-H1", "10000"), TODAY, null);
        assertThat(blank.assumptions()).extracting(ScenarioForm.AssumptionField::name)
                .containsExactly("verwachting", "tempomaanden", "mixmaanden", "minimumhuishoudens");
        assertThat(blank.assumptions()).extracting(ScenarioForm.AssumptionField::defaultText)
                .containsExactly("met het plan van aanpak", "6", "6", "10");
        assertThat(blank.assumptions().get(0).choices()).filteredOn(c -> blank.assumptions().get(0).chosen(c))
                .extracting(ScenarioForm.Choice::value).containsExactly("WITH_PLAN");
        assertThat(blank.request().scenarios()).singleElement().satisfies(s -> assertThat(s.assumptions()).isNull());

        List<ScenarioComparison.Kept> kept = List.of(new ScenarioComparison.Kept("RIJK", "hoog", null));
        ScenarioForm set = ScenarioForm.read(Map.of("totaal1-2027-H1", "10000", "bewaard2", "RIJK:hoog", "verwachting", "UNCHANGED_POLICY",
                "tempomaanden", "3", "minimumhuishoudens", " 20 "), TODAY, null, kept);
        ScenarioComparison.Assumptions asked = new ScenarioComparison.Assumptions("UNCHANGED_POLICY", 3, null, 20);
        assertThat(set.request().scenarios()).containsExactly(
                ScenarioComparison.Stated.of("scenario 1", List.of(new ScenarioComparison.NationalTotal("2027-H1", 10_000)), asked),
                ScenarioComparison.Stated.kept("hoog", "hoog", "RIJK"));
        assertThat(ScenarioPageResource.keptQuery(set)).isEqualTo("totaal1-2027-H1=10000&bewaard2=RIJK%3Ahoog"
                + "&verwachting=UNCHANGED_POLICY&tempomaanden=3&minimumhuishoudens=20");
        assertThat(set.keep(1, "laag-traag", null).scenario().assumptions()).isEqualTo(asked);
    }

    /** An assumption that is no number, in an otherwise valid form: said beside its field and above the form; nothing is sent. */
    @Test
    void anAssumptionThatIsNoNumberIsSaidBesideItsFieldAndTheFormKeepsWhatWasTyped() {
        ScenarioForm form = ScenarioForm.read(Map.of("naam1", "laag", "totaal1-2027-H1", "10000", "tempomaanden", "zes", "mixmaanden", "12"),
                TODAY, null);
        assertThat(form.asked()).isFalse();
        assertThat(form.errors()).containsExactly("Maanden van het huidige tempo: moet een heel getal zijn, niet \"zes\".");
        assertThat(form.assumptions()).filteredOn(a -> a.error() != null).singleElement()
                .satisfies(a -> assertThat(a.name()).isEqualTo("tempomaanden"));
        assertThat(form.assumptions().get(2).value()).isEqualTo("12");
        assertThat(form.columns().get(0).totals().get(1).value()).isEqualTo("10000");
    }

    /**
     * supervision judges an assumption's range: its refusal (problem+json naming scenarios[i].assumptions.paceMonths, once
     * per scenario) is said in Dutch beside that field, once, and the form keeps every value typed.
     */
    @Test
    void anAssumptionSupervisionRefusesIsSaidInDutchBesideItsField() {
        ScenarioForm form = ScenarioForm.read(Map.of("naam1", "laag", "totaal1-2027-H1", "10000", "totaal2-2027-H1", "20000",
                "tempomaanden", "30", "mixmaanden", "0"), TODAY, null);
        assertThat(form.asked()).isTrue();
        Refusal refused = Refusal.of(Response.status(400).entity("{\"status\":400,\"invalidParams\":["
                + "{\"name\":\"scenarios[0].assumptions.householdMixMonths\",\"reason\":\"must be greater than or equal to 1\"},"
                + "{\"name\":\"scenarios[0].assumptions.paceMonths\",\"reason\":\"must be less than or equal to 24\"},"
                + "{\"name\":\"scenarios[1].assumptions.householdMixMonths\",\"reason\":\"must be greater than or equal to 1\"},"
                + "{\"name\":\"scenarios[1].assumptions.paceMonths\",\"reason\":\"must be less than or equal to 24\"}]}").build());
        assertThat(ScenarioRefusalsInDutch.of(refused, form.request())).isEmpty();
        ScenarioForm told = form.refused(ScenarioRefusalsInDutch.assumptions(refused));
        assertThat(told.assumptions()).extracting(ScenarioForm.AssumptionField::error)
                .containsExactly(null, "mag ten hoogste 24 zijn", "moet ten minste 1 zijn", null);
        assertThat(told.errors()).containsExactly("Maanden van het huidige tempo: mag ten hoogste 24 zijn, niet \"30\".",
                "Maanden van de samenstelling van de huishoudens: moet ten minste 1 zijn, niet \"0\".");
        assertThat(ScenarioPageResource.keptQuery(told)).isEqualTo(ScenarioPageResource.keptQuery(form)).contains("tempomaanden=30");
        Refusal keeping = Refusal.of(Response.status(400).entity("{\"status\":400,\"invalidParams\":["
                + "{\"name\":\"assumptions.forecast\",\"reason\":\"must be UNCHANGED_POLICY or WITH_PLAN\"}]}").build());
        assertThat(ScenarioRefusalsInDutch.assumptions(keeping)).containsExactly(Map.entry("forecast", "wordt niet aanvaard"));
    }

    /**
     * One mix of households for every municipality, stated on the form per kind of home: the kinds filled in go with every
     * stated scenario (and a kept one), in supervision's names; the page's links keep them.
     */
    @Test
    void aStatedMixOfHouseholdsGoesWithEveryStatedScenarioInSupervisionsNames() {
        ScenarioForm form = ScenarioForm.read(Map.of("totaal1-2027-H1", "10000", "totaal2-2027-H1", "20000",
                "huishoudens-kamer", "60", "personen-kamer", "60", "huishoudens-gezin", " 25 ", "personen-gezin", "110"), TODAY, null);

        assertThat(form.errors()).isEmpty();
        assertThat(form.mix().rows()).extracting(ScenarioForm.MixRow::kind)
                .containsExactly("ROOM", "SMALL_HOME", "FAMILY_HOME", "LARGE_FAMILY_HOME");
        List<ScenarioComparison.StatedHouseholds> mix = List.of(new ScenarioComparison.StatedHouseholds("ROOM", 60, 60),
                new ScenarioComparison.StatedHouseholds("FAMILY_HOME", 25, 110));
        assertThat(form.request().scenarios()).hasSize(2)
                .allSatisfy(s -> assertThat(s.assumptions().householdMix()).isEqualTo(mix));
        assertThat(form.keep(1, "met-eigen-mix", null).scenario().assumptions().householdMix()).isEqualTo(mix);
        assertThat(ScenarioPageResource.keptQuery(form))
                .endsWith("&huishoudens-kamer=60&personen-kamer=60&huishoudens-gezin=25&personen-gezin=110");

        ScenarioForm blank = ScenarioForm.read(Map.of("totaal1-2027-H1", "10000"), TODAY, null);
        assertThat(blank.mix().stated()).isFalse();
        assertThat(blank.request().scenarios().get(0).assumptions()).as("each municipality's own mix: nothing stated").isNull();
    }

    /** A kind with households but no persons, in an otherwise valid form: said in Dutch by the kind; nothing is sent. */
    @Test
    void aKindOfHomeWithHouseholdsButNoPersonsIsRefusedByName() {
        ScenarioForm form = ScenarioForm.read(Map.of("totaal1-2027-H1", "10000", "huishoudens-klein", "40"), TODAY, null);

        assertThat(form.asked()).isFalse();
        assertThat(form.errors()).containsExactly(
                "Eigen samenstelling van de huishoudens: vul bij kleine woning zowel de huishoudens als de personen in.");
        assertThat(form.mix().rows().get(1).households()).isEqualTo("40");

        ScenarioForm notANumber = ScenarioForm.read(Map.of("totaal1-2027-H1", "10000", "huishoudens-groot", "5",
                "personen-groot", "veertig"), TODAY, null);
        assertThat(notANumber.asked()).isFalse();
        assertThat(notANumber.errors()).containsExactly("Eigen samenstelling van de huishoudens: de huishoudens en personen bij "
                + "grote gezinswoning moeten hele getallen vanaf 0 zijn.");
    }

    /**
     * supervision judges whether the persons fit their kind of home: its refusal (scenarios[i].assumptions.householdMix[k].persons)
     * is said in Dutch beside the mix, once for every scenario, and the page shows it above the form and beside the fields.
     */
    @Test
    void personsThatDoNotFitTheirKindOfHomeAreSaidInDutchBesideTheMix() {
        ScenarioForm form = ScenarioForm.read(Map.of("totaal1-2027-H1", "10000", "totaal2-2027-H1", "20000",
                "huishoudens-kamer", "10", "personen-kamer", "25"), TODAY, null);
        assertThat(form.asked()).isTrue();
        Refusal refused = Refusal.of(Response.status(400).entity("{\"status\":400,\"invalidParams\":["
                + "{\"name\":\"scenarios[0].assumptions.householdMix[0].persons\",\"reason\":\"must fit 10 households of the kind ROOM (1 person each)\"},"
                + "{\"name\":\"scenarios[1].assumptions.householdMix[0].persons\",\"reason\":\"must fit 10 households of the kind ROOM (1 person each)\"}]}")
                .build());
        assertThat(ScenarioRefusalsInDutch.of(refused, form.request())).isEmpty();

        ScenarioForm told = form.refused(ScenarioRefusalsInDutch.assumptions(refused));
        String why = "de personen passen niet bij de huishoudens van die soort woning (een kamer is voor 1 persoon, een kleine woning "
                + "voor 2 of 3, een gezinswoning voor 4 tot en met 6, een grote gezinswoning voor 7 of meer)";
        assertThat(told.mix().error()).isEqualTo(why);
        assertThat(told.errors()).containsExactly("Eigen samenstelling van de huishoudens: " + why + ".");

        String html = ScenarioPageResource.Templates.scenarios(new ScenarioPage("Scenario's vergelijken", "/dashboard/nederland/scenarios",
                ScenarioPageResource.keptQuery(told), told, told.errors(), null, false, List.of(), null, null, List.of(), 0, null, null, null,
                null, null, "28 november 2026")).render();
        assertThat(html).contains("<fieldset id=\"samenstelling\" class=\"veld-fout\">",
                "<p class=\"error\" id=\"samenstelling-fout\">Eigen samenstelling van de huishoudens: " + why + ".</p>",
                "name=\"huishoudens-kamer\" value=\"10\"", "name=\"personen-kamer\" value=\"25\"", "aria-label=\"Personen, kamer\"");
    }

    /** The homes per kind of each scenario and their difference, a row per municipality, the province's sums as totals. */
    @Test
    void theHomesPerKindPerMunicipalityWithTheDifferenceBetweenTheScenarios() {
        Table homes = ScenarioPage.homes(overijssel, FIRST, false);
        assertThat(homes.headers()).containsExactly("Gemeente", "Kamers: laag", "Kleine woningen: laag", "Gezinswoningen: laag",
                "Grote gezinswoningen: laag", "Kamers: hoog", "Kleine woningen: hoog", "Gezinswoningen: hoog", "Grote gezinswoningen: hoog",
                "Verschil kamers: hoog min laag", "Verschil kleine woningen: hoog min laag", "Verschil gezinswoningen: hoog min laag",
                "Verschil grote gezinswoningen: hoog min laag");
        assertThat(homes.rows().get(0).cells()).extracting(Table.Cell::text).containsExactly("Almelo", "3", "1", "0", "0", "20", "6", "3",
                "0", "17", "5", "3", "0");
        assertThat(homes.rows().get(0).link()).isEqualTo("/dashboard/gemeenten/GM0141");
        assertThat(homes.totals().cells()).extracting(Table.Cell::text).containsExactly("Overijssel", "3", "1", "0", "0", "20", "6", "3",
                "0", "17", "5", "3", "0");
        assertThat(ScenarioPage.homes(overijssel, SECOND, false).rows().get(0).cells()).extracting(Table.Cell::text)
                .containsExactly("Almelo", "–", "–", "–", "–", "18", "5", "0", "0", "–", "–", "–", "–");
    }

    @Test
    void theNationalViewHasTheHomesPerKindPerProvince() {
        Table homes = ScenarioPage.homes(overijssel, FIRST, true);
        assertThat(homes.headers().get(0)).isEqualTo("Provincie");
        assertThat(homes.rows()).singleElement().satisfies(row -> assertThat(row.cells()).extracting(Table.Cell::text)
                .containsExactly("Overijssel", "3", "1", "0", "0", "20", "6", "3", "0", "17", "5", "3", "0"));
        assertThat(homes.totals()).isNull();
    }
}
