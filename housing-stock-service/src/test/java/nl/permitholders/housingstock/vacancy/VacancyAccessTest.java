package nl.permitholders.housingstock.vacancy;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.LocalDate;
import nl.permitholders.housingstock.TestData;
import org.junit.jupiter.api.Test;

/**
 * A corporation reports its own vacancies; it and the municipality they are in read them, nobody else. Lists and
 * counts show a municipality its own municipality and a corporation its own vacancies.
 */
@QuarkusTest
class VacancyAccessTest {

    private static final String VACANCIES = TestData.BASE + "/vacancies";
    private static final String COUNTS = TestData.BASE + "/vacancy-counts";

    @Test
    void aCorporationReportsOnlyItsOwnVacanciesAndNothingIsStoredOtherwise() {
        String almelo = TestData.uniqueMunicipalityCode();
        String owner = TestData.uniqueCorporationId();
        TestData.asCorporation(TestData.uniqueCorporationId()).contentType(ContentType.JSON)
                .body(VacancyResourceTest.vacancy(owner, "MUT-1", almelo, LocalDate.of(2025, 4, 1)))
                .post(VACANCIES).then().statusCode(403).contentType("application/problem+json");
        TestData.asMunicipality(almelo).contentType(ContentType.JSON)
                .body(VacancyResourceTest.vacancy(owner, "MUT-1", almelo, LocalDate.of(2025, 4, 1)))
                .post(VACANCIES).then().statusCode(403);
        TestData.asCorporation(owner).get(VACANCIES).then().statusCode(200).body("totalItems", equalTo(0));
    }

    @Test
    void aVacancyIsReadByItsCorporationAndItsMunicipalityOnly() {
        String almelo = TestData.uniqueMunicipalityCode();
        String enschede = TestData.uniqueMunicipalityCode();
        String owner = TestData.uniqueCorporationId();
        String id = TestData.asCorporation(owner).contentType(ContentType.JSON)
                .body(VacancyResourceTest.vacancy(owner, "MUT-2", almelo, LocalDate.of(2025, 4, 1)))
                .post(VACANCIES).then().statusCode(201).extract().path("id");

        TestData.asCorporation(owner).get(VACANCIES + "/{id}", id).then().statusCode(200);
        TestData.asMunicipality(almelo).get(VACANCIES + "/{id}", id).then().statusCode(200);
        TestData.asMunicipality(enschede).get(VACANCIES + "/{id}", id).then().statusCode(403).contentType("application/problem+json");
        TestData.asCorporation(TestData.uniqueCorporationId()).get(VACANCIES + "/{id}", id).then().statusCode(403);
    }

    @Test
    void listsAndCountsShowTheCallersOwnVacanciesOnly() {
        String almelo = TestData.uniqueMunicipalityCode();
        String enschede = TestData.uniqueMunicipalityCode();
        String owner = TestData.uniqueCorporationId();
        String other = TestData.uniqueCorporationId();
        for (String[] report : new String[][] {{owner, almelo}, {owner, enschede}, {other, almelo}}) {
            TestData.asCorporation(report[0]).contentType(ContentType.JSON)
                    .body(VacancyResourceTest.vacancy(report[0], "MUT-" + report[1], report[1], LocalDate.of(2025, 5, 1)))
                    .post(VACANCIES).then().statusCode(201);
        }

        TestData.asMunicipality(almelo).get(VACANCIES).then().statusCode(200).body("totalItems", equalTo(2));
        TestData.asMunicipality(almelo).queryParam("municipalityCode", enschede).get(VACANCIES).then().statusCode(403);
        TestData.asCorporation(owner).get(VACANCIES).then().statusCode(200)
                .body("totalItems", equalTo(2)).body("items.municipalityCode", contains(almelo, enschede));
        TestData.asCorporation(owner).queryParam("corporationId", other).get(VACANCIES).then().statusCode(403);

        TestData.asMunicipality(almelo).queryParam("period", "2025").get(COUNTS).then().statusCode(200)
                .body("municipalityCode", equalTo(almelo)).body("vacancies", equalTo(2));
        TestData.asMunicipality(almelo).queryParam("period", "2025").queryParam("municipalityCode", enschede).get(COUNTS)
                .then().statusCode(403);
        TestData.asCorporation(owner).queryParam("period", "2025").get(COUNTS).then().statusCode(200)
                .body("corporationId", equalTo(owner)).body("vacancies", equalTo(2));
        TestData.asCorporation(owner).queryParam("period", "2025").queryParam("corporationId", other).get(COUNTS)
                .then().statusCode(403);
    }
}
