package nl.permitholders.housingstock.vacancy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import nl.permitholders.housingstock.TestData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class VacancyResourceTest {

    @BeforeEach
    void municipalitiesInTheRegister() {
        TestData.knownMunicipalities("GM0141", "GM0153");
    }

    private static final String VACANCIES = "/housing-stock/v1/vacancies";

    static Map<String, Object> vacancy(String corporation, String externalId, String municipality, LocalDate availableFrom) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("corporationId", corporation);
        body.put("externalId", externalId);
        body.put("municipalityCode", municipality);
        body.put("availableFrom", availableFrom.toString());
        return body;
    }

    @Test
    void aVacancyIsReportedOnceAndCanBeRead() {
        String corporation = TestData.uniqueCorporationId();
        Map<String, Object> body = vacancy(corporation, "MUT-1", "GM0141", LocalDate.of(2025, 4, 1));
        var created = TestData.asCorporation(corporation).contentType(ContentType.JSON).body(body).post(VACANCIES);
        created.then().statusCode(201)
                .body("corporationId", equalTo(corporation)).body("availableFrom", equalTo("2025-04-01")).body("unitId", nullValue());
        String id = created.path("id");
        assertThat(created.header("Location")).endsWith(VACANCIES + "/" + id);

        TestData.asCorporation(corporation).contentType(ContentType.JSON).body(body).post(VACANCIES).then().statusCode(200)
                .body("id", equalTo(id));
        TestData.asCorporation(corporation).get(VACANCIES + "/{id}", id).then().statusCode(200).body("externalId", equalTo("MUT-1"))
                .body("reportedBy", equalTo("integrator-" + corporation));
        TestData.asMunicipality("GM0141").get(VACANCIES + "/{id}", id).then().statusCode(200).body("externalId", equalTo("MUT-1"));
        TestData.asCorporation(corporation).get(VACANCIES + "/{id}", UUID.randomUUID()).then().statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void theSameVacancyWithOtherDataIsAConflictNamingIt() {
        String corporation = TestData.uniqueCorporationId();
        TestData.asCorporation(corporation).contentType(ContentType.JSON).body(vacancy(corporation, "MUT-1", "GM0141", LocalDate.of(2025, 4, 1)))
                .post(VACANCIES).then().statusCode(201);
        TestData.asCorporation(corporation).contentType(ContentType.JSON).body(vacancy(corporation, "MUT-1", "GM0141", LocalDate.of(2025, 5, 1)))
                .post(VACANCIES).then().statusCode(409).contentType("application/problem+json")
                .body("detail", allOf(containsString("availableFrom (reported 2025-04-01)"), not(containsString("municipalityCode"))));
    }

    @Test
    void aVacancyOfARegisteredUnitIsLinkedToItAndMustBeInItsMunicipality() {
        String corporation = TestData.uniqueCorporationId();
        String unitId = TestData.asCorporation(corporation).contentType(ContentType.JSON).body(TestData.unit(corporation, "VHE-9", "GM0141", "REGULAR", 3))
                .post("/housing-stock/v1/units").then().statusCode(201).extract().path("id");
        Map<String, Object> body = vacancy(corporation, "MUT-2", "GM0141", LocalDate.of(2025, 4, 1));
        body.put("unitExternalId", "VHE-9");
        TestData.asCorporation(corporation).contentType(ContentType.JSON).body(body).post(VACANCIES).then().statusCode(201)
                .body("unitId", equalTo(unitId));

        Map<String, Object> elsewhere = vacancy(corporation, "MUT-3", "GM0153", LocalDate.of(2025, 4, 1));
        elsewhere.put("unitExternalId", "VHE-9");
        TestData.asCorporation(corporation).contentType(ContentType.JSON).body(elsewhere).post(VACANCIES).then().statusCode(400)
                .body("invalidParams.name", hasItem("municipalityCode"))
                .body("invalidParams.reason", hasItem(containsString("registered in GM0141")));
    }

    @Test
    void invalidReportsAreRefusedListingEveryField() {
        String corporation = TestData.uniqueCorporationId();
        TestData.asCorporation(corporation).contentType(ContentType.JSON)
                .body("{\"corporationId\":\"a b\",\"municipalityCode\":\"Almelo\"}").post(VACANCIES)
                .then().statusCode(400).contentType("application/problem+json")
                .body("invalidParams.name", containsInAnyOrder("corporationId", "externalId", "municipalityCode", "availableFrom"));
        TestData.asCorporation(corporation).contentType(ContentType.JSON).body(vacancy(corporation, "M", "GM0141", LocalDate.of(1999, 12, 31)))
                .post(VACANCIES).then().statusCode(400).body("invalidParams.name", contains("availableFrom"));
    }

    /** Almelo's plan of approach: its two corporations had 1,089 vacancies in 2018, 775 in 2021 and 732 in 2023. */
    @Test
    void vacanciesAreCountedPerCorporationAndPeriodAsInAlmelosPlanOfApproach() {
        String almelo = TestData.uniqueMunicipalityCode();
        String beterWonen = "beter-wonen-" + UUID.randomUUID();
        String stJoseph = "st-joseph-" + UUID.randomUUID();
        Map<Integer, int[]> perYear = Map.of(2018, new int[] {600, 489}, 2021, new int[] {430, 345}, 2023, new int[] {400, 332});
        List<Map<String, Object>> reports = new ArrayList<>();
        perYear.forEach((year, split) -> {
            for (int i = 0; i < split[0] + split[1]; i++) {
                String corporation = i < split[0] ? beterWonen : stJoseph;
                reports.add(vacancy(corporation, year + "-" + i, almelo, LocalDate.of(year, 1, 1).plusDays(i % 365)));
            }
        });
        reports.add(vacancy(beterWonen, "elsewhere", "GM0153", LocalDate.of(2023, 6, 1)));
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<CompletableFuture<Integer>> posts = reports.stream().map(body -> CompletableFuture.supplyAsync(
                    () -> TestData.asCorporation((String) body.get("corporationId")).contentType(ContentType.JSON).body(body)
                            .post(VACANCIES).statusCode(), pool)).toList();
            assertThat(posts.stream().map(CompletableFuture::join)).containsOnly(201);
        } finally {
            pool.shutdown();
        }

        TestData.asMunicipality(almelo).queryParam("period", "2018").queryParam("municipalityCode", almelo).get("/housing-stock/v1/vacancy-counts")
                .then().statusCode(200)
                .body("vacancies", equalTo(1089)).body("firstDay", equalTo("2018-01-01")).body("lastDay", equalTo("2018-12-31"))
                .body("corporations.vacancies", containsInAnyOrder(600, 489));
        TestData.asMunicipality(almelo).queryParam("period", "2021").queryParam("municipalityCode", almelo).get("/housing-stock/v1/vacancy-counts")
                .then().body("vacancies", equalTo(775));
        TestData.asMunicipality(almelo).queryParam("period", "2023").queryParam("municipalityCode", almelo).get("/housing-stock/v1/vacancy-counts")
                .then().body("vacancies", equalTo(732));
        TestData.asCorporation(beterWonen).queryParam("period", "2023").queryParam("corporationId", beterWonen).get("/housing-stock/v1/vacancy-counts")
                .then().body("vacancies", equalTo(401)).body("corporations[0].corporationId", equalTo(beterWonen));
        TestData.asMunicipality(almelo).queryParam("period", "2023-H1").queryParam("municipalityCode", almelo).queryParam("corporationId", stJoseph)
                .get("/housing-stock/v1/vacancy-counts")
                .then().body("vacancies", equalTo(148)).body("period", equalTo("2023-H1"));

        TestData.asCorporation(stJoseph).queryParam("corporationId", stJoseph).queryParam("from", "2021-01-01").queryParam("to", "2021-12-31")
                .queryParam("pageSize", 100).get(VACANCIES)
                .then().statusCode(200).body("totalItems", equalTo(345)).body("totalPages", equalTo(4)).body("items.size()", equalTo(100));
    }

    @Test
    void aCountNeedsAPeriod() {
        TestData.asMunicipality("GM0141").get("/housing-stock/v1/vacancy-counts").then().statusCode(400)
                .body("invalidParams.name", contains("period"));
        TestData.asMunicipality("GM0141").queryParam("period", "2023-H3").queryParam("municipalityCode", "x").get("/housing-stock/v1/vacancy-counts")
                .then().statusCode(400).body("invalidParams.name", containsInAnyOrder("period", "municipalityCode"));
        TestData.asMunicipality("GM0141").queryParam("from", "yesterday").get(VACANCIES).then().statusCode(400).body("invalidParams.name", contains("from"));
    }
}
