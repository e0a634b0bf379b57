package nl.permitholders.supervision.ladder;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.hasKey;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.permitholders.platform.security.Roles;
import nl.permitholders.supervision.Callers;
import nl.permitholders.supervision.FixedDay;
import nl.permitholders.supervision.MissedDeadlines;
import nl.permitholders.supervision.TestEvents;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * docs/domain.md, ladder rules per province: a province's administrator sets its rules through the API, and the advice
 * for its municipalities follows them and names the rule. The provinces here (PV91–PV95) are this class's own: no other
 * test uses them, so the rules set here reach no other test's municipalities (TestEvents.newProvince() never hands them out).
 * Fed by events on the real broker; the deadlines are those of 2026, judged on 20 November 2026.
 */
@QuarkusTest
class LadderRulesFlowTest {

    private static final String RULES = "/supervision/v1/provinces/{code}/ladder-rules";
    private static final String LADDER = "/supervision/v1/municipalities/{code}/ladder";
    private static final String OVERVIEW = "/supervision/v1/provinces/{code}/periods/2026-H2";
    /** Sets rules in this class alone. */
    private static final String STRICT_PROVINCE = "PV91";
    /** Keeps the default rules. */
    private static final String DEFAULT_PROVINCE = "PV92";
    /** Refusals: nothing is ever stored for it. */
    private static final String REFUSING_PROVINCE = "PV93";
    private static final String OTHER_PROVINCE = "PV94";
    /** Never registered. */
    private static final String UNKNOWN_PROVINCE = "PV95";
    /** Sets rules from before the day it sets them. */
    private static final String BACKDATING_PROVINCE = "PV96";

    private final TestEvents events = new TestEvents();

    @BeforeEach
    void asTheRijkOnTheTwentiethOfNovember2026() {
        Callers.theRijkByDefault();
        FixedDay.install(LocalDate.of(2026, 11, 20));
    }

    private static RequestSpecification as(String token) {
        return given().header("Authorization", Callers.as(token)).contentType(ContentType.JSON);
    }

    private static String administrator(String province) {
        return Callers.issuer().token("beheerder-" + province, Roles.PROVINCE_ADMINISTRATOR, Map.of("province", province));
    }

    private static String line(String town, String field) {
        return "lines.find { it.figures.municipalityCode == '" + town + "' }." + field;
    }

    /**
     * Two missed deadlines in a row advise an administrative agreement at once; an excusable shortfall counts too. The
     * dates lie before 20 November 2026, so the rules say why they correct the earlier ones.
     */
    private static Map<String, Object> strict(String appliesFrom) {
        return new HashMap<>(Map.of("appliesFrom", appliesFrom, "countedAsMissed", List.of("NOT_MET", "NOT_MET_EXCUSABLE"),
                "steps", List.of(Map.of("missedInARow", 1, "stage", "SIGNAL"), Map.of("missedInARow", 2, "stage", "ADMINISTRATIVE_AGREEMENTS")),
                "backlogGrowthEscalates", false, "correction", "besluit van Provinciale Staten van juli, nu pas vastgelegd"));
    }

    private String missedTwoDeadlinesInARow(String province) {
        return MissedDeadlines.twoInARow(events, province);
    }

    private void registered(String province) {
        events.province(province, "Provincie " + province);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().get(RULES, province).then().statusCode(200));
    }

    @Test
    void rulesSetByTheProvincesAdministratorChangeTheAdviceForItsMunicipalitiesAndTheAdviceNamesTheRule() {
        String town = missedTwoDeadlinesInARow(STRICT_PROVINCE);
        String elsewhere = missedTwoDeadlinesInARow(DEFAULT_PROVINCE);
        given().get(LADDER, town).then().statusCode(200)
                .body("advice.ruleCode", equalTo("MISSED_IN_A_ROW"))
                .body("advice.rule", equalTo("from 2 deadlines missed in a row: OFFICIAL_TALK (the default rules)"))
                .body("advice", not(hasKey("rulesFrom")));
        // The overview caches each municipality's advice by its ledger version: cached now, before the rules are set.
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().get(OVERVIEW, STRICT_PROVINCE).then().statusCode(200)
                .body(line(town, "advisedStage"), equalTo("OFFICIAL_TALK")));
        given().get(RULES, STRICT_PROVINCE).then().statusCode(200)
                .body("defaultRules", equalTo(true)).body("history", hasSize(0))
                .body("inForce.countedAsMissed", contains("NOT_MET"))
                .body("inForce.steps.stage", contains("SIGNAL", "OFFICIAL_TALK", "ADMINISTRATIVE_AGREEMENTS"))
                .body("inForce.backlogGrowthEscalates", equalTo(true));

        as(administrator(STRICT_PROVINCE)).body(strict("2026-08-01")).post(RULES, STRICT_PROVINCE).then().statusCode(201)
                .header("Location", endsWith("/supervision/v1/provinces/" + STRICT_PROVINCE + "/ladder-rules"))
                .body("appliesFrom", equalTo("2026-08-01"))
                .body("setBy", equalTo("beheerder-" + STRICT_PROVINCE))
                .body("steps.missedInARow", contains(1, 2));

        String rule = "from 2 deadlines missed in a row: ADMINISTRATIVE_AGREEMENTS (the province's rules from 2026-08-01)";
        given().get(LADDER, town).then().statusCode(200)
                .body("advice.stage", equalTo("ADMINISTRATIVE_AGREEMENTS"))
                .body("advice.missedInARow", equalTo(2))
                .body("advice.reasonCode", equalTo("NOT_MET_AT_LAST_TWO"))
                .body("advice.rule", equalTo(rule))
                .body("advice.ruleCode", equalTo("MISSED_IN_A_ROW"))
                .body("advice.ruleDeadlines", equalTo(2))
                .body("advice.rulesFrom", equalTo("2026-08-01"));
        given().get(OVERVIEW, STRICT_PROVINCE).then().statusCode(200)
                .body(line(town, "advisedStage"), equalTo("ADMINISTRATIVE_AGREEMENTS"))
                .body(line(town, "adviceRule"), equalTo(rule));
        // As it stood before the rules applied, the default rules advised an official talk.
        given().queryParam("asOf", "2026-07-31").queryParam("view", "KNOWN_TODAY").get(LADDER, town).then().statusCode(200)
                .body("advice.stage", equalTo("OFFICIAL_TALK"))
                .body("advice.rule", equalTo("from 2 deadlines missed in a row: OFFICIAL_TALK (the default rules)"));
        // Another province's municipality keeps the default rules.
        given().get(LADDER, elsewhere).then().statusCode(200).body("advice.stage", equalTo("OFFICIAL_TALK"))
                .body("advice.rule", equalTo("from 2 deadlines missed in a row: OFFICIAL_TALK (the default rules)"));
        given().get(RULES, DEFAULT_PROVINCE).then().statusCode(200).body("defaultRules", equalTo(true));

        // Province staff read their rules; a later set follows, and the earlier one stays as history.
        as(Callers.issuer().province(STRICT_PROVINCE)).get(RULES, STRICT_PROVINCE).then().statusCode(200)
                .body("defaultRules", equalTo(false))
                .body("inForce.appliesFrom", equalTo("2026-08-01"))
                .body("inForce.countedAsMissed", contains("NOT_MET_EXCUSABLE", "NOT_MET"))
                .body("inForce.setBy", equalTo("beheerder-" + STRICT_PROVINCE));
        Map<String, Object> signalOnly = strict("2026-09-01");
        signalOnly.put("countedAsMissed", List.of("NOT_MET"));
        signalOnly.put("steps", List.of(Map.of("missedInARow", 1, "stage", "SIGNAL")));
        as(administrator(STRICT_PROVINCE)).body(signalOnly).post(RULES, STRICT_PROVINCE).then().statusCode(201);
        given().get(LADDER, town).then().statusCode(200).body("advice.stage", equalTo("SIGNAL"))
                .body("advice.rule", equalTo("from 1 deadline missed in a row: SIGNAL (the province's rules from 2026-09-01)"));
        given().get(OVERVIEW, STRICT_PROVINCE).then().statusCode(200).body(line(town, "advisedStage"), equalTo("SIGNAL"));
        given().get(RULES, STRICT_PROVINCE).then().statusCode(200)
                .body("history.appliesFrom", contains("2026-08-01", "2026-09-01"))
                .body("inForce.appliesFrom", equalTo("2026-09-01"));
        given().queryParam("asOf", "2026-08-15").queryParam("view", "KNOWN_TODAY").get(RULES, STRICT_PROVINCE).then().statusCode(200)
                .body("inForce.appliesFrom", equalTo("2026-08-01"));
        given().queryParam("asOf", "2026-08-15").queryParam("view", "KNOWN_TODAY").get(LADDER, town).then().statusCode(200)
                .body("advice.stage", equalTo("ADMINISTRATIVE_AGREEMENTS"));
    }

    @Test
    void onlyAnAdministratorOfTheProvinceItselfSetsItsRulesAndOnlyItsOwnPeopleAndTheRijkReadThem() {
        registered(REFUSING_PROVINCE);
        Map<String, Object> rules = strict("2026-08-01");
        for (String refused : List.of(administrator(OTHER_PROVINCE), Callers.issuer().province(REFUSING_PROVINCE),
                Callers.issuer().rijk(), Callers.issuer().token("operations", Roles.OPERATOR, Map.of()),
                Callers.issuer().token("operations", Roles.OPERATOR, Map.of("province", REFUSING_PROVINCE)),
                Callers.issuer().token("beheerder", Roles.PROVINCE_ADMINISTRATOR, Map.of()),
                Callers.issuer().municipality("GM0141"), Callers.issuer().coa())) {
            as(refused).body(rules).post(RULES, REFUSING_PROVINCE).then().statusCode(403).contentType("application/problem+json");
        }
        // Another province's administrator learns nothing, not even whether its input was valid.
        as(administrator(OTHER_PROVINCE)).body(Map.of("steps", "none")).post(RULES, REFUSING_PROVINCE).then().statusCode(403);

        as(Callers.issuer().province(REFUSING_PROVINCE)).get(RULES, REFUSING_PROVINCE).then().statusCode(200);
        as(administrator(REFUSING_PROVINCE)).get(RULES, REFUSING_PROVINCE).then().statusCode(200);
        for (String refused : List.of(Callers.issuer().province(OTHER_PROVINCE), administrator(OTHER_PROVINCE),
                Callers.issuer().municipality("GM0141"), Callers.issuer().coa())) {
            as(refused).get(RULES, REFUSING_PROVINCE).then().statusCode(403).contentType("application/problem+json");
        }
        given().get(RULES, REFUSING_PROVINCE).then().statusCode(200).body("history", hasSize(0)).body("defaultRules", equalTo(true));
    }

    @Test
    void rulesThatCannotBeAreRefusedNamingTheFieldAndNothingIsStored() {
        registered(REFUSING_PROVINCE);
        String administrator = administrator(REFUSING_PROVINCE);
        Map<String, Object> outOfOrder = strict("2026-08-01");
        outOfOrder.put("steps", List.of(Map.of("missedInARow", 1, "stage", "OFFICIAL_TALK"), Map.of("missedInARow", 2, "stage", "SIGNAL")));
        Map<String, Object> negative = strict("2026-08-01");
        negative.put("steps", List.of(Map.of("missedInARow", -1, "stage", "SIGNAL")));
        Map<String, Object> fewerAfterMore = strict("2026-08-01");
        fewerAfterMore.put("steps", List.of(Map.of("missedInARow", 3, "stage", "SIGNAL"), Map.of("missedInARow", 2, "stage", "OFFICIAL_TALK")));
        Map<String, Object> unknownVerdict = strict("2026-08-01");
        unknownVerdict.put("countedAsMissed", List.of("NOT_MET", "LATE"));
        Map<String, Object> met = strict("2026-08-01");
        met.put("countedAsMissed", List.of("MET", "NOT_MET"));
        Map<String, Object> withoutNotMet = strict("2026-08-01");
        withoutNotMet.put("countedAsMissed", List.of("NOT_MET_EXCUSABLE"));
        Map<String, Object> beyondTheAdvice = strict("2026-08-01");
        beyondTheAdvice.put("steps", List.of(Map.of("missedInARow", 5, "stage", "SUBSTITUTION_EXECUTED")));
        Map<String, Object> noDate = strict("2026-08-01");
        noDate.remove("appliesFrom");
        Map<Map<String, Object>, String> cases = Map.of(outOfOrder, "steps[1].stage", negative, "steps[0].missedInARow",
                fewerAfterMore, "steps[1].missedInARow", unknownVerdict, "countedAsMissed[1]", met, "countedAsMissed[0]",
                withoutNotMet, "countedAsMissed", beyondTheAdvice, "steps[0].stage", noDate, "appliesFrom");
        cases.forEach((body, field) -> as(administrator).body(body).post(RULES, REFUSING_PROVINCE).then().statusCode(400)
                .contentType("application/problem+json").body("invalidParams.name", hasItem(field)));
        given().get(RULES, REFUSING_PROVINCE).then().statusCode(200).body("history", hasSize(0));
    }

    @Test
    void theRulesOfAProvinceNothingIsKnownAboutAreNotFound() {
        given().get(RULES, UNKNOWN_PROVINCE).then().statusCode(404).contentType("application/problem+json");
        as(administrator(UNKNOWN_PROVINCE)).body(strict("2026-08-01")).post(RULES, UNKNOWN_PROVINCE).then().statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void rulesFromADateBeforeTodayAreRefusedUnlessTheyCorrectEarlierRulesAndTheCorrectionShowsInTheAdvice() {
        String town = missedTwoDeadlinesInARow(BACKDATING_PROVINCE);
        String administrator = administrator(BACKDATING_PROVINCE);
        Map<String, Object> backdated = strict("2026-10-01");
        backdated.remove("correction");

        as(administrator).body(backdated).post(RULES, BACKDATING_PROVINCE).then().statusCode(400).contentType("application/problem+json")
                .body("invalidParams.name", contains("appliesFrom"))
                .body("invalidParams[0].reason", containsString("2026-10-01 lies before today, 2026-11-20"));
        backdated.put("correction", " ");
        as(administrator).body(backdated).post(RULES, BACKDATING_PROVINCE).then().statusCode(400).body("invalidParams.name", contains("appliesFrom"));
        backdated.put("correction", "x".repeat(501));
        as(administrator).body(backdated).post(RULES, BACKDATING_PROVINCE).then().statusCode(400)
                .body("invalidParams.name", hasItem(containsString("correction")));
        given().get(RULES, BACKDATING_PROVINCE).then().statusCode(200).body("history", hasSize(0));
        // What the ladder advised on 15 October, by the default rules, before any correction.
        given().queryParam("asOf", "2026-10-15").queryParam("view", "KNOWN_TODAY").get(LADDER, town).then().statusCode(200)
                .body("advice.stage", equalTo("OFFICIAL_TALK")).body("advice", not(hasKey("rulesCorrection")));

        // Rules from today on correct nothing and need no correction.
        Map<String, Object> fromToday = strict("2026-11-20");
        fromToday.remove("correction");
        as(administrator).body(fromToday).post(RULES, BACKDATING_PROVINCE).then().statusCode(201).body("$", not(hasKey("correction")));
        given().get(LADDER, town).then().statusCode(200).body("advice.rulesFrom", equalTo("2026-11-20"))
                .body("advice", not(hasKey("rulesCorrection")));

        backdated.put("correction", "de regels van 1 oktober waren niet vastgelegd");
        as(administrator).body(backdated).post(RULES, BACKDATING_PROVINCE).then().statusCode(201)
                .body("appliesFrom", equalTo("2026-10-01")).body("correction", equalTo("de regels van 1 oktober waren niet vastgelegd"));
        given().get(RULES, BACKDATING_PROVINCE).then().statusCode(200)
                .body("history.correction", contains("de regels van 1 oktober waren niet vastgelegd", null));

        // The advice of 15 October as the corrected rules give it, saying that they corrected the rules afterwards.
        given().queryParam("asOf", "2026-10-15").queryParam("view", "KNOWN_TODAY").get(LADDER, town).then().statusCode(200)
                .body("advice.stage", equalTo("ADMINISTRATIVE_AGREEMENTS"))
                .body("advice.rulesFrom", equalTo("2026-10-01"))
                .body("advice.rulesCorrection.correction", equalTo("de regels van 1 oktober waren niet vastgelegd"))
                .body("advice.rulesCorrection.setBy", equalTo("beheerder-" + BACKDATING_PROVINCE))
                .body("advice.rulesCorrection.recordedOn", equalTo("2026-11-20"));
        // Today the rules from 20 November are in force: they correct nothing.
        given().get(LADDER, town).then().statusCode(200).body("advice.rulesFrom", equalTo("2026-11-20"))
                .body("advice", not(hasKey("rulesCorrection")));
    }
}
