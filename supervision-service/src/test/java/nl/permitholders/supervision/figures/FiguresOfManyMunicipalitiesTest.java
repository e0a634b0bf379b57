package nl.permitholders.supervision.figures;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;

import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import nl.permitholders.supervision.Callers;
import nl.permitholders.supervision.TestEvents;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import nl.permitholders.supervision.store.MunicipalityLedgerStore;
import nl.permitholders.supervision.store.LedgerChunks;

/**
 * A province's and the country's figures and a province's timeline are summed over every municipality's ledger, read a few ledgers at a time
 * ({@link LedgerChunks}): each municipality counts once, with its own figures and the backlog it took over (R3), also
 * when the municipality it took over from is read in another chunk.
 */
@QuarkusTest
class FiguresOfManyMunicipalitiesTest {

    private static final Duration PATIENCE = Duration.ofSeconds(60);

    private final TestEvents events = new TestEvents();

    @BeforeEach
    void asTheRijk() {
        Callers.theRijkByDefault();
    }

    @Test
    void aProvinceOfMoreMunicipalitiesThanOneReadHoldsCountsEachOnceWithTheBacklogTakenOver() {
        String province = TestEvents.newProvince();
        events.province(province, "Many-" + province);
        int count = MunicipalityLedgerStore.MUNICIPALITIES_PER_READ + 5;
        List<String> codes = new ArrayList<>();
        int quotas = 0;
        for (int i = 0; i < count; i++) {
            String code = TestEvents.newMunicipality();
            codes.add(code);
            events.municipality(code, "Many " + i, province);
            events.quota(code, "2026-H2", i + 1, 1);
            quotas += i + 1;
        }
        // The first two merge into a new one in 2027-H1: in code order it is read in another chunk than they are.
        String first = codes.get(0);
        String second = codes.get(1);
        String merged = TestEvents.newMunicipality();
        events.municipality(merged, "Merged", province);
        events.quota(merged, "2027-H1", 100, 1);
        events.send("quota.events", merged, TestEvents.QUOTA + "municipalities-merged.v1", """
                {"mergerId":"%s","municipalityCode":"%s","mergedMunicipalityCodes":["%s","%s"],"effectiveDate":"2027-01-01","effectivePeriod":"2027-H1"}"""
                .formatted(UUID.randomUUID(), merged, first, second));
        int everyQuota = quotas;

        // Nothing was housed: each municipality's 2026-H2 quota is its backlog, and all of it carries into 2027-H1.
        await().atMost(PATIENCE).untilAsserted(() -> given().get("/supervision/v1/provinces/{code}/periods/2027-H1", province)
                .then().statusCode(200)
                .body("municipalities", equalTo(count - 2 + 1))
                .body("totals.backlog", equalTo(everyQuota + 100)));
        // Before the merger the new municipality does not count yet: no figures of its own.
        given().get("/supervision/v1/provinces/{code}/periods/2026-H2", province).then().statusCode(200)
                .body("lines.size()", equalTo(count + 1))
                .body("lines[0].figures.municipalityCode", equalTo(first))
                .body("lines[" + (count - 1) + "].figures.quota", equalTo(count))
                .body("lines[" + count + "].figures.municipalityCode", equalTo(merged))
                .body("lines[" + count + "].figures.backlog", equalTo(0))
                .body("totals.quota", equalTo(everyQuota));
        given().get("/supervision/v1/municipalities/{code}/periods/2027-H1", merged).then().statusCode(200)
                .body("carriedBacklog", equalTo(1 + 2));

        // The province's timeline from the earliest ledger (found in a first pass over them), every chunk summed.
        given().queryParam("until", "2027-H1").get("/supervision/v1/provinces/{code}/timeline", province).then().statusCode(200)
                .body("from", equalTo("2026-H2"))
                .body("deadlines.backlog", equalTo(List.of(everyQuota, everyQuota + 100)));

        String inCountry = "provinces.find { it.provinceCode == '" + province + "' }";
        given().get("/supervision/v1/national/periods/2027-H1").then().statusCode(200)
                .body(inCountry + ".municipalities", equalTo(count - 2 + 1))
                .body(inCountry + ".totals.backlog", equalTo(everyQuota + 100))
                .body("totals.backlog", greaterThanOrEqualTo(everyQuota + 100));
        given().get("/supervision/v1/national/periods/2026-H2").then().statusCode(200)
                .body(inCountry + ".municipalities", equalTo(count + 1))
                .body(inCountry + ".totals.quota", equalTo(everyQuota));
    }
}
