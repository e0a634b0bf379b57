package nl.permitholders.supervision.exchange;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.permitholders.supervision.Callers;
import nl.permitholders.supervision.DashboardForm;
import nl.permitholders.supervision.TestEvents;
import org.junit.jupiter.api.Test;

/**
 * The exchange agreements of a province on the dashboard: where each stands, and the forms with which province staff
 * register or refuse a confirmed one in their own name; a bad choice, a bad reason or an agreement already decided on
 * goes back to the page with the error, changing nothing.
 */
@QuarkusTest
class ExchangesOnTheDashboardTest {

    private static final String PAGE = "/dashboard/provincies/{code}/uitruil";
    private static final String EXCHANGES = "/supervision/v1/exchanges";
    private static final String FIGURES = "/supervision/v1/municipalities/{code}/periods/2026-H1";

    private final TestEvents events = new TestEvents();

    private String province;

    private String town(String code) {
        events.municipality(code, "Gemeente " + code, province);
        events.quota(code, "2026-H1", 20, 1);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().header("Authorization", Callers.as(Callers.issuer().rijk()))
                .get(FIGURES, code).then().statusCode(200).body("quota", equalTo(20)));
        return code;
    }

    private static RequestSpecification as(String token) {
        return given().header("Authorization", Callers.as(token)).contentType(ContentType.JSON);
    }

    /** Proposed by the first, confirmed by the second: waiting for the province. */
    private static String confirmed(String taker, String giver, int persons) {
        String id = as(Callers.issuer().municipality(taker)).body(Map.of("period", "2026-H1", "reason", "afspraak in de regio",
                        "changes", List.of(Map.of("municipalityCode", taker, "delta", persons, "backlogTransfer", 0),
                                Map.of("municipalityCode", giver, "delta", -persons, "backlogTransfer", 0))))
                .post(EXCHANGES).then().statusCode(201).extract().path("id");
        as(Callers.issuer().municipality(giver)).post(EXCHANGES + "/{id}/confirm", id).then().statusCode(200);
        return id;
    }

    private RequestSpecification staff() {
        return given().header("Authorization", Callers.as(Callers.issuer().province(province)));
    }

    private RequestSpecification form(String formToken, String cookieToken) {
        return DashboardForm.posted(staff(), formToken, cookieToken).header("Origin", "http://localhost:" + RestAssured.port);
    }

    @Test
    void provinceStaffRegisterOrRefuseAConfirmedAgreementFromThePageInTheirOwnName() {
        RestAssured.requestSpecification = null;
        province = TestEvents.newProvince();
        events.province(province, "Provincie " + province);
        String taker = town("GM9786");
        String giver = town("GM9787");
        String other = town("GM9788");
        String toRegister = confirmed(taker, giver, 5);
        String toRefuse = confirmed(other, giver, 2);

        Response opened = staff().get(PAGE, province);
        String html = opened.then().statusCode(200).extract().asString();
        assertThat(html).contains("Uitruil tussen gemeenten", "bevestigd, wacht op registratie",
                "<option value=\"" + toRegister + "\">1e halfjaar 2026: Gemeente " + taker + " taakstelling +5; Gemeente " + giver
                        + " taakstelling -5</option>");
        DashboardForm tokens = DashboardForm.of(opened);
        String formToken = tokens.formToken();
        String cookieToken = tokens.cookieToken();

        form(formToken, cookieToken).formParam("uitruil", "geen-uitruil").post(PAGE + "/registraties", province)
                .then().statusCode(303).header("Location", containsString("fout=keuze"));
        form(formToken, cookieToken).formParam("uitruil", toRefuse).formParam("reden", " ").post(PAGE + "/weigeringen", province)
                .then().statusCode(303).header("Location", containsString("fout=weigering-reden"));
        staff().queryParam("fout", "weigering-reden").get(PAGE, province).then().statusCode(200)
                .body(containsString("Vul de reden van de weigering in"));
        form(formToken, cookieToken).formParam("uitruil", UUID.randomUUID().toString()).post(PAGE + "/registraties", province)
                .then().statusCode(404);
        as(Callers.issuer().rijk()).get(EXCHANGES + "/{id}", toRefuse).then().statusCode(200).body("state", equalTo("CONFIRMED"));

        // 2026-H1 closed on 1 July 2026: registering changes its verdicts, so only with the explicit confirmation.
        form(formToken, cookieToken).formParam("uitruil", toRegister).post(PAGE + "/registraties", province)
                .then().statusCode(303).header("Location", containsString("fout=afgesloten"));
        staff().queryParam("fout", "afgesloten").get(PAGE, province).then().statusCode(200)
                .body(containsString("Bevestig dat uitdrukkelijk om hem toch te registreren."));
        as(Callers.issuer().rijk()).get(EXCHANGES + "/{id}", toRegister).then().statusCode(200).body("state", equalTo("CONFIRMED"));
        form(formToken, cookieToken).formParam("uitruil", toRegister).formParam("afgesloten", "bevestigd")
                .formParam("toelichting", "besluit van de raad kwam na de peildatum").post(PAGE + "/registraties", province)
                .then().statusCode(303).header("Location", containsString("uitruil=geregistreerd"));
        as(Callers.issuer().rijk()).get(EXCHANGES + "/{id}", toRegister).then().statusCode(200).body("state", equalTo("REGISTERED"));
        as(Callers.issuer().rijk()).get(FIGURES, taker).then().statusCode(200).body("adjustedQuota", equalTo(25));
        // Decided on already: back to the page with the error, nothing changed.
        form(formToken, cookieToken).formParam("uitruil", toRegister).post(PAGE + "/registraties", province)
                .then().statusCode(303).header("Location", containsString("fout=staat"));

        form(formToken, cookieToken).formParam("uitruil", toRefuse).formParam("reden", "geen onderbouwing van de regio")
                .post(PAGE + "/weigeringen", province).then().statusCode(303).header("Location", containsString("uitruil=geweigerd"));
        as(Callers.issuer().rijk()).get(EXCHANGES + "/{id}", toRefuse).then().statusCode(200).body("state", equalTo("REFUSED"));

        staff().queryParam("uitruil", "geweigerd").get(PAGE, province).then().statusCode(200)
                .body(containsString("De registratie van de uitruil is geweigerd."))
                .body(containsString("geregistreerd door supervisor-" + province))
                .body(containsString("geweigerd door supervisor-" + province + " op"))
                .body(containsString("geen onderbouwing van de regio"))
                .body(containsString("Er wacht geen uitruil op registratie door de provincie"));
        // The Rijk reads the page but has no form.
        given().header("Authorization", Callers.as(Callers.issuer().rijk())).get(PAGE, province).then().statusCode(200)
                .body(containsString("geregistreerd")).body(not(containsString("Uitruil registreren of weigeren")));

        // The Rijk lowers the giver's quota to 2: 2 - 5 = -3. The page says the registered exchange no longer holds.
        events.quota(giver, "2026-H1", 2, 2);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> as(Callers.issuer().rijk()).get(FIGURES, giver).then()
                .body("adjustedQuota", equalTo(-3)));
        staff().get(PAGE, province).then().statusCode(200)
                .body(containsString("Uitruil die niet meer geldt"))
                .body(containsString("geldt niet meer voor Gemeente " + giver + ": haar gecorrigeerde taakstelling is -3 "
                        + "(meegenomen achterstand 0, taakstelling 2, uitgeruild -5)"))
                .body(containsString("geregistreerd, geldt niet meer voor Gemeente " + giver));
        // The giver, a party, reads the same on its own exchange page.
        given().header("Authorization", Callers.as(Callers.issuer().municipality(giver)))
                .get("/dashboard/gemeenten/{code}/uitruil", giver).then().statusCode(200)
                .body(containsString("Uitruil die niet meer geldt"))
                .body(containsString("geldt niet meer voor Gemeente " + giver + ": haar gecorrigeerde taakstelling is -3"));
    }
}
