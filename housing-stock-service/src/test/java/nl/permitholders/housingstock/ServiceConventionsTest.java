package nl.permitholders.housingstock;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;

import io.quarkus.test.junit.QuarkusTest;
import nl.permitholders.housingstock.period.ReportingPeriod;
import nl.permitholders.infrastructure.ServiceConventions;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ServiceConventionsTest {

    @Test
    void openApiHealthMetricsAndHeadersAreInPlace() {
        ServiceConventions.assertKept("/housing-stock/v1", "/housing-stock/v1/units", "/housing-stock/v1/units/{id}",
                "/housing-stock/v1/units/{id}/retirement", "/housing-stock/v1/units/{id}/occupancy",
                "/housing-stock/v1/municipalities/{code}/free-capacity", "/housing-stock/v1/vacancies",
                "/housing-stock/v1/vacancies/{id}", "/housing-stock/v1/vacancy-counts", "/housing-stock/v1/vera/toewijzingen",
                "/housing-stock/v1/vera/toewijzing-batches",
                "/housing-stock/v1/allocations", "/housing-stock/v1/allocations/{id}", "/housing-stock/v1/performance-agreements",
                "/housing-stock/v1/performance-agreements/{id}", "/housing-stock/v1/performance-agreements/{id}/report",
                "/housing-stock/v1/capacity-projects", "/housing-stock/v1/capacity-projects/{id}",
                "/housing-stock/v1/capacity-projects/{id}/deliveries", "/housing-stock/v1/municipalities/{code}/capacity-pipeline");
        given().get("/housing-stock/v1/openapi.json").then().body("info.title", equalTo("Housing stock API"))
                .body("components.schemas.Toewijzing.properties", hasKey("extra-attributen"))
                .body("components.schemas.Toewijzing.properties.datum.format", equalTo("date"))
                // one body shape and one answer per status: a generated client gets a typed method for each
                .body("paths.'/vera/toewijzingen'.post.requestBody.content.'application/json'.schema.$ref",
                        equalTo("#/components/schemas/Toewijzing"))
                .body("paths.'/vera/toewijzingen'.post.responses.'201'.content.'application/json'.schema.$ref",
                        equalTo("#/components/schemas/RecordedToewijzing"))
                .body("paths.'/vera/toewijzingen'.post.responses.'200'.content.'application/json'.schema.$ref",
                        equalTo("#/components/schemas/RecordedToewijzing"))
                .body("paths.'/vera/toewijzing-batches'.post.requestBody.content.'application/json'.schema.type",
                        equalTo("array"))
                .body("paths.'/vera/toewijzing-batches'.post.requestBody.content.'application/json'.schema.items.$ref",
                        equalTo("#/components/schemas/Toewijzing"))
                .body("paths.'/vera/toewijzing-batches'.post.responses.'200'.content.'application/json'.schema.$ref",
                        equalTo("#/components/schemas/BatchReport"));
    }

    @Test
    void theDocumentTypesItsParameters() {
        var document = given().get("/housing-stock/v1/openapi.json").then().statusCode(200).extract().jsonPath();
        assertThat(ServiceConventions.parameterSchema(document, "/units", "get", "page")).containsEntry("type", "integer");
        assertThat(ServiceConventions.parameterSchema(document, "/units", "get", "pageSize")).containsEntry("type", "integer")
                .containsEntry("maximum", 100);
        assertThat(ServiceConventions.parameterSchema(document, "/units", "get", "available")).containsEntry("type", "boolean");
        assertThat(ServiceConventions.parameterSchema(document, "/units", "get", "retired")).containsEntry("type", "boolean");
        assertThat(ServiceConventions.parameterSchema(document, "/units", "get", "type"))
                .containsEntry("$ref", "#/components/schemas/UnitType");
        assertThat(ServiceConventions.parameterSchema(document, "/units", "get", "ownerType"))
                .containsEntry("$ref", "#/components/schemas/OwnerType");
        assertThat(ServiceConventions.parameterSchema(document, "/allocations", "get", "permitHolders"))
                .containsEntry("type", "boolean");
        assertThat(ServiceConventions.parameterSchema(document, "/allocations", "get", "from")).containsEntry("format", "date");
        assertThat(ServiceConventions.parameterSchema(document, "/vacancies", "get", "to")).containsEntry("format", "date");
        assertThat(ServiceConventions.parameterSchema(document, "/units/{id}/occupancy", "get", "asOf"))
                .containsEntry("format", "date");
        assertThat(ServiceConventions.parameterSchema(document, "/vacancy-counts", "get", "period"))
                .containsEntry("pattern", ReportingPeriod.PATTERN);
    }
}
