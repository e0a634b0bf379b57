package nl.permitholders.housingstock.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import nl.permitholders.housingstock.TestData;
import org.junit.jupiter.api.Test;

/**
 * Every list of this service takes its page as every service's lists do (platform's {@code PageParams}): one
 * {@code page} and one {@code pageSize}, documented alike, refused alike with the list's own filters in one 400, and a
 * page of units read from the database as a page with the total of all.
 */
@QuarkusTest
class ListsTakeThePlatformsPageTest {

    private static final List<String> LISTS = List.of("/units", "/vacancies", "/allocations", "/performance-agreements",
            "/capacity-projects");

    @Test
    void everyListDocumentsOnePageAndOnePageSizeAsThePlatformDoes() {
        JsonPath document = given().get(TestData.BASE + "/openapi.json").then().statusCode(200).extract().jsonPath();
        for (String list : LISTS) {
            List<Map<String, Object>> parameters = document.getList("paths.'" + list + "'.get.parameters");
            List<Object> names = parameters.stream().map(p -> p.get("name")).toList();
            assertThat(names).as(list).containsOnlyOnce("page", "pageSize", "municipalityCode");
            Map<String, Object> pageSize = parameters.stream().filter(p -> "pageSize".equals(p.get("name"))).findFirst().orElseThrow();
            assertThat((String) pageSize.get("description")).as(list).isEqualTo("items per page, 1 to 100; default 20");
        }
    }

    @Test
    void aBadPageIsRefusedTogetherWithTheListsOwnFilters() {
        for (String list : LISTS) {
            TestData.asCorporation(TestData.OWNER).queryParam("page", "first").queryParam("pageSize", 0).queryParam("municipalityCode", "Almelo")
                    .get(TestData.BASE + list).then().statusCode(400)
                    .body("invalidParams.name", containsInAnyOrder("page", "pageSize", "municipalityCode"));
        }
    }

    @Test
    void theUnitsOfAMunicipalityArePagedWithTheirTotalAndTheNextPage() {
        String municipality = TestData.uniqueMunicipalityCode();
        String owner = TestData.uniqueCorporationId();
        for (int i = 0; i < 5; i++) {
            TestData.asCorporation(owner).contentType(ContentType.JSON).body(TestData.unit(owner, "page-" + i, municipality, "REGULAR", 2))
                    .post(TestData.BASE + "/units").then().statusCode(201);
        }
        TestData.asMunicipality(municipality).queryParam("municipalityCode", municipality).queryParam("pageSize", 2)
                .get(TestData.BASE + "/units").then().statusCode(200)
                .body("page", equalTo(1)).body("pageSize", equalTo(2)).body("totalItems", equalTo(5)).body("totalPages", equalTo(3))
                .body("items.externalId", equalTo(List.of("page-0", "page-1")));
        TestData.asMunicipality(municipality).queryParam("municipalityCode", municipality).queryParam("pageSize", 2).queryParam("page", 2)
                .get(TestData.BASE + "/units").then().statusCode(200)
                .body("page", equalTo(2)).body("totalItems", equalTo(5)).body("items.externalId", equalTo(List.of("page-2", "page-3")));
        TestData.asMunicipality(municipality).queryParam("municipalityCode", municipality).queryParam("pageSize", 2).queryParam("page", 3)
                .get(TestData.BASE + "/units").then().statusCode(200).body("items.externalId", equalTo(List.of("page-4")));
    }
}
