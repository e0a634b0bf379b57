package nl.permitholders.webhooks;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import nl.permitholders.infrastructure.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The subscription API as a partner's integrator uses it: a subscription is its owner's alone (another tenant gets
 * 404 for it, as for one that does not exist), a filter cannot widen what the owner may read (403, as the reads refuse
 * another tenant), and a hostile callback URL is refused naming callbackUrl, with nothing stored.
 */
@QuarkusTest
class WebhookSubscriptionResourceTest {

    private static final String SUBSCRIPTIONS = "/webhooks/v1/subscriptions";
    private static final String CALLBACK = "http://localhost:9/hooks";

    @BeforeEach
    void noDefaultCaller() {
        RestAssured.requestSpecification = null;
    }

    private static String corporation(String id) {
        return TestTokens.issuer().corporation(id);
    }

    private static String create(String token, String body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body).post(SUBSCRIPTIONS)
                .then().statusCode(201).extract().path("id");
    }

    @Test
    void anOwnerCreatesReadsPausesResumesAndDeletesItsSubscriptionAndSeesTheSecretOnce() {
        String owner = corporation("wh-owner-" + System.nanoTime());
        io.restassured.response.ValidatableResponse created = given().auth().oauth2(owner).contentType(ContentType.JSON)
                .body(Map.of("callbackUrl", CALLBACK, "eventTypes", List.of("nl.permitholders.housingstock.vacancy-reported.v1")))
                .post(SUBSCRIPTIONS)
                .then().statusCode(201)
                .body("status", equalTo("ACTIVE")).body("secret", startsWith("whsec_"))
                .body("eventTypes", equalTo(List.of("nl.permitholders.housingstock.vacancy-reported.v1")))
                .body("municipalityCodes", empty());
        String id = created.extract().path("id");
        created.header("Location", org.hamcrest.Matchers.endsWith("/webhooks/v1/subscriptions/" + id));

        given().auth().oauth2(owner).get(SUBSCRIPTIONS).then().statusCode(200)
                .body("", hasSize(1)).body("[0].id", equalTo(id)).body("[0].secret", nullValue());
        given().auth().oauth2(owner).get(SUBSCRIPTIONS + "/" + id).then().statusCode(200).body("secret", nullValue());
        given().auth().oauth2(owner).contentType(ContentType.JSON).body(Map.of("status", "PAUSED"))
                .put(SUBSCRIPTIONS + "/" + id + "/status").then().statusCode(200).body("status", equalTo("PAUSED"));
        given().auth().oauth2(owner).contentType(ContentType.JSON).body(Map.of("status", "ACTIVE"))
                .put(SUBSCRIPTIONS + "/" + id + "/status").then().statusCode(200).body("status", equalTo("ACTIVE"));
        given().auth().oauth2(owner).get(SUBSCRIPTIONS + "/" + id + "/deliveries").then().statusCode(200)
                .body("items", empty()).body("totalItems", equalTo(0));
        given().auth().oauth2(owner).delete(SUBSCRIPTIONS + "/" + id).then().statusCode(204);
        given().auth().oauth2(owner).get(SUBSCRIPTIONS + "/" + id).then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void anotherTenantFindsNoSubscriptionOfTheOwnerWhateverItDoes() {
        String owner = corporation("wh-first-" + System.nanoTime());
        String id = create(owner, "{\"callbackUrl\":\"" + CALLBACK + "\"}");
        String municipalityCode = TestEvents.newMunicipality();
        for (String other : List.of(corporation("wh-second-" + System.nanoTime()), TestTokens.issuer().municipality(municipalityCode),
                TestTokens.issuer().rijk(), TestTokens.issuer().coa(), TestTokens.issuer().province("PV23"))) {
            given().auth().oauth2(other).get(SUBSCRIPTIONS).then().statusCode(200).body("id", org.hamcrest.Matchers.not(
                    org.hamcrest.Matchers.hasItem(id)));
            given().auth().oauth2(other).get(SUBSCRIPTIONS + "/" + id).then().statusCode(404).contentType("application/problem+json");
            given().auth().oauth2(other).get(SUBSCRIPTIONS + "/" + id + "/deliveries").then().statusCode(404);
            given().auth().oauth2(other).contentType(ContentType.JSON).body(Map.of("status", "PAUSED"))
                    .put(SUBSCRIPTIONS + "/" + id + "/status").then().statusCode(404);
            given().auth().oauth2(other).contentType(ContentType.JSON).body(Map.of("from", "2025-01-01T00:00:00Z"))
                    .post(SUBSCRIPTIONS + "/" + id + "/replays").then().statusCode(404);
            given().auth().oauth2(other).delete(SUBSCRIPTIONS + "/" + id).then().statusCode(404);
        }
        given().auth().oauth2(owner).get(SUBSCRIPTIONS + "/" + id).then().statusCode(200).body("status", equalTo("ACTIVE"));
    }

    @Test
    void aFilterCannotWidenWhatItsOwnerMayRead() {
        String municipality = TestEvents.newMunicipality();
        String neighbour = TestEvents.newMunicipality();
        // a corporation reads no quotas; the Rijk no units; COA no supervision decisions; a province no couplings
        for (Map.Entry<String, String> refused : Map.of(
                corporation("wh-narrow"), "nl.permitholders.quota.quota-set.v1",
                TestTokens.issuer().rijk(), "nl.permitholders.housingstock.unit-registered.v1",
                TestTokens.issuer().coa(), "nl.permitholders.supervision.intervention-stage-decided.v1",
                TestTokens.issuer().province("PV23"), "nl.permitholders.placement.coupling-registered.v1").entrySet()) {
            given().auth().oauth2(refused.getKey()).contentType(ContentType.JSON)
                    .body(Map.of("callbackUrl", CALLBACK, "eventTypes", List.of(refused.getValue())))
                    .post(SUBSCRIPTIONS).then().statusCode(403).contentType("application/problem+json");
        }
        // a municipality only its own; a province only its own municipalities (an unknown one is not its own)
        given().auth().oauth2(TestTokens.issuer().municipality(municipality)).contentType(ContentType.JSON)
                .body(Map.of("callbackUrl", CALLBACK, "municipalityCodes", List.of(municipality, neighbour)))
                .post(SUBSCRIPTIONS).then().statusCode(403).contentType("application/problem+json");
        given().auth().oauth2(TestTokens.issuer().province("PV23")).contentType(ContentType.JSON)
                .body(Map.of("callbackUrl", CALLBACK, "municipalityCodes", List.of(neighbour)))
                .post(SUBSCRIPTIONS).then().statusCode(403).contentType("application/problem+json");
        given().auth().oauth2(TestTokens.issuer().municipality(municipality)).get(SUBSCRIPTIONS).then().statusCode(200).body("", empty());
        // narrowing to its own is taken
        create(TestTokens.issuer().municipality(municipality), "{\"callbackUrl\":\"" + CALLBACK + "\",\"municipalityCodes\":[\"" + municipality + "\"]}");
    }

    @Test
    void aRoleWithoutItsTenantClaimSubscribesToNothing() {
        given().auth().oauth2(TestTokens.issuer().token("no-claim", "corporation", Map.of())).contentType(ContentType.JSON)
                .body(Map.of("callbackUrl", CALLBACK)).post(SUBSCRIPTIONS).then().statusCode(403);
        given().auth().oauth2(TestTokens.issuer().token("an-operator", "operator", Map.of())).get(SUBSCRIPTIONS).then().statusCode(403);
    }

    @Test
    void aHostileCallbackUrlIsRefusedNamingItAndNothingIsStored() {
        String owner = corporation("wh-hostile-" + System.nanoTime());
        for (String url : List.of("http://127.0.0.1:8084/supervision/v1/projection-rebuilds", "http://169.254.169.254/latest/meta-data/",
                "http://10.0.0.1/", "http://192.168.0.1/", "http://[::1]:8084/", "http://[::ffff:127.0.0.1]/", "http://0.0.0.0/",
                "http://0x7f000001/", "http://user:secret@localhost/x", "file:///etc/passwd", "gopher://localhost:6379/_INFO",
                "localhost/x", "http://localhost/x#fragment", "http://no-such-host.invalid/x")) {
            given().auth().oauth2(owner).contentType(ContentType.JSON).body(Map.of("callbackUrl", url, "eventTypes",
                            List.of("nl.permitholders.housingstock.vacancy-reported.v1")))
                    .post(SUBSCRIPTIONS).then().statusCode(400).contentType("application/problem+json")
                    .body("invalidParams", hasSize(1)).body("invalidParams[0].name", equalTo("callbackUrl"))
                    .body("invalidParams[0].reason", notNullValue());
        }
        given().auth().oauth2(owner).get(SUBSCRIPTIONS).then().statusCode(200).body("", empty());
    }

    @Test
    void badInputIsRefusedNamingTheField() {
        String owner = corporation("wh-bad-" + System.nanoTime());
        given().auth().oauth2(owner).contentType(ContentType.JSON).body(Map.of("callbackUrl", CALLBACK, "eventTypes",
                        List.of("nl.permitholders.housingstock.vacancy-reported.v1", "nl.permitholders.housingstock.vacancy-invented.v1")))
                .post(SUBSCRIPTIONS).then().statusCode(400).body("invalidParams[0].name", equalTo("eventTypes[1]"));
        given().auth().oauth2(owner).contentType(ContentType.JSON).body(Map.of("callbackUrl", CALLBACK, "municipalityCodes", List.of("0141")))
                .post(SUBSCRIPTIONS).then().statusCode(400).body("invalidParams[0].name", equalTo("municipalityCodes[0]"));
        given().auth().oauth2(owner).contentType(ContentType.JSON).body(Map.of("eventTypes", List.of()))
                .post(SUBSCRIPTIONS).then().statusCode(400).body("invalidParams[0].name", equalTo("callbackUrl"));
        String id = create(owner, "{\"callbackUrl\":\"" + CALLBACK + "\"}");
        given().auth().oauth2(owner).contentType(ContentType.JSON).body(Map.of("status", "SUSPENDED"))
                .put(SUBSCRIPTIONS + "/" + id + "/status").then().statusCode(400).body("invalidParams[0].name", equalTo("status"));
        given().auth().oauth2(owner).contentType(ContentType.JSON).body(Map.of())
                .post(SUBSCRIPTIONS + "/" + id + "/replays").then().statusCode(400).body("invalidParams.name", equalTo(List.of("from", "fromEventId")));
        given().auth().oauth2(owner).contentType(ContentType.JSON).body(Map.of("fromEventId", java.util.UUID.randomUUID().toString()))
                .post(SUBSCRIPTIONS + "/" + id + "/replays").then().statusCode(400).body("invalidParams[0].name", equalTo("fromEventId"));
        // a number is no date-time, though Jackson would read it as seconds since 1970
        given().auth().oauth2(owner).contentType(ContentType.JSON).body(Map.of("from", 12))
                .post(SUBSCRIPTIONS + "/" + id + "/replays").then().statusCode(400).body("invalidParams[0].name", equalTo("from"));
        given().auth().oauth2(owner).get(SUBSCRIPTIONS + "/not-a-uuid").then().statusCode(400).body("invalidParams[0].name", equalTo("id"));
        given().auth().oauth2(owner).get(SUBSCRIPTIONS).then().statusCode(200).body("", hasSize(1));
    }
}
