package nl.permitholders.quota.reference;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import nl.permitholders.quota.TestData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class MunicipalitiesResourceTest {

    @BeforeEach
    void asTheRijk() {
        TestData.callAsTheRijk();
    }

    private static final String MUNICIPALITIES = "/quota/v1/municipalities";

    @Test
    void aCsvOfMunicipalitiesIsImportedOnceAndReimportingChangesNothing() {
        TestData.province("PV23", "Overijssel");
        String a = TestData.uniqueMunicipalityCode();
        String b = TestData.uniqueMunicipalityCode();
        String csv = "code;name;provinceCode\n" + a + ";Dorp A;PV23\n" + b + ";\"Dorp B; aan de rivier\";PV23\n";
        given().contentType("text/csv").body(csv).put(MUNICIPALITIES)
                .then().statusCode(200).body("rows", equalTo(2)).body("created", equalTo(2));
        given().contentType("text/csv").body(csv).put(MUNICIPALITIES)
                .then().statusCode(200).body("unchanged", equalTo(2)).body("created", equalTo(0));
        given().get(MUNICIPALITIES + "/{code}", b).then().statusCode(200).body("name", equalTo("Dorp B; aan de rivier"));
    }

    @Test
    void aFileWithAnyRefusedLineStoresNothingAndListsEveryRefusal() {
        TestData.province("PV23", "Overijssel");
        String fine = TestData.uniqueMunicipalityCode();
        String duplicated = TestData.uniqueMunicipalityCode();
        String csv = "code;name;provinceCode\n" + fine + ";Goed;PV23\n" + duplicated + ";Twee;PV23\n" + duplicated
                + ";Keer;PV23\nGM12;Kort;PV23\n" + TestData.uniqueMunicipalityCode() + ";Nergens;PV99\n";
        given().contentType("text/csv").body(csv).put(MUNICIPALITIES)
                .then().statusCode(400).contentType("application/problem+json")
                .body("invalidParams.name", hasItems("line 4", "line 5", "line 6"))
                .body("invalidParams.name", not(hasItem("line 2")));
        given().get(MUNICIPALITIES + "/{code}", fine).then().statusCode(404);
    }

    @Test
    void aWrongHeaderAnEmptyFileAndBytesThatAreNotUtf8AreRefused() {
        given().contentType("text/csv").body("gemeentecode;naam\nGM0141;Almelo\n").put(MUNICIPALITIES)
                .then().statusCode(400).contentType("application/problem+json").body("invalidParams[0].name", equalTo("body"));
        given().contentType("text/csv").body("").put(MUNICIPALITIES)
                .then().statusCode(400).contentType("application/problem+json");
        byte[] latin1 = ("code;name;provinceCode\n" + TestData.uniqueMunicipalityCode() + ";Súdwest;PV23\n").getBytes(StandardCharsets.ISO_8859_1);
        given().contentType("text/csv").body(latin1).put(MUNICIPALITIES)
                .then().statusCode(400).body("invalidParams[0].reason", org.hamcrest.Matchers.containsString("UTF-8"));
    }

    @Test
    void aFiftyMegabyteFileIsRefusedWith413AndNothingIsStored() throws Exception {
        TestData.province("PV23", "Overijssel");
        String code = TestData.uniqueMunicipalityCode();
        byte[] huge = new byte[50 * 1024 * 1024];
        Arrays.fill(huge, (byte) 'x');
        byte[] head = ("code;name;provinceCode\n" + code + ";Groot;PV23\n").getBytes(StandardCharsets.UTF_8);
        System.arraycopy(head, 0, huge, 0, head.length);
        // Expect: 100-continue lets the server refuse on the declared length before 50 MB are sent, as a careful client does.
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + RestAssured.port + MUNICIPALITIES))
                .expectContinue(true).header("Content-Type", "text/csv")
                .PUT(HttpRequest.BodyPublishers.ofByteArray(huge)).build();
        HttpResponse<String> response = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build().send(request, HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(413);
        given().get(MUNICIPALITIES + "/{code}", code).then().statusCode(404);
    }

    @Test
    void municipalitiesAreListedByProvinceAndPage() {
        TestData.province("PV21", "Friesland");
        String frisian = TestData.uniqueMunicipalityCode();
        given().contentType("application/json").body(java.util.Map.of("name", "Súdwest-Fryslân", "provinceCode", "PV21"))
                .put(MUNICIPALITIES + "/{code}", frisian).then().statusCode(201);
        given().queryParam("provinceCode", "PV21").queryParam("pageSize", 100).get(MUNICIPALITIES)
                .then().statusCode(200)
                .body("items.code", hasItem(frisian))
                .body("items.provinceCode", everyItem(equalTo("PV21")))
                .body("page", equalTo(1)).body("pageSize", equalTo(100));
        given().queryParam("pageSize", 101).get(MUNICIPALITIES)
                .then().statusCode(400).body("invalidParams.name", hasItem("pageSize"));
        given().queryParam("validOn", "morgen").get(MUNICIPALITIES)
                .then().statusCode(400).body("invalidParams.name", hasItem("validOn"));
    }
}
