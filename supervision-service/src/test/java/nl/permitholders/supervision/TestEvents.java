package nl.permitholders.supervision;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import nl.permitholders.infrastructure.EventSchemas;
import nl.permitholders.infrastructure.KafkaTopics;
import org.eclipse.microprofile.config.ConfigProvider;

/** The other services' events, written to the real broker after checking them against their schemas in docs/events. */
public final class TestEvents {

    public static final String QUOTA = "nl.permitholders.quota.";
    public static final String PLACEMENT = "nl.permitholders.placement.";
    public static final String HOUSING_STOCK = "nl.permitholders.housingstock.";
    private static final int FIRST_MUNICIPALITY = 2001 + (int) (System.nanoTime() % 1000);
    /** Province codes tests name themselves: PV00 (unknown), PV01, PV23 (Overijssel), PV24, PV48, PV49, PV80–PV84, PV87, PV91–PV98. */
    private static final Set<Integer> NAMED_PROVINCES = Set.of(0, 1, 23, 24, 48, 49, 80, 81, 82, 83, 84, 87, 91, 92, 93, 94, 95, 96, 97, 98);
    /** Every other code (PVnn, two digits, as the API requires), each handed out once per JVM. */
    private static final List<String> FREE_PROVINCES = IntStream.range(0, 100).filter(n -> !NAMED_PROVINCES.contains(n))
            .mapToObj(n -> String.format("PV%02d", n)).toList();

    /**
     * PV98, a province the tests name themselves, for splits, mergers and COA's files that need no province of their own
     * (the free codes of {@link #newProvince} run out): only SplitsAsTheyHappenTest's test of temporary housing and
     * capacity counts what it holds, and only its persons in temporary housing and planned places, which no other test
     * places there; every other test reads its own municipalities' lines there.
     */
    public static final String SPLITS_PROVINCE = "PV98";

    /**
     * PV97, a province whose contents no test counts: for a municipality that only has to lie outside the caller's
     * province, so that tests of the tenant check spend none of {@link #newProvince}'s few codes.
     */
    public static final String ELSEWHERE = "PV97";

    public final KafkaTopics kafka = new KafkaTopics(ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class));

    /** When the writing service recorded the events these send ({@code ce_time}); null: now. */
    private final java.time.OffsetDateTime registeredAt;

    public TestEvents() {
        this(null);
    }

    private TestEvents(java.time.OffsetDateTime registeredAt) {
        this.registeredAt = registeredAt;
    }

    /**
     * Events as their writing service recorded them on {@code day} (their {@code ce_time}, just after noon in the
     * Netherlands, with seconds, as RFC 3339 writes a time): a fact registered then, whatever date it happened on.
     */
    public TestEvents registeredOn(LocalDate day) {
        return new TestEvents(day.atTime(12, 0, 1).atZone(java.time.ZoneId.of("Europe/Amsterdam")).toOffsetDateTime());
    }

    /** A municipality code no other test uses in this JVM. */
    public static String newMunicipality() {
        return String.format("GM%04d", next("nl.permitholders.supervision.test.next-municipality", FIRST_MUNICIPALITY));
    }

    /**
     * A province code no other test uses in this JVM, so a test may count what its province holds. There are only 82
     * such codes: a run that needs more fails here rather than letting two tests share a province. A class whose tests
     * only need a province, not one whose contents they count, takes one for all its tests.
     */
    public static String newProvince() {
        int next = next("nl.permitholders.supervision.test.next-province", 0);
        if (next >= FREE_PROVINCES.size()) {
            throw new IllegalStateException("the tests used all " + FREE_PROVINCES.size() + " free province codes (TestEvents.newProvince): "
                    + "a test that only needs a province, not one whose contents it counts, should share one per class "
                    + "(a static final field), with fresh municipalities per test (TestEvents.newMunicipality)");
        }
        return FREE_PROVINCES.get(next);
    }

    /**
     * The next number of a counter the whole JVM shares. A counter in a static field would not do: a test profile
     * restarts Quarkus and loads the test classes again, each time with static fields of their own.
     */
    private static int next(String counter, int first) {
        synchronized (System.getProperties()) {
            int next = Integer.getInteger(counter, first);
            System.setProperty(counter, Integer.toString(next + 1));
            return next;
        }
    }

    public UUID send(String topic, String key, String type, String data) {
        EventSchemas.assertConforms(type, data);
        UUID id = UUID.randomUUID();
        if (registeredAt == null) {
            kafka.sendCloudEvent(topic, key, id, type, data);
        } else {
            kafka.send(KafkaTopics.cloudEvent(topic, key, id, type, data, registeredAt));
        }
        return id;
    }

    public void province(String code, String name) {
        send("quota.events", code, QUOTA + "province-registered.v1", """
                {"provinceCode":"%s","name":"%s"}""".formatted(code, name));
    }

    public void municipality(String code, String name, String province) {
        send("quota.events", code, QUOTA + "municipality-registered.v1", """
                {"municipalityCode":"%s","name":"%s","provinceCode":"%s"}""".formatted(code, name, province));
    }

    public UUID quota(String municipality, String period, int persons, int version) {
        return send("quota.events", municipality, QUOTA + "quota-set.v1", """
                {"municipalityCode":"%s","period":"%s","persons":%d,"version":%d,"basis":"IMPORTED"}"""
                .formatted(municipality, period, persons, version));
    }

    /** A quota announced by the Rijk and not yet fixed. */
    public UUID provisionalQuota(String municipality, String period, int persons, int version) {
        return send("quota.events", municipality, QUOTA + "quota-set.v1", """
                {"municipalityCode":"%s","period":"%s","persons":%d,"version":%d,"basis":"IMPORTED","status":"PROVISIONAL"}"""
                .formatted(municipality, period, persons, version));
    }

    public void openingBalance(String municipality, String period, int backlog) {
        send("quota.events", municipality, QUOTA + "opening-balance-set.v1", """
                {"municipalityCode":"%s","period":"%s","backlog":%d,"version":1}"""
                .formatted(municipality, period, backlog));
    }

    /** A municipality's population on a reference date (1 January), in its version. */
    public void population(String municipality, String referenceDate, int persons, int version) {
        send("quota.events", municipality, QUOTA + "population-set.v1", """
                {"municipalityCode":"%s","referenceDate":"%s","persons":%d,"version":%d}""".formatted(municipality, referenceDate, persons, version));
    }

    /** R3: {@code merged} merge into {@code continuing} (new, or existing and absorbing them) on {@code effective}. */
    public void merger(String continuing, List<String> merged, LocalDate effective) {
        send("quota.events", continuing, QUOTA + "municipalities-merged.v1", """
                {"mergerId":"%s","municipalityCode":"%s","mergedMunicipalityCodes":[%s],"effectiveDate":"%s","effectivePeriod":"%s"}"""
                .formatted(UUID.randomUUID(), continuing, merged.stream().map(c -> "\"" + c + "\"").collect(java.util.stream.Collectors.joining(",")),
                        effective, nl.permitholders.platform.period.Period.containing(effective)));
    }

    /** @return the coupling's id */
    public UUID coupling(String municipality, int persons, LocalDate on) {
        UUID coupling = UUID.randomUUID();
        send("placement.events", municipality, PLACEMENT + "coupling-registered.v1", """
                {"couplingId":"%s","municipalityCode":"%s","adults":%d,"minors":0,"persons":%d,"householdType":"%s","permitDate":"%s","couplingDate":"%s"}"""
                .formatted(coupling, municipality, persons, persons, householdType(persons), on.minusWeeks(2), on));
        return coupling;
    }

    public void couplingCorrected(String municipality, UUID coupling, int persons, LocalDate couplingDate) {
        send("placement.events", municipality, PLACEMENT + "coupling-corrected.v1", """
                {"couplingId":"%s","municipalityCode":"%s","adults":%d,"minors":0,"persons":%d,"householdType":"%s","permitDate":"%s","couplingDate":"%s"}"""
                .formatted(coupling, municipality, persons, persons, householdType(persons), couplingDate.minusWeeks(2), couplingDate));
    }

    private static String householdType(int persons) {
        return persons == 1 ? "SINGLE" : "FAMILY";
    }

    /**
     * @return the placement's id; {@code unitType} null for a placement without a known kind of housing. Temporary
     * housing as placement-service decides it by default: an intermediate facility only.
     */
    public UUID placement(String municipality, UUID coupling, int persons, LocalDate housedOn, String unitType) {
        UUID placement = UUID.randomUUID();
        String kind = unitType == null ? ""
                : ",\"unitType\":\"%s\",\"temporary\":%s".formatted(unitType, unitType.equals("INTERMEDIATE"));
        send("placement.events", municipality, PLACEMENT + "placement-recorded.v1", """
                {"placementId":"%s","couplingId":"%s","municipalityCode":"%s","persons":%d,"housedOn":"%s"%s}"""
                .formatted(placement, coupling, municipality, persons, housedOn, kind));
        return placement;
    }

    /** A placement in temporary housing (an intermediate facility) in the registered unit {@code unit}; the placement's id. */
    public UUID placementInUnit(String municipality, UUID coupling, int persons, LocalDate housedOn, UUID unit) {
        UUID placement = UUID.randomUUID();
        send("placement.events", municipality, PLACEMENT + "placement-recorded.v1", """
                {"placementId":"%s","couplingId":"%s","municipalityCode":"%s","persons":%d,"housedOn":"%s","unitId":"%s",\
                "unitType":"INTERMEDIATE","temporary":true}""".formatted(placement, coupling, municipality, persons, housedOn, unit));
        return placement;
    }

    /** Housing-stock registers the unit, or ({@code corrected}) corrects it, as lying in {@code municipality}. */
    public void unit(String municipality, UUID unit, boolean corrected) {
        send("housing-stock.events", municipality, HOUSING_STOCK + (corrected ? "unit-corrected.v1" : "unit-registered.v1"), """
                {"unitId":"%s","externalId":"AZC-%s","ownerId":"corporatie","municipalityCode":"%s","type":"INTERMEDIATE","capacity":10}"""
                .formatted(unit, unit, municipality));
    }

    public void revoked(String municipality, UUID placement, UUID coupling, int persons, LocalDate housedOn, LocalDate revokedOn) {
        send("placement.events", municipality, PLACEMENT + "placement-revoked.v1", """
                {"placementId":"%s","couplingId":"%s","municipalityCode":"%s","persons":%d,"housedOn":"%s","revokedOn":"%s","reason":"REGISTERED_IN_ERROR"}"""
                .formatted(placement, coupling, municipality, persons, housedOn, revokedOn));
    }

    /** Family members who joined the referent's placement {@code joined} in temporary housing, as placement-service says. */
    public void reunifiedInTemporaryHousing(String municipality, UUID coupling, UUID joined, int persons, LocalDate arrivedOn) {
        send("placement.events", municipality, PLACEMENT + "reunification-arrived.v1", """
                {"reunificationId":"%s","couplingId":"%s","municipalityCode":"%s","persons":%d,"arrivedOn":"%s","temporary":true,\
                "joinedPlacementId":"%s"}""".formatted(UUID.randomUUID(), coupling, municipality, persons, arrivedOn, joined));
    }

    public void movedToFollowUpHousing(String municipality, UUID placement, UUID coupling, int persons, LocalDate housedOn,
                                       LocalDate movedOn) {
        send("placement.events", municipality, PLACEMENT + "moved-to-follow-up-housing.v1", """
                {"placementId":"%s","couplingId":"%s","municipalityCode":"%s","persons":%d,"housedOn":"%s","movedOn":"%s"}"""
                .formatted(placement, coupling, municipality, persons, housedOn, movedOn));
    }

    /** A capacity plan: places for permit holders per half-year ({@code "2026-H1" -> 10}). */
    public void capacityPlanned(String municipality, UUID project, Map<String, Integer> placesPerPeriod) {
        int places = placesPerPeriod.values().stream().mapToInt(Integer::intValue).sum();
        String deliveries = placesPerPeriod.entrySet().stream()
                .map(e -> "{\"period\":\"%s\",\"units\":%d,\"permitHolderPlaces\":%d}".formatted(e.getKey(), e.getValue(), e.getValue()))
                .collect(Collectors.joining(","));
        send("housing-stock.events", municipality, HOUSING_STOCK + "capacity-planned.v1", """
                {"projectId":"%s","municipalityCode":"%s","projectType":"NEW_BUILD","units":%d,"permitHolderPlaces":%d,"expectedDeliveries":[%s]}"""
                .formatted(project, municipality, Math.max(1, places), places, deliveries));
    }

    public void capacityDelivered(String municipality, UUID project, int places, LocalDate on) {
        send("housing-stock.events", municipality, HOUSING_STOCK + "capacity-delivered.v1", """
                {"projectId":"%s","deliveryId":"%s","municipalityCode":"%s","deliveredOn":"%s","units":%d,"permitHolderPlaces":%d}"""
                .formatted(project, UUID.randomUUID(), municipality, on, Math.max(1, places), places));
    }
}
