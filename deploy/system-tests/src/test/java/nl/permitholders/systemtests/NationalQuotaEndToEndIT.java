package nl.permitholders.systemtests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import nl.permitholders.infrastructure.SystemStack;
import nl.permitholders.infrastructure.SystemStack.Service;
import org.junit.jupiter.api.Test;

/** R1 through the services: the Rijk sets a national total, every municipality's quota reaches supervision; an adjustment follows. */
@SystemTestStack
class NationalQuotaEndToEndIT {

    private static final String PERIOD = "2048-H1";
    private static final String REFERENCE_DATE = "2047-01-01";

    private final Api api;

    NationalQuotaEndToEndIT(SystemStack stack) {
        api = new Api(stack);
    }

    @Test
    void aNationalTotalAndItsAdjustmentReachEveryMunicipalityInSupervision() {
        api.province("PV23", "Overijssel");
        api.municipality("GM0147", "Borne", "PV23");
        api.municipality("GM0163", "Hellendoorn", "PV23");
        api.municipality("GM0164", "Hengelo", "PV23");
        List<String> codes = api.to(Service.QUOTA).queryParam("validOn", "2048-01-01").queryParam("pageSize", 100)
                .get("/municipalities").then().statusCode(200).extract().jsonPath().getList("items.code");
        String populations = "code;name;population\n" + codes.stream()
                .map(code -> code + ";" + code + ";" + (20_000 + 1000 * Integer.parseInt(code.substring(2)) % 90_000))
                .collect(Collectors.joining("\n"));
        api.to(Service.QUOTA).contentType("text/csv").body(populations).put("/populations/{date}", REFERENCE_DATE)
                .then().statusCode(200);

        Map<String, Integer> published = distribute(1_000, "Rijk 2048-I", 201);
        awaitQuotasInSupervision(published);

        Map<String, Integer> adjusted = distribute(600, "national total lowered", 200);
        assertThat(adjusted.get("GM0164")).isLessThan(published.get("GM0164"));
        awaitQuotasInSupervision(adjusted);
    }

    private Map<String, Integer> distribute(int national, String reason, int status) {
        JsonPath result = api.to(Service.QUOTA).body(Map.of("persons", national, "reason", reason))
                .put("/periods/{period}/national-quota", PERIOD).then().statusCode(status).extract().jsonPath();
        List<Map<String, Object>> shares = result.getList("distribution");
        assertThat(result.getInt("sumOfQuotas")).isGreaterThanOrEqualTo(national).isLessThan(national + shares.size());
        return shares.stream().collect(Collectors.toMap(s -> (String) s.get("municipalityCode"), s -> (Integer) s.get("quota")));
    }

    private void awaitQuotasInSupervision(Map<String, Integer> quotas) {
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> quotas.forEach((code, quota) ->
                assertThat(api.figures(code, PERIOD)).as(code).containsEntry("quota", quota)));
    }
}
