package nl.permitholders.housingstock.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.permitholders.housingstock.TestData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class PerformanceAgreementResourceTest {

    @BeforeEach
    void municipalitiesInTheRegister() {
        TestData.knownMunicipalities("GM0141");
    }

    private static final String AGREEMENTS = "/housing-stock/v1/performance-agreements";

    private static Map<String, Object> agreement(String corporation, String municipality, String period, Object allocations,
                                                 Object percentage) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("corporationId", corporation);
        body.put("municipalityCode", municipality);
        body.put("period", period);
        if (allocations != null) {
            body.put("agreedAllocations", allocations);
        }
        if (percentage != null) {
            body.put("agreedPercentage", percentage);
        }
        return body;
    }

    @Test
    void anAgreementIsSetOnceAndReplacedWhenItsTermsChange() {
        String corporation = TestData.uniqueCorporationId();
        Response created = TestData.asCorporation(corporation).contentType(ContentType.JSON)
                .body(agreement(corporation, "GM0141", "2025-I", 40, null)).post(AGREEMENTS);
        created.then().statusCode(201)
                .body("period", equalTo("2025-H1")).body("firstDay", equalTo("2025-01-01")).body("lastDay", equalTo("2025-06-30"))
                .body("agreedAllocations", equalTo(40)).body("agreedPercentage", nullValue());
        String id = created.path("id");
        assertThat(created.header("Location")).endsWith(AGREEMENTS + "/" + id);

        TestData.asCorporation(corporation).contentType(ContentType.JSON).body(agreement(corporation, "GM0141", "2025-H1", 40, null))
                .post(AGREEMENTS).then().statusCode(200).body("id", equalTo(id));
        // Either party sets the terms: here the municipality replaces them.
        TestData.asMunicipality("GM0141").contentType(ContentType.JSON).body(agreement(corporation, "GM0141", "2025-H1", null, 12.5))
                .post(AGREEMENTS).then().statusCode(200).body("id", equalTo(id)).body("agreedAllocations", nullValue())
                .body("agreedPercentage", equalTo(12.5f)).body("setBy", equalTo("officer-GM0141"));
        TestData.asCorporation(corporation).get(AGREEMENTS + "/{id}", id).then().statusCode(200).body("agreedPercentage", equalTo(12.5f));
        TestData.asCorporation(corporation).queryParam("corporationId", corporation).get(AGREEMENTS).then().statusCode(200)
                .body("totalItems", equalTo(1)).body("items.id", contains(id));
        TestData.asCorporation(corporation).get(AGREEMENTS + "/{id}", UUID.randomUUID()).then().statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void anAgreementIsANumberOrAPercentageForAKnownKindOfPeriod() {
        String corporation = TestData.uniqueCorporationId();
        TestData.asCorporation(corporation).contentType(ContentType.JSON).body(agreement(corporation, "GM0141", "2025", 10, 10)).post(AGREEMENTS)
                .then().statusCode(400).contentType("application/problem+json")
                .body("invalidParams.name", containsInAnyOrder("agreedAllocations", "agreedPercentage"));
        TestData.asCorporation(corporation).contentType(ContentType.JSON).body(agreement(corporation, "Almelo", "Q3-2025", null, 120))
                .post(AGREEMENTS)
                .then().statusCode(400).body("invalidParams.name", containsInAnyOrder("municipalityCode", "agreedPercentage"));
        TestData.asCorporation(corporation).contentType(ContentType.JSON).body(agreement(corporation, "GM0141", "Q3-2025", 5, null)).post(AGREEMENTS)
                .then().statusCode(400).body("invalidParams.name", contains("period"));
    }

    /** Agreed against actual: vacancies reported by the corporation and its allocations to permit holders (VERA STH). */
    @Test
    void theReportSetsTheAgreementAgainstVacanciesAndAllocations() {
        String corporation = TestData.uniqueCorporationId();
        String municipality = TestData.uniqueMunicipalityCode();
        for (int i = 0; i < 30; i++) {
            TestData.asCorporation(corporation).contentType(ContentType.JSON).body(Map.of("corporationId", corporation, "externalId", "MUT-" + i,
                            "municipalityCode", municipality, "availableFrom", LocalDate.of(2024, 1 + i % 12, 10).toString()))
                    .post("/housing-stock/v1/vacancies").then().statusCode(201);
        }
        List<Map<String, Object>> toewijzingen = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            Map<String, Object> toewijzing = new LinkedHashMap<>();
            toewijzing.put("idExtern", "TW-" + i);
            toewijzing.put("idOrganisatie", corporation);
            toewijzing.put("datum", LocalDate.of(2024, 1 + i % 12, 20) + "T10:00:00Z");
            toewijzing.put("eenheid", "https://vastgoed.example.org/eenheden/E-" + i);
            toewijzing.put("huishoudgrootte", 1 + i % 4);
            toewijzing.put("aanvullendeDoelgroep", Map.of("code", i < 4 ? "STH" : "ZIN"));
            toewijzing.put("extra-attributen", List.of(Map.of("naam", "gemeentecode", "waarde", municipality)));
            toewijzingen.add(toewijzing);
        }
        TestData.asCorporation(corporation).contentType(ContentType.JSON).body(toewijzingen).post("/housing-stock/v1/vera/toewijzing-batches")
                .then().statusCode(200).body("accepted", equalTo(20));

        String share = TestData.asCorporation(corporation).contentType(ContentType.JSON).body(agreement(corporation, municipality, "2024", null, 15))
                .post(AGREEMENTS)
                .then().statusCode(201).extract().path("id");
        // Either party reads the report: here the municipality.
        TestData.asMunicipality(municipality).get(AGREEMENTS + "/{id}/report", share).then().statusCode(200)
                .body("agreement.period", equalTo("2024"))
                .body("actual.vacancies", equalTo(30))
                .body("actual.allocations", equalTo(20))
                .body("actual.permitHolderAllocations", equalTo(4))
                .body("actual.permitHolderPersons", equalTo(1 + 2 + 3 + 4))
                .body("actual.targetAllocations", equalTo(5))
                .body("actual.actualPercentage", equalTo(13.3f))
                .body("actual.shortfall", equalTo(1))
                .body("actual.met", equalTo(false));

        String number = TestData.asCorporation(corporation).contentType(ContentType.JSON).body(agreement(corporation, municipality, "2024-H1", 2, null))
                .post(AGREEMENTS).then().statusCode(201).extract().path("id");
        TestData.asCorporation(corporation).get(AGREEMENTS + "/{id}/report", number).then().statusCode(200)
                .body("actual.vacancies", equalTo(18))
                .body("actual.permitHolderAllocations", equalTo(4))
                .body("actual.targetAllocations", equalTo(2))
                .body("actual.met", equalTo(true));
    }
}
