package nl.permitholders.housingstock.merger;

import static nl.permitholders.housingstock.TestData.asCorporation;
import static nl.permitholders.housingstock.TestData.asMunicipality;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import nl.permitholders.housingstock.TestData;
import nl.permitholders.infrastructure.EventSchemas;
import nl.permitholders.infrastructure.KafkaTopics;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

/**
 * R3, splits, through the real broker and database: Haaren (GM0788) was divided over Boxtel, Oisterwijk, Tilburg and
 * Vught on 1 January 2021. Its units go, one by one, to the receiver they lie in; until then every receiver reads them,
 * and Haaren's staff write nothing more.
 */
@QuarkusTest
class SplitUnitsTest {

    private static final String UNITS = "/housing-stock/v1/units";
    private static final String SPLIT = "nl.permitholders.quota.municipality-split.v1";

    private static void split() {
        String data = """
                {"splitId":"%s","municipalityCode":"GM0788","receivers":[{"municipalityCode":"GM0757","share":4000},\
                {"municipalityCode":"GM0824","share":5500},{"municipalityCode":"GM0855","share":1500},\
                {"municipalityCode":"GM0865","share":3000}],"effectiveDate":"2021-01-01","effectivePeriod":"2021-H1"}"""
                .formatted(UUID.randomUUID());
        EventSchemas.assertConforms(SPLIT, data);
        new KafkaTopics(ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class))
                .sendCloudEvent("quota.events", "GM0788", UUID.randomUUID(), SPLIT, data);
    }

    @Test
    void aUnitInHaarenGoesToVughtWhereItLiesAndNowhereElse() {
        TestData.knownMunicipalities("GM0788", "GM0757", "GM0824", "GM0855", "GM0865", "GM0363");
        String owner = TestData.uniqueCorporationId();
        String externalId = TestData.uniqueExternalId();
        String unit = asCorporation(owner).contentType(ContentType.JSON)
                .body(TestData.unit(owner, externalId, "GM0788", "REGULAR", 4))
                .post(UNITS).then().statusCode(201).extract().path("id");
        asMunicipality("GM0865").get(UNITS + "/{id}", unit).then().statusCode(403);

        split();

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                asMunicipality("GM0865").get(UNITS + "/{id}", unit).then().statusCode(200));
        asMunicipality("GM0855").get(UNITS + "/{id}", unit).then().statusCode(200);
        asMunicipality("GM0788").contentType(ContentType.JSON).body(Map.of("retiredOn", TestData.today().toString()))
                .put(UNITS + "/{id}/retirement", unit).then().statusCode(403);

        // one hostile value in an otherwise valid correction: a municipality Haaren was not split over
        asCorporation(owner).contentType(ContentType.JSON).body(TestData.unit(owner, externalId, "GM0363", "REGULAR", 4))
                .put(UNITS + "/{id}", unit).then().statusCode(400).contentType("application/problem+json")
                .body("invalidParams[0].name", equalTo("municipalityCode"))
                .body("invalidParams[0].reason", containsString("GM0865"));
        asMunicipality("GM0865").get(UNITS + "/{id}", unit).then().statusCode(200).body("municipalityCode", equalTo("GM0788"));

        // Vught, where it lies, takes it
        asMunicipality("GM0865").contentType(ContentType.JSON).body(TestData.unit(owner, externalId, "GM0865", "REGULAR", 4))
                .put(UNITS + "/{id}", unit).then().statusCode(200).body("municipalityCode", equalTo("GM0865"));
        asMunicipality("GM0855").get(UNITS + "/{id}", unit).then().statusCode(403);
        asMunicipality("GM0865").contentType(ContentType.JSON).body(Map.of("retiredOn", TestData.today().toString()))
                .put(UNITS + "/{id}/retirement", unit).then().statusCode(200);
    }
}
