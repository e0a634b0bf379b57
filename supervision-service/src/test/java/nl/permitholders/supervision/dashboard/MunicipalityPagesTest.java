package nl.permitholders.supervision.dashboard;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import nl.permitholders.platform.period.Period;
import nl.permitholders.supervision.Callers;
import nl.permitholders.supervision.DashboardForm;
import nl.permitholders.supervision.TestEvents;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import nl.permitholders.display.DutchFormat;

/**
 * A municipality's own pages: its figures with the couplings on the 12-week clock, the province's letters and its
 * exchange agreements with the forms a municipality may use; another municipality's pages are refused, by link and by
 * URL, with a Dutch page, and a refused form stores nothing.
 */
@QuarkusTest
class MunicipalityPagesTest {

    private static final String EXCHANGES = "/supervision/v1/municipalities/{code}/exchanges";
    private static final String PROVINCE = TestEvents.newProvince();
    private static final String BROWSER = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

    private final TestEvents events = new TestEvents();
    private final LocalDate today = LocalDate.now(ZoneId.of("Europe/Amsterdam"));
    private final Period current = Period.containing(today);

    private String town;
    private String neighbour;

    @BeforeEach
    void twoMunicipalitiesOfOneProvince() {
        RestAssured.requestSpecification = null;
        events.province(PROVINCE, "Testprovincie " + PROVINCE);
        town = municipality();
        neighbour = municipality();
    }

    private String municipality() {
        String code = TestEvents.newMunicipality();
        events.municipality(code, "Dorp " + code, PROVINCE);
        events.quota(code, current.toString(), 30, 1);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> as(Callers.issuer().rijk())
                .get("/supervision/v1/municipalities/{code}/periods/{period}", code, current.toString())
                .then().statusCode(200).body("quota", equalTo(30)).body("municipalityName", equalTo("Dorp " + code)));
        return code;
    }

    /** As a browser asks, for HTML first: a failure then comes as a page, not as problem+json. */
    private static RequestSpecification as(String token) {
        return given().header("Authorization", Callers.as(token)).accept(BROWSER);
    }

    private RequestSpecification officer() {
        return as(Callers.issuer().municipality(town));
    }

    @Test
    void theOfficerLandsOnItsOwnPageWithTheCouplingsRunningOutFirstOnTop() {
        // Coupled 13 weeks ago (overdue), 10 weeks ago (runs out within 4 weeks) and a week ago; the middle one half housed.
        events.coupling(town, 1, today.minusWeeks(1));
        events.coupling(town, 2, today.minusWeeks(13));
        java.util.UUID family = events.coupling(town, 4, today.minusWeeks(10));
        events.placement(town, family, 2, today.minusDays(1), "INTERMEDIATE");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> as(Callers.issuer().rijk())
                .get("/supervision/v1/municipalities/{code}/periods/{period}", town, current.toString())
                .then().statusCode(200).body("coupledUnhousedPersons", equalTo(5)));

        officer().redirects().follow(false).get("/dashboard").then().statusCode(303)
                .header("Location", endsWith("/dashboard/gemeenten/" + town));
        String page = officer().get("/dashboard/gemeenten/{code}", town).then().statusCode(200)
                .contentType(containsString("text/html"))
                .body(containsString("Koppelingen op de termijn van 12 weken"))
                .body(containsString("Uitruil met andere gemeenten"))
                .body(containsString("De provincie heeft nog geen oordeelsbrief aan deze gemeente verzonden."))
                // Only province staff decide.
                .body(not(containsString("Besluit vastleggen")))
                .extract().asString();
        String clock = page.substring(page.indexOf("id=\"termijnen\""), page.indexOf("</table>", page.indexOf("id=\"termijnen\"")));
        List<String> standings = Pattern.compile("<td class=\"(termijn-[a-z]+)?\" data-sort=\"[^\"]*\">([a-z0-9 ]+)</td></tr>")
                .matcher(clock).results().map(m -> m.group(2)).toList();
        assertThat(standings).containsExactly("over termijn", "loopt binnen 4 weken af", "binnen termijn");
        assertThat(clock).contains(DutchFormat.date(today.minusWeeks(13).plusWeeks(12)), "Gezin", "Alleenstaande");
    }

    @Test
    void anotherMunicipalitysPagesAreADutchRefusalByUrlWhileTheApiKeepsProblemJson() {
        for (String path : List.of("/dashboard/gemeenten/" + neighbour, "/dashboard/gemeenten/" + neighbour + "/uitruil",
                "/dashboard/gemeenten/" + neighbour + "/detail.csv", "/dashboard/provincies/" + PROVINCE,
                "/dashboard/provincies/" + PROVINCE + "/uitruil")) {
            officer().get(path).then().statusCode(403).contentType(containsString("text/html"))
                    .body(containsString("<html lang=\"nl\">"))
                    .body(containsString("Deze pagina is niet voor u"))
                    .body(containsString("href=\"/dashboard\""))
                    .body(not(containsString("Dorp " + neighbour)));
        }
        officer().get("/supervision/v1/municipalities/{code}/periods/{period}", neighbour, current.toString())
                .then().statusCode(403).contentType(containsString("application/problem+json")).body("status", equalTo(403));
        // A script calling a dashboard address without asking for HTML gets the problem too.
        given().header("Authorization", Callers.as(Callers.issuer().municipality(town))).get("/dashboard/gemeenten/{code}", neighbour)
                .then().statusCode(403).contentType(containsString("application/problem+json"));
        // A letter not sent yet is not the municipality's to read.
        officer().get("/dashboard/gemeenten/{code}/verzonden-brieven/{deadline}", town, current.previous().deadline().toString())
                .then().statusCode(404).contentType(containsString("text/html")).body(containsString("nog niets bekend"));
    }

    @Test
    void everyFailureOnADashboardPageIsADutchPageWithAWayOn() {
        String empty = TestEvents.newProvince();
        as(Callers.issuer().province(empty)).get("/dashboard/provincies/{code}", empty).then().statusCode(404)
                .contentType(containsString("text/html"))
                .body(containsString("Over deze provincie is nog niets bekend"))
                .body(containsString("/dashboard/provincies/" + empty + "/afstemming-coa"))
                .body(not(containsString("about:blank")));
        // Not signed in: the sign-in sends a browser to the login page (DashboardInBrowserIT); without it, refused.
        given().accept(BROWSER).get("/dashboard/gemeenten/{code}", town).then().statusCode(401);
        officer().get("/dashboard/gemeenten/{code}?periode=2025-H3", town).then().statusCode(400)
                .contentType(containsString("text/html")).body(containsString("Dit kon niet worden verwerkt"));
        officer().get("/dashboard/bestaat-niet").then().statusCode(404).contentType(containsString("text/html"))
                .body(containsString("Deze pagina bestaat niet"));
        given().accept(BROWSER).get("/dashboard/afgemeld").then().statusCode(200).body(containsString("U bent afgemeld"))
                .body(containsString("Opnieuw aanmelden"));
        // The API answers the same failures with problem+json.
        given().get("/supervision/v1/municipalities/{code}/periods/{period}", town, current.toString()).then().statusCode(401)
                .contentType(containsString("application/problem+json"));
    }

    @Test
    void theOfficerProposesAndTheNeighbourConfirmsFromThePageWhileARefusedFormStoresNothing() {
        Response opened = officer().get("/dashboard/gemeenten/{code}/uitruil", town);
        String html = opened.then().statusCode(200).body(containsString("Uitruil voorstellen"))
                .body(containsString("<option value=\"" + neighbour + "\">Dorp " + neighbour + "</option>")).extract().asString();
        DashboardForm tokens = DashboardForm.of(opened);
        String formToken = tokens.formToken();
        String cookieToken = tokens.cookieToken();

        // A hostile count in an otherwise valid proposal: refused with the Dutch message, nothing stored.
        form(town, formToken, cookieToken).formParam("partner", neighbour).formParam("periode", current.toString())
                .formParam("richting", "OVERNEMEN").formParam("personen", "-3").formParam("reden", "regionale afspraak")
                .post("/dashboard/gemeenten/{code}/uitruil/voorstellen", town)
                .then().statusCode(303).header("Location", containsString("fout=personen"));
        officer().queryParam("fout", "personen").get("/dashboard/gemeenten/{code}/uitruil", town).then().statusCode(200)
                .body(containsString("Vul het aantal personen in"));
        // More than the neighbour's quota: the rule refuses it, nothing stored.
        form(town, formToken, cookieToken).formParam("partner", neighbour).formParam("periode", current.toString())
                .formParam("richting", "OVERNEMEN").formParam("personen", "31").formParam("reden", "regionale afspraak")
                .post("/dashboard/gemeenten/{code}/uitruil/voorstellen", town)
                .then().statusCode(303).header("Location", containsString("fout=controle"));
        officer().get(EXCHANGES, town).then().statusCode(200).body("$", hasSize(0));
        // Proposing in the neighbour's name, by URL, is refused.
        form(town, formToken, cookieToken).formParam("partner", town).formParam("periode", current.toString())
                .formParam("richting", "OVERNEMEN").formParam("personen", "3").formParam("reden", "regionale afspraak")
                .post("/dashboard/gemeenten/{code}/uitruil/voorstellen", neighbour)
                .then().statusCode(403).contentType(containsString("text/html"));

        form(town, formToken, cookieToken).formParam("partner", neighbour).formParam("periode", current.toString())
                .formParam("richting", "OVERNEMEN").formParam("personen", "3").formParam("reden", "regionale afspraak")
                .post("/dashboard/gemeenten/{code}/uitruil/voorstellen", town)
                .then().statusCode(303).header("Location", containsString("uitruil=voorgesteld"));
        String id = officer().get(EXCHANGES, town).then().statusCode(200).body("$", hasSize(1))
                .body("[0].proposedBy", equalTo(town)).body("[0].changes[0].delta", equalTo(3)).extract().path("[0].id");

        // The proposer cannot confirm its own proposal; the neighbour can.
        form(town, formToken, cookieToken).formParam("uitruil", id).post("/dashboard/gemeenten/{code}/uitruil/bevestigingen", town)
                .then().statusCode(303).header("Location", containsString("fout="));
        as(Callers.issuer().municipality(neighbour)).get("/dashboard/gemeenten/{code}/uitruil", neighbour).then().statusCode(200)
                .body(containsString("<option value=\"" + id + "\">"));
        form(neighbour, formToken, cookieToken).formParam("uitruil", id)
                .post("/dashboard/gemeenten/{code}/uitruil/bevestigingen", neighbour)
                .then().statusCode(303).header("Location", containsString("uitruil=bevestigd"));
        as(Callers.issuer().rijk()).get("/supervision/v1/exchanges/{id}", id).then().statusCode(200)
                .body("state", equalTo("CONFIRMED"));
        officer().queryParam("uitruil", "bevestigd").get("/dashboard/gemeenten/{code}/uitruil", town).then().statusCode(200)
                .body(containsString("bevestigd, wacht op registratie"));
    }

    @Test
    void thePlacementFormRefusesBadInputAndOtherTenantsBeforeAnythingIsSentAndSaysSoWhenPlacementServiceIsUnreachable() {
        java.util.UUID coupling = events.coupling(town, 3, today.minusWeeks(2));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> as(Callers.issuer().rijk())
                .get("/supervision/v1/municipalities/{code}/periods/{period}", town, current.toString())
                .then().statusCode(200).body("coupledUnhousedPersons", equalTo(3)));
        Response opened = officer().get("/dashboard/gemeenten/{code}", town);
        String html = opened.then().statusCode(200).body(containsString("Plaatsing vastleggen"))
                .body(containsString("<option value=\"" + coupling + "\">")).extract().asString();
        DashboardForm tokens = DashboardForm.of(opened);
        String formToken = tokens.formToken();
        String cookieToken = tokens.cookieToken();
        // Province staff see the clock but record nothing for the municipality.
        as(Callers.issuer().province(PROVINCE)).get("/dashboard/gemeenten/{code}", town).then().statusCode(200)
                .body(containsString("Koppelingen op de termijn van 12 weken")).body(not(containsString("Plaatsing vastleggen")));

        refusesEach(tokens, "/dashboard/gemeenten/{code}/plaatsingen", Map.of("koppeling", coupling.toString(),
                        "gehuisvest-op", today.toString(), "personen", "3", "woning", "REGULAR"),
                List.of(Map.entry("personen", "31"), Map.entry("gehuisvest-op", "2026-02-30"), Map.entry("koppeling", "GM0141"),
                        Map.entry("woning", "PALEIS")),
                "plaatsing", Map.of("personen", "personen", "gehuisvest-op", "datum", "koppeling", "koppeling", "woning", "woning"));
        officer().queryParam("fout", "plaatsing-personen").get("/dashboard/gemeenten/{code}", town).then().statusCode(200)
                .body(containsString("Vul het aantal gehuisveste personen in"));
        // Another municipality's officer, by URL, and province staff: refused.
        form(neighbour, formToken, cookieToken).formParam("koppeling", coupling.toString()).formParam("gehuisvest-op", today.toString())
                .formParam("personen", "3").formParam("woning", "REGULAR").post("/dashboard/gemeenten/{code}/plaatsingen", town)
                .then().statusCode(403).contentType(containsString("text/html"));
        DashboardForm.posted(as(Callers.issuer().province(PROVINCE)), formToken, cookieToken)
                .header("Origin", "http://localhost:" + RestAssured.port)
                .formParam("koppeling", coupling.toString()).formParam("gehuisvest-op", today.toString())
                .formParam("personen", "3").formParam("woning", "REGULAR").post("/dashboard/gemeenten/{code}/plaatsingen", town)
                .then().statusCode(403);
        // A valid placement while placement-service cannot be reached: said so, nothing recorded.
        form(town, formToken, cookieToken).formParam("koppeling", coupling.toString()).formParam("gehuisvest-op", today.toString())
                .formParam("personen", "3").formParam("woning", "REGULAR").post("/dashboard/gemeenten/{code}/plaatsingen", town)
                .then().statusCode(303).header("Location", containsString("fout=plaatsing-onbereikbaar"));
        as(Callers.issuer().rijk()).get("/supervision/v1/municipalities/{code}/periods/{period}", town, current.toString())
                .then().statusCode(200).body("coupledUnhousedPersons", equalTo(3)).body("housed", equalTo(0));
    }

    @Test
    void theWaitingListAndVacantUnitsSayWhenUnreachableWhileOfferAndDeclineFormsRefuseBadInputAndOtherTenantsBeforeSending() {
        java.util.UUID coupling = events.coupling(town, 3, today.minusWeeks(2));
        java.util.UUID neighboursCoupling = events.coupling(neighbour, 2, today.minusWeeks(2));
        for (String code : List.of(town, neighbour)) {
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> as(Callers.issuer().rijk())
                    .get("/supervision/v1/municipalities/{code}/periods/{period}", code, current.toString())
                    .then().statusCode(200).body("coupledUnhousedPersons", equalTo(code.equals(town) ? 3 : 2)));
        }
        // placement-service and housing-stock cannot be reached here: the page says so and shows everything else.
        Response opened = officer().get("/dashboard/gemeenten/{code}", town);
        String html = opened.then().statusCode(200).body(containsString("Wachtlijst en aanbiedingen"))
                .body(containsString(HousingPanel.PLACEMENT_UNAVAILABLE))
                .body(containsString(HousingPanel.UNITS_UNAVAILABLE))
                .body(containsString("Koppelingen op de termijn van 12 weken")).body(containsString("Plaatsing vastleggen"))
                .body(not(containsString("Woning aanbieden"))).body(not(containsString("Exception")))
                .extract().asString();
        DashboardForm tokens = DashboardForm.of(opened);
        String formToken = tokens.formToken();
        String cookieToken = tokens.cookieToken();
        // Province staff have no waiting list of the municipality's to read: the section is the officers' alone.
        as(Callers.issuer().province(PROVINCE)).get("/dashboard/gemeenten/{code}", town).then().statusCode(200)
                .body(not(containsString("Wachtlijst en aanbiedingen")));

        Map<String, String> valid = Map.of("koppeling", coupling.toString(), "woning", java.util.UUID.randomUUID().toString(),
                "aangeboden-op", today.toString());
        refusesEach(tokens, "/dashboard/gemeenten/{code}/aanbiedingen", valid,
                List.of(Map.entry("koppeling", "GM0141"), Map.entry("woning", "../units"), Map.entry("aangeboden-op", "2026-02-30"),
                        Map.entry("aangeboden-op", today.plusDays(1).toString())),
                "aanbod", Map.of("koppeling", "koppeling", "woning", "woning", "aangeboden-op", "datum"));
        officer().queryParam("fout", "aanbod-past-niet").get("/dashboard/gemeenten/{code}", town).then().statusCode(200)
                .body(containsString("Deze woning kan niet aan deze koppeling worden aangeboden"));
        // Another municipality's coupling from the own page: refused without asking placement-service (else "onbereikbaar").
        Map<String, String> others = new java.util.HashMap<>(valid);
        others.put("koppeling", neighboursCoupling.toString());
        form(town, formToken, cookieToken).formParams(others).post("/dashboard/gemeenten/{code}/aanbiedingen", town)
                .then().statusCode(303).header("Location", containsString("fout=aanbod-niet-toegestaan"));
        // Another municipality's officer by URL: a Dutch refusal page.
        form(neighbour, formToken, cookieToken).formParams(valid).post("/dashboard/gemeenten/{code}/aanbiedingen", town)
                .then().statusCode(403).contentType(containsString("text/html"));
        // A valid offer while placement-service cannot be reached: said so.
        form(town, formToken, cookieToken).formParams(valid).post("/dashboard/gemeenten/{code}/aanbiedingen", town)
                .then().statusCode(303).header("Location", containsString("fout=aanbod-onbereikbaar"));

        String offerId = java.util.UUID.randomUUID().toString();
        Map<String, String> decline = Map.of("aanbod", coupling + "/" + offerId, "reden", "HOUSEHOLD_DECLINED",
                "afgewezen-op", today.toString(), "toelichting", "te ver van school");
        refusesEach(tokens, "/dashboard/gemeenten/{code}/afwijzingen", decline,
                List.of(Map.entry("aanbod", coupling.toString()), Map.entry("aanbod", coupling + "/x"), Map.entry("reden", "PALEIS"),
                        Map.entry("afgewezen-op", "26-11-2026"), Map.entry("toelichting", "x".repeat(501)),
                        Map.entry("toelichting", "te ver\u0000 van school")),
                "afwijzing", Map.of("aanbod", "keuze", "reden", "reden", "afgewezen-op", "datum", "toelichting", "toelichting"));
        officer().queryParam("fout", "afwijzing-reden").get("/dashboard/gemeenten/{code}", town).then().statusCode(200)
                .body(containsString("Kies de reden van de afwijzing."));
        Map<String, String> othersOffer = new java.util.HashMap<>(decline);
        othersOffer.put("aanbod", neighboursCoupling + "/" + offerId);
        form(town, formToken, cookieToken).formParams(othersOffer).post("/dashboard/gemeenten/{code}/afwijzingen", town)
                .then().statusCode(303).header("Location", containsString("fout=afwijzing-niet-toegestaan"));
        form(neighbour, formToken, cookieToken).formParams(decline).post("/dashboard/gemeenten/{code}/afwijzingen", town)
                .then().statusCode(403).contentType(containsString("text/html"));
        form(town, formToken, cookieToken).formParams(decline).post("/dashboard/gemeenten/{code}/afwijzingen", town)
                .then().statusCode(303).header("Location", containsString("fout=afwijzing-onbereikbaar"));
        // Without the form's token nothing is taken.
        as(Callers.issuer().municipality(town)).redirects().follow(false).contentType("application/x-www-form-urlencoded")
                .header("Origin", "http://localhost:" + RestAssured.port).formParams(valid)
                .post("/dashboard/gemeenten/{code}/aanbiedingen", town).then().statusCode(400);
        officer().queryParam("aanbod", "afgewezen").get("/dashboard/gemeenten/{code}", town).then().statusCode(200)
                .body(containsString(DetailPageResource.OFFER_DECLINED));
    }

    /**
     * Each hostile value, in an otherwise valid form of the town's officer, sends the browser back with the form's error
     * for that field (prefix-code), so that the refusal is about that value.
     */
    private void refusesEach(DashboardForm tokens, String path, Map<String, String> valid, List<Map.Entry<String, String>> hostile,
                             String prefix, Map<String, String> errorOf) {
        for (Map.Entry<String, String> value : hostile) {
            Map<String, String> fields = new java.util.HashMap<>(valid);
            fields.put(value.getKey(), value.getValue());
            form(town, tokens.formToken(), tokens.cookieToken()).formParams(fields).post(path, town)
                    .then().statusCode(303).header("Location", containsString("fout=" + prefix + "-" + errorOf.get(value.getKey())));
        }
    }

    private static RequestSpecification form(String municipality, String formToken, String cookieToken) {
        return DashboardForm.posted(as(Callers.issuer().municipality(municipality)), formToken, cookieToken)
                .header("Origin", "http://localhost:" + RestAssured.port);
    }
}
