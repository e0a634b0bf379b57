package nl.permitholders.systemtests;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import nl.permitholders.infrastructure.SystemStack;
import nl.permitholders.infrastructure.SystemStack.Service;
import org.junit.jupiter.api.Test;

/**
 * R9: the supervision service carries counts and ids only. No schema in its OpenAPI document, as served, has a
 * property that could hold a personal identifier; a name is only ever a municipality's or province's (or, in an error,
 * a parameter's). The event schemas are checked the same way in {@link EventCatalogueTest}.
 */
@SystemTestStack
class SupervisionPrivacyIT {

    private static final Map<String, List<String>> MAY_HOLD_A_NAME = Map.ofEntries(
            Map.entry("/components/schemas/FiguresView", List.of("municipalityName")),
            Map.entry("/components/schemas/ProvinceView", List.of("name")),
            Map.entry("/components/schemas/ProvinceTotals", List.of("name")),       // a province's name
            Map.entry("/components/schemas/TimelineView", List.of("name")),         // a municipality's or province's name
            Map.entry("/components/schemas/ForecastAssumption", List.of("name")),   // which assumption a forecast makes
            Map.entry("/components/schemas/MergedMunicipalityView", List.of("municipalityName")),
            Map.entry("/components/schemas/InvalidParam", List.of("name")),
            // the open data's rows: the municipality's name beside its code, as the monitor publishes it
            Map.entry("/components/schemas/HalfYearRow", List.of("municipalityName")),
            Map.entry("/components/schemas/MonthRow", List.of("municipalityName")),
            // CBS's populations as open data, per municipality with its name
            Map.entry("/components/schemas/OpenDataPopulationRow", List.of("municipalityName")),
            // a split municipality whose couplings are te verdelen, by its name
            Map.entry("/components/schemas/ToBeDividedView", List.of("municipalityName")),
            // COA's position file: the municipality's name as COA wrote it, and the name of the file province staff uploaded
            Map.entry("/components/schemas/CoaPositionLine", List.of("municipalityName")),
            Map.entry("/components/schemas/ReconciliationLine", List.of("municipalityName")),
            Map.entry("/components/schemas/ImportView", List.of("fileName")),
            Map.entry("/components/schemas/ImportWithLines", List.of("fileName")),
            // a line of COA's file that differs from what counts, with the municipality's name as COA wrote it
            Map.entry("/components/schemas/CoaDifference", List.of("municipalityName")),
            // a municipality that has ended and the ones it became, by their names
            // a province's letters of a round: the province and each municipality written to, by name
            Map.entry("/components/schemas/ProvinceLettersView", List.of("provinceName")),
            Map.entry("/components/schemas/LetterLine", List.of("municipalityName")),
            Map.entry("/components/schemas/LifespanView", List.of("name")),
            Map.entry("/components/schemas/MunicipalitySuccessor", List.of("name")),
            // scenarios: the provinces and municipalities they sum, by name; the assumption a figure rests on; a kept
            // scenario's name, which its author gives it ("laag", "verwacht")
            Map.entry("/components/schemas/ScenarioArea", List.of("name")),
            Map.entry("/components/schemas/ScenarioMunicipality", List.of("municipalityName")),
            Map.entry("/components/schemas/ScenarioColourChange", List.of("municipalityName")),
            Map.entry("/components/schemas/ScenarioAssumption", List.of("name")),
            Map.entry("/components/schemas/ComparedArea", List.of("name")),
            Map.entry("/components/schemas/ComparedMunicipality", List.of("municipalityName")),
            Map.entry("/components/schemas/KeptScenario", List.of("name")));

    @Test
    void noSupervisionSchemaHasAPropertyThatCouldHoldAPersonalIdentifier(SystemStack stack) throws Exception {
        JsonNode document = new ObjectMapper().readTree(given().get(stack.url(Service.SUPERVISION)
                + "/openapi.json").then().statusCode(200).extract().asString());

        assertThat(PersonalIdentifiers.suspicious(document, MAY_HOLD_A_NAME)).isEmpty();
        assertThat(PersonalIdentifiers.properties(document)).as("the response schemas were found")
                .contains(new PersonalIdentifiers.Property("/components/schemas/FiguresView", "backlog"),
                        new PersonalIdentifiers.Property("/components/schemas/FiguresView", "municipalityName"));
    }

    @Test
    void theCheckFindsAPersonalIdentifierAtAnyDepth() throws Exception {
        JsonNode schema = new ObjectMapper().readTree("""
                {"properties": {"municipalityCode": {"type": "string"},
                  "household": {"type": "array", "items": {"properties": {"birthDate": {}, "vNumber": {}, "name": {}}}}}}
                """);

        assertThat(PersonalIdentifiers.suspicious(schema, Map.of()))
                .extracting(PersonalIdentifiers.Property::name).containsExactlyInAnyOrder("birthDate", "vNumber", "name");
    }
}
