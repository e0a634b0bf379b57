package nl.permitholders.supervision.dashboard;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import nl.permitholders.platform.period.Period;
import nl.permitholders.supervision.Callers;
import nl.permitholders.supervision.TestEvents;
import org.junit.jupiter.api.Test;
import nl.permitholders.display.DutchFormat;

/**
 * The Rijk's national page: a row per province with its figures, standings and regimes, leading to the province's
 * overview; the country per half-year with a place for the published figures; for the Rijk only.
 */
@QuarkusTest
class NationalPageTest {

    private final TestEvents events = new TestEvents();
    private final Period current = Period.containing(LocalDate.now(ZoneId.of("Europe/Amsterdam")));

    @Test
    void theRijkSeesEveryProvincesRowAndTheCountryPerHalfYearAndNobodyElseDoes() {
        RestAssured.requestSpecification = null;
        String province = TestEvents.newProvince();
        String town = TestEvents.newMunicipality();
        aProvinceWithATown(province, town, current, 40);
        given().header("Authorization", Callers.as(Callers.issuer().province(province))).contentType(ContentType.JSON)
                .body(Map.of("regime", "HIGH", "decidedOn", LocalDate.now(ZoneId.of("Europe/Amsterdam")).toString(), "reason", "achterstand"))
                .post("/supervision/v1/municipalities/{code}/supervision-regime", town).then().statusCode(201);

        String page = given().header("Authorization", Callers.as(Callers.issuer().rijk())).get("/dashboard/nederland")
                .then().statusCode(200).contentType(containsString("text/html"))
                .body(containsString("Nederland: provincies in het " + Dashboard.dutchPeriod(current)))
                .body(containsString("<a href=\"/dashboard/provincies/" + province + "?periode=" + current + "\">Landprovincie " + province + "</a>"))
                .body(containsString("Nederland per halfjaar"))
                .body(containsString(NationalPage.PUBLISHED))
                .extract().asString();
        String row = page.substring(page.indexOf("data-key=\"" + province + "\""), page.indexOf("</tr>", page.indexOf("data-key=\"" + province + "\"")));
        List<String> cells = Pattern.compile("<td class=\"[^\"]*\" data-sort=\"[^\"]*\">([^<]*)</td>").matcher(row).results()
                .map(m -> m.group(1)).toList();
        // Gemeenten, taakstelling inclusief achterstand, gehuisvest, nog te huisvesten ... and the regimes light, medium, heavy.
        assertThat(cells).startsWith("1", "40", "0", "40");
        assertThat(cells.subList(cells.size() - 3, cells.size())).containsExactly("0", "0", "1");
        // Six half-years, the chosen one first.
        assertThat(page).contains("data-key=\"" + current + "\"", "data-key=\"" + current.previous().previous() + "\"");

        // The map: the test's municipality has no boundaries in the year's file, so it is listed under the map.
        assertThat(page).contains("class=\"kaart-svg\"", "Niet op de kaart", "Stad " + town, "© CBS, Kadaster");
        given().header("Authorization", Callers.as(Callers.issuer().province(province))).get("/dashboard/provincies/{code}", province)
                .then().statusCode(200).body(containsString("data-gebieden=\"0\"")).body(containsString("Stad " + town + "."));

        for (String token : List.of(Callers.issuer().province(province), Callers.issuer().municipality(town))) {
            given().header("Authorization", Callers.as(token)).accept("text/html").get("/dashboard/nederland").then().statusCode(403)
                    .contentType(containsString("text/html")).body(containsString("Deze pagina is niet voor u"));
        }
        given().header("Authorization", Callers.as(Callers.issuer().rijk())).redirects().follow(false).get("/dashboard").then()
                .statusCode(303).header("Location", endsWith("/dashboard/nederland"));
    }

    @Test
    void theCountryPerHalfYearShowsThePositionAsPublishedOnceCoasEndPositionIsAdoptedAndNothingBefore() {
        RestAssured.requestSpecification = null;
        // A half-year after the Rijk's table of NationalSeriesTest (to 2023-I), which the backlog carried on must not change,
        // and at whose deadline no other test adopts anything.
        Period half = Period.parse("2023-H2");
        String province = TestEvents.newProvince();
        String town = TestEvents.newMunicipality();
        aProvinceWithATown(province, town, half, 10);
        String rijk = Callers.as(Callers.issuer().rijk());
        assertThat(cellsOfHalfYear(given().header("Authorization", rijk).queryParam("periode", half.toString()).get("/dashboard/nederland")
                .then().statusCode(200).extract().asString(), half)).last().isEqualTo("–");
        int differenceBefore = nationalSeries(rijk, half).getInt("[0].difference.position");

        // COA published a backlog of 12 at the deadline where the system counts 10; province staff adopt it.
        String staff = Callers.as(Callers.issuer().province(province));
        given().header("Authorization", staff).contentType("text/csv").queryParam("fileName", "coa.csv")
                .body(("Gemeentecode;Gemeente;Peildatum;Taakstelling;Gecorrigeerde taakstelling;Afgemeld;Stand\n" + town + ";Stad " + town
                        + ";" + half.deadline() + ";10;10;0;-12\n").getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .post("/supervision/v1/coa-position-imports").then().statusCode(201);
        given().header("Authorization", staff).contentType(ContentType.JSON)
                .body(Map.of("deadline", half.deadline().toString(), "reason", "COA's stand", "figure", "END_POSITION"))
                .post("/supervision/v1/municipalities/{code}/coa-position-adoptions", town).then().statusCode(201);

        // The column holds the national series' position as published, which counts COA's 12 where the system's own has 10.
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            io.restassured.path.json.JsonPath series = nationalSeries(rijk, half);
            assertThat(series.getInt("[0].difference.position")).isEqualTo(differenceBefore + 2);
            String page = given().header("Authorization", rijk).queryParam("periode", half.toString()).get("/dashboard/nederland")
                    .then().statusCode(200).extract().asString();
            assertThat(cellsOfHalfYear(page, half)).last().isEqualTo(DutchFormat.number(series.getInt("[0].figures.position")));
        });
    }

    /**
     * R3, splits: a municipality split over two others with an open coupling of 5 persons COA has not yet divided. The
     * country's page lists it once as te verdelen, with its receivers' province, and its totals row is the country's
     * count, each split once; neither receiver counts it.
     */
    @Test
    void theCountrysPageShowsTheCouplingsToBeDividedOnceWithTheProvincesOfTheirReceivers() {
        RestAssured.requestSpecification = null;
        String province = TestEvents.SPLITS_PROVINCE;
        String town = TestEvents.newMunicipality();
        String neighbour = TestEvents.newMunicipality();
        String split = TestEvents.newMunicipality();
        events.province(province, "Provincie " + province);
        for (String code : List.of(town, neighbour, split)) {
            events.municipality(code, (code.equals(split) ? "Opgesplitst " : "Stad ") + code, province);
        }
        LocalDate coupled = current.firstDay().minusWeeks(1);
        events.coupling(split, 5, coupled);
        // R8: overdue once 12 weeks have passed since the coupling date
        String overdue = LocalDate.now(ZoneId.of("Europe/Amsterdam")).isBefore(coupled.plusWeeks(12)) ? "0" : "1";
        events.send("quota.events", split, "nl.permitholders.quota.municipality-split.v1", """
                {"splitId":"%s","municipalityCode":"%s","receivers":[{"municipalityCode":"%s","share":600},\
                {"municipalityCode":"%s","share":400}],"effectiveDate":"%s","effectivePeriod":"%s"}"""
                .formatted(java.util.UUID.randomUUID(), split, town, neighbour, current.firstDay(), current));
        String rijk = Callers.as(Callers.issuer().rijk());

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            io.restassured.path.json.JsonPath country = given().header("Authorization", rijk)
                    .get("/supervision/v1/national/periods/{period}", current.toString()).then().statusCode(200).extract().jsonPath();
            String page = given().header("Authorization", rijk).get("/dashboard/nederland").then().statusCode(200).extract().asString();
            assertThat(page).contains("id=\"te-verdelen-uitleg\"", "Te verdelen koppelingen na opsplitsing, " + Dashboard.dutchPeriod(current));
            String table = page.substring(page.indexOf("id=\"te-verdelen\""));
            table = table.substring(0, table.indexOf("</table>"));
            int start = table.indexOf("data-key=\"" + split + "\"");
            assertThat(start).as("a row for the split municipality").isNotNegative();
            String row = table.substring(start, table.indexOf("</tr>", start));
            assertThat(row).contains("Opgesplitst " + split + " (" + split + ")", "Provincie " + province);
            assertThat(cells(row)).containsExactly("1", "5", overdue, "0", "0");
            // the totals row is the country's, as the API counts it: every split once
            String totals = table.substring(table.indexOf("<tfoot>"));
            assertThat(totals).contains("Nederland");
            assertThat(cells(totals)).startsWith(DutchFormat.number(country.getInt("totals.toBeDividedCouplings")),
                    DutchFormat.number(country.getInt("totals.toBeDividedPersons")));
        });
        // neither receiver counts the coupling te verdelen, so no province's row does
        for (String receiver : List.of(town, neighbour)) {
            given().header("Authorization", rijk).get("/supervision/v1/municipalities/{code}/periods/{period}", receiver, current.toString())
                    .then().statusCode(200).body("coupledUnhousedPersons", equalTo(0)).body("toBeDivided[0].persons", equalTo(5));
        }
    }

    /** The numbers of a row, in order. */
    private static List<String> cells(String row) {
        return Pattern.compile("<td class=\"getal\" data-sort=\"[^\"]*\">([^<]*)</td>").matcher(row).results().map(m -> m.group(1)).toList();
    }

    /** The province with the town and its quota in the half-year, once supervision has it. */
    private void aProvinceWithATown(String province, String town, Period half, int quota) {
        events.province(province, "Landprovincie " + province);
        events.municipality(town, "Stad " + town, province);
        events.quota(town, half.toString(), quota, 1);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().header("Authorization", Callers.as(Callers.issuer().rijk()))
                .get("/supervision/v1/municipalities/{code}/periods/{period}", town, half.toString())
                .then().statusCode(200).body("quota", equalTo(quota)));
    }

    private static io.restassured.path.json.JsonPath nationalSeries(String rijk, Period half) {
        return given().header("Authorization", rijk).queryParam("from", half.toString()).queryParam("to", half.toString())
                .get("/supervision/v1/national/series").then().statusCode(200).extract().jsonPath();
    }

    /** The cells of the half-year's row in the country's table, its name left out. */
    private static List<String> cellsOfHalfYear(String page, Period half) {
        String table = page.substring(page.indexOf("id=\"halfjaren\""));
        int start = table.indexOf("data-key=\"" + half + "\"");
        assertThat(start).as("a row for " + half).isNotNegative();
        String row = table.substring(start, table.indexOf("</tr>", start));
        return Pattern.compile("<td class=\"[^\"]*\" data-sort=\"[^\"]*\">([^<]*)</td>").matcher(row).results().map(m -> m.group(1)).toList();
    }
}
