package nl.permitholders.systemtests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import nl.permitholders.infrastructure.SystemStack;
import org.junit.jupiter.api.Test;

/**
 * COA's records taken in at once reach supervision as the single writes do: the same households, sent one by one to one
 * municipality and as one file of COA's records to its twin (same quota, same opening balance), give the same figures in
 * every half-year, through placement-service's outbox, the broker and supervision's projection. The households:
 * singles and families, housed whole, in parts, in an intermediate facility with family members joining them there,
 * still waiting (some past the 12 weeks, R8), and cancelled with persons still unhoused.
 */
@SystemTestStack
class CouplingImportEndToEndIT {

    /** A province of this test's own, with twins of its own: the demo's and the other tests' figures stay apart. */
    private static final String PROVINCE = "PV89";
    private static final String ONE_BY_ONE = "GM6890";
    private static final String BY_FILE = "GM6891";
    private static final List<String> HALF_YEARS = List.of("2025-H1", "2025-H2");

    private final Api api;

    CouplingImportEndToEndIT(SystemStack stack) {
        api = new Api(stack);
    }

    /** A household of COA's records: its coupling and what hangs from it (null or 0: nothing). */
    private record Household(int number, int adults, int minors, LocalDate coupledOn, LocalDate housedOn, int housedPersons,
                             String unitType, LocalDate arrivedOn, int arrivedPersons, LocalDate cancelledOn) {

        int persons() {
            return adults + minors;
        }

        String reference(String municipality) {
            return "E2E-" + municipality + "-" + number;
        }

        String line(String municipality) {
            return String.join(";", reference(municipality), municipality, Integer.toString(adults), Integer.toString(minors),
                    persons() == 1 ? "alleenstaande" : "gezin", coupledOn.minusWeeks(2).toString(), coupledOn.toString(),
                    housedOn == null ? "" : housedOn.toString(), housedOn == null ? "" : Integer.toString(housedPersons),
                    unitType == null ? "" : unitType, arrivedOn == null ? "" : arrivedOn.toString(),
                    arrivedOn == null ? "" : Integer.toString(arrivedPersons), cancelledOn == null ? "" : cancelledOn.toString(),
                    cancelledOn == null ? "" : "WITHDRAWN");
        }
    }

    private static List<Household> households() {
        Random random = new Random(67);
        List<Household> households = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            int adults = 1 + random.nextInt(2);
            int minors = adults == 1 && random.nextBoolean() ? 0 : random.nextInt(4);
            LocalDate coupledOn = LocalDate.of(2025, 1, 6).plusDays(random.nextInt(270));
            int kind = i % 5;
            LocalDate housedOn = kind == 0 ? null : coupledOn.plusWeeks(2 + random.nextInt(14));
            int persons = adults + minors;
            int housed = kind == 3 && persons > 1 ? persons - 1 : persons;
            String unitType = kind == 2 ? "INTERMEDIATE" : kind == 1 ? "REGULAR" : null;
            LocalDate arrivedOn = kind == 2 ? housedOn.plusWeeks(3) : null;
            LocalDate cancelledOn = kind == 3 && housed < persons ? housedOn.plusWeeks(1) : null;
            households.add(new Household(i, adults, minors, coupledOn, housedOn, housed, unitType, arrivedOn, 1, cancelledOn));
        }
        return households;
    }

    @Test
    void aFileOfCoasRecordsAndTheSameHouseholdsSentOneByOneGiveTheSameFiguresInSupervision() {
        api.province(PROVINCE, "Tweelingen");
        for (String municipality : List.of(ONE_BY_ONE, BY_FILE)) {
            api.municipality(municipality, municipality.equals(ONE_BY_ONE) ? "Een voor een" : "In een bestand", PROVINCE);
            api.openingBalance(municipality, "2025-H1", 12);
            api.quota(municipality, "2025-H1", 30);
            api.quota(municipality, "2025-H2", 25);
        }
        List<Household> households = households();

        for (Household h : households) {
            String coupling = api.coupling(h.reference(ONE_BY_ONE), ONE_BY_ONE, h.adults(), h.minors(), h.coupledOn());
            if (h.housedOn() != null) {
                String placement = h.unitType() == null ? api.placement(coupling, h.housedPersons(), h.housedOn())
                        : api.placement(coupling, h.housedPersons(), h.housedOn(), h.unitType());
                assertThat(placement).isNotNull();
            }
            if (h.arrivedOn() != null) {
                api.toPlacementsAs(ONE_BY_ONE).body(Map.of("persons", h.arrivedPersons(), "arrivedOn", h.arrivedOn().toString()))
                        .post("/couplings/{id}/reunifications", coupling).then().statusCode(201);
            }
            if (h.cancelledOn() != null) {
                api.toPlacementsAsCoa().body(Map.of("reason", "WITHDRAWN", "cancelledOn", h.cancelledOn().toString()))
                        .post("/couplings/{id}/cancellation", coupling).then().statusCode(200);
            }
        }
        StringBuilder file = new StringBuilder("COA-referentie;Gemeentecode;Volwassenen;Minderjarigen;Huishouden;Vergunningsdatum;"
                + "Koppeldatum;Datum huisvesting;Personen gehuisvest;Soort huisvesting;Datum aankomst nareizigers;"
                + "Nareizigers aangekomen;Datum annulering;Reden annulering\n");
        households.forEach(h -> file.append(h.line(BY_FILE)).append('\n'));
        JsonPath imported = api.toPlacementsAsCoa().contentType("text/csv").body(file.toString()).post("/coupling-imports")
                .then().statusCode(201).extract().jsonPath();
        assertThat(imported.getInt("couplingsRegistered")).isEqualTo(households.size());
        assertThat(imported.getInt("placementsRecorded")).isEqualTo((int) households.stream().filter(h -> h.housedOn() != null).count());

        for (String period : HALF_YEARS) {
            int housedInPeriod = households.stream().filter(h -> h.housedOn() != null && period.equals(halfYear(h.housedOn())))
                    .mapToInt(Household::housedPersons).sum()
                    + households.stream().filter(h -> h.arrivedOn() != null && period.equals(halfYear(h.arrivedOn())))
                    .mapToInt(Household::arrivedPersons).sum();
            await().atMost(Duration.ofSeconds(90)).untilAsserted(() -> {
                Map<String, Object> oneByOne = comparable(api.figures(ONE_BY_ONE, period));
                Map<String, Object> byFile = comparable(api.figures(BY_FILE, period));
                assertThat(oneByOne).containsEntry("housed", housedInPeriod);
                assertThat(byFile).as(period).isEqualTo(oneByOne);
            });
        }
        // As they stood on a day in the middle, too: the same facts on the same dates.
        assertThat(comparable(api.figures(BY_FILE, "2025-H2", "2025-09-01")))
                .isEqualTo(comparable(api.figures(ONE_BY_ONE, "2025-H2", "2025-09-01")));
    }

    /** The figures without what names the municipality. */
    private static Map<String, Object> comparable(Map<String, Object> figures) {
        Map<String, Object> kept = new HashMap<>(figures);
        kept.remove("municipalityCode");
        kept.remove("municipalityName");
        return kept;
    }

    private static String halfYear(LocalDate date) {
        return date.getYear() + (date.getMonthValue() <= 6 ? "-H1" : "-H2");
    }
}
