package nl.permitholders.quota.merger;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.permitholders.infrastructure.EventSchemas;
import nl.permitholders.infrastructure.KafkaTopics;
import nl.permitholders.quota.TestData;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** R3, splits: the Rijk records a split with each receiver's share; the split municipality's quota is divided by them. */
@QuarkusTest
class SplitResourceTest {

    private static final String SPLIT = "nl.permitholders.quota.municipality-split.v1";

    private final KafkaTopics kafka = new KafkaTopics(
            ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class));

    @BeforeEach
    void asTheRijk() {
        TestData.callAsTheRijk();
    }

    private static void register(String code, String name) {
        TestData.province("PV30", "Noord-Brabant");
        given().contentType(ContentType.JSON).body(Map.of("name", name, "provinceCode", "PV30"))
                .put("/quota/v1/municipalities/{code}", code).then().statusCode(anyOf(equalTo(200), equalTo(201)));
    }

    private static void quota(String code, String period, int persons) {
        given().contentType(ContentType.JSON).body(Map.of("persons", persons, "reason", "Rijk"))
                .put("/quota/v1/municipalities/{code}/quotas/{period}", code, period).then().statusCode(201);
    }

    private static Map<String, Object> receiver(String code, long share) {
        return Map.of("municipalityCode", code, "share", share);
    }

    private static Map<String, Object> split(String code, List<Map<String, Object>> receivers, String date) {
        return Map.of("municipalityCode", code, "receivers", receivers, "effectiveDate", date, "reason", "Wet herindeling");
    }

    /**
     * CBS: Haaren (GM0788) was divided over Boxtel, Oisterwijk, Tilburg and Vught on 1 January 2021. Illustrative parts
     * of 14,000 inhabitants and quotas.
     */
    @Test
    void haarenIsSplitOverFourMunicipalitiesAndItsQuotaIsDividedByTheirShares() {
        register("GM0788", "Haaren");
        register("GM0757", "Boxtel");
        register("GM0824", "Oisterwijk");
        register("GM0855", "Tilburg");
        register("GM0865", "Vught");
        given().contentType("text/csv").body("code;name;population\nGM0788;Haaren;14000\n")
                .put("/quota/v1/populations/{date}", "2020-01-01").then().statusCode(200);
        quota("GM0788", "2020-H2", 20);
        quota("GM0788", "2021-H1", 23);
        quota("GM0757", "2021-H1", 60);
        quota("GM0855", "2021-H1", 400);
        List<Map<String, Object>> parts = List.of(receiver("GM0757", 4_000), receiver("GM0824", 5_500), receiver("GM0855", 1_500),
                receiver("GM0865", 3_000));

        given().contentType(ContentType.JSON).body(split("GM0788", parts, "2021-01-01")).post("/quota/v1/splits")
                .then().statusCode(201)
                .header("Location", org.hamcrest.Matchers.endsWith("/quota/v1/municipalities/GM0788"))
                .body("effectivePeriod", equalTo("2021-H1"))
                .body("receivers.municipalityCode", equalTo(List.of("GM0757", "GM0824", "GM0855", "GM0865")))
                // 23 by 4,000 / 5,500 / 1,500 / 3,000 of 14,000: 6.57, 9.04, 2.46, 4.93 → 7, 9, 2, 5 (largest remainder)
                .body("quotasDivided.persons", equalTo(List.of(7, 9, 2, 5)));

        assertQuota("GM0757", "2021-H1", 67, "SPLIT");
        assertQuota("GM0824", "2021-H1", 9, "SPLIT");
        assertQuota("GM0855", "2021-H1", 402, "SPLIT");
        assertQuota("GM0865", "2021-H1", 5, "SPLIT");
        assertQuota("GM0788", "2021-H1", 0, "ADJUSTED");
        assertQuota("GM0788", "2020-H2", 20, "IMPORTED");
        given().get("/quota/v1/municipalities/{code}", "GM0788").then().body("validUntil", equalTo("2020-12-31"));
        given().queryParam("validOn", "2021-01-01").queryParam("provinceCode", "PV30").queryParam("pageSize", 100)
                .get("/quota/v1/municipalities").then().body("items.code", not(hasItem("GM0788")))
                .body("items.code", hasItem("GM0865"));

        // from the split's half-year on, Haaren takes no quota: refused naming its receivers
        given().contentType(ContentType.JSON).body(Map.of("persons", 5, "reason", "Rijk"))
                .put("/quota/v1/municipalities/{code}/quotas/{period}", "GM0788", "2021-H1")
                .then().statusCode(400).contentType("application/problem+json")
                .body("invalidParams[0].name", equalTo("code"))
                .body("invalidParams[0].reason", containsString("GM0865"));
        // and it is split once
        given().contentType(ContentType.JSON).body(split("GM0788", parts, "2021-01-01")).post("/quota/v1/splits")
                .then().statusCode(400).body("invalidParams.name", equalTo(List.of("municipalityCode")));

        String event = await().atMost(Duration.ofSeconds(30)).until(() -> kafka.readAll("quota.events", "GM0788").stream()
                .filter(r -> SPLIT.equals(KafkaTopics.header(r, "ce_type"))).map(ConsumerRecord::value).findFirst().orElse(null),
                value -> value != null);
        EventSchemas.assertConforms(SPLIT, event);
        assertThat(event).contains("\"effectiveDate\":\"2021-01-01\"").contains("{\"municipalityCode\":\"GM0865\",\"share\":3000}");
    }

    private static void assertQuota(String code, String period, int persons, String basis) {
        given().get("/quota/v1/municipalities/{code}/quotas/{period}", code, period)
                .then().statusCode(200).body("persons", equalTo(persons)).body("basis", equalTo(basis));
    }

    @Test
    void sharesThatAreNotTheWholePopulationAreRefusedAndNothingIsWritten() {
        String split = TestData.municipality();
        String a = TestData.municipality();
        String b = TestData.municipality();
        given().contentType("text/csv").body("code;name;population\n" + split + ";Gesplitst;1000\n")
                .put("/quota/v1/populations/{date}", "2046-01-01").then().statusCode(200);
        quota(split, "2047-H1", 10);

        given().contentType(ContentType.JSON).body(split(split, List.of(receiver(a, 600), receiver(b, 399)), "2047-01-01"))
                .post("/quota/v1/splits")
                .then().statusCode(400).contentType("application/problem+json")
                .body("invalidParams.name", equalTo(List.of("receivers")))
                .body("invalidParams[0].reason", containsString("1000"));

        given().get("/quota/v1/municipalities/{code}", split).then().body("validUntil", nullValue());
        assertQuota(split, "2047-H1", 10, "IMPORTED");
        given().get("/quota/v1/municipalities/{code}/quotas/{period}", a, "2047-H1").then().statusCode(404);
    }

    @Test
    void eachHostileValueInAnOtherwiseValidSplitIsRefusedNamingItsField() {
        String split = TestData.municipality();
        String a = TestData.municipality();
        String b = TestData.municipality();
        String ceased = TestData.municipality();
        String absorbing = TestData.municipality();
        given().contentType(ContentType.JSON).body(Map.of("municipality", Map.of("code", absorbing),
                        "mergedMunicipalityCodes", List.of(ceased), "effectiveDate", "2046-07-01", "reason", "herindeling"))
                .post("/quota/v1/mergers").then().statusCode(201);
        String unknown = TestData.uniqueMunicipalityCode();

        List<Object[]> hostile = new ArrayList<>();
        hostile.add(new Object[] {split(split, List.of(receiver(a, 1), receiver(unknown, 1)), "2047-01-01"),
                "receivers[1].municipalityCode"});
        hostile.add(new Object[] {split(split, List.of(receiver(a, 1), receiver(ceased, 1)), "2047-01-01"),
                "receivers[1].municipalityCode"});
        hostile.add(new Object[] {split(split, List.of(receiver(a, 1), receiver(b, 0)), "2047-01-01"), "receivers[1].share"});
        hostile.add(new Object[] {split(split, List.of(receiver(a, 1), receiver("GM12", 1)), "2047-01-01"),
                "receivers[1].municipalityCode"});
        hostile.add(new Object[] {split(split, List.of(receiver(a, 1)), "2047-01-01"), "receivers"});
        hostile.add(new Object[] {split(unknown, List.of(receiver(a, 1), receiver(b, 1)), "2047-01-01"), "municipalityCode"});
        hostile.add(new Object[] {split(ceased, List.of(receiver(a, 1), receiver(b, 1)), "2047-01-01"), "municipalityCode"});
        for (Object[] request : hostile) {
            given().contentType(ContentType.JSON).body(request[0]).post("/quota/v1/splits")
                    .then().statusCode(400).contentType("application/problem+json")
                    .body("invalidParams.name", hasItem((String) request[1]));
        }
        given().get("/quota/v1/municipalities/{code}", split).then().body("validUntil", nullValue());
    }

    @Test
    void onlyTheRijkRecordsASplit() {
        String split = TestData.municipality();
        given().auth().oauth2(nl.permitholders.infrastructure.TestTokens.issuer().province("PV23"))
                .contentType(ContentType.JSON)
                .body(split(split, List.of(receiver(TestData.municipality(), 1), receiver(TestData.municipality(), 1)), "2047-01-01"))
                .post("/quota/v1/splits").then().statusCode(403);
    }

    /** A municipality of PV30 with a code no other test uses. */
    private static String fresh() {
        String code = TestData.uniqueMunicipalityCode();
        register(code, "Gemeente " + code);
        return code;
    }

    /**
     * R3: a receiver that merged away in the split's half-year holds no quota of it; its part goes to the municipality it
     * merged into, which holds the half-year. Receiver A merges into B on 1 April 2048; S, with a quota of 20 in 2048-I,
     * is split over A and C (1 : 1) on 1 January 2048: B's quota grows by A's 10, C's by its 10, nothing is lost.
     */
    @Test
    void aReceiverThatMergedAwayInTheSplitsHalfYearPassesItsPartToTheMunicipalityThatHoldsTheHalfYear() {
        String s = fresh();
        String a = fresh();
        String b = fresh();
        String c = fresh();
        quota(s, "2048-H1", 20);
        quota(a, "2048-H1", 5);
        quota(b, "2048-H1", 30);
        quota(c, "2048-H1", 7);
        given().contentType(ContentType.JSON).body(Map.of("municipality", Map.of("code", b), "mergedMunicipalityCodes", List.of(a),
                        "effectiveDate", "2048-04-01", "reason", "herindeling 2048"))
                .post("/quota/v1/mergers").then().statusCode(201);
        assertQuota(b, "2048-H1", 35, "MERGED");

        given().contentType(ContentType.JSON).body(split(s, List.of(receiver(a, 1), receiver(c, 1)), "2048-01-01"))
                .post("/quota/v1/splits").then().statusCode(201);

        assertQuota(b, "2048-H1", 45, "SPLIT");
        assertQuota(c, "2048-H1", 17, "SPLIT");
        given().get("/quota/v1/municipalities/{code}/quotas/{period}", a, "2048-H1").then().statusCode(200).body("persons", equalTo(0));
    }

    /** R2 with R3: a municipality split in the course of a half-year is no party to an exchange of it: its receivers are. */
    @Test
    void anExchangeNamingAMunicipalitySplitInTheHalfYearIsRefusedNamingItsReceivers() {
        String s = fresh();
        String a = fresh();
        String c = fresh();
        quota(s, "2049-H1", 20);
        quota(a, "2049-H1", 10);
        quota(c, "2049-H1", 10);
        given().contentType(ContentType.JSON).body(split(s, List.of(receiver(a, 1), receiver(c, 1)), "2049-04-01"))
                .post("/quota/v1/splits").then().statusCode(201);

        given().contentType(ContentType.JSON).body(Map.of("period", "2049-H1", "reason", "regionale afspraak", "changes", List.of(
                        Map.of("municipalityCode", a, "delta", 5), Map.of("municipalityCode", s, "delta", -5))))
                .post("/quota/v1/exchanges").then().statusCode(400).contentType("application/problem+json")
                .body("invalidParams[0].name", equalTo("changes[1].municipalityCode"))
                .body("invalidParams[0].reason", containsString(a));
    }
}
