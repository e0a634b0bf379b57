package nl.permitholders.supervision.dashboard;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;
import nl.permitholders.supervision.Callers;
import nl.permitholders.supervision.TestEvents;
import org.junit.jupiter.api.Test;

/**
 * The map coloured by the backlog per 1,000 inhabitants: populations received from quota.events (the highest version
 * on the latest reference date on or before the half-year's start), the class of each municipality, the unknown shown as
 * such (also for the continuing municipality of a merger), and the table's column beside it.
 */
@QuarkusTest
class MapPerThousandTest {

    private static final String HALF = "2031-H1";
    // Real codes, so that the map draws them from the boundaries: Dalfsen, Hardenberg, Hellendoorn.
    private static final String DALFSEN = "GM0148";
    private static final String HARDENBERG = "GM0160";
    private static final String HELLENDOORN = "GM0163";

    private final TestEvents events = new TestEvents();

    @Test
    void theMapIsColouredByTheBacklogPerThousandInhabitantsOnChoiceWithTheTableBesideIt() {
        RestAssured.requestSpecification = null;
        String province = TestEvents.newProvince();
        String before = TestEvents.newMunicipality();
        String alsoBefore = TestEvents.newMunicipality();
        String continuing = TestEvents.newMunicipality();
        events.province(province, "Proefprovincie " + province);
        events.municipality(DALFSEN, "Dalfsen", province);
        events.municipality(HARDENBERG, "Hardenberg", province);
        events.municipality(HELLENDOORN, "Hellendoorn", province);
        events.municipality(before, "Oud " + before, province);
        events.municipality(alsoBefore, "Oud " + alsoBefore, province);
        events.municipality(continuing, "Nieuw " + continuing, province);
        events.quota(DALFSEN, HALF, 30, 1);
        events.quota(HARDENBERG, HALF, 100, 1);
        events.quota(HELLENDOORN, HALF, 20, 1);
        events.quota(before, HALF, 10, 1);
        events.quota(alsoBefore, HALF, 5, 1);

        events.population(DALFSEN, "2031-01-01", 30_000, 1);
        // Not on or before the half-year's start: not used.
        events.population(DALFSEN, "2032-01-01", 90_000, 1);
        // The correction arrives before the first figure: the highest version stands.
        events.population(HARDENBERG, "2031-01-01", 50_000, 2);
        events.population(HARDENBERG, "2031-01-01", 40_000, 1);
        events.population(HARDENBERG, "2030-01-01", 62_000, 1);
        // Only a figure of the year before: not known on the reference date the map uses.
        events.population(HELLENDOORN, "2030-01-01", 35_000, 1);
        events.population(before, "2031-01-01", 20_000, 1);
        events.population(alsoBefore, "2031-01-01", 10_000, 1);
        // The two merge into a new municipality, whose population nobody has published yet.
        events.merger(continuing, List.of(before, alsoBefore), LocalDate.of(2031, 1, 1));

        String staff = Callers.as(Callers.issuer().province(province));
        String path = "/dashboard/provincies/" + province;
        String page = await().atMost(Duration.ofSeconds(30)).until(() -> given().header("Authorization", staff)
                .queryParam("periode", HALF).queryParam("kaart", "inwoners").get(path).then().statusCode(200).extract().asString(),
                p -> p.contains("data-key=\"" + HARDENBERG + "\" data-kleur=\"inw-4\"") && p.contains("Nieuw " + continuing)
                        && !p.contains("Oud " + before));

        // Dalfsen: 30 still to house among 30,000 inhabitants; Hardenberg 100 among 50,000 (its second version).
        assertThat(area(page, DALFSEN)).contains("data-kleur=\"inw-3\"")
                .contains("aria-label=\"Dalfsen: nog te huisvesten 30, 1,0 per 1.000 inwoners (30.000 inwoners)\"");
        assertThat(area(page, HARDENBERG)).contains("2,0 per 1.000 inwoners (50.000 inwoners)").contains("class=\"kaart-inw-4\"");
        assertThat(area(page, HELLENDOORN)).contains("data-kleur=\"inw-onbekend\"")
                .contains("Hellendoorn: nog te huisvesten 20, geen inwonertal bekend");
        assertThat(page).contains("Kaart: nog te huisvesten per 1.000 inwoners", "Inwonertallen van het CBS op 1 januari 2031",
                "2 of meer per 1.000 inwoners (gearceerd)", "geen inwonertal bekend (grijs gearceerd)", "id=\"arcering-onbekend\"",
                "<strong aria-current=\"true\">achterstand per 1.000 inwoners</strong>",
                "<a href=\"" + path + "?periode=" + HALF + "#kaart\" data-kaart-keuze>schemakleur</a>",
                "<input type=\"hidden\" name=\"kaart\" value=\"inwoners\">");

        // The table beside the map: the figure as its last column; the merger's continuing municipality has none.
        assertThat(page).contains("<th scope=\"col\" aria-sort=\"none\"><button type=\"button\" class=\"sort\" data-column=\""
                + OverviewPage.HEADERS.size() + "\">" + OverviewPage.PER_THOUSAND);
        assertThat(cells(page, DALFSEN)).last().isEqualTo("1,0");
        assertThat(cells(page, HARDENBERG)).last().isEqualTo("2,0");
        assertThat(cells(page, HELLENDOORN)).last().isEqualTo("geen inwonertal bekend");
        assertThat(cells(page, continuing)).last().isEqualTo("geen inwonertal bekend");

        // By default the map shows the schedule colour, the table has no such column, and the choice is a link.
        String plain = given().header("Authorization", staff).queryParam("periode", HALF).get(path).then().statusCode(200)
                .extract().asString();
        assertThat(area(plain, DALFSEN)).containsPattern("data-kleur=\"(groen|oranje|rood)\"");
        assertThat(plain).contains("<a href=\"" + path + "?periode=" + HALF + "&amp;kaart=inwoners#kaart\" data-kaart-keuze>",
                        "Kaart: de schemakleur per gemeente")
                .doesNotContain(OverviewPage.PER_THOUSAND, "Inwonertallen van het CBS");

        // The national page offers the same choice; the province's figure needs every municipality's population.
        String national = given().header("Authorization", Callers.as(Callers.issuer().rijk())).queryParam("periode", HALF)
                .queryParam("kaart", "inwoners").get("/dashboard/nederland").then().statusCode(200).extract().asString();
        assertThat(area(national, DALFSEN)).contains("data-kleur=\"inw-3\"");
        assertThat(cells(national, province)).last().isEqualTo("geen inwonertal bekend");

        // A colouring no link offers is refused in Dutch, in the dashboard's frame.
        given().header("Authorization", staff).accept("text/html").queryParam("periode", HALF).queryParam("kaart", "bevolking")
                .get(path).then().statusCode(400).contentType(containsString("text/html")).body(containsString("Dit kon niet worden verwerkt"));
    }

    /** The map's link of a municipality, up to its path's class. */
    private static String area(String page, String code) {
        int key = page.indexOf("data-key=\"" + code + "\" data-kleur=");
        assertThat(key).as("an area for " + code).isNotNegative();
        return page.substring(page.lastIndexOf("<a ", key), page.indexOf("</a>", key));
    }

    /** The cells of a row of the table, its name left out. */
    private static List<String> cells(String page, String key) {
        int start = page.indexOf("<tr data-key=\"" + key + "\"");
        assertThat(start).as("a row for " + key).isNotNegative();
        String row = page.substring(start, page.indexOf("</tr>", start));
        return Pattern.compile("<td class=\"[^\"]*\" data-sort=\"[^\"]*\">([^<]*)</td>").matcher(row).results().map(m -> m.group(1)).toList();
    }
}
