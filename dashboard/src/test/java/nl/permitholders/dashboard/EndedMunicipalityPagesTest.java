package nl.permitholders.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * A municipality that has ended, on its pages (R3): its own half-year's page says at the top when it ended and what it
 * became, each successor a link to its page of the half-year it ended in, lists only its own half-years and offers no
 * form; its page of a later half-year (supervision's 410) says the same by name. An existing municipality's page is as
 * before. Through the dashboard's real resource, REST client and templates, on supervision's answers recorded in the
 * shape its API writes them ({@link RecordedSupervision}: getMunicipalityLifespan as LifespanView and supervision's
 * EndedMunicipalityTest give it, a 410 as its EndedProblem writes it).
 */
@QuarkusTest
@TestProfile(EndedMunicipalityPagesTest.AnsweredByRecordedSupervision.class)
class EndedMunicipalityPagesTest {

    /** The test issuer's bearer tokens, and supervision answering with its recorded answers. */
    public static class AnsweredByRecordedSupervision extends FormsRefuseBeforeSendingTest.BearerTokensOfATestIssuer {
        @Override
        public Map<String, String> getConfigOverrides() {
            Map<String, String> config = new java.util.LinkedHashMap<>(super.getConfigOverrides());
            config.put("quarkus.rest-client.supervision.url", RecordedSupervision.url());
            config.put("quarkus.rest-client.quota.url", RecordedSupervision.url());
            return config;
        }
    }

    private static final Pattern OPTION = Pattern.compile("<option value=\"([^\"]+)\"");
    private static final Pattern POSTED_FORM = Pattern.compile("<form method=\"post\"");

    @TestHTTPResource("/")
    URI root;

    private final HttpClient http = HttpClient.newHttpClient();

    private HttpResponse<String> page(String province, String path) throws Exception {
        return pageAs(FormsRefuseBeforeSendingTest.issuer().province(province), path);
    }

    private HttpResponse<String> pageAs(String token, String path) throws Exception {
        return http.send(HttpRequest.newBuilder(root.resolve(path)).header("Authorization", "Bearer " + token)
                .header("Accept", "text/html").build(), HttpResponse.BodyHandlers.ofString());
    }

    private static List<String> halfYearsOffered(String html) {
        return OPTION.matcher(html.substring(html.indexOf("<select id=\"periode\""), html.indexOf("</select>"))).results()
                .map(m -> m.group(1)).toList();
    }

    @Test
    void aMergedMunicipalitysOwnHalfYearSaysWhatItMergedIntoListsItsOwnHalfYearsAndOffersNoForm() throws Exception {
        HttpResponse<String> weesp = page("PV27", "dashboard/gemeenten/GM0457?periode=2021-H2");

        assertThat(weesp.statusCode()).isEqualTo(200);
        assertThat(weesp.body()).contains("<h1>Weesp in het 2e halfjaar 2021</h1>", "<h2 id=\"opgeheven-kop\">Opgeheven op 24 maart 2022</h2>",
                "Weesp is op 24 maart 2022 samengevoegd met <a href=\"/dashboard/gemeenten/GM0363?periode=2022-H1\" class=\"opvolger\">Amsterdam</a>.",
                "Vanaf het 1e halfjaar 2022 zijn haar cijfers die van Amsterdam",
                "Hier staan haar eigen halfjaren: van het 2e halfjaar 2020 tot en met het 2e halfjaar 2021.",
                "<p id=\"geen-formulieren\">Omdat Weesp niet meer bestaat, staan op deze pagina geen formulieren");
        assertThat(weesp.body().indexOf("id=\"opgeheven\"")).as("the banner is at the top, above the figures")
                .isLessThan(weesp.body().indexOf("id=\"cijfers-kop\""));
        assertThat(halfYearsOffered(weesp.body())).containsExactly("2021-H2", "2021-H1", "2020-H2");
        assertThat(POSTED_FORM.matcher(weesp.body()).find()).as("a form on an ended municipality's page").isFalse();
        assertThat(weesp.body()).doesNotContain("action=\"/dashboard/gemeenten/GM0457/");

        // Its own officers' page has neither the placement forms nor the offers' (placement-service cannot be reached
        // here, which would otherwise be said in the panel).
        HttpResponse<String> officers = pageAs(FormsRefuseBeforeSendingTest.issuer().municipality("GM0457"),
                "dashboard/gemeenten/GM0457?periode=2021-H2");
        assertThat(officers.statusCode()).isEqualTo(200);
        assertThat(officers.body()).contains("id=\"opgeheven\"").doesNotContain("id=\"vastleggen\"", "id=\"aanbieden\"",
                "href=\"#aanbieden-kop\"");
        assertThat(POSTED_FORM.matcher(officers.body()).find()).isFalse();
    }

    @Test
    void withoutAHalfYearAnEndedMunicipalitysPageIsItsLastOwnHalfYear() throws Exception {
        HttpResponse<String> weesp = page("PV27", "dashboard/gemeenten/GM0457");

        assertThat(weesp.statusCode()).isEqualTo(200);
        assertThat(weesp.body()).contains("<h1>Weesp in het 2e halfjaar 2021</h1>", "id=\"opgeheven\"");
        assertThat(halfYearsOffered(weesp.body())).startsWith("2021-H2");
    }

    @Test
    void anEndedMunicipalitysExchangePageSaysWhatItBecameAndOffersItsOwnOfficersNoForm() throws Exception {
        HttpResponse<String> weesp = pageAs(FormsRefuseBeforeSendingTest.issuer().municipality("GM0457"), "dashboard/gemeenten/GM0457/uitruil");

        assertThat(weesp.statusCode()).isEqualTo(200);
        assertThat(weesp.body()).contains("<h1>Weesp: uitruil met andere gemeenten</h1>",
                "Weesp is op 24 maart 2022 samengevoegd met <a href=\"/dashboard/gemeenten/GM0363?periode=2022-H1\" class=\"opvolger\">Amsterdam</a>.",
                "uitruil wordt voorgesteld en bevestigd door Amsterdam.");
        assertThat(POSTED_FORM.matcher(weesp.body()).find()).as("a form on an ended municipality's exchange page").isFalse();

        HttpResponse<String> almelo = pageAs(FormsRefuseBeforeSendingTest.issuer().municipality("GM0141"), "dashboard/gemeenten/GM0141/uitruil");
        assertThat(almelo.statusCode()).isEqualTo(200);
        assertThat(almelo.body()).doesNotContain("id=\"opgeheven-wat\"");
        assertThat(POSTED_FORM.matcher(almelo.body()).find()).as("the proposal form of an existing municipality's officers").isTrue();
    }

    @Test
    void aSplitMunicipalitysOwnHalfYearNamesEachReceiverWithALinkToItsPageOfTheSplitsHalfYear() throws Exception {
        HttpResponse<String> haaren = page("PV30", "dashboard/gemeenten/GM0788?periode=2020-H2");

        assertThat(haaren.statusCode()).isEqualTo(200);
        assertThat(haaren.body()).contains("Opgeheven op 1 januari 2021",
                "Haaren is op 1 januari 2021 gesplitst over "
                        + "<a href=\"/dashboard/gemeenten/GM0757?periode=2021-H1\" class=\"opvolger\">Boxtel</a>, "
                        + "<a href=\"/dashboard/gemeenten/GM0824?periode=2021-H1\" class=\"opvolger\">Oisterwijk</a>, "
                        + "<a href=\"/dashboard/gemeenten/GM0855?periode=2021-H1\" class=\"opvolger\">Tilburg</a> en "
                        + "<a href=\"/dashboard/gemeenten/GM0865?periode=2021-H1\" class=\"opvolger\">Vught</a>.",
                "Vanaf het 1e halfjaar 2021 zijn haar cijfers die van deze gemeenten",
                "worden vastgelegd bij Boxtel, Oisterwijk, Tilburg en Vught.");
        assertThat(halfYearsOffered(haaren.body())).containsExactly("2020-H2", "2020-H1", "2019-H2", "2019-H1");
        assertThat(POSTED_FORM.matcher(haaren.body()).find()).isFalse();
    }

    @Test
    void aHalfYearAfterTheEndIsTheGonePageNamingWhatItBecameAndLeadingToEachSuccessorAndItsOwnLastHalfYear() throws Exception {
        int lifespanReads = RecordedSupervision.calls("GM0788/lifespan");
        HttpResponse<String> haaren = page("PV30", "dashboard/gemeenten/GM0788?periode=2026-H2");

        assertThat(haaren.statusCode()).isEqualTo(410);
        // Read once, beside the figures: a read asked again after the 410 has cancelled the others can fail on its own.
        assertThat(RecordedSupervision.calls("GM0788/lifespan") - lifespanReads).isEqualTo(1);
        assertThat(haaren.body()).contains("Deze gemeente bestond in dit halfjaar niet meer",
                "Opgeheven op 1 januari 2021. Haaren is op 1 januari 2021 gesplitst over Boxtel, Oisterwijk, Tilburg en Vught. "
                        + "Vanaf het 1e halfjaar 2021 zijn haar cijfers die van Boxtel, Oisterwijk, Tilburg en Vught. Haar eigen "
                        + "halfjaren (van het 1e halfjaar 2019 tot en met het 2e halfjaar 2020) staan op haar eigen pagina.",
                "<a href=\"/dashboard/gemeenten/GM0757?periode=2021-H1\">Naar Boxtel, 1e halfjaar 2021</a>",
                "<a href=\"/dashboard/gemeenten/GM0865?periode=2021-H1\">Naar Vught, 1e halfjaar 2021</a>",
                "<a href=\"/dashboard/gemeenten/GM0788?periode=2020-H2\">Naar Haaren, 2e halfjaar 2020 (haar laatste eigen halfjaar)</a>",
                "Foutcode 410 (Gone)");

        HttpResponse<String> weesp = page("PV27", "dashboard/gemeenten/GM0457?periode=2026-H2");
        assertThat(weesp.statusCode()).isEqualTo(410);
        assertThat(weesp.body()).contains("Weesp is op 24 maart 2022 samengevoegd met Amsterdam.",
                "<a href=\"/dashboard/gemeenten/GM0363?periode=2022-H1\">Naar Amsterdam, 1e halfjaar 2022</a>");
    }

    @Test
    void withoutItsLifespanTheGonePageSaysWhatSupervisionsRefusalSays() throws Exception {
        HttpResponse<String> gone = page("PV27", "dashboard/gemeenten/GM0796?periode=2026-H2");

        assertThat(gone.statusCode()).isEqualTo(410);
        assertThat(gone.body()).contains("Gemeente GM0796 is samengevoegd met een andere gemeente of gesplitst",
                "<a href=\"/dashboard/gemeenten/GM0363?periode=2022-H1\">Naar gemeente GM0363, 1e halfjaar 2022</a>");
    }

    @Test
    void anExistingMunicipalitysPageHasNoBannerAndKeepsTheProvincesForms() throws Exception {
        HttpResponse<String> almelo = page("PV23", "dashboard/gemeenten/GM0141?periode=2025-H1");

        assertThat(almelo.statusCode()).isEqualTo(200);
        assertThat(almelo.body()).contains("<h1>Almelo in het 1e halfjaar 2025</h1>",
                        "action=\"/dashboard/gemeenten/GM0141/trede-besluiten\"", "action=\"/dashboard/gemeenten/GM0141/regime-besluiten\"",
                        "action=\"/dashboard/gemeenten/GM0141/oordelen\"")
                .doesNotContain("id=\"opgeheven\"", "geen-formulieren");
        // The usual choice of half-years, none before its first (2024-H1).
        assertThat(halfYearsOffered(almelo.body())).contains("2025-H1", "2024-H1").doesNotContain("2023-H2");
    }
}
