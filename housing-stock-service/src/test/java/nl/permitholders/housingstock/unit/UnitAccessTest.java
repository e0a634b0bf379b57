package nl.permitholders.housingstock.unit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.util.Map;
import nl.permitholders.housingstock.TestData;
import nl.permitholders.infrastructure.KafkaTopics;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

/**
 * A municipality reaches the units in its municipality, of any owner; a corporation the units it owns, wherever they
 * are. Neither reads, corrects, retires or takes over another's unit (403), and nothing is written when refused.
 */
@QuarkusTest
class UnitAccessTest {

    private static final String UNITS = TestData.BASE + "/units";

    private final KafkaTopics kafka = new KafkaTopics(ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class));

    private static String register(String corporation, String externalId, String municipality) {
        return TestData.asCorporation(corporation).contentType(ContentType.JSON)
                .body(TestData.unit(corporation, externalId, municipality, "REGULAR", 4))
                .post(UNITS).then().statusCode(201).extract().path("id");
    }

    @Test
    void aUnitIsReachedByItsMunicipalityAndItsOwnerOnly() {
        String almelo = TestData.uniqueMunicipalityCode();
        String enschede = TestData.uniqueMunicipalityCode();
        String owner = TestData.uniqueCorporationId();
        String other = TestData.uniqueCorporationId();
        String unitId = register(owner, "VHE-1", almelo);

        TestData.asCorporation(owner).get(UNITS + "/{id}", unitId).then().statusCode(200)
                .body("registeredBy", equalTo("integrator-" + owner));
        TestData.asMunicipality(almelo).get(UNITS + "/{id}", unitId).then().statusCode(200);
        TestData.asMunicipality(almelo).get(UNITS + "/{id}/occupancy", unitId).then().statusCode(200);

        TestData.asMunicipality(enschede).get(UNITS + "/{id}", unitId).then().statusCode(403)
                .contentType("application/problem+json").body("detail", containsString("unit " + unitId))
                .body("detail", not(containsString(almelo)));
        TestData.asCorporation(other).get(UNITS + "/{id}", unitId).then().statusCode(403);
        TestData.asMunicipality(enschede).get(UNITS + "/{id}/occupancy", unitId).then().statusCode(403);
        TestData.asCorporation(other).get(UNITS + "/{id}/occupancy", unitId).then().statusCode(403);
    }

    @Test
    void anotherMunicipalityOrCorporationCannotCorrectRetireOrTakeOverAUnit() {
        String almelo = TestData.uniqueMunicipalityCode();
        String enschede = TestData.uniqueMunicipalityCode();
        String owner = TestData.uniqueCorporationId();
        String other = TestData.uniqueCorporationId();
        String unitId = register(owner, "VHE-2", almelo);
        Map<String, Object> moved = TestData.unit(owner, "VHE-2", enschede, "REGULAR", 6);

        // Enschede names its own municipality, but the unit it would correct lies in Almelo.
        TestData.asMunicipality(enschede).contentType(ContentType.JSON).body(moved).post(UNITS).then().statusCode(403);
        TestData.asMunicipality(enschede).contentType(ContentType.JSON).body(moved).put(UNITS + "/{id}", unitId).then().statusCode(403);
        TestData.asCorporation(other).contentType(ContentType.JSON).body(moved).put(UNITS + "/{id}", unitId).then().statusCode(403);
        TestData.asMunicipality(enschede).contentType(ContentType.JSON).body(Map.of("retiredOn", TestData.today().toString()))
                .put(UNITS + "/{id}/retirement", unitId).then().statusCode(403);
        TestData.asCorporation(other).contentType(ContentType.JSON).body(Map.of("retiredOn", TestData.today().toString()))
                .put(UNITS + "/{id}/retirement", unitId).then().statusCode(403);

        TestData.asCorporation(owner).get(UNITS + "/{id}", unitId).then().statusCode(200)
                .body("municipalityCode", equalTo(almelo)).body("capacity", equalTo(4))
                .body("correctedAt", nullValue()).body("retiredOn", nullValue());
        assertThat(kafka.readAll("housing-stock.events", enschede)).isEmpty();
    }

    @Test
    void nobodyRegistersAUnitForAnotherMunicipalityOrOwner() {
        String almelo = TestData.uniqueMunicipalityCode();
        String enschede = TestData.uniqueMunicipalityCode();
        String corporation = TestData.uniqueCorporationId();

        TestData.asMunicipality(almelo).contentType(ContentType.JSON)
                .body(TestData.unit(corporation, "VHE-3", enschede, "REGULAR", 4)).post(UNITS).then().statusCode(403)
                .contentType("application/problem+json");
        TestData.asCorporation(TestData.uniqueCorporationId()).contentType(ContentType.JSON)
                .body(TestData.unit(corporation, "VHE-3", enschede, "REGULAR", 4)).post(UNITS).then().statusCode(403);

        TestData.asMunicipality(enschede).queryParam("municipalityCode", enschede).get(UNITS).then().statusCode(200)
                .body("totalItems", equalTo(0));
        assertThat(kafka.readAll("housing-stock.events", enschede)).isEmpty();
    }

    @Test
    void aMunicipalityRegistersAndCorrectsAnyUnitInItself() {
        String almelo = TestData.uniqueMunicipalityCode();
        String corporation = TestData.uniqueCorporationId();
        String unitId = register(corporation, "VHE-4", almelo);
        Map<String, Object> room = TestData.unit("landlord-" + corporation, "KAMER-1", almelo, "ROOM", 1);
        room.put("ownerType", "PRIVATE_LANDLORD");
        TestData.asMunicipality(almelo).contentType(ContentType.JSON).body(room).post(UNITS).then().statusCode(201)
                .body("registeredBy", equalTo("officer-" + almelo));

        TestData.asMunicipality(almelo).contentType(ContentType.JSON).body(TestData.unit(corporation, "VHE-4", almelo, "REGULAR", 5))
                .put(UNITS + "/{id}", unitId).then().statusCode(200)
                .body("capacity", equalTo(5)).body("correctedBy", equalTo("officer-" + almelo));
        TestData.asMunicipality(almelo).contentType(ContentType.JSON).body(Map.of("retiredOn", TestData.today().toString()))
                .put(UNITS + "/{id}/retirement", unitId).then().statusCode(200).body("retiredBy", equalTo("officer-" + almelo));
    }

    @Test
    void listsShowTheCallersOwnUnitsOnly() {
        String almelo = TestData.uniqueMunicipalityCode();
        String enschede = TestData.uniqueMunicipalityCode();
        String owner = TestData.uniqueCorporationId();
        String other = TestData.uniqueCorporationId();
        String inAlmelo = register(owner, "VHE-5", almelo);
        String inEnschede = register(owner, "VHE-6", enschede);
        register(other, "VHE-7", almelo);

        TestData.asMunicipality(almelo).get(UNITS).then().statusCode(200)
                .body("totalItems", equalTo(2)).body("items.municipalityCode", everyItem(equalTo(almelo)));
        TestData.asMunicipality(almelo).queryParam("municipalityCode", enschede).get(UNITS).then().statusCode(403)
                .contentType("application/problem+json");
        TestData.asMunicipality(almelo).queryParam("ownerId", owner).get(UNITS).then().statusCode(200)
                .body("items.id", contains(inAlmelo));

        TestData.asCorporation(owner).get(UNITS).then().statusCode(200)
                .body("items.ownerId", everyItem(equalTo(owner))).body("items.id", contains(inAlmelo, inEnschede));
        TestData.asCorporation(owner).queryParam("municipalityCode", enschede).get(UNITS).then().statusCode(200)
                .body("items.id", contains(inEnschede));
        TestData.asCorporation(owner).queryParam("ownerId", other).get(UNITS).then().statusCode(403);
    }

    @Test
    void aRefusedCorrectionPublishesNothing() {
        String almelo = TestData.uniqueMunicipalityCode();
        String owner = TestData.uniqueCorporationId();
        String unitId = register(owner, "VHE-8", almelo);
        TestData.asCorporation(TestData.uniqueCorporationId()).contentType(ContentType.JSON)
                .body(TestData.unit(owner, "VHE-8", almelo, "REGULAR", 9)).put(UNITS + "/{id}", unitId).then().statusCode(403);
        // A marker written after the refusal: once it is on the topic, anything the refusal published would be too.
        String marker = register(owner, "VHE-9", almelo);
        await().atMost(Duration.ofSeconds(30)).until(() -> kafka.readAll("housing-stock.events", almelo).stream()
                .anyMatch(r -> r.value().contains(marker)));
        assertThat(kafka.readAll("housing-stock.events", almelo))
                .filteredOn(r -> r.value().contains(unitId)).hasSize(1)
                .allSatisfy(r -> assertThat(KafkaTopics.header(r, "ce_type")).endsWith("unit-registered.v1"));
    }
}
