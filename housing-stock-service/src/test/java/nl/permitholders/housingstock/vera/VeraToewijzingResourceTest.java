package nl.permitholders.housingstock.vera;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.permitholders.housingstock.TestData;
import nl.permitholders.infrastructure.EventSchemas;
import nl.permitholders.infrastructure.KafkaTopics;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Corporations' allocation systems reporting VERA Toewijzingen, one at a time and in batches. */
@QuarkusTest
class VeraToewijzingResourceTest {

    @BeforeEach
    void municipalitiesInTheRegister() {
        TestData.knownMunicipalities("GM0141", "GM0153");
    }

    private static final String TOEWIJZINGEN = "/housing-stock/v1/vera/toewijzingen";
    private static final String BATCHES = "/housing-stock/v1/vera/toewijzing-batches";
    private static final String ALLOCATIONS = "/housing-stock/v1/allocations";
    private static final String ALLOCATION_RECORDED = "nl.permitholders.housingstock.allocation-recorded.v1";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final KafkaTopics kafka = new KafkaTopics(ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class));

    static Map<String, Object> toewijzing(String organisation, String idExtern, String eenheid, int persons, String doelgroep) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("idExtern", idExtern);
        body.put("idOrganisatie", organisation);
        body.put("datum", "2025-02-14T09:30:00Z");
        body.put("eenheid", "https://vastgoed.example.org/v4/eenheden/" + eenheid);
        body.put("huishoudgrootte", persons);
        if (doelgroep != null) {
            body.put("aanvullendeDoelgroep", Map.of("code", doelgroep, "naam", "Statushouders"));
        }
        return body;
    }

    private static String registerUnit(String organisation, String externalId, String municipality) {
        return TestData.asCorporation(organisation).contentType(ContentType.JSON).body(TestData.unit(organisation, externalId, municipality, "REGULAR", 4))
                .post("/housing-stock/v1/units").then().statusCode(201).extract().path("id");
    }

    @Test
    void aToewijzingToStatushoudersIsRecordedAsAnAllocationToPermitHolders() {
        String corporation = TestData.uniqueCorporationId();
        String unitId = registerUnit(corporation, "ALM-0001", "GM0141");
        Response created = TestData.asCorporation(corporation).contentType(ContentType.JSON).body(toewijzing(corporation, "TW-1", "ALM-0001", 4, "STH"))
                .post(TOEWIJZINGEN);
        created.then().statusCode(201)
                .body("idExtern", equalTo("TW-1"))
                .body("idOrganisatie", equalTo(corporation))
                .body("datum", equalTo("2025-02-14"))
                .body("huishoudgrootte", equalTo(4))
                .body("aanvullendeDoelgroep.code", equalTo("STH"));
        String id = created.path("id");
        assertThat(created.header("Location")).endsWith(ALLOCATIONS + "/" + id);

        TestData.asCorporation(corporation).get(ALLOCATIONS + "/{id}", id).then().statusCode(200)
                .body("corporationId", equalTo(corporation))
                .body("externalId", equalTo("TW-1"))
                .body("municipalityCode", equalTo("GM0141"))
                .body("unitId", equalTo(unitId))
                .body("allocatedOn", equalTo("2025-02-14"))
                .body("persons", equalTo(4))
                .body("permitHolders", equalTo(true))
                .body("additionalTargetGroup", equalTo("STH"));
        TestData.asCorporation(corporation).contentType(ContentType.JSON).body(toewijzing(corporation, "TW-1", "ALM-0001", 4, "STH")).post(TOEWIJZINGEN)
                .then().statusCode(200).body("id", equalTo(id));
    }

    @Test
    void theSameIdExternWithOtherContentIsAConflictNamingWhatDiffers() {
        String corporation = TestData.uniqueCorporationId();
        registerUnit(corporation, "ALM-0002", "GM0141");
        TestData.asCorporation(corporation).contentType(ContentType.JSON).body(toewijzing(corporation, "TW-2", "ALM-0002", 4, "STH")).post(TOEWIJZINGEN)
                .then().statusCode(201);
        TestData.asCorporation(corporation).contentType(ContentType.JSON).body(toewijzing(corporation, "TW-2", "ALM-0002", 5, null)).post(TOEWIJZINGEN)
                .then().statusCode(409).contentType("application/problem+json")
                .body("detail", allOf(containsString("TW-2"), containsString("huishoudgrootte differs from the allocation recorded before: 4"),
                        containsString("aanvullendeDoelgroep.code")));
        // Another organisation has its own idExterns; it has no unit ALM-0002, so the allocation cannot be placed.
        String another = TestData.uniqueCorporationId();
        TestData.asCorporation(another).contentType(ContentType.JSON).body(toewijzing(another, "TW-2", "ALM-0002", 5, null))
                .post(TOEWIJZINGEN).then().statusCode(400).body("invalidParams.name", contains("eenheid"));
    }

    @Test
    void aToewijzingWithoutEenheidIsRefused() {
        String corporation = TestData.uniqueCorporationId();
        Map<String, Object> body = toewijzing(corporation, "TW-3", "x", 2, "STH");
        body.remove("eenheid");
        TestData.asCorporation(corporation).contentType(ContentType.JSON).body(body).post(TOEWIJZINGEN)
                .then().statusCode(400).contentType("application/problem+json")
                .body("invalidParams.name", contains("eenheid"));
    }

    @Test
    void aDateOutsideTheRangeOrANulInTextIsRefusedNamingTheProperty() {
        String corporation = TestData.uniqueCorporationId();
        registerUnit(corporation, "ALM-0009", "GM0141");
        Map<String, Object> body = toewijzing(corporation, "TW-9", "ALM-0009", 2, "STH");
        body.put("datum", "0025-03-01");
        TestData.asCorporation(corporation).contentType(ContentType.JSON).body(body).post(TOEWIJZINGEN)
                .then().statusCode(400).contentType("application/problem+json")
                .body("invalidParams.name", contains("datum"))
                .body("invalidParams[0].reason", equalTo("must be a date from 2000-01-01 to 2100-12-31"));
        body.put("datum", "2025-03-01");
        body.put("idExtern", "TW-\u00009");
        TestData.asCorporation(corporation).contentType(ContentType.JSON).body(body).post(TOEWIJZINGEN)
                .then().statusCode(400).contentType("application/problem+json")
                .body("invalidParams.name", contains("idExtern"))
                .body("invalidParams[0].reason", equalTo("must not contain the NUL character (U+0000)"));
        TestData.asCorporation(corporation).queryParam("corporationId", corporation).get(ALLOCATIONS)
                .then().statusCode(200).body("totalItems", equalTo(0));
    }

    @Test
    void anUnknownDoelgroepCodeIsRefused() {
        String corporation = TestData.uniqueCorporationId();
        TestData.asCorporation(corporation).contentType(ContentType.JSON).body(toewijzing(corporation, "TW-4", "x", 2, "VLU"))
                .post(TOEWIJZINGEN)
                .then().statusCode(400).contentType("application/problem+json")
                .body("invalidParams.name", contains("aanvullendeDoelgroep.code"))
                .body("invalidParams.reason", hasItem(containsString("STH")));
    }

    @Test
    void anUnregisteredUnitNeedsItsMunicipalityAsAGemeentecode() {
        String corporation = TestData.uniqueCorporationId();
        TestData.asCorporation(corporation).contentType(ContentType.JSON).body(toewijzing(corporation, "TW-5", "NOT-REGISTERED", 2, "STH")).post(TOEWIJZINGEN)
                .then().statusCode(400).body("invalidParams.name", contains("eenheid"))
                .body("invalidParams.reason", hasItem(containsString("gemeentecode")));
        Map<String, Object> stated = toewijzing(corporation, "TW-5", "NOT-REGISTERED", 2, "STH");
        stated.put("extra-attributen", List.of(Map.of("naam", "gemeentecode", "waarde", "0153")));
        String id = TestData.asCorporation(corporation).contentType(ContentType.JSON).body(stated).post(TOEWIJZINGEN).then().statusCode(201).extract().path("id");
        TestData.asMunicipality("GM0153").get(ALLOCATIONS + "/{id}", id).then().body("municipalityCode", equalTo("GM0153")).body("unitId", nullValue());
        stated.put("extra-attributen", List.of(Map.of("naam", "gemeentecode", "waarde", "GM9999")));
        TestData.asCorporation(corporation).contentType(ContentType.JSON).body(stated).post(TOEWIJZINGEN).then().statusCode(409)
                .body("detail", containsString("extra-attributen.gemeentecode"));
        stated.put("extra-attributen", List.of(Map.of("naam", "gemeentecode", "waarde", "Almelo")));
        TestData.asCorporation(corporation).contentType(ContentType.JSON).body(stated).post(TOEWIJZINGEN).then().statusCode(400)
                .body("invalidParams.name", contains("extra-attributen.gemeentecode"));
    }

    @Test
    void theOrganisationMayComeFromTheSenderHeader() {
        String corporation = TestData.uniqueCorporationId();
        registerUnit(corporation, "ALM-0006", "GM0141");
        Map<String, Object> body = toewijzing(null, "TW-6", "ALM-0006", 3, "STH");
        body.remove("idOrganisatie");
        TestData.asCorporation(corporation).contentType(ContentType.JSON).body(body).post(TOEWIJZINGEN)
                .then().statusCode(400).body("invalidParams.name", contains("idOrganisatie"));
        TestData.asCorporation(corporation).contentType(ContentType.JSON).header("X-Stuurgegevens-Zender-Organisatie", corporation).body(body).post(TOEWIJZINGEN)
                .then().statusCode(201).body("idOrganisatie", equalTo(corporation));
    }

    @Test
    void aRetiredUnitTakesNoAllocationFromItsRetirement() {
        String corporation = TestData.uniqueCorporationId();
        String unitId = registerUnit(corporation, "ALM-0007", "GM0141");
        TestData.asCorporation(corporation).contentType(ContentType.JSON).body(Map.of("retiredOn", "2025-02-01")).put("/housing-stock/v1/units/{id}/retirement", unitId)
                .then().statusCode(200);
        TestData.asCorporation(corporation).contentType(ContentType.JSON).body(toewijzing(corporation, "TW-7", "ALM-0007", 3, "STH")).post(TOEWIJZINGEN)
                .then().statusCode(400).body("invalidParams.reason", hasItem(containsString("left the stock on 2025-02-01")));
    }

    @Test
    void theBodyIsOneToewijzingOrABatchOfThemEachAtItsOwnAddress() {
        String corporation = TestData.uniqueCorporationId();
        TestData.asCorporation(corporation).contentType(ContentType.JSON).body("\"TW-1\"").post(TOEWIJZINGEN)
                .then().statusCode(400).contentType("application/problem+json").body("invalidParams.name", contains("body"));
        TestData.asCorporation(corporation).contentType(ContentType.JSON).body("\"TW-1\"").post(BATCHES)
                .then().statusCode(400).contentType("application/problem+json").body("invalidParams.name", contains("body"));
        TestData.asCorporation(corporation).contentType(ContentType.JSON)
                .body(List.of(toewijzing(corporation, "TW-1", "ALM-0001", 4, "STH"))).post(TOEWIJZINGEN)
                .then().statusCode(400).body("invalidParams.name", contains("body"))
                .body("invalidParams.reason", contains(containsString("/housing-stock/v1/vera/toewijzing-batches")));
        TestData.asCorporation(corporation).contentType(ContentType.JSON)
                .body(toewijzing(corporation, "TW-1", "ALM-0001", 4, "STH")).post(BATCHES)
                .then().statusCode(400).body("invalidParams.name", contains("body"))
                .body("invalidParams.reason", contains("must be an array of Toewijzingen"));
        TestData.asCorporation(corporation).queryParam("corporationId", corporation).get(ALLOCATIONS).then().statusCode(200)
                .body("totalItems", equalTo(0));
        TestData.asCorporation(corporation).contentType(ContentType.JSON).body("[]").post(BATCHES)
                .then().statusCode(400).body("invalidParams.reason", hasItem(containsString("at least one")));
        TestData.asCorporation(corporation).contentType(ContentType.JSON).body("[{\"idExtern\":").post(BATCHES)
                .then().statusCode(400).contentType("application/problem+json");
        StringBuilder tooMany = new StringBuilder("[");
        for (int i = 0; i <= 10_000; i++) {
            tooMany.append(i == 0 ? "" : ",").append("{}");
        }
        TestData.asCorporation(corporation).contentType(ContentType.JSON).body(tooMany.append("]").toString()).post(BATCHES)
                .then().statusCode(400).body("invalidParams.reason", hasItem(containsString("at most 10000")));
    }

    @Test
    void aBodyOverTheLimitIsRefusedAsTooLargeBeforeItIsSent() throws IOException {
        // A careful client declares the length and waits for 100 Continue; the service answers on the headers alone.
        try (Socket socket = new Socket("localhost", RestAssured.port)) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(("POST " + TOEWIJZINGEN + " HTTP/1.1\r\nHost: localhost\r\n"
                    + "Authorization: Bearer " + TestData.corporationToken(TestData.uniqueCorporationId()) + "\r\n"
                    + "Content-Type: application/json\r\nExpect: 100-continue\r\nContent-Length: " + 21 * 1024 * 1024
                    + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            String response = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            String[] headAndBody = response.split("\r\n\r\n", 2);
            assertThat(headAndBody[0]).startsWith("HTTP/1.1 413").containsIgnoringCase("content-type: application/problem+json")
                    .contains("API-Version: 1.0.0");
            JsonNode problem = json(headAndBody[1]);
            assertThat(problem.get("status").asInt()).isEqualTo(413);
            assertThat(problem.get("detail").asText()).contains("20 MB");
        }
    }

    /** A batch in the shape of Woonruimteverdeling.yaml (Toewijzingbericht), with the fields corporations' systems fill in. */
    @Test
    void aVeraBatchRoundTripsItemByItem() {
        String corporation = TestData.uniqueCorporationId();
        String municipality = TestData.uniqueMunicipalityCode();
        String unitId = registerUnit(corporation, "ALM-0100", municipality);
        String batch = resource("/vera/toewijzingen-batch.json")
                .replace("{{organisatie}}", corporation).replace("{{eenheid}}", "ALM-0100").replace("{{gemeentecode}}", municipality);

        Response response = TestData.asCorporation(corporation).contentType(ContentType.JSON).body(batch).post(BATCHES);
        response.then().statusCode(200)
                .body("received", equalTo(8)).body("accepted", equalTo(3)).body("alreadyAccepted", equalTo(1))
                .body("refused", equalTo(3)).body("conflicts", equalTo(1))
                .body("items.index", contains(0, 1, 2, 3, 4, 5, 6, 7))
                .body("items.outcome", contains("ACCEPTED", "ACCEPTED", "ACCEPTED", "REFUSED", "REFUSED", "ALREADY_ACCEPTED",
                        "CONFLICT", "REFUSED"))
                .body("items[3].reasons.name", contains("eenheid"))
                .body("items[4].reasons.name", contains("aanvullendeDoelgroep.code"))
                .body("items[6].reasons.name", contains("huishoudgrootte"))
                .body("items[7].reasons.name", contains("huishoudgrootte"))
                .body("items[7].idExtern", equalTo("TW-2025-0008"));
        String first = response.path("items[0].allocationId");
        assertThat((String) response.path("items[5].allocationId")).isEqualTo(first);

        TestData.asCorporation(corporation).queryParam("corporationId", corporation).get(ALLOCATIONS).then().statusCode(200)
                .body("totalItems", equalTo(3))
                .body("items.externalId", contains("TW-2025-0001", "TW-2025-0002", "TW-2025-0003"))
                .body("items.permitHolders", contains(true, true, false))
                .body("items.unitId", contains(unitId, null, null))
                .body("items.municipalityCode", contains(municipality, municipality, municipality));
        TestData.asCorporation(corporation).queryParam("corporationId", corporation).queryParam("permitHolders", "true").queryParam("from", "2025-02-15")
                .get(ALLOCATIONS).then().body("items.externalId", contains("TW-2025-0002"));

        TestData.asCorporation(corporation).contentType(ContentType.JSON).body(batch).post(BATCHES).then().statusCode(200)
                .body("accepted", equalTo(0)).body("alreadyAccepted", equalTo(4)).body("conflicts", equalTo(1));

        List<ConsumerRecord<String, String>> events = await().atMost(Duration.ofSeconds(30))
                .until(() -> kafka.readAll("housing-stock.events", municipality).stream()
                        .filter(r -> ALLOCATION_RECORDED.equals(KafkaTopics.header(r, "ce_type"))).toList(), r -> r.size() == 3);
        events.forEach(r -> EventSchemas.assertConforms(ALLOCATION_RECORDED, r.value()));
        JsonNode firstEvent = json(events.stream().filter(r -> r.value().contains(first)).findFirst().orElseThrow().value());
        assertThat(firstEvent.get("permitHolders").asBoolean()).isTrue();
        assertThat(firstEvent.get("persons").asInt()).isEqualTo(4);
        assertThat(firstEvent.get("allocatedOn").asText()).isEqualTo("2025-02-14");
        assertThat(firstEvent.get("corporationId").asText()).isEqualTo(corporation);
        assertThat(firstEvent.get("unitId").asText()).isEqualTo(unitId);
        assertThat(firstEvent.toString()).doesNotContain("KND-9", "relaties", "rekeninkomen");
    }

    @Test
    void aBatchOfTenThousandIsHandledInOneRequest() throws Exception {
        String corporation = TestData.uniqueCorporationId();
        StringBuilder batch = new StringBuilder("[");
        for (int i = 0; i < 10_000; i++) {
            batch.append(i == 0 ? "" : ",").append("""
                    {"idExtern":"TW-%05d","idOrganisatie":"%s","datum":"2024-%02d-%02dT10:00:00Z","eenheid":"https://vastgoed.example.org/v4/eenheden/E-%05d",\
                    "huishoudgrootte":%d,"aanvullendeDoelgroep":{"code":"%s","naam":"x"},"doelgroep":{"code":"EEN"},"rekenhuur":612.5,\
                    "kandidaat":{"idExtern":"K-%05d"},"extra-attributen":[{"naam":"gemeentecode","waarde":"GM0141"}]}"""
                    .formatted(i, corporation, 1 + i % 12, 1 + i % 28, i, 1 + i % 6, i % 10 == 0 ? "STH" : "ZIN", i));
        }
        String body = batch.append("]").toString();

        // A plain HTTP client, as an allocation system would use, so the time measured is the service's.
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + RestAssured.port + BATCHES))
                .header("Content-Type", "application/json").header("Authorization", "Bearer " + TestData.corporationToken(corporation))
                .timeout(Duration.ofSeconds(60))
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        long started = System.nanoTime();
        HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        System.out.printf("VERA batch of 10,000 Toewijzingen (%.1f MB): %d ms%n", body.length() / 1e6, took.toMillis());

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode report = json(response.body());
        assertThat(report.get("received").asInt()).isEqualTo(10_000);
        assertThat(report.get("accepted").asInt()).isEqualTo(10_000);
        assertThat(report.get("items")).hasSize(10_000);
        assertThat(report.get("items").get(9_999).get("idExtern").asText()).isEqualTo("TW-09999");
        assertThat(took).isLessThan(Duration.ofSeconds(60));
        TestData.asCorporation(corporation).queryParam("corporationId", corporation).queryParam("pageSize", 1).get(ALLOCATIONS)
                .then().body("totalItems", equalTo(10_000));
        TestData.asCorporation(corporation).queryParam("corporationId", corporation).queryParam("permitHolders", "true").queryParam("pageSize", 1).get(ALLOCATIONS)
                .then().body("totalItems", equalTo(1_000));
    }

    private static String resource(String name) {
        try (InputStream in = VeraToewijzingResourceTest.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonNode json(String value) {
        try {
            return JSON.readTree(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
