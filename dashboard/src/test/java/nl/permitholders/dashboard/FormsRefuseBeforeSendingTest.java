package nl.permitholders.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import nl.permitholders.infrastructure.DevelopmentIssuer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Every form of the pages, posted as a browser posts it (the page's CSRF token in the form and its cookie) by a caller
 * with a bearer token of the issuer this test's dashboard trusts: a hostile value in an otherwise valid form sends the
 * browser back to the page with that field's Dutch error, before anything is sent to a service (none can be reached
 * here: one that was asked would make it "onbereikbaar" or a 503 page). A form without the token, or posted by someone
 * the form is not for, is refused. That the services' own refusals are said in Dutch, and that a valid form records in
 * the signed-in name, is tested through the real services (deploy/system-tests DashboardInBrowserIT).
 */
@QuarkusTest
@TestProfile(FormsRefuseBeforeSendingTest.BearerTokensOfATestIssuer.class)
class FormsRefuseBeforeSendingTest {

    private static final String KEY_PROPERTY = "forms-test.issuer-private-key";
    private static final String ALMELO = "GM0141";
    private static final String OVERIJSSEL = "PV23";
    private static final String FORM_TOKEN_COOKIE = "dashboard-formulier-token";
    private static final String FORM_TOKEN_FIELD = "formulier-token";

    /** The dashboard takes the test issuer's bearer tokens; the services it calls are nowhere to be reached. */
    public static class BearerTokensOfATestIssuer implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            DevelopmentIssuer issuer = issuer();
            Map<String, String> config = new LinkedHashMap<>();
            config.put("quarkus.oidc.tenant-enabled", "true");
            config.put("quarkus.oidc.application-type", "service");
            config.put("quarkus.oidc.public-key", issuer.publicKeyPem().replaceAll("-----[A-Z ]+-----|\\s", ""));
            config.put("quarkus.oidc.token.issuer", issuer.name());
            for (String service : List.of("supervision", "quota", "placement", "housing-stock")) {
                config.put("quarkus.rest-client." + service + ".url", "http://127.0.0.1:9");
            }
            return config;
        }
    }

    /** One issuer per JVM, kept where the profile and the test (each in its own class loader) both find it. */
    static synchronized DevelopmentIssuer issuer() {
        String key = System.getProperty(KEY_PROPERTY);
        if (key == null) {
            key = DevelopmentIssuer.generate().privateKeyBase64();
            System.setProperty(KEY_PROPERTY, key);
        }
        return DevelopmentIssuer.fromPrivateKey(key);
    }

    @TestHTTPResource("/")
    URI root;

    private final HttpClient http = HttpClient.newHttpClient();
    private final LocalDate today = LocalDate.now(ZoneId.of("Europe/Amsterdam"));
    private String formToken;

    @BeforeEach
    void theFormTokenAPageGives() throws Exception {
        HttpResponse<String> page = http.send(HttpRequest.newBuilder(root.resolve("dashboard/afgemeld")).build(),
                HttpResponse.BodyHandlers.ofString());
        String cookie = page.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith(FORM_TOKEN_COOKIE + "="))
                .findFirst().orElseThrow(() -> new AssertionError("no CSRF cookie on " + page.headers().map()));
        // No script reads it; and a form posted from the page names the dashboard as its origin, nobody else.
        assertThat(cookie).containsIgnoringCase("HttpOnly");
        assertThat(page.headers().firstValue("Referrer-Policy")).hasValue("same-origin");
        formToken = cookie.substring(FORM_TOKEN_COOKIE.length() + 1, cookie.indexOf(';'));
    }

    @Test
    void theLadderRegimeAndVerdictFormsOfProvinceStaffSayWhichFieldIsWrong() throws Exception {
        String staff = issuer().province(OVERIJSSEL);
        String decisions = "dashboard/gemeenten/" + ALMELO + "/trede-besluiten";
        Map<String, String> decision = Map.of("periode", "2025-H2", "trede", "SIGNAL", "besloten-op", today.minusDays(1).toString(),
                "reden", "signaal na achterstand");
        refusesEach(staff, decisions, decision, Map.of(
                "trede", List.of("EXTREEM", ""),
                "besloten-op", List.of("0025-03-01", "2025-02-30", ""),
                "reden", List.of("  ", "sig\u0000naal", "x".repeat(1001))),
                Map.of("trede", "trede", "besloten-op", "datum", "reden", "reden"));
        assertThat(post(staff, decisions, with(decision, "besloten-op", today.plusDays(3).toString())).headers().firstValue("Location"))
                .hasValueSatisfying(back -> assertThat(back).contains("fout=toekomst", "periode=2025-H2"));

        Map<String, String> regime = Map.of("regime", "HIGH", "besloten-op", today.toString(), "reden", "bestuurlijk gesprek");
        refusesEach(staff, "dashboard/gemeenten/" + ALMELO + "/regime-besluiten", regime, Map.of(
                "regime", List.of("EXTREEM"),
                "besloten-op", List.of("0025-03-01"),
                "reden", List.of("  ", "x".repeat(501))),
                Map.of("regime", "regime", "besloten-op", "datum", "reden", "regime-reden"));

        Map<String, String> verdict = Map.of("peildatum", "2025-07-01", "oordeel", "NOT_MET_EXCUSABLE",
                "besloten-op", "2025-07-20", "gronden", "verschoonbaar: afgesproken inhaalplan");
        refusesEach(staff, "dashboard/gemeenten/" + ALMELO + "/oordelen", verdict, Map.of(
                "oordeel", List.of("PALEIS"),
                "peildatum", List.of("2025-13-01"),
                "besloten-op", List.of("20-07-2025"),
                "gronden", List.of(" ", "x".repeat(501))),
                Map.of("oordeel", "oordeel", "peildatum", "datum-oordeel", "besloten-op", "datum-oordeel", "gronden", "gronden"));
    }

    @Test
    void theProvincesExchangeAdoptionAndLetterFormsSayWhichFieldIsWrong() throws Exception {
        String staff = issuer().province(OVERIJSSEL);
        String agreement = java.util.UUID.randomUUID().toString();
        refusesEach(staff, "dashboard/provincies/" + OVERIJSSEL + "/uitruil/registraties",
                Map.of("uitruil", agreement, "afgesloten", "bevestigd", "toelichting", "besluit van de raad kwam later"), Map.of(
                        "uitruil", List.of("geen-uitruil", ""),
                        "toelichting", List.of("x".repeat(501))),
                Map.of("uitruil", "keuze", "toelichting", "toelichting"));
        refusesEach(staff, "dashboard/provincies/" + OVERIJSSEL + "/uitruil/weigeringen",
                Map.of("uitruil", agreement, "reden", "geen onderbouwing van de regio"), Map.of(
                        "uitruil", List.of("../exchanges"),
                        "reden", List.of(" ", "x".repeat(501))),
                Map.of("uitruil", "keuze", "reden", "weigering-reden"));
        refusesEach(staff, "dashboard/provincies/" + OVERIJSSEL + "/afstemming-coa/overnames",
                Map.of("overname", ALMELO + "/2025-01-01", "reden", "stand TVS vastgesteld met het COA"), Map.of(
                        "overname", List.of(ALMELO, "GM12/2025-01-01", ALMELO + "/0025-13-01", ALMELO + "/2025-01-01/EERDER"),
                        "reden", List.of("  ", "x".repeat(501))),
                Map.of("overname", "overname", "reden", "overname-reden"));
        HttpResponse<String> letter = post(staff, "dashboard/gemeenten/" + ALMELO + "/brieven/2025-01-01/staten", Map.of("staat", "PALEIS"));
        assertThat(letter.statusCode()).isEqualTo(303);
        assertThat(letter.headers().firstValue("Location")).hasValueSatisfying(back -> assertThat(back)
                .contains("/dashboard/provincies/" + OVERIJSSEL + "/toezichtronde?peildatum=2025-01-01&fout=staat"));
    }

    @Test
    void theRijksNationalAdoptionFormSaysWhichFieldIsWrongAndIsTheRijksAlone() throws Exception {
        String adoptions = "dashboard/nederland/afstemming-coa/overnames";
        refusesEach(issuer().rijk(), adoptions, Map.of("overname", "2021-01-01", "reden", "landelijke stand TVS"), Map.of(
                        "overname", List.of("2021-02-30", "", "2021-01-01/EERDER", "GM0141/2021-01-01"),
                        "reden", List.of(" ", "x".repeat(501))),
                Map.of("overname", "overname", "reden", "overname-reden"));
        HttpResponse<String> byProvinceStaff = post(issuer().province(OVERIJSSEL), adoptions,
                Map.of("overname", "2021-01-01", "reden", "landelijke stand TVS"));
        assertThat(byProvinceStaff.statusCode()).isEqualTo(403);
        assertThat(byProvinceStaff.body()).contains("Deze pagina is niet voor u");
    }

    @Test
    void theOfficersPlacementOfferDeclineAndExchangeFormsSayWhichFieldIsWrong() throws Exception {
        String officer = issuer().municipality(ALMELO);
        String coupling = java.util.UUID.randomUUID().toString();
        String unit = java.util.UUID.randomUUID().toString();
        refusesEach(officer, "dashboard/gemeenten/" + ALMELO + "/plaatsingen",
                Map.of("koppeling", coupling, "gehuisvest-op", today.toString(), "personen", "3", "woning", "REGULAR"), Map.of(
                        "koppeling", List.of(ALMELO),
                        "gehuisvest-op", List.of("2026-02-30", "1-3-2026"),
                        "personen", List.of("0", "31", "-3", "drie"),
                        "woning", List.of("PALEIS")),
                Map.of("koppeling", "plaatsing-koppeling", "gehuisvest-op", "plaatsing-datum", "personen", "plaatsing-personen",
                        "woning", "plaatsing-woning"));
        refusesEach(officer, "dashboard/gemeenten/" + ALMELO + "/aanbiedingen",
                Map.of("koppeling", coupling, "woning", unit, "aangeboden-op", today.toString()), Map.of(
                        "koppeling", List.of(ALMELO),
                        "woning", List.of("../units"),
                        "aangeboden-op", List.of("2026-02-30", today.plusDays(1).toString())),
                Map.of("koppeling", "aanbod-koppeling", "woning", "aanbod-woning", "aangeboden-op", "aanbod-datum"));
        refusesEach(officer, "dashboard/gemeenten/" + ALMELO + "/afwijzingen",
                Map.of("aanbod", coupling + "/" + java.util.UUID.randomUUID(), "reden", "HOUSEHOLD_DECLINED",
                        "afgewezen-op", today.toString(), "toelichting", "te ver van school"), Map.of(
                        "aanbod", List.of(coupling, coupling + "/x"),
                        "reden", List.of("PALEIS"),
                        "afgewezen-op", List.of("26-11-2026"),
                        "toelichting", List.of("x".repeat(501), "te ver\u0000 van school")),
                Map.of("aanbod", "afwijzing-keuze", "reden", "afwijzing-reden", "afgewezen-op", "afwijzing-datum",
                        "toelichting", "afwijzing-toelichting"));
        refusesEach(officer, "dashboard/gemeenten/" + ALMELO + "/uitruil/voorstellen",
                Map.of("partner", "GM0164", "periode", today.getYear() + "-H" + (today.getMonthValue() <= 6 ? 1 : 2),
                        "richting", "OVERNEMEN", "personen", "3", "reden", "regionale afspraak"), Map.of(
                        "partner", List.of(ALMELO, "Hengelo"),
                        "periode", List.of("2025-H3"),
                        "personen", List.of("-3", "0", "100001"),
                        "richting", List.of("ALLES"),
                        "reden", List.of(" ", "x".repeat(501))),
                Map.of("partner", "partner", "periode", "periode", "personen", "personen", "richting", "richting", "reden", "reden"));
    }

    @Test
    void aFormWithoutThePagesTokenOrFromSomeoneItIsNotForIsRefusedWhole() throws Exception {
        Map<String, String> decision = Map.of("trede", "SIGNAL", "besloten-op", today.toString(), "reden", "signaal");
        String decisions = "dashboard/gemeenten/" + ALMELO + "/trede-besluiten";
        // Without the token in the form, or with another than the cookie's: refused before the form is read.
        assertThat(send(issuer().province(OVERIJSSEL), decisions, decision, null, formToken).statusCode()).isEqualTo(400);
        assertThat(send(issuer().province(OVERIJSSEL), decisions, decision, "bedacht", formToken).statusCode()).isEqualTo(400);
        assertThat(send(issuer().province(OVERIJSSEL), decisions, decision, formToken, null).statusCode()).isEqualTo(400);
        // The Rijk and a municipality's officer look at a municipality's page but decide nothing on it.
        for (String notProvinceStaff : List.of(issuer().rijk(), issuer().municipality(ALMELO))) {
            HttpResponse<String> refused = post(notProvinceStaff, decisions, decision);
            assertThat(refused.statusCode()).isEqualTo(403);
            assertThat(refused.body()).contains("<html lang=\"nl\">", "Deze pagina is niet voor u");
        }
        // Another municipality's officer records nothing for Almelo, even with a valid form: a Dutch page, not JSON.
        HttpResponse<String> byEnschede = post(issuer().municipality("GM0153"), "dashboard/gemeenten/" + ALMELO + "/plaatsingen",
                Map.of("koppeling", java.util.UUID.randomUUID().toString(), "gehuisvest-op", today.toString(), "personen", "3",
                        "woning", "REGULAR"));
        assertThat(byEnschede.statusCode()).isEqualTo(403);
        assertThat(byEnschede.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
        assertThat(byEnschede.body()).contains("Deze pagina is niet voor u").doesNotContain("\"status\"");
        // Province staff record no placement for a municipality.
        assertThat(post(issuer().province(OVERIJSSEL), "dashboard/gemeenten/" + ALMELO + "/plaatsingen",
                Map.of("koppeling", java.util.UUID.randomUUID().toString(), "gehuisvest-op", today.toString(), "personen", "3",
                        "woning", "REGULAR")).statusCode()).isEqualTo(403);
    }

    @Test
    void aValidFormWhileItsServiceCannotBeReachedSaysSoAndAPageWithAnUnreadableHalfYearIsADutchPage() throws Exception {
        HttpResponse<String> placed = post(issuer().municipality(ALMELO), "dashboard/gemeenten/" + ALMELO + "/plaatsingen",
                Map.of("koppeling", java.util.UUID.randomUUID().toString(), "gehuisvest-op", today.toString(), "personen", "3",
                        "woning", "REGULAR"));
        assertThat(placed.statusCode()).isEqualTo(303);
        assertThat(placed.headers().firstValue("Location")).hasValueSatisfying(back -> assertThat(back).contains("fout=plaatsing-onbereikbaar"));

        HttpResponse<String> decided = post(issuer().province(OVERIJSSEL), "dashboard/gemeenten/" + ALMELO + "/trede-besluiten",
                Map.of("trede", "SIGNAL", "besloten-op", today.toString(), "reden", "signaal"));
        assertThat(decided.statusCode()).isEqualTo(503);
        assertThat(decided.body()).contains("<html lang=\"nl\">", "Het is even te druk").doesNotContain("vastgelegd.");

        HttpResponse<String> page = http.send(HttpRequest.newBuilder(root.resolve("dashboard/gemeenten/" + ALMELO + "?periode=2025-H3"))
                .header("Authorization", "Bearer " + issuer().province(OVERIJSSEL)).header("Accept", "text/html").build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).isEqualTo(400);
        assertThat(page.body()).contains("<html lang=\"nl\">", "Dit kon niet worden verwerkt").doesNotContain("\"status\"");
    }

    /**
     * Each hostile value of each field, in the otherwise {@code valid} form, sends the browser back to the page with the
     * field's error code ({@code errorOf}): the refusal is about that value.
     */
    private void refusesEach(String token, String path, Map<String, String> valid, Map<String, List<String>> hostile,
                             Map<String, String> errorOf) throws Exception {
        for (Map.Entry<String, List<String>> field : hostile.entrySet()) {
            for (String value : field.getValue()) {
                HttpResponse<String> answer = post(token, path, with(valid, field.getKey(), value));
                assertThat(answer.statusCode()).as("%s=%s on %s: %s", field.getKey(), value, path, answer.body()).isEqualTo(303);
                assertThat(answer.headers().firstValue("Location")).as("%s=%s on %s", field.getKey(), value, path)
                        .hasValueSatisfying(back -> assertThat(back)
                                .containsPattern("[?&]fout=" + java.util.regex.Pattern.quote(errorOf.get(field.getKey())) + "($|[&#])"));
            }
        }
    }

    private static Map<String, String> with(Map<String, String> form, String field, String value) {
        Map<String, String> changed = new LinkedHashMap<>(form);
        changed.put(field, value);
        return changed;
    }

    private HttpResponse<String> post(String token, String path, Map<String, String> form) throws Exception {
        return send(token, path, form, formToken, formToken);
    }

    /** The form as a browser posts it, with the CSRF token in the form and in its cookie, either left out when null. */
    private HttpResponse<String> send(String token, String path, Map<String, String> form, String inForm, String inCookie)
            throws Exception {
        Map<String, String> fields = new LinkedHashMap<>(form);
        if (inForm != null) {
            fields.put(FORM_TOKEN_FIELD, inForm);
        }
        String body = fields.entrySet().stream().map(e -> encode(e.getKey()) + "=" + encode(e.getValue())).collect(Collectors.joining("&"));
        HttpRequest.Builder request = HttpRequest.newBuilder(root.resolve(path)).header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/x-www-form-urlencoded").header("Accept", "text/html")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (inCookie != null) {
            request.header("Cookie", FORM_TOKEN_COOKIE + "=" + inCookie);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
