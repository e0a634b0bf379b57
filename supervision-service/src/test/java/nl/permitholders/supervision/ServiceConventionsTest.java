package nl.permitholders.supervision;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import nl.permitholders.infrastructure.ServiceConventions;
import nl.permitholders.platform.period.Period;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ServiceConventionsTest {

    @Test
    void openApiHealthMetricsAndHeadersAreInPlace() {
        ServiceConventions.assertKept("/supervision/v1", "/supervision/v1/municipalities/{code}/periods/{period}");
    }

    /** What a generated client needs to call and decode: typed parameters, and the schemas of what the wire carries. */
    @Test
    void theDocumentTypesParametersAndDescribesWhatTheWireCarries() {
        var document = given().get("/supervision/v1/openapi.json").then().statusCode(200).extract().jsonPath();
        assertThat(ServiceConventions.parameterSchema(document, "/exchanges/{id}", "get", "id")).containsEntry("format", "uuid");
        assertThat(ServiceConventions.parameterSchema(document, "/municipalities/{code}/periods/{period}", "get", "period"))
                .containsEntry("pattern", Period.PATTERN);
        assertThat(ServiceConventions.parameterSchema(document, "/municipalities/{code}/periods/{period}", "get", "asOf")).containsEntry("format", "date");
        assertThat(ServiceConventions.parameterSchema(document, "/provinces/{code}/periods/{period}", "get", "sort").get("enum"))
                .isEqualTo(List.of("CODE", "BACKLOG", "SCHEDULE_GAP", "STAGE"));
        assertThat(ServiceConventions.parameterSchema(document, "/municipalities/{code}/forecast", "get", "scenario").get("enum"))
                .isEqualTo(List.of("UNCHANGED_POLICY", "WITH_PLAN"));
        assertThat(ServiceConventions.parameterSchema(document, "/municipalities/{code}/letters/{deadline}", "get", "deadline"))
                .containsEntry("format", "date");
        assertThat(document.getString("paths.'/provinces/{code}/figure-changes'.get.responses.'200'.content."
                + "'text/event-stream'.schema.$ref")).isEqualTo("#/components/schemas/FiguresView");
        assertThat(document.getString("components.schemas.MonthView.properties.month.type")).isEqualTo("string");
        assertThat(document.getString("components.schemas.ForecastView.properties.from.type")).isEqualTo("string");
        assertThat(document.getList("components.schemas.MonthView.required")).containsExactly("month", "housed");
    }
}
