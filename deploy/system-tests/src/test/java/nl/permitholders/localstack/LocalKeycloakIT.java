package nl.permitholders.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.CookieHandler;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import nl.permitholders.infrastructure.LocalKeycloak;
import nl.permitholders.infrastructure.SystemStack;
import nl.permitholders.infrastructure.SystemStack.Service;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The realm the local stack and compose import, in a real Keycloak from the Maven distribution: province staff sign in
 * on Keycloak's own login form with the authorization code flow and PKCE, and their tokens carry what the services
 * read (issuer, audience, role, province claim, user name).
 */
@TheDemo
class LocalKeycloakIT {

    private static final Pattern LOGIN_FORM = Pattern.compile("<form id=\"kc-form-login\"[^>]*action=\"([^\"]+)\"");
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Where the realm lets sign-ins return to: the dashboard of the stack this Keycloak signs in for. */
    private static String dashboard;
    private static LocalKeycloak keycloak;

    @BeforeAll
    static void theDemosKeycloak(SystemStack stack, LocalKeycloak demoKeycloak) {
        dashboard = stack.dashboardUrl();
        keycloak = demoKeycloak;
    }

    @Test
    void provinceStaffSignInOnKeycloaksFormWithPkceAndGetTheirProvinceAndRole() throws Exception {
        JsonNode overijssel = claims(signIn("overijssel", LocalKeycloak.USER_PASSWORD).path("access_token").asText());
        assertThat(overijssel.path("iss").asText()).isEqualTo(keycloak.issuer());
        assertThat(overijssel.path("aud").toString()).contains("\"permit-holder-housing\"");
        assertThat(overijssel.path("realm_access").path("roles").toString()).contains("\"province\"");
        assertThat(overijssel.path("groups").toString()).contains("\"province\"");
        assertThat(overijssel.path("province").asText()).isEqualTo("PV23");
        assertThat(overijssel.path("upn").asText()).isEqualTo("overijssel");

        JsonNode gelderland = claims(signIn("gelderland", LocalKeycloak.USER_PASSWORD).path("access_token").asText());
        assertThat(gelderland.path("province").asText()).isEqualTo("PV25");
        assertThat(gelderland.path("groups").toString()).contains("\"province\"");

        JsonNode rijk = claims(signIn("rijk", LocalKeycloak.USER_PASSWORD).path("access_token").asText());
        assertThat(rijk.path("groups").toString()).contains("\"rijk\"").doesNotContain("\"province\"");
        assertThat(rijk.has("province")).isFalse();
    }

    @Test
    void everyProvincesStaffSignInByTheProvincesNameInLowerCaseAndGetTheirProvince() throws Exception {
        Map<String, String> provinces = new java.util.LinkedHashMap<>();
        provinces.put("groningen", "PV20");
        provinces.put("fryslan", "PV21");
        provinces.put("drenthe", "PV22");
        provinces.put("flevoland", "PV24");
        provinces.put("utrecht", "PV26");
        provinces.put("noord-holland", "PV27");
        provinces.put("zuid-holland", "PV28");
        provinces.put("zeeland", "PV29");
        provinces.put("noord-brabant", "PV30");
        provinces.put("limburg", "PV31");
        for (Map.Entry<String, String> province : provinces.entrySet()) {
            JsonNode staff = claims(signIn(province.getKey(), LocalKeycloak.USER_PASSWORD).path("access_token").asText());
            assertThat(staff.path("province").asText()).as(province.getKey()).isEqualTo(province.getValue());
            assertThat(staff.path("groups").toString()).as(province.getKey()).contains("\"province\"");
        }
    }

    @Test
    void aWrongPasswordGetsNoCode() throws Exception {
        HttpClient browser = browser();
        String form = loginForm(browser, authorization(challenge("a-verifier-of-at-least-forty-three-characters-long"), dashboard + "/"));
        HttpResponse<String> answer = submit(browser, form, "overijssel", "not-the-password");
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.headers().firstValue("Location")).isEmpty();
        assertThat(LOGIN_FORM.matcher(answer.body()).find()).as("the form again").isTrue();
    }

    @Test
    void theDashboardClientRefusesASignInWithoutPkceOrReturningElsewhere() throws Exception {
        HttpClient browser = browser();
        HttpResponse<String> withoutPkce = browser.send(HttpRequest.newBuilder(URI.create(keycloak.issuer()
                + "/protocol/openid-connect/auth?" + query(Map.of("client_id", LocalKeycloak.DASHBOARD_CLIENT,
                "response_type", "code", "scope", "openid", "redirect_uri", dashboard + "/", "state", "s")))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(withoutPkce.headers().firstValue("Location").orElse(""))
                .startsWith(dashboard + "/").contains("error=invalid_request").doesNotContain("code=");

        HttpResponse<String> elsewhere = browser.send(HttpRequest.newBuilder(URI.create(
                authorization(challenge("another-verifier-of-at-least-forty-three-characters"), "http://evil.example/dashboard/"))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(elsewhere.statusCode()).isEqualTo(400);
        assertThat(elsewhere.body()).contains("redirect_uri");
    }

    @Test
    void theOperationsClientGetsTheOperatorRole() throws Exception {
        HttpResponse<String> token = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
                        keycloak.issuer() + "/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(query(Map.of("grant_type", "client_credentials",
                        "client_id", "operations", "client_secret", "local-development-only")))).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(token.statusCode()).as(token.body()).isEqualTo(200);
        JsonNode claims = claims(JSON.readTree(token.body()).path("access_token").asText());
        assertThat(claims.path("realm_access").path("roles").toString()).contains("\"operator\"");
        assertThat(claims.path("aud").toString()).contains("\"permit-holder-housing\"");
    }

    /** What a browser and the dashboard do together: the login form, the code, and the code exchanged with its verifier. */
    private static JsonNode signIn(String username, String password) throws Exception {
        HttpClient browser = browser();
        String verifier = base64(random(48));
        String redirect = dashboard + "/";
        String form = loginForm(browser, authorization(challenge(verifier), redirect));
        HttpResponse<String> signedIn = submit(browser, form, username, password);
        assertThat(signedIn.statusCode()).as(signedIn.body()).isEqualTo(302);
        URI back = URI.create(signedIn.headers().firstValue("Location").orElseThrow());
        assertThat(back.toString()).startsWith(redirect);
        String code = Pattern.compile("(?:^|&)code=([^&]+)").matcher(back.getRawQuery()).results()
                .map(m -> m.group(1)).findFirst().orElseThrow();

        HttpResponse<String> tokens = browser.send(HttpRequest.newBuilder(URI.create(keycloak.issuer() + "/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(query(Map.of("grant_type", "authorization_code", "code", code,
                        "redirect_uri", redirect, "client_id", LocalKeycloak.DASHBOARD_CLIENT, "code_verifier", verifier))))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(tokens.statusCode()).as(tokens.body()).isEqualTo(200);
        return JSON.readTree(tokens.body());
    }

    private static String authorization(String challenge, String redirect) {
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("client_id", LocalKeycloak.DASHBOARD_CLIENT);
        parameters.put("response_type", "code");
        parameters.put("scope", "openid");
        parameters.put("redirect_uri", redirect);
        parameters.put("state", base64(random(16)));
        parameters.put("code_challenge", challenge);
        parameters.put("code_challenge_method", "S256");
        return keycloak.issuer() + "/protocol/openid-connect/auth?" + query(parameters);
    }

    private static String loginForm(HttpClient browser, String authorization) throws Exception {
        HttpResponse<String> page = browser.send(HttpRequest.newBuilder(URI.create(authorization)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).as(page.body()).isEqualTo(200);
        Matcher form = LOGIN_FORM.matcher(page.body());
        assertThat(form.find()).as("Keycloak's login form").isTrue();
        return form.group(1).replace("&amp;", "&");
    }

    private static HttpResponse<String> submit(HttpClient browser, String form, String username, String password) throws Exception {
        return browser.send(HttpRequest.newBuilder(URI.create(form)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(query(Map.of("username", username, "password", password, "credentialId", ""))))
                .build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpClient browser() {
        return HttpClient.newBuilder().cookieHandler(new LocalhostCookies()).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /** A browser's cookies for one host: java.net.CookieManager keeps none for a host without a dot, as localhost. */
    private static final class LocalhostCookies extends CookieHandler {
        private final Map<String, String> cookies = new LinkedHashMap<>();

        @Override
        public synchronized Map<String, List<String>> get(URI uri, Map<String, List<String>> requestHeaders) {
            return cookies.isEmpty() ? Map.of() : Map.of("Cookie", List.of(cookies.entrySet().stream()
                    .map(c -> c.getKey() + "=" + c.getValue()).collect(Collectors.joining("; "))));
        }

        @Override
        public synchronized void put(URI uri, Map<String, List<String>> responseHeaders) {
            responseHeaders.entrySet().stream().filter(h -> "set-cookie".equalsIgnoreCase(h.getKey()))
                    .flatMap(h -> h.getValue().stream()).flatMap(header -> HttpCookie.parse(header).stream())
                    .forEach(cookie -> {
                        if (cookie.getMaxAge() == 0 || cookie.getValue().isEmpty()) {
                            cookies.remove(cookie.getName());
                        } else {
                            cookies.put(cookie.getName(), cookie.getValue());
                        }
                    });
        }
    }

    private static JsonNode claims(String jwt) throws IOException {
        return JSON.readTree(Base64.getUrlDecoder().decode(jwt.split("\\.")[1]));
    }

    private static String challenge(String verifier) throws Exception {
        return base64(MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII)));
    }

    private static String query(Map<String, String> parameters) {
        return parameters.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
    }

    private static byte[] random(int bytes) {
        byte[] value = new byte[bytes];
        new SecureRandom().nextBytes(value);
        return value;
    }

    private static String base64(byte[] bytes) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
