package nl.permitholders.systemtests;

import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import nl.permitholders.infrastructure.DevelopmentIssuer;
import nl.permitholders.infrastructure.SystemStack;
import nl.permitholders.infrastructure.SystemStack.Service;

/**
 * For every write operation with a JSON body, a request the service accepts: path parameters naming objects that
 * exist, created here, and a valid body. {@link HostileInputIT} replaces one field of it at a time, so that what is
 * judged is that field. A request is renewed after every accepted case (a fresh coupling to cancel, a fresh external
 * id to register), so that one accepted write never makes the next case a conflict.
 */
final class ValidRequests {

    /** One request: path below the service's base URL, the caller's token and the body. */
    record Valid(String path, String token, ObjectNode body) {
    }

    /**
     * A refusal other than a 400 that is the right answer for a field: a foreign organisation's id (403) or a value
     * that conflicts with the object's state (409).
     */
    record Justified(int status, String why) {
    }

    /** How to make the operation's valid request, and which refusals of which fields are justified. */
    static final class Operation {
        final Service service;
        private final Supplier<Valid> make;
        final Map<String, Justified> justified = new TreeMap<>();
        private Valid current;

        Operation(Service service, Supplier<Valid> make) {
            this.service = service;
            this.make = make;
        }

        /** Fields whose value a rule checks together with this field's, so that a 400 may name them instead. */
        final Map<String, List<String>> related = new TreeMap<>();
        /** Where else the service shows what it stored, below the service's base URL, given the request's path. */
        final List<java.util.function.UnaryOperator<String>> alsoShownAt = new java.util.ArrayList<>();

        Operation justify(String field, int status, String why) {
            justified.put(field, new Justified(status, why));
            return this;
        }

        /** Fields the operation's documentation says it accepts and leaves aside, each with where it says so. */
        final Map<String, String> ignored = new TreeMap<>();

        Operation ignores(String field, String why) {
            ignored.put(field, why);
            return this;
        }

        Operation related(String field, String... others) {
            related.put(field, List.of(others));
            return this;
        }

        /** Fields that the lists of {@link #alsoShownAt} show under another name. */
        final Map<String, String> shownAs = new TreeMap<>();

        Operation shownAs(String field, String name) {
            shownAs.put(field, name);
            return this;
        }

        Operation alsoShownAt(java.util.function.UnaryOperator<String> path) {
            alsoShownAt.add(path);
            return this;
        }

        /** The valid request; the same one until {@link #renew()}. */
        Valid current() {
            if (current == null) {
                current = make.get();
            }
            return current;
        }

        /** After an accepted case: the next case gets a fresh request. */
        void renew() {
            current = null;
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final LocalDate COUPLED = LocalDate.of(2025, 2, 1);
    /** A province, municipalities and a corporation of this test's own, so that no other test's figures change. */
    private static final String PROVINCE = "PV94";
    static final String MUNICIPALITY = "GM7000";
    private static final String OTHER_MUNICIPALITY = "GM7001";
    /** A receiver of the municipality split for the division of couplings. */
    private static final String SPLIT_RECEIVER = "GM7002";
    private static final String CORPORATION = "vijandig-wonen";
    /** A half-year no other system test distributes, with the population reference date it reads. */
    private static final String NATIONAL_PERIOD = "2031-H1";
    private static final String NATIONAL_REFERENCE_DATE = "2030-01-01";
    /** Room for every open offer the cases leave: each reserves a place until it is declined. */
    private static final int UNIT_CAPACITY = 40;
    private static final String FOREIGN = "a foreign organisation's id: the token does not act for it";

    private final SystemStack stack;
    private final Api api;
    private final String rijk;
    private final String coa;
    private final String municipality;
    /** The other party to the exchange agreements {@link #MUNICIPALITY} proposes. */
    private final String otherMunicipality;
    private final String province;
    private final String provinceAdministrator;
    private final String corporation;
    private final AtomicInteger next = new AtomicInteger();
    private final AtomicInteger nextMunicipality = new AtomicInteger(7100);
    private String dividedCoupling;
    private boolean scenarioPopulations;

    ValidRequests(SystemStack stack) {
        this.stack = stack;
        this.api = new Api(stack);
        DevelopmentIssuer issuer = stack.issuer();
        rijk = issuer.rijk();
        coa = issuer.coa();
        municipality = issuer.municipality(MUNICIPALITY);
        otherMunicipality = issuer.municipality(OTHER_MUNICIPALITY);
        province = issuer.province(PROVINCE);
        provinceAdministrator = issuer.token("beheerder-" + PROVINCE, "province-administrator", Map.of("province", PROVINCE));
        corporation = issuer.corporation(CORPORATION);
    }

    /** Every operation by "METHOD path template", the template as in the service's OpenAPI document. */
    Map<String, Operation> operations() {
        api.province(PROVINCE, "Vijandig");
        api.municipality(MUNICIPALITY, "Vijandig-Noord", PROVINCE);
        api.municipality(OTHER_MUNICIPALITY, "Vijandig-Zuid", PROVINCE);
        api.quota(MUNICIPALITY, "2025-H1", 50);
        api.quota(OTHER_MUNICIPALITY, "2025-H1", 50);
        String unitExternalId = "HOSTILE-U1";
        api.unit(unitExternalId, CORPORATION, MUNICIPALITY, "REGULAR", UNIT_CAPACITY);
        String unitId = api.asCorporation(CORPORATION).queryParam("municipalityCode", MUNICIPALITY).get("/units")
                .then().extract().path("items.find { it.externalId == '" + unitExternalId + "' }.id");
        // placement learns the unit from housing-stock's events before it can be offered
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            String coupling = api.coupling(unique("HOSTILE-PROBE"), MUNICIPALITY, 1, 0, COUPLED);
            api.toPlacementsAs(MUNICIPALITY).body(Map.of("unitId", unitId, "offeredOn", "2025-03-01"))
                    .post("/couplings/{id}/offers", coupling).then().statusCode(201);
        });
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> api.to(Service.SUPERVISION)
                .auth().oauth2(province).get("/municipalities/" + MUNICIPALITY + "/ladder").then().statusCode(200));

        Map<String, Operation> operations = new TreeMap<>();
        // quota-service
        operations.put("PUT /quota/v1/provinces/{code}", new Operation(Service.QUOTA,
                () -> new Valid("/provinces/" + PROVINCE, rijk, body("name", "Vijandig"))));
        operations.put("PUT /quota/v1/municipalities/{code}", new Operation(Service.QUOTA,
                () -> new Valid("/municipalities/" + MUNICIPALITY, rijk, body("name", "Vijandig-Noord", "provinceCode", PROVINCE))));
        operations.put("PUT /quota/v1/municipalities/{code}/opening-balance", new Operation(Service.QUOTA,
                () -> new Valid("/municipalities/" + MUNICIPALITY + "/opening-balance", rijk, body("period", "2025-H1", "backlog", 5))));
        operations.put("PUT /quota/v1/municipalities/{code}/quotas/{period}", new Operation(Service.QUOTA,
                () -> new Valid("/municipalities/" + MUNICIPALITY + "/quotas/2025-H1", rijk,
                        // a new number each time: a quota restated unchanged is no new version, and keeps its reason
                        body("persons", 50 + next.incrementAndGet() % 2, "status", "FINAL", "publishedOn", "2024-12-02",
                                "reason", "Rijk 2025-H1"))));
        operations.put("PUT /quota/v1/periods/{period}/national-quota", new Operation(Service.QUOTA, () -> {
            populationsOfEveryMunicipality();
            return new Valid("/periods/" + NATIONAL_PERIOD + "/national-quota", rijk, body("persons", 1000, "status", "FINAL",
                    "publishedOn", "2025-06-02", "reason", "Rijk " + NATIONAL_PERIOD));
        }));
        operations.put("POST /quota/v1/exchanges", new Operation(Service.QUOTA, () -> new Valid("/exchanges", rijk,
                body("period", "2025-H1", "changes", List.of(Map.of("municipalityCode", MUNICIPALITY, "delta", -1),
                        Map.of("municipalityCode", OTHER_MUNICIPALITY, "delta", 1)), "reason", "swap")))
                .related("changes[0].delta", "changes"));
        operations.put("POST /quota/v1/mergers", new Operation(Service.QUOTA, () -> {
            String a = freshMunicipality();
            String b = freshMunicipality();
            return new Valid("/mergers", rijk, body(
                    "municipality", Map.of("code", freshMunicipalityCode(), "name", "Samengevoegd", "provinceCode", PROVINCE),
                    "mergedMunicipalityCodes", List.of(a, b), "effectiveDate", "2030-01-01",
                    "populations", List.of(Map.of("referenceDate", "2029-01-01", "persons", 1000)), "reason", "herindeling"));
        }).alsoShownAt(path -> "/populations/2029-01-01?pageSize=100").shownAs("populations[0].persons", "population"));
        operations.put("POST /quota/v1/splits", new Operation(Service.QUOTA, () -> {
            String split = freshMunicipality();
            return new Valid("/splits", rijk, body("municipalityCode", split,
                    "receivers", List.of(Map.of("municipalityCode", freshMunicipality(), "share", 600),
                            Map.of("municipalityCode", freshMunicipality(), "share", 400)),
                    "effectiveDate", "2030-01-01", "reason", "opsplitsing"));
        }).related("receivers[0].municipalityCode", "receivers").related("receivers[1].municipalityCode", "receivers"));

        // placement-service
        operations.put("POST /placements/v1/couplings", new Operation(Service.PLACEMENT, () -> new Valid("/couplings", coa,
                body("coaReference", unique("COA"), "municipalityCode", MUNICIPALITY, "adults", 1, "minors", 0,
                        "householdType", "SINGLE", "permitDate", "2025-01-10", "couplingDate", "2025-02-01")))
                .related("adults", "householdType").related("minors", "householdType"));
        operations.put("POST /placements/v1/couplings/{couplingId}/corrections", new Operation(Service.PLACEMENT,
                () -> new Valid("/couplings/" + family() + "/corrections", coa, body("adults", 30, "minors", 0, "householdType",
                        "FAMILY", "permitDate", "2025-01-10", "couplingDate", "2025-02-01", "reason", "typo")))
                .related("adults", "householdType").related("minors", "householdType"));
        operations.put("POST /placements/v1/couplings/{couplingId}/cancellation", new Operation(Service.PLACEMENT,
                () -> new Valid("/couplings/" + single() + "/cancellation", coa,
                        body("reason", "WITHDRAWN", "cancelledOn", "2025-02-10", "explanation", "withdrawn"))));
        operations.put("POST /placements/v1/couplings/{couplingId}/placements", new Operation(Service.PLACEMENT,
                () -> new Valid("/couplings/" + family() + "/placements", municipality, body("persons", 1, "housedOn", "2025-03-01"))));
        operations.put("POST /placements/v1/couplings/{couplingId}/placements/{id}/revocation", new Operation(Service.PLACEMENT,
                () -> {
                    String coupling = single();
                    return new Valid("/couplings/" + coupling + "/placements/" + api.placement(coupling, 1, LocalDate.of(2025, 3, 1))
                            + "/revocation", municipality, body("reason", "REGISTERED_IN_ERROR", "explanation", "mistake"));
                }));
        operations.put("POST /placements/v1/couplings/{couplingId}/placements/{id}/follow-up-housing", new Operation(Service.PLACEMENT,
                () -> {
                    String coupling = single();
                    return new Valid("/couplings/" + coupling + "/placements/" + api.placement(coupling, 1, LocalDate.of(2025, 3, 1), "INTERMEDIATE")
                            + "/follow-up-housing", municipality, body("movedOn", "2025-06-01"));
                }));
        operations.put("POST /placements/v1/couplings/{couplingId}/reunifications", new Operation(Service.PLACEMENT,
                () -> {
                    String family = family();
                    api.placement(family, 1, LocalDate.of(2025, 3, 1)); // a reunification joins someone housed
                    return new Valid("/couplings/" + family + "/reunifications", municipality, body("persons", 1, "arrivedOn", "2025-03-01"));
                }));
        operations.put("POST /placements/v1/couplings/{couplingId}/offers", new Operation(Service.PLACEMENT,
                () -> new Valid("/couplings/" + single() + "/offers", municipality, body("unitId", unitId, "offeredOn", "2025-03-01"))));
        operations.put("POST /placements/v1/couplings/{couplingId}/offers/{offerId}/declination", new Operation(Service.PLACEMENT,
                () -> {
                    String coupling = single();
                    String offer = api.toPlacementsAs(MUNICIPALITY).body(Map.of("unitId", unitId, "offeredOn", "2025-03-01"))
                            .post("/couplings/{id}/offers", coupling).then().statusCode(201).extract().path("id");
                    return new Valid("/couplings/" + coupling + "/offers/" + offer + "/declination", municipality,
                            body("reason", "UNIT_UNSUITABLE", "declinedOn", "2025-03-05", "explanation", "too small"));
                }));

        operations.put("PUT /placements/v1/couplings/{couplingId}/receiving-municipality", new Operation(Service.PLACEMENT,
                () -> new Valid("/couplings/" + dividedCoupling() + "/receiving-municipality", coa,
                        body("municipalityCode", SPLIT_RECEIVER))));

        // housing-stock-service
        operations.put("POST /housing-stock/v1/units", new Operation(Service.HOUSING_STOCK, () -> new Valid("/units", corporation,
                unitBody(unique("U")))).justify("ownerId", 403, FOREIGN));
        operations.put("PUT /housing-stock/v1/units/{id}", new Operation(Service.HOUSING_STOCK,
                () -> new Valid("/units/" + unitId, corporation, unitBody(unitExternalId)))
                .justify("ownerId", 403, FOREIGN)
                .justify("externalId", 409, "a unit's external id is fixed once registered"));
        operations.put("PUT /housing-stock/v1/units/{id}/retirement", new Operation(Service.HOUSING_STOCK, () -> {
            String id = api.asCorporation(CORPORATION).body(unitBody(unique("R"))).post("/units").then().statusCode(201).extract().path("id");
            return new Valid("/units/" + id + "/retirement", corporation, body("retiredOn", "2025-03-01", "reason", "demolished"));
        }));
        operations.put("POST /housing-stock/v1/vacancies", new Operation(Service.HOUSING_STOCK, () -> new Valid("/vacancies", corporation,
                body("corporationId", CORPORATION, "externalId", unique("V"), "municipalityCode", MUNICIPALITY, "availableFrom", "2025-03-01")))
                .justify("corporationId", 403, FOREIGN));
        operations.put("POST /housing-stock/v1/performance-agreements", new Operation(Service.HOUSING_STOCK,
                () -> new Valid("/performance-agreements", corporation, body("corporationId", CORPORATION, "municipalityCode", MUNICIPALITY,
                        "period", String.valueOf(2040 + next.incrementAndGet() % 60), "agreedAllocations", 10)))
                .justify("corporationId", 403, FOREIGN)
                .related("agreedAllocations", "agreedPercentage").related("agreedPercentage", "agreedAllocations"));
        operations.put("POST /housing-stock/v1/capacity-projects", new Operation(Service.HOUSING_STOCK,
                () -> new Valid("/capacity-projects", municipality, projectBody()))
                .related("units", "expectedDeliveries").related("permitHolderPlaces", "expectedDeliveries")
                .related("expectedDeliveries[0].units", "expectedDeliveries")
                .related("expectedDeliveries[0].permitHolderPlaces", "expectedDeliveries"));
        operations.put("POST /housing-stock/v1/capacity-projects/{id}/deliveries", new Operation(Service.HOUSING_STOCK, () -> {
            String project = api.to(Service.HOUSING_STOCK).auth().oauth2(municipality).body(projectBody().toString())
                    .post("/capacity-projects").then().statusCode(201).extract().path("id");
            return new Valid("/capacity-projects/" + project + "/deliveries", municipality,
                    body("deliveredOn", "2025-03-01", "units", 1, "permitHolderPlaces", 1));
        }).justify("units", 409, "more units than the project plans").justify("permitHolderPlaces", 409, "more places than the project plans"));
        operations.put("POST /housing-stock/v1/vera/toewijzingen", new Operation(Service.HOUSING_STOCK,
                () -> new Valid("/vera/toewijzingen", corporation, body("idExtern", unique("TW"), "idOrganisatie", CORPORATION,
                        "eenheid", "https://x.example.org/eenheden/" + unitExternalId, "datum", "2025-02-14", "huishoudgrootte", 2,
                        "aanvullendeDoelgroep", Map.of("code", "STH"))))
                .justify("idOrganisatie", 403, FOREIGN)
                .ignores("aanvullendeDoelgroep.naam", "only the code of VERA reference data is read "
                        + "(docs/housing-stock-integration.md, mapping)"));

        // supervision-service
        String plans = "/municipalities/" + MUNICIPALITY + "/action-plans";
        operations.put("POST /supervision/v1/municipalities/{code}/action-plans", new Operation(Service.SUPERVISION,
                () -> new Valid(plans, province, planBody())));
        operations.put("POST /supervision/v1/municipalities/{code}/action-plans/{planId}/measures", new Operation(Service.SUPERVISION,
                () -> new Valid(plans + "/" + plan() + "/measures", province, measureBody()))
                .alsoShownAt(path -> path.replaceFirst("/measures.*$", "/history")));
        operations.put("PUT /supervision/v1/municipalities/{code}/action-plans/{planId}/measures/{measureId}",
                new Operation(Service.SUPERVISION, () -> {
                    Map<String, Object> created = api.to(Service.SUPERVISION).auth().oauth2(province).body(planBody().toString())
                            .post(plans).then().statusCode(201).extract().jsonPath().getMap("");
                    String measure = api.to(Service.SUPERVISION).auth().oauth2(province).get(plans + "/" + created.get("id"))
                            .then().extract().path("measures[0].id");
                    return new Valid(plans + "/" + created.get("id") + "/measures/" + measure, province, measureBody());
                }).alsoShownAt(path -> path.replaceFirst("/measures.*$", "/history")));
        operations.put("POST /supervision/v1/municipalities/{code}/ladder-decisions", new Operation(Service.SUPERVISION,
                () -> new Valid("/municipalities/" + MUNICIPALITY + "/ladder-decisions", province,
                        body("stage", "SIGNAL", "decidedOn", "2025-03-01", "reason", "behind"))));
        operations.put("POST /supervision/v1/municipalities/{code}/supervision-regime", new Operation(Service.SUPERVISION,
                () -> new Valid("/municipalities/" + MUNICIPALITY + "/supervision-regime", province,
                        body("regime", "MEDIUM", "decidedOn", "2025-03-01", "reason", "behind"))));
        // COA's position on the eve of 1 July 2025, imported as a file, which an adoption takes.
        String coaImport = api.to(Service.SUPERVISION).auth().oauth2(province).contentType("text/csv")
                .body("Gemeentecode;Peildatum;Taakstelling;Gecorrigeerde taakstelling;Afgemeld;Stand\n" + MUNICIPALITY + ";30-06-2025;50;50;45;-5\n")
                .post("/coa-position-imports").then().statusCode(201).extract().path("id");
        operations.put("POST /supervision/v1/municipalities/{code}/coa-position-adoptions", new Operation(Service.SUPERVISION,
                () -> new Valid("/municipalities/" + MUNICIPALITY + "/coa-position-adoptions", province,
                        body("deadline", "2025-07-01", "reason", "stand TVS overgenomen"))));
        // The Rijk adopts the same line at national level: for every municipality the imports have it for.
        operations.put("POST /supervision/v1/national/coa-position-adoptions", new Operation(Service.SUPERVISION,
                () -> new Valid("/national/coa-position-adoptions", rijk,
                        body("deadline", "2025-07-01", "reason", "landelijke stand TVS overgenomen"))));
        // The province adopts the same line for its municipalities in one step: line 2 of the file, the one after its header.
        operations.put("POST /supervision/v1/provinces/{code}/coa-position-adoptions", new Operation(Service.SUPERVISION,
                () -> new Valid("/provinces/" + PROVINCE + "/coa-position-adoptions", province,
                        body("deadline", "2025-07-01", "reason", "stand TVS overgenomen voor de provincie",
                                "lines", List.of(Map.of("municipalityCode", MUNICIPALITY, "importId", coaImport, "line", 2))))));
        // The open data of the half-year before this one, which has ended: published, or already published with these figures.
        java.time.LocalDate halfAYearAgo = java.time.LocalDate.now().minusMonths(6);
        String endedHalfYear = halfAYearAgo.getYear() + "-H" + (halfAYearAgo.getMonthValue() <= 6 ? 1 : 2);
        operations.put("POST /supervision/v1/open-data/publications", new Operation(Service.SUPERVISION,
                () -> new Valid("/open-data/publications", rijk, body("period", endedHalfYear, "note", "herpublicatie")))
                .ignores("note", "docs/open-data.md: the note is kept only in the reason of a version that publishes changed "
                        + "figures; the same figures again publish nothing"));
        operations.put("POST /supervision/v1/municipalities/{code}/verdicts/{deadline}/province-verdict", new Operation(Service.SUPERVISION,
                () -> {
                    // R7 fixes whether there was a shortfall, which the other operations' cases change: judge what it is now.
                    String path = "/municipalities/" + MUNICIPALITY + "/verdicts/2025-07-01/province-verdict";
                    String computed = api.to(Service.SUPERVISION).auth().oauth2(province).get(path).then().statusCode(200)
                            .extract().path("computedVerdict");
                    return new Valid(path, province, body("verdict", "MET".equals(computed) ? "MET" : "NOT_MET_EXCUSABLE",
                            "grounds", "catch-up plan agreed", "decidedOn", "2025-07-20"));
                }));
        operations.put("POST /supervision/v1/provinces/{code}/ladder-rules", new Operation(Service.SUPERVISION, () -> {
            String path = "/provinces/" + PROVINCE + "/ladder-rules";
            // supervision learns the province from quota's events before its rules can be set
            await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                    api.to(Service.SUPERVISION).auth().oauth2(provinceAdministrator).get(path).then().statusCode(200));
            return new Valid(path, provinceAdministrator, body("appliesFrom", "2025-03-01", "countedAsMissed", List.of("NOT_MET"),
                    "steps", List.of(Map.of("missedInARow", 1, "stage", "SIGNAL")), "backlogGrowthEscalates", true,
                    "correction", "rules of March 2025 recorded late"));
        }).related("correction", "appliesFrom"));
        operations.put("POST /supervision/v1/municipalities/{code}/letters/{deadline}/states", new Operation(Service.SUPERVISION,
                // REVIEWED may follow REVIEWED: the letter is never sent here, so the request stays valid however often it is sent.
                () -> new Valid("/municipalities/" + MUNICIPALITY + "/letters/2025-01-01/states", province, body("state", "REVIEWED"))));
        operations.put("PUT /supervision/v1/provinces/{code}/letter-template", new Operation(Service.SUPERVISION,
                () -> new Valid("/provinces/" + PROVINCE + "/letter-template", province,
                        body("template", "<html><body>{#if letter.concept}<p>CONCEPT</p>{/if}<p>{letter.municipalityName}: "
                                + "{dutch:number(letter.figures.backlog)}</p></body></html>"))));
        // Exchange agreements: MUNICIPALITY takes over one person of OTHER_MUNICIPALITY's quota (the quota exchanges above
        // move persons the other way, so OTHER_MUNICIPALITY's adjusted quota only grows). Supervision learns both quotas
        // from quota's events before an exchange between them can be checked.
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> api.to(Service.SUPERVISION).auth().oauth2(province)
                .get("/municipalities/" + OTHER_MUNICIPALITY + "/periods/2025-H1").then().statusCode(200)
                .body("quota", org.hamcrest.Matchers.greaterThan(0)));
        operations.put("POST /supervision/v1/exchanges", new Operation(Service.SUPERVISION,
                () -> new Valid("/exchanges", municipality, exchangeProposal()))
                .related("changes[0].delta", "changes").related("changes[1].delta", "changes")
                .related("changes[0].backlogTransfer", "changes").related("changes[1].backlogTransfer", "changes")
                .related("changes[0].municipalityCode", "changes").related("changes[1].municipalityCode", "changes"));
        operations.put("POST /supervision/v1/exchanges/{id}/decline", new Operation(Service.SUPERVISION,
                () -> new Valid("/exchanges/" + proposedExchange() + "/decline", otherMunicipality, body("reason", "raad stemde tegen"))));
        operations.put("POST /supervision/v1/exchanges/{id}/refuse", new Operation(Service.SUPERVISION,
                () -> new Valid("/exchanges/" + proposedExchange() + "/refuse", province, body("reason", "geen onderbouwing"))));
        // 2025-H1 has closed: registering an agreement for it is confirmed explicitly.
        operations.put("POST /supervision/v1/exchanges/{id}/register", new Operation(Service.SUPERVISION,
                () -> new Valid("/exchanges/" + confirmedExchange() + "/register", province,
                        body("confirmClosedHalfYear", true, "reason", "raadsbesluit kwam na de peildatum"))));
        // Webhook subscriptions: a municipality hears of its own splits, which never happen to it here, at a documentation
        // address (RFC 5737), so that no delivery is ever made during the test.
        operations.put("POST /webhooks/v1/subscriptions", new Operation(Service.WEBHOOKS,
                () -> new Valid("/subscriptions", municipality, subscriptionBody())));
        operations.put("PUT /webhooks/v1/subscriptions/{id}/status", new Operation(Service.WEBHOOKS,
                () -> new Valid("/subscriptions/" + subscription() + "/status", municipality, body("status", "PAUSED"))));
        operations.put("POST /webhooks/v1/subscriptions/{id}/replays", new Operation(Service.WEBHOOKS,
                () -> new Valid("/subscriptions/" + subscription() + "/replays", municipality,
                        body("from", java.time.OffsetDateTime.now().minusHours(1).toString())))
                .related("from", "fromEventId").related("fromEventId", "from"));
        operations.put("POST /supervision/v1/scenario-calculations", new Operation(Service.SUPERVISION, () -> {
            populationsForScenarios();
            ObjectNode body = scenarioBody();
            body.put("provinceCode", PROVINCE);
            return new Valid("/scenario-calculations", rijk, body);
        }).related("assumptions.householdMix[0].households", "assumptions.householdMix[0].persons"));
        operations.put("POST /supervision/v1/scenario-comparisons", new Operation(Service.SUPERVISION, () -> {
            populationsForScenarios();
            String kept = unique("kept").toLowerCase(java.util.Locale.ROOT);
            api.to(Service.SUPERVISION).body(scenarioBody().toString()).put("/scenarios/{name}", kept).then().statusCode(201);
            return new Valid("/scenario-comparisons", rijk, body("scenarios", List.of(
                    Map.of("label", "laag", "halfYears", List.of(Map.of("period", scenarioPeriod(), "nationalTotal", 1000)),
                            "assumptions", Map.of("forecast", "UNCHANGED_POLICY", "paceMonths", 6)),
                    Map.of("label", "bewaard", "kept", kept, "keptBy", "RIJK")), "provinceCode", PROVINCE));
        }).related("scenarios[0].halfYears", "scenarios[0]")
                // a name where the scenario is stated: "names a kept scenario or states one, not both", and its assumptions
                .related("scenarios[0].kept", "scenarios[0]", "scenarios[0].assumptions"));
        operations.put("PUT /supervision/v1/scenarios/{name}", new Operation(Service.SUPERVISION, () -> {
            populationsForScenarios();
            ObjectNode body = scenarioBody();
            body.put("description", "lage instroom");
            return new Valid("/scenarios/" + unique("laag").toLowerCase(java.util.Locale.ROOT), rijk, body);
        }).related("assumptions.householdMix[0].households", "assumptions.householdMix[0].persons"));
        operations.put("PUT /supervision/v1/provinces/{code}/scenarios/{name}", new Operation(Service.SUPERVISION, () -> {
            populationsForScenarios();
            ObjectNode body = scenarioBody();
            body.put("description", "eigen werkdocument");
            return new Valid("/provinces/" + PROVINCE + "/scenarios/" + unique("eigen").toLowerCase(java.util.Locale.ROOT), province, body);
        }).related("assumptions.householdMix[0].households", "assumptions.householdMix[0].persons"));
        return operations;
    }

    /** The furthest half-year a scenario takes: the fifth after the current one. */
    private static String scenarioPeriod() {
        LocalDate today = LocalDate.now(java.time.ZoneId.of("Europe/Amsterdam"));
        int index = today.getYear() * 2 + (today.getMonthValue() <= 6 ? 0 : 1) + 5;
        return index / 2 + "-H" + (index % 2 + 1);
    }

    private static ObjectNode scenarioBody() {
        return body("halfYears", List.of(Map.of("period", scenarioPeriod(), "nationalTotal", 1000)),
                "assumptions", Map.of("forecast", "UNCHANGED_POLICY", "paceMonths", 6, "householdMixMonths", 6, "minimumHouseholds", 10,
                        "householdMix", List.of(Map.of("kind", "ROOM", "households", 3, "persons", 3))));
    }

    /**
     * A scenario distributes by R1 too: every municipality of the half-year's first day needs a population on the reference
     * date R1 takes for it (1 January of the year before), once.
     */
    private void populationsForScenarios() {
        if (scenarioPopulations) {
            return;
        }
        String period = scenarioPeriod();
        int year = Integer.parseInt(period.substring(0, 4));
        String firstDay = LocalDate.of(year, period.endsWith("H1") ? 1 : 7, 1).toString();
        String referenceDate = LocalDate.of(year - 1, 1, 1).toString();
        List<String> codes = api.municipalitiesValidOn(firstDay);
        api.to(Service.QUOTA).contentType("text/csv")
                .body("code;name;population\n" + codes.stream().map(code -> code + ";" + code + ";20000").collect(Collectors.joining("\n")))
                .put("/populations/{date}", referenceDate).then().statusCode(200);
        // supervision learns them from quota.events: a scenario answers once it has every one
        await().atMost(Duration.ofSeconds(120)).untilAsserted(() -> api.to(Service.SUPERVISION).body(scenarioBody().toString())
                .post("/scenario-calculations").then().statusCode(200)
                .body("halfYears[0].populationReferenceDate", org.hamcrest.Matchers.equalTo(referenceDate)));
        scenarioPopulations = true;
    }

    /**
     * A callback the production rules accept: a public address (example.com's), since they refuse every special-purpose
     * range, the documentation ranges among them. A delivery there would go unanswered, which no test looks at.
     */
    private static ObjectNode subscriptionBody() {
        return body("callbackUrl", "https://93.184.215.14/hooks/vijandig", "eventTypes", List.of("nl.permitholders.quota.municipality-split.v1"),
                "municipalityCodes", List.of(MUNICIPALITY));
    }

    /** A fresh subscription of MUNICIPALITY's. */
    private String subscription() {
        return api.to(Service.WEBHOOKS).auth().oauth2(municipality).body(subscriptionBody().toString())
                .post("/subscriptions").then().statusCode(201).extract().path("id");
    }

    /**
     * An open coupling to a municipality split over two others, one of them {@link #SPLIT_RECEIVER}, divided to it once
     * placement knows of the split: naming the same receiver again is accepted, so the one coupling serves every case.
     */
    private String dividedCoupling() {
        if (dividedCoupling == null) {
            String split = freshMunicipality();
            String other = freshMunicipality();
            api.municipality(SPLIT_RECEIVER, "Vijandig-Ontvanger", PROVINCE);
            // placement learns the municipality from quota's events before it can be coupled to
            String coupling = await().atMost(Duration.ofSeconds(60)).ignoreExceptions()
                    .until(() -> api.coupling(unique("SPLIT"), split, 1, 0, COUPLED), java.util.Objects::nonNull);
            api.to(Service.QUOTA).auth().oauth2(rijk).body(body("municipalityCode", split,
                    "receivers", List.of(Map.of("municipalityCode", SPLIT_RECEIVER, "share", 500), Map.of("municipalityCode", other, "share", 500)),
                    "effectiveDate", "2025-03-01", "reason", "opsplitsing").toString()).post("/splits").then().statusCode(201);
            // and the split before the coupling can be divided
            await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> api.to(Service.PLACEMENT).auth().oauth2(coa)
                    .body(body("municipalityCode", SPLIT_RECEIVER).toString())
                    .put("/couplings/{id}/receiving-municipality", coupling).then().statusCode(200));
            dividedCoupling = coupling;
        }
        return dividedCoupling;
    }

    private static ObjectNode exchangeProposal() {
        return body("period", "2025-H1", "reason", "afspraak", "changes", List.of(
                Map.of("municipalityCode", MUNICIPALITY, "delta", 1, "backlogTransfer", 0),
                Map.of("municipalityCode", OTHER_MUNICIPALITY, "delta", -1, "backlogTransfer", 0)));
    }

    /** A fresh exchange agreement MUNICIPALITY proposed. */
    private String proposedExchange() {
        return api.to(Service.SUPERVISION).auth().oauth2(municipality).body(exchangeProposal().toString()).post("/exchanges")
                .then().statusCode(201).extract().path("id");
    }

    /** A fresh exchange agreement MUNICIPALITY proposed and OTHER_MUNICIPALITY confirmed: waiting for the province. */
    private String confirmedExchange() {
        String id = proposedExchange();
        api.to(Service.SUPERVISION).auth().oauth2(otherMunicipality).post("/exchanges/" + id + "/confirm").then().statusCode(200);
        return id;
    }

    private ObjectNode unitBody(String externalId) {
        return body("externalId", externalId, "ownerId", CORPORATION, "municipalityCode", MUNICIPALITY, "type", "REGULAR",
                "capacity", UNIT_CAPACITY);
    }

    private ObjectNode projectBody() {
        return body("externalId", unique("CP"), "ownerId", MUNICIPALITY, "municipalityCode", MUNICIPALITY, "name", "Flex",
                "type", "NEW_BUILD", "units", 10, "permitHolderPlaces", 4,
                "expectedDeliveries", List.of(Map.of("period", "2026-H1", "units", 10, "permitHolderPlaces", 4)));
    }

    private ObjectNode planBody() {
        return body("title", "Plan", "adoptedOn", "2025-03-01", "measures", List.of(Map.of("title", "Flex", "term", "SHORT",
                "expectedHoused", List.of(Map.of("period", "2025-H2", "persons", 2)))));
    }

    private ObjectNode measureBody() {
        return body("title", "Flex", "term", "SHORT", "status", "PLANNED",
                "expectedHoused", List.of(Map.of("period", "2025-H2", "persons", 2)), "reason", "agreed");
    }

    private String plan() {
        return api.to(Service.SUPERVISION).auth().oauth2(province).body(planBody().toString())
                .post("/municipalities/" + MUNICIPALITY + "/action-plans").then().statusCode(201).extract().path("id");
    }

    private String single() {
        return api.coupling(unique("S"), MUNICIPALITY, 1, 0, COUPLED);
    }

    private String family() {
        return api.coupling(unique("F"), MUNICIPALITY, 30, 0, COUPLED);
    }

    private String freshMunicipalityCode() {
        return "GM" + nextMunicipality.incrementAndGet();
    }

    private String freshMunicipality() {
        String code = freshMunicipalityCode();
        api.municipality(code, "Gemeente " + code, PROVINCE);
        return code;
    }

    /** The national quota is distributed by population: every municipality needs one on the reference date. */
    private void populationsOfEveryMunicipality() {
        List<String> codes = api.municipalitiesValidOn(NATIONAL_REFERENCE_DATE);
        api.to(Service.QUOTA).contentType("text/csv")
                .body("code;name;population\n" + codes.stream().map(code -> code + ";" + code + ";20000").collect(Collectors.joining("\n")))
                .put("/populations/{date}", NATIONAL_REFERENCE_DATE).then().statusCode(200);
    }

    private String unique(String prefix) {
        return "HOSTILE-" + prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** Tokens of every role that may read what a write stored: the audit trails admit different ones. */
    List<String> readers() {
        return List.of(rijk, municipality, province, coa, corporation);
    }

    String baseUrl(Service service) {
        return stack.url(service);
    }

    static ObjectNode body(Object... pairs) {
        ObjectNode node = JSON.createObjectNode();
        for (int i = 0; i < pairs.length; i += 2) {
            node.set((String) pairs[i], JSON.valueToTree(pairs[i + 1]));
        }
        return node;
    }
}
