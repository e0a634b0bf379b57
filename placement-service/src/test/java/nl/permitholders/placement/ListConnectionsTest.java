package nl.permitholders.placement;

import static nl.permitholders.placement.Callers.asCoa;

import io.quarkus.test.junit.QuarkusTest;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every list gives its database connection back. A Panache query built before the request's first database call
 * opened a session for its count and another for its page, and only one was closed: each call kept a connection
 * until the pool (20) was exhausted and every later request timed out.
 */
@QuarkusTest
class ListConnectionsTest {

    private static final int MORE_CALLS_THAN_POOLED_CONNECTIONS = 25;

    @Test
    void everyListCanBeCalledMoreOftenThanThePoolHasConnections() {
        String municipality = Couplings.newMunicipality();
        String coupling = Couplings.register(Couplings.single(municipality, LocalDate.of(2024, 2, 1)));
        List<String> lists = List.of("/placements/v1/couplings?municipalityCode=" + municipality,
                "/placements/v1/couplings?municipalityCode=GM0001",
                "/placements/v1/municipalities/" + municipality + "/waiting-list",
                "/placements/v1/municipalities/" + municipality + "/overdue-couplings",
                "/placements/v1/municipalities/" + municipality + "/audit-trail",
                "/placements/v1/couplings/" + coupling + "/offers",
                "/placements/v1/couplings/" + coupling + "/placements",
                "/placements/v1/couplings/" + coupling + "/reunifications",
                "/placements/v1/couplings/" + coupling + "/audit-trail");
        for (String list : lists) {
            for (int call = 0; call < MORE_CALLS_THAN_POOLED_CONNECTIONS; call++) {
                asCoa().get(list).then().statusCode(200);
            }
        }
    }
}
