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
    /** Three municipalities of this test's own; the total reaches every municipality the system knows (the demo's too). */
    private static final String OVERIJSSEL = "PV88";
    private static final String HENGELO = "GM6164";

    private final Api api;

    NationalQuotaEndToEndIT(SystemStack stack) {
        api = new Api(stack);
    }

    @Test
    void aNationalTotalAndItsAdjustmentReachEveryMunicipalityInSupervision() {
        api.province(OVERIJSSEL, "Overijssel");
        api.municipality("GM6147", "Borne", OVERIJSSEL);
        api.municipality("GM6163", "Hellendoorn", OVERIJSSEL);
        api.municipality(HENGELO, "Hengelo", OVERIJSSEL);
        List<String> codes = api.municipalitiesValidOn("2048-01-01");
        String populations = "code;name;population\n" + codes.stream()
                .map(code -> code + ";" + code + ";" + (20_000 + 1000 * Integer.parseInt(code.substring(2)) % 90_000))
                .collect(Collectors.joining("\n"));
        api.to(Service.QUOTA).contentType("text/csv").body(populations).put("/populations/{date}", REFERENCE_DATE)
                .then().statusCode(200);

        Map<String, Integer> published = distribute(1_000, "Rijk 2048-I", 201);
        awaitQuotasInSupervision(published);

        Map<String, Integer> adjusted = distribute(600, "national total lowered", 200);
        assertThat(adjusted.get(HENGELO)).isLessThan(published.get(HENGELO));
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
