package nl.permitholders.housingstock.merger;

import static nl.permitholders.housingstock.TestData.asCorporation;
import static nl.permitholders.housingstock.TestData.asMunicipality;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;
import nl.permitholders.housingstock.TestData;
import nl.permitholders.infrastructure.EventSchemas;
import nl.permitholders.infrastructure.KafkaTopics;
import nl.permitholders.platform.period.Period;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

/**
 * R3 through the real broker and database, with the real cases from CBS: from the merger date the continuing
 * municipality reaches and lists the merged ones' units, learnt from quota-service's merger event; the merged
 * municipalities' staff still read them and write nothing more.
 */
@QuarkusTest
class MergerUnitsTest {

    private static final String UNITS = "/housing-stock/v1/units";
    private static final String MERGED = "nl.permitholders.quota.municipalities-merged.v1";

    private static void merger(String continuing, String merged, LocalDate effective) {
        String data = """
                {"mergerId":"%s","municipalityCode":"%s","mergedMunicipalityCodes":["%s"],"effectiveDate":"%s","effectivePeriod":"%s"}"""
                .formatted(UUID.randomUUID(), continuing, merged, effective, Period.containing(effective));
        EventSchemas.assertConforms(MERGED, data);
        new KafkaTopics(ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class))
                .sendCloudEvent("quota.events", continuing, UUID.randomUUID(), MERGED, data);
    }

    private static String unitIn(String municipality) {
        String owner = TestData.uniqueCorporationId();
        return asCorporation(owner).contentType(ContentType.JSON)
                .body(TestData.unit(owner, TestData.uniqueExternalId(), municipality, "REGULAR", 4))
                .post(UNITS).then().statusCode(201).extract().path("id");
    }

    /** Weesp (GM0457) part of Amsterdam (GM0363) from 24 March 2022. */
    @Test
    void amsterdamReachesAndListsWeespsUnitsAndWeespOnlyReadsThem() {
        TestData.knownMunicipalities("GM0363", "GM0457");
        String weespUnit = unitIn("GM0457");
        asMunicipality("GM0457").get(UNITS + "/{id}", weespUnit).then().statusCode(200);
        asMunicipality("GM0363").get(UNITS + "/{id}", weespUnit).then().statusCode(403);

        merger("GM0363", "GM0457", LocalDate.of(2022, 3, 24));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                asMunicipality("GM0363").get(UNITS + "/{id}", weespUnit).then().statusCode(200));
        asMunicipality("GM0363").queryParam("pageSize", 100).get(UNITS).then().statusCode(200)
                .body("items.id", hasItem(weespUnit));
        // Weesp's staff read their history, and write nothing more.
        asMunicipality("GM0457").get(UNITS + "/{id}", weespUnit).then().statusCode(200);
        asMunicipality("GM0457").contentType(ContentType.JSON).body(java.util.Map.of("retiredOn", TestData.today().toString()))
                .put(UNITS + "/{id}/retirement", weespUnit).then().statusCode(403);
        asMunicipality("GM0014").get(UNITS + "/{id}", weespUnit).then().statusCode(403);
    }

    /** Haarlemmerliede en Spaarnwoude (GM0393) part of Haarlemmermeer (GM0394) from 1 January 2019. */
    @Test
    void haarlemmermeerRetiresAUnitOfHaarlemmerliede() {
        TestData.knownMunicipalities("GM0394", "GM0393");
        String unit = unitIn("GM0393");

        merger("GM0394", "GM0393", LocalDate.of(2019, 1, 1));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                asMunicipality("GM0394").get(UNITS + "/{id}", unit).then().statusCode(200));
        asMunicipality("GM0393").contentType(ContentType.JSON).body(java.util.Map.of("retiredOn", TestData.today().toString()))
                .put(UNITS + "/{id}/retirement", unit).then().statusCode(403);
        asMunicipality("GM0394").contentType(ContentType.JSON).body(java.util.Map.of("retiredOn", TestData.today().toString()))
                .put(UNITS + "/{id}/retirement", unit).then().statusCode(org.hamcrest.Matchers.anyOf(
                        org.hamcrest.Matchers.is(200), org.hamcrest.Matchers.is(204)));
    }
}
