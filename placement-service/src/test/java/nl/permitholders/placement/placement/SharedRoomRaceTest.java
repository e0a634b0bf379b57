package nl.permitholders.placement.placement;

import static nl.permitholders.placement.Callers.asCoa;
import static nl.permitholders.placement.Callers.asMunicipality;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import nl.permitholders.placement.Couplings;
import nl.permitholders.placement.Units;
import org.junit.jupiter.api.RepeatedTest;

/** Two placements racing for the last free room of a shared unit: exactly one gets it. */
@QuarkusTest
class SharedRoomRaceTest {

    private static final LocalDate COUPLED = LocalDate.of(2024, 2, 1);

    @RepeatedTest(3)
    void exactlyOneOfTwoSinglesGetsTheLastFreeRoom() {
        String municipality = Couplings.newMunicipality();
        UUID shared = Units.known(municipality, "SHARED", 3);
        Couplings.placeIn(Couplings.register(Couplings.single(municipality, COUPLED)), 1, COUPLED.plusWeeks(1), shared);
        Couplings.placeIn(Couplings.register(Couplings.single(municipality, COUPLED)), 1, COUPLED.plusWeeks(1), shared);
        List<String> racers = List.of(Couplings.register(Couplings.single(municipality, COUPLED)),
                Couplings.register(Couplings.single(municipality, COUPLED)));

        CountDownLatch start = new CountDownLatch(1);
        List<CompletableFuture<Response>> placements = racers.stream().map(coupling -> CompletableFuture.supplyAsync(() -> {
            try {
                start.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return asMunicipality(municipality).contentType(ContentType.JSON)
                    .body(Map.of("persons", 1, "housedOn", COUPLED.plusWeeks(2).toString(), "unitId", shared.toString()))
                    .post("/placements/v1/couplings/{id}/placements", coupling);
        })).toList();
        start.countDown();

        List<Integer> statuses = placements.stream().map(CompletableFuture::join).map(Response::statusCode).toList();
        assertThat(statuses).containsExactlyInAnyOrder(201, 409);
        asCoa().get("/placements/v1/units/{id}", shared).then().body("personsPlaced", equalTo(3)).body("freePlaces", equalTo(0));
    }
}
