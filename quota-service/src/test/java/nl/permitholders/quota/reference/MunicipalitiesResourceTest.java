package nl.permitholders.quota.reference;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
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
    void aProvincesMunicipalitiesArePagedByCodeWithTheirTotalAndTheNextPage() {
        // A province of this test's own, so that its list holds exactly these five.
        TestData.province("PV85", "Paginaland");
        java.util.List<String> codes = java.util.stream.IntStream.range(0, 5).mapToObj(i -> TestData.uniqueMunicipalityCode()).sorted().toList();
        StringBuilder csv = new StringBuilder("code;name;provinceCode\n");
        codes.forEach(code -> csv.append(code).append(";Gemeente ").append(code).append(";PV85\n"));
        given().contentType("text/csv").body(csv.toString()).put(MUNICIPALITIES).then().statusCode(200);

        given().queryParam("provinceCode", "PV85").queryParam("pageSize", 2).get(MUNICIPALITIES).then().statusCode(200)
                .body("page", equalTo(1)).body("pageSize", equalTo(2)).body("totalItems", equalTo(5)).body("totalPages", equalTo(3))
                .body("items.code", equalTo(codes.subList(0, 2)));
        given().queryParam("provinceCode", "PV85").queryParam("pageSize", 2).queryParam("page", 2).get(MUNICIPALITIES).then().statusCode(200)
                .body("page", equalTo(2)).body("totalItems", equalTo(5)).body("items.code", equalTo(codes.subList(2, 4)));
        given().queryParam("provinceCode", "PV85").queryParam("pageSize", 2).queryParam("page", 3).get(MUNICIPALITIES).then().statusCode(200)
                .body("items.code", equalTo(codes.subList(4, 5)));
    }

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
        // Declared at 50 MB with Expect: 100-continue, as a careful client sends it: the refusal comes on the declared
        // length, before the body. (On a raw socket: the JDK's HttpClient never returns when a 413 answers its
        // Expect: 100-continue with a body.)
        try (Socket socket = new Socket("localhost", RestAssured.port)) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(("PUT " + MUNICIPALITIES + " HTTP/1.1\r\nHost: localhost\r\n"
                    + "Content-Type: text/csv\r\nExpect: 100-continue\r\nContent-Length: " + 50 * 1024 * 1024 + "\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            String answer = new String(socket.getInputStream().readNBytes(2048), StandardCharsets.UTF_8);
            assertThat(answer).startsWith("HTTP/1.1 413").contains("application/problem+json").contains("\"status\":413");
        }
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
        given().queryParam("validOn", "morgen").queryParam("pageSize", 101).get(MUNICIPALITIES)
                .then().statusCode(400).body("invalidParams.name", containsInAnyOrder("validOn", "pageSize"));
    }
}
