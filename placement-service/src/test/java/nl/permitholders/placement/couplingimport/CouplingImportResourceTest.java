package nl.permitholders.placement.couplingimport;

import static nl.permitholders.placement.Callers.asCoa;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;
import nl.permitholders.infrastructure.EventSchemas;
import nl.permitholders.infrastructure.KafkaTopics;
import nl.permitholders.placement.Callers;
import nl.permitholders.placement.Couplings;
import nl.permitholders.placement.Units;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/**
 * COA's records taken in at once (docs/placement-api.md, "Importing COA's records"), through the real database and
 * broker: the same couplings, placements, reunifications, cancellations and events as the single writes make, all or
 * nothing with every refused line named, idempotent on COA's reference, the rules of R3 at the merger and split dates,
 * and the stated limits.
 */
@QuarkusTest
class CouplingImportResourceTest {

    private static final String IMPORTS = "/placements/v1/coupling-imports";
    private static final String PREFIX = "nl.permitholders.placement.";
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final String HEADER = "COA-referentie;Gemeentecode;Volwassenen;Minderjarigen;Huishouden;Vergunningsdatum;"
            + "Koppeldatum;Datum huisvesting;Personen gehuisvest;Soort huisvesting;Datum aankomst nareizigers;"
            + "Nareizigers aangekomen;Datum annulering;Reden annulering";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final KafkaTopics kafka = Units.kafka();

    /** A line: reference, municipality, adults, minors, type, permit, coupling date, then the optional groups ("" = empty). */
    private static String line(String... fields) {
        List<String> all = new ArrayList<>(Arrays.asList(fields));
        while (all.size() < 14) {
            all.add("");
        }
        return String.join(";", all);
    }

    private static String csv(String... lines) {
        return HEADER + "\n" + String.join("\n", lines) + "\n";
    }

    private static ValidatableResponse send(String csv) {
        return asCoa().contentType("text/csv").body(csv.getBytes(StandardCharsets.UTF_8)).post(IMPORTS).then();
    }

    private static String reference(String name) {
        return "IMP-" + name + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private List<ConsumerRecord<String, String>> events(String municipality) {
        return kafka.readAll("placement.events", municipality);
    }

    private static List<String> types(List<ConsumerRecord<String, String>> records) {
        return records.stream().map(r -> KafkaTopics.header(r, "ce_type").replace(PREFIX, "")).toList();
    }

    /** The event's data without what differs between two households of the same facts: ids and the municipality. */
    private static JsonNode facts(ConsumerRecord<String, String> record) throws IOException {
        ObjectNode data = (ObjectNode) JSON.readTree(record.value());
        List.of("couplingId", "placementId", "reunificationId", "joinedPlacementId", "municipalityCode").forEach(data::remove);
        return data;
    }

    private static JsonPath awaitEnded(String location) {
        java.util.concurrent.atomic.AtomicReference<String> last = new java.util.concurrent.atomic.AtomicReference<>();
        try {
            return await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(250)).until(() -> {
                String body = asCoa().get(location).then().statusCode(200).extract().asString();
                last.set(body);
                return new JsonPath(body);
            }, status -> List.of("ACCEPTED", "REFUSED", "FAILED").contains(status.getString("state")));
        } catch (org.awaitility.core.ConditionTimeoutException e) {
            throw new AssertionError("the import did not end; it stood so: " + last.get(), e);
        }
    }

    /** The import's completion on placement.events (subject and key NL01), once published. */
    private ConsumerRecord<String, String> completion(String importId) {
        ConsumerRecord<String, String> completed = await().atMost(Duration.ofSeconds(30)).until(() -> kafka.readAll("placement.events",
                "NL01").stream().filter(r -> r.value().contains(importId)).findFirst().orElse(null), r -> r != null);
        EventSchemas.assertConforms(PREFIX + "coupling-import-completed.v1", completed.value());
        return completed;
    }

    private static String coupling(String coaReference) {
        return asCoa().queryParam("coaReference", coaReference).get("/placements/v1/couplings").then().statusCode(200)
                .extract().path("items[0].id");
    }

    @Test
    void everyHouseholdBecomesTheSameRecordsAndEventsAsTheSingleWritesWouldMake() throws IOException {
        // The same household twice: once through the single writes, once in a file.
        String byApi = Couplings.newMunicipality();
        Map<String, Object> registration = Couplings.family(byApi, 2, 2, LocalDate.of(2024, 2, 15));
        String viaApi = Couplings.register(registration);
        String placement = Couplings.asItsMunicipality(viaApi).contentType(ContentType.JSON)
                .body(Map.of("persons", 3, "housedOn", "2024-04-01", "unitType", "INTERMEDIATE"))
                .post("/placements/v1/couplings/{id}/placements", viaApi).then().statusCode(201).extract().path("id");
        Couplings.asItsMunicipality(viaApi).contentType(ContentType.JSON).body(Map.of("persons", 2, "arrivedOn", "2024-05-01"))
                .post("/placements/v1/couplings/{id}/reunifications", viaApi).then().statusCode(201);
        asCoa().contentType(ContentType.JSON).body(Map.of("reason", "RECOUPLED", "cancelledOn", "2024-06-03"))
                .post("/placements/v1/couplings/{id}/cancellation", viaApi).then().statusCode(200);

        String byFile = Couplings.newMunicipality();
        String family = reference("family");
        String single = reference("single");
        JsonPath imported = send(csv(
                line(family, byFile, "2", "2", "gezin", "01-02-2024", "15-02-2024", "01-04-2024", "3", "tussenvoorziening",
                        "01-05-2024", "2", "03-06-2024", "herkoppeld"),
                line(single, byFile.substring(2), "1", "0", "alleenstaande", "2024-02-01", "2024-02-15")))
                .statusCode(201).contentType(ContentType.JSON).extract().jsonPath();

        assertThat(imported.getString("state")).isEqualTo("ACCEPTED");
        assertThat(imported.getInt("lines")).isEqualTo(2);
        assertThat(imported.getInt("linesAccepted")).isEqualTo(2);
        assertThat(imported.getInt("couplingsRegistered")).isEqualTo(2);
        assertThat(imported.getInt("placementsRecorded")).isEqualTo(1);
        assertThat(imported.getInt("reunificationsRecorded")).isEqualTo(1);
        assertThat(imported.getInt("couplingsCancelled")).isEqualTo(1);
        assertThat(imported.getInt("events")).isEqualTo(5);
        assertThat(imported.getString("sender")).isEqualTo(Callers.COA_PLANNER);
        assertThat(imported.getString("senderRole")).isEqualTo("coa");

        String viaFile = coupling(family);
        asCoa().get("/placements/v1/couplings/{id}", viaFile).then().statusCode(200)
                .body("status", equalTo("CANCELLED")).body("personsHoused", equalTo(3)).body("cancellationReason", equalTo("RECOUPLED"));
        asCoa().get("/placements/v1/couplings/{id}/reunifications", viaFile).then().statusCode(200)
                .body("items[0].temporary", equalTo(true));
        asCoa().get("/placements/v1/couplings/{id}", coupling(single)).then().statusCode(200)
                .body("status", equalTo("COUPLED")).body("municipalityCode", equalTo(byFile));

        // The same events, in the same order, with the same facts; the family joined the placement in temporary housing.
        List<ConsumerRecord<String, String>> api = await().atMost(Duration.ofSeconds(30))
                .until(() -> events(byApi), records -> records.size() >= 4);
        List<ConsumerRecord<String, String>> file = await().atMost(Duration.ofSeconds(30))
                .until(() -> events(byFile), records -> records.size() >= 5);
        assertThat(types(file)).containsExactly("coupling-registered.v1", "placement-recorded.v1", "reunification-arrived.v1",
                "coupling-cancelled.v1", "coupling-registered.v1");
        assertThat(types(file).subList(0, 4)).isEqualTo(types(api));
        for (int i = 0; i < 4; i++) {
            assertThat(facts(file.get(i))).as(types(file).get(i)).isEqualTo(facts(api.get(i)));
            EventSchemas.assertConforms(KafkaTopics.header(file.get(i), "ce_type"), file.get(i).value());
            assertThat(file.get(i).key()).isEqualTo(byFile);
        }
        String filePlacement = JSON.readTree(file.get(1).value()).path("placementId").asText();
        assertThat(JSON.readTree(file.get(2).value()).path("joinedPlacementId").asText()).isEqualTo(filePlacement);
        assertThat(JSON.readTree(api.get(2).value()).path("joinedPlacementId").asText()).isEqualTo(placement);

        // The import is told of, after its households' events, as one import of its sender.
        ConsumerRecord<String, String> completed = completion(imported.getString("id"));
        assertThat(JSON.readTree(completed.value()).path("state").asText()).isEqualTo("ACCEPTED");
        // Each household's trail names the import and its sender.
        JsonPath trail = asCoa().get("/placements/v1/couplings/{id}/audit-trail", viaFile).then().statusCode(200).extract().jsonPath();
        assertThat(trail.getList("items.actor", String.class)).containsOnly(Callers.COA_PLANNER);
        assertThat(trail.getList("items.actorRole", String.class)).containsOnly("coa");
        assertThat(trail.getList("items.reason", String.class)).allSatisfy(reason -> assertThat(reason)
                .contains("import " + imported.getString("id")));
        assertThat(trail.getList("items.action", String.class)).hasSize(4);
        asCoa().get(IMPORTS + "/{id}", imported.getString("id")).then().statusCode(200)
                .body("eventsPublished", equalTo(5));
    }

    @Test
    void refusedLinesAreNamedByLineAndColumnAndNothingOfTheFileIsStored() {
        String municipality = Couplings.newMunicipality();
        String valid = reference("valid");
        String fileName = "refused-" + UUID.randomUUID() + ".csv";
        String csv = csv(
                line(valid, municipality, "2", "0", "gezin", "01-02-2024", "15-02-2024"),
                line(reference("code"), "Almelo", "1", "0", "alleenstaande", "01-02-2024", "15-02-2024"),
                line(reference("too-many"), municipality, "2", "1", "gezin", "01-02-2024", "15-02-2024", "01-04-2024", "5"),
                line(reference("future"), municipality, "1", "0", "alleenstaande", "01-02-2024", LocalDate.now().plusDays(9).toString()),
                line(reference("single"), municipality, "2", "0", "alleenstaande", "01-02-2024", "15-02-2024"),
                line(valid, municipality, "2", "0", "gezin", "01-02-2024", "15-02-2024"),
                line(reference("date"), municipality, "1", "0", "alleenstaande", "31-02-2024", "15-02-2024"),
                line(reference("half"), municipality, "1", "0", "alleenstaande", "01-02-2024", "15-02-2024", "01-04-2024", ""));

        JsonPath problem = asCoa().contentType("text/csv").queryParam("fileName", fileName).body(csv).post(IMPORTS)
                .then().statusCode(400).contentType("application/problem+json").extract().jsonPath();

        assertThat(problem.getList("invalidParams.name", String.class)).containsExactly(
                "line 3: Gemeentecode", "line 4: Personen gehuisvest", "line 5: Koppeldatum", "line 6: Huishouden",
                "line 7: COA-referentie", "line 8: Vergunningsdatum", "line 9: Personen gehuisvest");
        assertThat(problem.getString("invalidParams.find { it.name == 'line 4: Personen gehuisvest' }.reason"))
                .contains("3 of its 3 persons not yet housed; 5 cannot be placed");
        assertThat(problem.getString("invalidParams.find { it.name == 'line 7: COA-referentie' }.reason")).contains("line 2");
        assertThat(problem.getString("invalidParams.find { it.name == 'line 9: Personen gehuisvest' }.reason")).isEqualTo("is empty");
        // All or nothing: the valid line is not stored, nor is the import.
        asCoa().queryParam("coaReference", valid).get("/placements/v1/couplings").then().statusCode(200).body("totalItems", equalTo(0));
        assertThat(asCoa().queryParam("pageSize", 100).get(IMPORTS).then().statusCode(200).extract().jsonPath()
                .getList("items.fileName", String.class)).doesNotContain(fileName);
    }

    @Test
    void theSameFileSentAgainChangesNothing() {
        String municipality = Couplings.newMunicipality();
        String csv = csv(
                line(reference("a"), municipality, "2", "1", "gezin", "01-02-2024", "15-02-2024", "01-04-2024", "3", "regulier",
                        "01-05-2024", "1"),
                line(reference("b"), municipality, "1", "2", "gezin", "01-02-2024", "15-02-2024", "01-04-2024", "1", "",
                        "", "", "01-06-2024", "ingetrokken"),
                line(reference("c"), municipality, "1", "0", "alleenstaande", "01-02-2024", "15-02-2024"));
        String first = send(csv).statusCode(201).body("events", equalTo(7)).extract().path("id");
        await().atMost(Duration.ofSeconds(30)).until(() -> asCoa().get(IMPORTS + "/{id}", first).then().extract()
                .<Integer>path("eventsPublished"), published -> published == 7);
        int eventsBefore = events(municipality).size();

        JsonPath again = send(csv).statusCode(201).extract().jsonPath();

        assertThat(again.getString("state")).isEqualTo("ACCEPTED");
        assertThat(again.getInt("linesUnchanged")).isEqualTo(3);
        assertThat(again.getInt("couplingsRegistered") + again.getInt("placementsRecorded") + again.getInt("reunificationsRecorded")
                + again.getInt("couplingsCancelled") + again.getInt("events")).isZero();
        // Its own completion is published after anything it could have published about the households.
        completion(again.getString("id"));
        assertThat(events(municipality)).hasSize(eventsBefore);
        asCoa().queryParam("municipalityCode", municipality).get("/placements/v1/couplings").then().statusCode(200)
                .body("totalItems", equalTo(3));
    }

    @Test
    void aCouplingRegisteredBeforeIsNotRegisteredAgainTakesItsPlacementAndOtherDataIsRefusedNamingIt() {
        String municipality = Couplings.newMunicipality();
        Map<String, Object> registration = Couplings.family(municipality, 2, 2, LocalDate.of(2024, 3, 1));
        String known = Couplings.register(registration);
        String reference = (String) registration.get("coaReference");

        JsonPath imported = send(csv(line(reference, municipality, "2", "2", "gezin", "2024-02-16", "2024-03-01", "2024-04-02", "4")))
                .statusCode(201).extract().jsonPath();

        assertThat(imported.getInt("couplingsRegistered")).isZero();
        assertThat(imported.getInt("placementsRecorded")).isEqualTo(1);
        asCoa().get("/placements/v1/couplings/{id}", known).then().body("status", equalTo("HOUSED")).body("personsHoused", equalTo(4));
        // Other data under the same reference is a correction, which the import does not make.
        send(csv(line(reference, municipality, "3", "2", "gezin", "2024-02-16", "2024-03-01")))
                .statusCode(400).body("invalidParams[0].name", equalTo("line 2: COA-referentie"))
                .body("invalidParams[0].reason", containsString(known))
                .body("invalidParams[0].reason", containsString("adults 2 → 3"));
        // More persons housed than coupled, counting those housed before.
        send(csv(line(reference, municipality, "2", "2", "gezin", "2024-02-16", "2024-03-01", "2024-05-02", "1")))
                .statusCode(400).body("invalidParams[0].name", equalTo("line 2: Datum huisvesting"))
                .body("invalidParams[0].reason", containsString("HOUSED"));
    }

    @Test
    void aLineAcrossAMergerOrSplitDateIsRefusedNamingTheSuccessorOrTheReceiversAsTheSingleWriteIs() {
        String continuing = Couplings.newMunicipality();
        String merged = Couplings.newMunicipality();
        String split = Couplings.newMunicipality();
        String east = Couplings.newMunicipality();
        String west = Couplings.newMunicipality();
        String mergerData = """
                {"mergerId":"%s","municipalityCode":"%s","mergedMunicipalityCodes":["%s"],"effectiveDate":"2024-01-01","effectivePeriod":"2024-H1"}"""
                .formatted(UUID.randomUUID(), continuing, merged);
        String splitData = """
                {"splitId":"%s","municipalityCode":"%s","receivers":[{"municipalityCode":"%s","share":6000},\
                {"municipalityCode":"%s","share":4000}],"effectiveDate":"2024-01-01","effectivePeriod":"2024-H1"}"""
                .formatted(UUID.randomUUID(), split, east, west);
        EventSchemas.assertConforms("nl.permitholders.quota.municipalities-merged.v1", mergerData);
        EventSchemas.assertConforms("nl.permitholders.quota.municipality-split.v1", splitData);
        kafka.sendCloudEvent("quota.events", continuing, UUID.randomUUID(), "nl.permitholders.quota.municipalities-merged.v1", mergerData);
        kafka.sendCloudEvent("quota.events", split, UUID.randomUUID(), "nl.permitholders.quota.municipality-split.v1", splitData);
        // The single write refuses a coupling to the split municipality once it knows the split, naming the receivers.
        await().atMost(Duration.ofSeconds(30)).until(() -> asCoa().contentType(ContentType.JSON)
                .body(Couplings.single(split, LocalDate.of(2024, 2, 1))).post("/placements/v1/couplings").statusCode() == 400);
        asCoa().contentType(ContentType.JSON).body(Couplings.single(split, LocalDate.of(2024, 2, 1))).post("/placements/v1/couplings")
                .then().body("invalidParams[0].name", equalTo("municipalityCode"))
                .body("invalidParams[0].reason", containsString(east + " and " + west));
        await().atMost(Duration.ofSeconds(30)).until(() -> asCoa().contentType(ContentType.JSON)
                .body(Couplings.single(merged, LocalDate.of(2024, 2, 1))).post("/placements/v1/couplings").statusCode() == 400);

        JsonPath problem = send(csv(
                line(reference("merged"), merged, "1", "0", "alleenstaande", "2024-01-15", "2024-02-01"),
                line(reference("split"), split, "1", "0", "alleenstaande", "2024-01-15", "2024-02-01"),
                line(reference("before"), split, "1", "0", "alleenstaande", "2023-11-01", "2023-12-01", "2024-01-10", "1"),
                line(reference("merged-before"), merged, "1", "0", "alleenstaande", "2023-11-01", "2023-12-01", "2024-01-10", "1")))
                .statusCode(400).extract().jsonPath();

        assertThat(problem.getList("invalidParams.name", String.class))
                .containsExactly("line 2: Gemeentecode", "line 3: Gemeentecode", "line 4: Datum huisvesting");
        assertThat(problem.getList("invalidParams.reason", String.class).get(0)).contains("merged into " + continuing)
                .contains("couple to " + continuing);
        assertThat(problem.getList("invalidParams.reason", String.class).get(1)).contains("split over " + east + " and " + west);
        assertThat(problem.getList("invalidParams.reason", String.class).get(2)).contains(east).contains(west);

        // Once COA has named its receiver, the receiver answers for the coupling and the same placement is taken in.
        String divided = reference("divided");
        String registered = line(divided, split, "1", "0", "alleenstaande", "2023-11-01", "2023-12-01");
        send(csv(registered)).statusCode(201).body("couplingsRegistered", equalTo(1));
        String placed = line(divided, split, "1", "0", "alleenstaande", "2023-11-01", "2023-12-01", "2024-01-10", "1");
        assertThat(send(csv(placed)).statusCode(400).extract().jsonPath().getList("invalidParams.name", String.class))
                .containsExactly("line 2: Datum huisvesting");
        asCoa().contentType(ContentType.JSON).body(Map.of("municipalityCode", west))
                .put("/placements/v1/couplings/{id}/receiving-municipality", coupling(divided)).then().statusCode(200);
        send(csv(placed)).statusCode(201).body("placementsRecorded", equalTo(1));
        Callers.asMunicipality(west).get("/placements/v1/couplings/{id}/placements", coupling(divided)).then().statusCode(200)
                .body("totalItems", equalTo(1));
    }

    @Test
    void theLimitsAreStatedAndAFileBeyondThemIsRefusedWith413() {
        // Beyond 250,000 lines: refused before anything is stored.
        StringBuilder many = new StringBuilder(HEADER).append('\n');
        String municipality = Couplings.newMunicipality();
        IntStream.range(0, 250_001).forEach(i -> many.append("R").append(i).append(';').append(municipality)
                .append(";1;0;alleenstaande;01-02-2024;15-02-2024\n"));
        send(many.toString()).statusCode(413).contentType("application/problem+json")
                .body("detail", containsString("250,000 lines"));
        asCoa().queryParam("coaReference", "R0").queryParam("municipalityCode", municipality).get("/placements/v1/couplings")
                .then().body("totalItems", equalTo(0));

        // Beyond 64 MB, answered on the headers before the body is sent; other requests keep their 10 MB.
        assertThat(declaredTooLarge(IMPORTS, "text/csv", 64L * 1024 * 1024 + 1)).contains("64 MB");
        assertThat(declaredTooLarge("/placements/v1/couplings", "application/json", 10L * 1024 * 1024 + 1)).contains("10 MB");

        // Below them, larger than other requests may be: read (and here refused for its header).
        byte[] large = new byte[12 * 1024 * 1024];
        Arrays.fill(large, (byte) 'x');
        asCoa().contentType("text/csv").body(large).post(IMPORTS).then().statusCode(400)
                .body("invalidParams[0].name", containsString("COA-referentie"));
    }

    /** The 413 problem's detail for a body declared {@code length} long, sent as a careful client does: waiting for 100 Continue. */
    private static String declaredTooLarge(String path, String contentType, long length) {
        try (java.net.Socket socket = new java.net.Socket("localhost", io.restassured.RestAssured.port)) {
            socket.setSoTimeout(30_000);
            socket.getOutputStream().write(("POST " + path + " HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer "
                    + Callers.issuer().coa() + "\r\nContent-Type: " + contentType + "\r\nExpect: 100-continue\r\nContent-Length: "
                    + length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            String[] headAndBody = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8).split("\r\n\r\n", 2);
            assertThat(headAndBody[0]).startsWith("HTTP/1.1 413").containsIgnoringCase("content-type: application/problem+json");
            return JSON.readTree(headAndBody[1]).path("detail").asText();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void aLargeFileIsAnswered202AndFollowedThroughItsStatusUntilAccepted() {
        String municipality = Couplings.newMunicipality();
        String prefix = reference("large");
        List<String> lines = IntStream.range(0, 1_500).mapToObj(i -> line(prefix + "-" + i, municipality, "1", "1", "gezin",
                "01-02-2024", "15-02-2024", i % 2 == 0 ? "01-04-2024" : "", i % 2 == 0 ? "2" : "")).toList();

        String location = send(csv(lines.toArray(String[]::new))).statusCode(202).extract().header("Location");

        JsonPath status = awaitEnded(location);
        assertThat(status.getString("state")).isEqualTo("ACCEPTED");
        assertThat(status.getInt("lines")).isEqualTo(1_500);
        assertThat(status.getInt("linesChecked")).isEqualTo(1_500);
        assertThat(status.getInt("linesAccepted")).isEqualTo(1_500);
        assertThat(status.getInt("couplingsRegistered")).isEqualTo(1_500);
        assertThat(status.getInt("placementsRecorded")).isEqualTo(750);
        assertThat(status.getInt("events")).isEqualTo(2_250);
        await().atMost(Duration.ofSeconds(60)).until(() -> asCoa().get(location).then().extract().<Integer>path("eventsPublished"),
                published -> published == 2_250);
        asCoa().queryParam("municipalityCode", municipality).queryParam("status", "HOUSED").get("/placements/v1/couplings")
                .then().body("totalItems", equalTo(750));
        assertThat(asCoa().get(IMPORTS).then().statusCode(200).extract().jsonPath().getList("items.id", String.class))
                .contains(status.getString("id"));
    }

    @Test
    void aLargeFileWithARefusedLineIsRefusedWholeAndEveryRefusalListed() {
        String municipality = Couplings.newMunicipality();
        String prefix = reference("refused");
        List<String> lines = new ArrayList<>(IntStream.range(0, 1_200).mapToObj(i -> line(prefix + "-" + i, municipality, "1", "0",
                "alleenstaande", "01-02-2024", "15-02-2024")).toList());
        lines.set(698, line(prefix + "-698", municipality, "1", "0", "alleenstaande", "01-02-2024", "15-02-2024", "01-04-2024", "2"));

        String location = send(csv(lines.toArray(String[]::new))).statusCode(202).extract().header("Location");

        JsonPath status = awaitEnded(location);
        assertThat(status.getString("state")).isEqualTo("REFUSED");
        assertThat(status.getInt("linesRefused")).isEqualTo(1);
        assertThat(status.getInt("linesAccepted")).isZero();
        assertThat(status.getList("refusals.name", String.class)).containsExactly("line 700: Personen gehuisvest");
        asCoa().get(location + "/refusals").then().statusCode(200).body("totalItems", equalTo(1))
                .body("items[0].line", equalTo(700));
        asCoa().queryParam("municipalityCode", municipality).get("/placements/v1/couplings").then().body("totalItems", equalTo(0));
        ConsumerRecord<String, String> completed = completion(status.getString("id"));
        assertThat(completed.value()).contains("\"state\":\"REFUSED\"");
    }

    @Test
    void anXlsxWorkbookIsReadAsItsCsvWouldBeWithDateCells() throws IOException {
        String municipality = Couplings.newMunicipality();
        String reference = reference("xlsx");
        byte[] workbook;
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = book.createSheet("Koppelingen");
            CellStyle date = book.createCellStyle();
            date.setDataFormat(book.getCreationHelper().createDataFormat().getFormat("d-m-yyyy"));
            String[] header = {"Koppeldatum", "coa-referentie", "GEMEENTECODE", "Volwassenen", "Minderjarigen", "Huishouden",
                    "Vergunningsdatum", "Datum huisvesting", "Personen gehuisvest", "Naam"};
            Row top = sheet.createRow(0);
            for (int i = 0; i < header.length; i++) {
                top.createCell(i).setCellValue(header[i]);
            }
            Row household = sheet.createRow(2);
            household.createCell(0).setCellValue(LocalDate.of(2024, 2, 15));
            household.getCell(0).setCellStyle(date);
            household.createCell(1).setCellValue(reference);
            household.createCell(2).setCellValue(Integer.parseInt(municipality.substring(2)));
            household.createCell(3).setCellValue(2);
            household.createCell(4).setCellValue(0);
            household.createCell(5).setCellValue("Gezin");
            household.createCell(6).setCellValue("01-02-2024");
            household.createCell(7).setCellValue(LocalDate.of(2024, 3, 1));
            household.getCell(7).setCellStyle(date);
            household.createCell(8).setCellValue(2);
            household.createCell(9).setCellValue("a name this service never stores");
            book.write(out);
            workbook = out.toByteArray();
        }

        JsonPath imported = asCoa().contentType(XLSX).body(workbook).post(IMPORTS).then().statusCode(201).extract().jsonPath();

        assertThat(imported.getString("format")).isEqualTo("XLSX");
        assertThat(imported.getInt("placementsRecorded")).isEqualTo(1);
        asCoa().get("/placements/v1/couplings/{id}", coupling(reference)).then()
                .body("couplingDate", equalTo("2024-02-15")).body("permitDate", equalTo("2024-02-01"))
                .body("municipalityCode", equalTo(municipality)).body("status", equalTo("HOUSED"));
        // Its line number is the spreadsheet's row: the household is on row 3.
        asCoa().contentType(XLSX).body(workbook).post(IMPORTS).then().statusCode(201).body("linesUnchanged", equalTo(1));
    }

    @Test
    void anImportNobodyMadeIsNotFoundAndAFileNameWithControlCharactersIsRefusedNamingIt() {
        String unknown = UUID.randomUUID().toString();
        asCoa().get(IMPORTS + "/" + unknown).then().statusCode(404).contentType("application/problem+json");
        asCoa().get(IMPORTS + "/" + unknown + "/refusals").then().statusCode(404).contentType("application/problem+json");

        String municipality = Couplings.newMunicipality();
        String reference = reference("named");
        asCoa().contentType("text/csv").queryParam("fileName", "coa\u0007.csv")
                .body(csv(line(reference, municipality, "1", "0", "alleenstaande", "01-02-2024", "15-02-2024")))
                .post(IMPORTS).then().statusCode(400).contentType("application/problem+json")
                .body("invalidParams[0].name", equalTo("fileName"));
        asCoa().queryParam("coaReference", reference).get("/placements/v1/couplings").then().body("totalItems", equalTo(0));
    }

    @Test
    void theRijkImportsAProvincesHistoryInItsOwnNameAndAMunicipalityMayNot() {
        String municipality = Couplings.newMunicipality();
        String reference = reference("rijk");
        String csv = csv(line(reference, municipality, "1", "0", "alleenstaande", "01-02-2024", "15-02-2024", "01-03-2024", "1"));
        Callers.asMunicipality(municipality).contentType("text/csv").body(csv).post(IMPORTS).then().statusCode(403);

        Callers.as(Callers.issuer().rijk()).contentType("text/csv").body(csv).post(IMPORTS).then().statusCode(201)
                .body("senderRole", equalTo("rijk"));

        asCoa().get("/placements/v1/couplings/{id}/audit-trail", coupling(reference)).then().statusCode(200)
                .body("items.actorRole", org.hamcrest.Matchers.everyItem(equalTo("rijk")));
    }
}
