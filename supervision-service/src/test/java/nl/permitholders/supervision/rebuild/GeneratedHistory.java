package nl.permitholders.supervision.rebuild;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import nl.permitholders.platform.period.Period;

/**
 * Years of events for many municipalities, as the other services would have published them: registrations, opening
 * balances, quotas with adjustments, exchanges, couplings with corrections and cancellations, placements of every kind
 * with revocations, family arrivals, allocations, capacity plans with re-plans and deliveries, and mergers. Every
 * municipality's events are in the order they happened (its key keeps them in order on its partition); the data is
 * drawn from a seeded random, so a run can be repeated.
 */
final class GeneratedHistory {

    record Event(String topic, String key, String type, String data, OffsetDateTime time) {
    }

    private static final String Q = "nl.permitholders.quota.";
    private static final String P = "nl.permitholders.placement.";
    private static final String H = "nl.permitholders.housingstock.";
    private static final String[] UNIT_TYPES = {"REGULAR", "REGULAR", "REGULAR", "SHARED", "ROOM", "FLEX", "INTERMEDIATE", "LARGE_FAMILY"};
    private static final Period FIRST = Period.parse("2021-H1");
    private static final Period LAST = Period.parse("2025-H2");

    private final Random random;
    /** Which persons in temporary housing move on, and when: apart from {@link #random}, so the rest of the history stays as it was. */
    private final Random movesOn;
    private final List<Event> events = new ArrayList<>();
    private long sequence;

    private GeneratedHistory(long seed) {
        this.random = new Random(seed);
        this.movesOn = new Random(seed + 1);
    }

    /**
     * @param municipalities codes of the municipalities, spread over {@code provinces}
     * @param couplingsEach  couplings per municipality (about three events each)
     */
    static List<Event> generate(long seed, List<String> provinces, List<String> municipalities, int couplingsEach) {
        GeneratedHistory history = new GeneratedHistory(seed);
        for (String province : provinces) {
            history.add("quota.events", province, Q + "province-registered.v1", LocalDate.of(2020, 12, 1),
                    "{\"provinceCode\":\"%s\",\"name\":\"Provincie %s\"}".formatted(province, province));
        }
        for (int i = 0; i < municipalities.size(); i++) {
            history.municipality(municipalities.get(i), provinces.get(i % provinces.size()), municipalities, couplingsEach);
        }
        return history.events;
    }

    /** Merges two of the municipalities into {@code newCode} from 2025-H1 on (R3), registered in the first province. */
    static List<Event> merger(String newCode, String province, String a, String b) {
        GeneratedHistory history = new GeneratedHistory(1);
        history.add("quota.events", newCode, Q + "municipality-registered.v1", LocalDate.of(2024, 12, 1),
                "{\"municipalityCode\":\"%s\",\"name\":\"Fusie %s\",\"provinceCode\":\"%s\"}".formatted(newCode, newCode, province));
        history.add("quota.events", newCode, Q + "quota-set.v1", LocalDate.of(2024, 12, 2),
                "{\"municipalityCode\":\"%s\",\"period\":\"2025-H1\",\"persons\":60,\"version\":1,\"basis\":\"IMPORTED\"}"
                        .formatted(newCode));
        history.add("quota.events", newCode, Q + "municipalities-merged.v1", LocalDate.of(2025, 1, 1),
                "{\"mergerId\":\"%s\",\"municipalityCode\":\"%s\",\"mergedMunicipalityCodes\":[\"%s\",\"%s\"],\"effectiveDate\":\"2025-01-01\",\"effectivePeriod\":\"2025-H1\"}"
                        .formatted(UUID.randomUUID(), newCode, a, b));
        return history.events;
    }

    private void municipality(String code, String province, List<String> all, int couplings) {
        add("quota.events", code, Q + "municipality-registered.v1", LocalDate.of(2020, 12, 2),
                "{\"municipalityCode\":\"%s\",\"name\":\"Gemeente %s\",\"provinceCode\":\"%s\"}".formatted(code, code, province));
        add("quota.events", code, Q + "opening-balance-set.v1", LocalDate.of(2020, 12, 3),
                "{\"municipalityCode\":\"%s\",\"period\":\"%s\",\"backlog\":%d,\"version\":1}".formatted(code, FIRST, random.nextInt(60) - 10));
        for (Period p = FIRST; !LAST.isBefore(p); p = p.next()) {
            add("quota.events", code, Q + "quota-set.v1", p.firstDay().minusMonths(2), quota(code, p, 40 + random.nextInt(120), 1));
            if (random.nextInt(5) == 0) {
                add("quota.events", code, Q + "quota-set.v1", p.firstDay().plusMonths(4), quota(code, p, 30 + random.nextInt(100), 2));
            }
        }
        Period exchanged = period(random.nextInt(10));
        add("quota.events", code, Q + "quota-exchanged.v1", exchanged.firstDay().plusDays(20),
                "{\"exchangeId\":\"%s\",\"municipalityCode\":\"%s\",\"period\":\"%s\",\"delta\":%d,\"partners\":[\"%s\"]}"
                        .formatted(UUID.randomUUID(), code, exchanged, random.nextBoolean() ? 5 : -5, all.get(random.nextInt(all.size()))));

        LocalDate start = FIRST.firstDay();
        int days = (int) (LAST.lastDay().toEpochDay() - start.toEpochDay()) - 200;
        for (int c = 0; c < couplings; c++) {
            coupling(code, start.plusDays((long) days * c / couplings + random.nextInt(5)));
        }
        capacity(code);
        for (int a = 0; a < 5; a++) {
            add("housing-stock.events", code, H + "allocation-recorded.v1", start.plusDays(random.nextInt(days)),
                    "{\"allocationId\":\"%s\",\"corporationId\":\"corp-%d\",\"municipalityCode\":\"%s\",\"allocatedOn\":\"%s\",\"persons\":%d,\"permitHolders\":%s}"
                            .formatted(UUID.randomUUID(), a, code, start.plusDays(random.nextInt(days)), 1 + random.nextInt(5), random.nextInt(4) > 0));
        }
    }

    private void coupling(String code, LocalDate coupledOn) {
        UUID coupling = UUID.randomUUID();
        int persons = 1 + random.nextInt(6);
        add("placement.events", code, P + "coupling-registered.v1", coupledOn, couplingData(coupling, code, persons, coupledOn));
        if (random.nextInt(10) == 0) {
            persons = Math.max(1, persons + (random.nextBoolean() ? 1 : -1));
            LocalDate corrected = random.nextBoolean() ? coupledOn : coupledOn.plusWeeks(1);
            add("placement.events", code, P + "coupling-corrected.v1", coupledOn.plusDays(3), couplingData(coupling, code, persons, corrected));
            coupledOn = corrected;
        }
        if (random.nextInt(10) == 0) {
            // Withdrawn or re-coupled, within the 12 weeks or after them: R7 treats them differently (CancellationRule).
            LocalDate cancelledOn = coupledOn.plusWeeks(random.nextBoolean() ? 16 : 6);
            String reason = random.nextBoolean() ? "RECOUPLED" : "WITHDRAWN";
            add("placement.events", code, P + "coupling-cancelled.v1", cancelledOn,
                    "{\"couplingId\":\"%s\",\"municipalityCode\":\"%s\",\"unhousedPersons\":%d,\"cancelledOn\":\"%s\",\"reason\":\"%s\"}"
                            .formatted(coupling, code, persons, cancelledOn, reason));
            return;
        }
        if (random.nextInt(12) == 0) {
            return; // never housed: overdue from twelve weeks on (R8)
        }
        LocalDate housedOn = coupledOn.plusWeeks(2 + random.nextInt(18));
        int first = persons > 2 && random.nextBoolean() ? persons / 2 : persons;
        placement(code, coupling, first, housedOn);
        if (first < persons) {
            placement(code, coupling, persons - first, housedOn.plusWeeks(3));
        }
        if (random.nextInt(10) == 0) {
            LocalDate arrivedOn = housedOn.plusDays(60);
            add("placement.events", code, P + "reunification-arrived.v1", arrivedOn,
                    "{\"reunificationId\":\"%s\",\"couplingId\":\"%s\",\"municipalityCode\":\"%s\",\"persons\":%d,\"arrivedOn\":\"%s\"}"
                            .formatted(UUID.randomUUID(), coupling, code, 1 + random.nextInt(2), arrivedOn));
        }
    }

    private void placement(String code, UUID coupling, int persons, LocalDate housedOn) {
        UUID placement = UUID.randomUUID();
        String unitType = UNIT_TYPES[random.nextInt(UNIT_TYPES.length)];
        boolean unknownKind = random.nextInt(8) == 0;
        boolean temporary = !unknownKind && unitType.equals("INTERMEDIATE");
        String kind = unknownKind ? "" : ",\"unitType\":\"%s\",\"temporary\":%s".formatted(unitType, temporary);
        add("placement.events", code, P + "placement-recorded.v1", housedOn,
                "{\"placementId\":\"%s\",\"couplingId\":\"%s\",\"municipalityCode\":\"%s\",\"persons\":%d,\"housedOn\":\"%s\"%s}"
                        .formatted(placement, coupling, code, persons, housedOn, kind));
        if (temporary && movesOn.nextBoolean()) {
            LocalDate movedOn = housedOn.plusDays(20 + movesOn.nextInt(300));
            add("placement.events", code, P + "moved-to-follow-up-housing.v1", movedOn,
                    "{\"placementId\":\"%s\",\"couplingId\":\"%s\",\"municipalityCode\":\"%s\",\"persons\":%d,\"housedOn\":\"%s\",\"movedOn\":\"%s\"}"
                            .formatted(placement, coupling, code, persons, housedOn, movedOn));
        }
        if (random.nextInt(30) == 0) {
            LocalDate revokedOn = housedOn.plusDays(30);
            add("placement.events", code, P + "placement-revoked.v1", revokedOn,
                    "{\"placementId\":\"%s\",\"couplingId\":\"%s\",\"municipalityCode\":\"%s\",\"persons\":%d,\"housedOn\":\"%s\",\"revokedOn\":\"%s\",\"reason\":\"REGISTERED_IN_ERROR\"}"
                            .formatted(placement, coupling, code, persons, housedOn, revokedOn));
        }
    }

    private void capacity(String code) {
        for (int project = 0; project < 2; project++) {
            UUID id = UUID.randomUUID();
            Period from = period(5 + random.nextInt(4));
            LocalDate plannedOn = from.firstDay().minusMonths(6);
            int a = 5 + random.nextInt(20);
            int b = 5 + random.nextInt(20);
            add("housing-stock.events", code, H + "capacity-planned.v1", plannedOn, plan(id, code, from, a, from.next(), b));
            if (random.nextBoolean()) {
                add("housing-stock.events", code, H + "capacity-planned.v1", plannedOn.plusMonths(2), plan(id, code, from.next(), a, from.next().next(), b + 3));
            }
            add("housing-stock.events", code, H + "capacity-delivered.v1", from.firstDay().plusMonths(4),
                    "{\"projectId\":\"%s\",\"deliveryId\":\"%s\",\"municipalityCode\":\"%s\",\"deliveredOn\":\"%s\",\"units\":%d,\"permitHolderPlaces\":%d}"
                            .formatted(id, UUID.randomUUID(), code, from.firstDay().plusMonths(4), a, a));
        }
    }

    private static String plan(UUID id, String code, Period first, int a, Period second, int b) {
        return ("{\"projectId\":\"%s\",\"municipalityCode\":\"%s\",\"projectType\":\"NEW_BUILD\",\"units\":%d,\"permitHolderPlaces\":%d,"
                + "\"expectedDeliveries\":[{\"period\":\"%s\",\"units\":%d,\"permitHolderPlaces\":%d},{\"period\":\"%s\",\"units\":%d,\"permitHolderPlaces\":%d}]}")
                .formatted(id, code, a + b, a + b, first, a, a, second, b, b);
    }

    private static String quota(String code, Period period, int persons, int version) {
        return "{\"municipalityCode\":\"%s\",\"period\":\"%s\",\"persons\":%d,\"version\":%d,\"basis\":\"IMPORTED\"}"
                .formatted(code, period, persons, version);
    }

    private static String couplingData(UUID coupling, String code, int persons, LocalDate on) {
        return ("{\"couplingId\":\"%s\",\"municipalityCode\":\"%s\",\"adults\":%d,\"minors\":0,\"persons\":%d,\"householdType\":\"%s\","
                + "\"permitDate\":\"%s\",\"couplingDate\":\"%s\"}")
                .formatted(coupling, code, persons, persons, persons == 1 ? "SINGLE" : "FAMILY", on.minusWeeks(2), on);
    }

    private static Period period(int index) {
        Period p = FIRST;
        for (int i = 0; i < index; i++) {
            p = p.next();
        }
        return p;
    }

    /** The event's time: its business date at noon, later events of a day a little later, so corrections and re-plans order. */
    private void add(String topic, String key, String type, LocalDate on, String data) {
        sequence++;
        events.add(new Event(topic, key, type, data, on.atTime(12, 0).atOffset(ZoneOffset.UTC).plusNanos(sequence * 1000)));
    }
}
