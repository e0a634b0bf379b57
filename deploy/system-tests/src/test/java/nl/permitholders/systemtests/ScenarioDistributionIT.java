package nl.permitholders.systemtests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import nl.permitholders.infrastructure.SystemStack;
import nl.permitholders.infrastructure.SystemStack.Service;
import org.junit.jupiter.api.Test;

/**
 * Issue 71, point 4: a scenario's distribution is the very distribution the Rijk gets when it then sets the same total,
 * municipality by municipality, with the same national population, sum and surplus: supervision calculates it from its
 * projection of quota.events with the code quota-service distributes with. On the whole country's demo, with a merger
 * of this test's own whose population the province set (R1 counts it, not its parts') and one that takes effect in the
 * half-year (its continuing municipality holds both shares). The half-year is the furthest a scenario takes, which no
 * other test distributes; setting its total changes every municipality's quota there, as NationalQuotaEndToEndIT's does
 * for its own half-year.
 */
@SystemTestStack
class ScenarioDistributionIT {

    private static final String PROVINCE = "PV89";
    private static final String FIRST_PART = "GM6981";
    private static final String SECOND_PART = "GM6982";
    /** Formed from the two parts between the reference date and the half-year, with the population the province set. */
    private static final String FORMED = "GM6983";
    private static final String ABSORBED = "GM6984";
    /** Absorbs GM6984 three months into the half-year. */
    private static final String ABSORBING = "GM6985";
    private static final int NATIONAL_TOTAL = 9_876;
    private static final int SET_WITH_THE_MERGER = 41_000;

    private final Api api;

    ScenarioDistributionIT(SystemStack stack) {
        api = new Api(stack);
    }

    @Test
    void theScenariosDistributionIsTheOneTheRijkGetsWhenItSetsTheSameTotal() {
        // the fifth half-year after the current one, and the population R1 takes for it: 1 January of the year before
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Amsterdam"));
        int index = today.getYear() * 2 + (today.getMonthValue() <= 6 ? 0 : 1) + 5;
        LocalDate firstDay = LocalDate.of(index / 2, index % 2 == 0 ? 1 : 7, 1);
        String half = firstDay.getYear() + "-H" + (index % 2 + 1);
        LocalDate referenceDate = LocalDate.of(firstDay.getYear() - 1, 1, 1);
        api.province(PROVINCE, "Scenario");
        for (String code : List.of(FIRST_PART, SECOND_PART, ABSORBED, ABSORBING)) {
            api.municipality(code, "Scenario " + code, PROVINCE);
        }
        merge(Map.of("code", FORMED, "name", "Scenario " + FORMED, "provinceCode", PROVINCE), List.of(FIRST_PART, SECOND_PART),
                referenceDate.plusMonths(6), List.of(Map.of("referenceDate", referenceDate.toString(), "persons", SET_WITH_THE_MERGER)));
        merge(Map.of("code", ABSORBING), List.of(ABSORBED), firstDay.plusMonths(3), List.of());

        // CBS's populations of the reference date for every municipality of the half-year's first day, of every size, so
        // that shares are rounded up; the formed municipality keeps the figure the province set with its merger.
        Map<String, Integer> populations = new TreeMap<>();
        api.municipalitiesValidOn(firstDay.toString()).stream().filter(code -> !code.equals(FORMED))
                .forEach(code -> populations.put(code, 1_000 + Integer.parseInt(code.substring(2)) * 37 % 90_000));
        api.to(Service.QUOTA).contentType("text/csv").body("code;name;population\n" + populations.entrySet().stream()
                        .map(p -> p.getKey() + ";" + p.getKey() + ";" + p.getValue()).collect(Collectors.joining("\n")))
                .put("/populations/{date}", referenceDate.toString()).then().statusCode(200);
        long nationalPopulation = populations.values().stream().mapToLong(Integer::longValue).sum() + SET_WITH_THE_MERGER;

        // Supervision learns the register, mergers and populations from quota.events: the scenario once it has them all.
        JsonPath scenario = await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofSeconds(2)).until(() -> {
            Response answer = api.to(Service.SUPERVISION).body(Map.of("halfYears", List.of(Map.of("period", half, "nationalTotal", NATIONAL_TOTAL))))
                    .post("/scenario-calculations");
            return answer.statusCode() == 200 ? answer.jsonPath() : null;
        }, s -> s != null && referenceDate.toString().equals(s.getString("halfYears[0].populationReferenceDate"))
                && s.getLong("halfYears[0].nationalPopulation") == nationalPopulation);

        JsonPath real = api.to(Service.QUOTA).body(Map.of("persons", NATIONAL_TOTAL, "status", "PROVISIONAL",
                        "reason", "the Rijk sets the scenario's total"))
                .put("/periods/{period}/national-quota", half).then().statusCode(201).extract().jsonPath();

        assertThat(scenario.getLong("halfYears[0].nationalPopulation")).isEqualTo(real.getLong("nationalPopulation"));
        assertThat(scenario.getInt("halfYears[0].sumOfQuotas")).isEqualTo(real.getInt("sumOfQuotas"));
        assertThat(scenario.getInt("halfYears[0].surplus")).isEqualTo(real.getInt("surplus")).isPositive();
        assertThat(scenario.getInt("halfYears[0].municipalities")).isEqualTo(real.getInt("municipalities"));
        Map<String, List<Integer>> distributed = new TreeMap<>();
        List<Map<String, Object>> shares = real.getList("distribution");
        shares.forEach(s -> distributed.put((String) s.get("municipalityCode"), List.of((Integer) s.get("population"), (Integer) s.get("quota"))));
        Map<String, List<Integer>> calculated = new TreeMap<>();
        List<Map<String, Object>> municipalities = scenario.getList("municipalities");
        for (Map<String, Object> m : municipalities) {
            @SuppressWarnings("unchecked") List<Map<String, Object>> halfYears = (List<Map<String, Object>>) m.get("halfYears");
            halfYears.forEach(h -> calculated.put((String) m.get("municipalityCode"), List.of((Integer) h.get("population"), (Integer) h.get("quota"))));
        }
        assertThat(calculated).as("per municipality: the population R1 counted and its quota").isEqualTo(distributed);
        assertThat(calculated.get(FORMED).get(0)).as("the figure the province set with the merger").isEqualTo(SET_WITH_THE_MERGER);
        assertThat(calculated).doesNotContainKeys(FIRST_PART, SECOND_PART, ABSORBED);

        // And the quotas that reach supervision from the Rijk's distribution are the scenario's.
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            assertThat(api.figures(ABSORBING, half)).containsEntry("quota", calculated.get(ABSORBING).get(1));
            assertThat(api.figures(FORMED, half)).containsEntry("quota", calculated.get(FORMED).get(1));
        });
    }

    private void merge(Map<String, Object> continuing, List<String> merged, LocalDate effective, List<Map<String, Object>> populations) {
        api.to(Service.QUOTA).body(Map.of("municipality", continuing, "mergedMunicipalityCodes", merged, "effectiveDate", effective.toString(),
                        "populations", populations, "reason", "herindeling"))
                .post("/mergers").then().statusCode(org.hamcrest.Matchers.anyOf(org.hamcrest.Matchers.is(201), org.hamcrest.Matchers.is(200)));
    }
}
