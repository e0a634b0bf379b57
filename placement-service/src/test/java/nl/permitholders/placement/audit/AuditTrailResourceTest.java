package nl.permitholders.placement.audit;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import nl.permitholders.placement.Couplings;
import org.junit.jupiter.api.Test;

@QuarkusTest
class AuditTrailResourceTest {

    private static final LocalDate COUPLED = LocalDate.of(2024, 2, 1);

    @Test
    void everyWriteIsRecordedWithWhoDidItWhenAndWhy() {
        String coupling = given().contentType(ContentType.JSON).header("X-Actor", "coa-koppelaar-12")
                .body(Couplings.family("GM0141", 1, 0, COUPLED))
                .post("/placements/v1/couplings").then().statusCode(201).extract().path("id");
        Couplings.place(coupling, 1, COUPLED.plusWeeks(4));

        given().get("/placements/v1/couplings/{id}/audit-trail", coupling).then().statusCode(200)
                .body("items.action", contains("COUPLING_REGISTERED", "PLACEMENT_RECORDED"))
                .body("items.actor", contains("coa-koppelaar-12", "unknown"))
                .body("items[0].subjectId", equalTo(coupling))
                .body("items[0].at", notNullValue())
                .body("items[1].details", org.hamcrest.Matchers.containsString("1 person housed on " + COUPLED.plusWeeks(4)));
        given().queryParam("pageSize", 1).queryParam("page", 2).get("/placements/v1/couplings/{id}/audit-trail", coupling)
                .then().body("items.action", contains("PLACEMENT_RECORDED")).body("totalPages", equalTo(2));
    }

    @Test
    void anActorThatIsNotAPlainNameIsRefusedAndNothingIsWritten() {
        Map<String, Object> body = Couplings.family("GM0141", 1, 0, COUPLED);
        given().contentType(ContentType.JSON).header("X-Actor", "Robert'); DROP TABLE coupling;--").body(body)
                .post("/placements/v1/couplings").then().statusCode(400).body("invalidParams.name", hasItem("X-Actor"));
        given().queryParam("municipalityCode", "GM0141").queryParam("pageSize", 100).get("/placements/v1/couplings")
                .then().body("items.coaReference", org.hamcrest.Matchers.not(hasItem(body.get("coaReference"))));
    }

    @Test
    void theAuditTrailOfAnUnknownCouplingIsNotFound() {
        given().get("/placements/v1/couplings/{id}/audit-trail", UUID.randomUUID()).then().statusCode(404);
    }
}
