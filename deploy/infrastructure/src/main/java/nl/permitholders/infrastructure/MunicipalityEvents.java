package nl.permitholders.infrastructure;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.apache.kafka.clients.producer.ProducerRecord;

/**
 * The events the writing services publish for one municipality in 2025-H1, as CloudEvents straight onto the topics:
 * its registration and quota (quota-service), couplings and placements of whole households (placement-service) and
 * allocations to permit holders (housing-stock-service). The data follows the schemas in docs/events/ (the same
 * shapes as supervision's rebuild test generates); a seeded random draws the household sizes. It also knows the
 * figures supervision must show once it has them all. Used by the fault tests and the benchmarks' replay.
 */
public final class MunicipalityEvents {

    private static final String Q = "nl.permitholders.quota.";
    private static final String P = "nl.permitholders.placement.";
    private static final String H = "nl.permitholders.housingstock.";
    private static final LocalDate START = LocalDate.of(2025, 1, 2);
    /** The province the municipalities of these events are registered in, unless one is named. */
    public static final String PROVINCE = "PV23";

    public final String code;
    public final int quota;
    public final List<ProducerRecord<String, String>> registration = new ArrayList<>();
    public final List<ProducerRecord<String, String>> placementEvents = new ArrayList<>();
    public final List<ProducerRecord<String, String>> housingStockEvents = new ArrayList<>();
    public int housed;
    public int coupledUnhoused;
    public int allocated;
    private long sequence;

    /**
     * @param couplings  couplings registered; all but {@code unhoused} of them are then housed in full
     * @param allocations allocations to permit holders
     */
    public MunicipalityEvents(String code, long seed, int quota, int couplings, int unhoused, int allocations) {
        this(code, PROVINCE, seed, quota, couplings, unhoused, allocations);
    }

    /** As the other constructor, the municipality registered in {@code province}. */
    public MunicipalityEvents(String code, String province, long seed, int quota, int couplings, int unhoused, int allocations) {
        this.code = code;
        this.quota = quota;
        Random random = new Random(seed);
        registration.add(event("quota.events", Q + "municipality-registered.v1", START.minusDays(30),
                "{\"municipalityCode\":\"%s\",\"name\":\"Gemeente %s\",\"provinceCode\":\"%s\"}".formatted(code, code, province)));
        registration.add(event("quota.events", Q + "quota-set.v1", START.minusDays(20),
                "{\"municipalityCode\":\"%s\",\"period\":\"2025-H1\",\"persons\":%d,\"version\":1,\"basis\":\"IMPORTED\"}"
                        .formatted(code, quota)));
        List<ProducerRecord<String, String>> placements = new ArrayList<>();
        for (int c = 0; c < couplings; c++) {
            UUID coupling = UUID.randomUUID();
            int persons = 1 + random.nextInt(6);
            LocalDate coupledOn = START.plusDays(random.nextInt(60));
            placementEvents.add(event("placement.events", P + "coupling-registered.v1", coupledOn,
                    ("{\"couplingId\":\"%s\",\"municipalityCode\":\"%s\",\"adults\":%d,\"minors\":0,\"persons\":%d,\"householdType\":\"%s\","
                            + "\"permitDate\":\"%s\",\"couplingDate\":\"%s\"}")
                            .formatted(coupling, code, persons, persons, persons == 1 ? "SINGLE" : "FAMILY", coupledOn.minusWeeks(2), coupledOn)));
            if (c < unhoused) {
                coupledUnhoused += persons;
                continue;
            }
            LocalDate housedOn = coupledOn.plusDays(7 + random.nextInt(60));
            placements.add(event("placement.events", P + "placement-recorded.v1", housedOn,
                    "{\"placementId\":\"%s\",\"couplingId\":\"%s\",\"municipalityCode\":\"%s\",\"persons\":%d,\"housedOn\":\"%s\",\"unitType\":\"REGULAR\",\"temporary\":false}"
                            .formatted(UUID.randomUUID(), coupling, code, persons, housedOn)));
            housed += persons;
        }
        // A coupling is registered before its placement; placements follow all couplings, as they would weeks later.
        placementEvents.addAll(placements);
        for (int a = 0; a < allocations; a++) {
            int persons = 1 + random.nextInt(5);
            LocalDate on = START.plusDays(random.nextInt(150));
            housingStockEvents.add(event("housing-stock.events", H + "allocation-recorded.v1", on,
                    "{\"allocationId\":\"%s\",\"corporationId\":\"corp-%d\",\"municipalityCode\":\"%s\",\"allocatedOn\":\"%s\",\"persons\":%d,\"permitHolders\":true}"
                            .formatted(UUID.randomUUID(), a % 3, code, on, persons)));
            allocated += persons;
        }
    }

    /** Every event in the order the services would publish them: registration, then placements, then housing stock. */
    public List<ProducerRecord<String, String>> inOrder() {
        List<ProducerRecord<String, String>> all = new ArrayList<>(registration);
        all.addAll(placementEvents);
        all.addAll(housingStockEvents);
        return all;
    }

    public int size() {
        return registration.size() + placementEvents.size() + housingStockEvents.size();
    }

    private ProducerRecord<String, String> event(String topic, String type, LocalDate on, String data) {
        sequence++;
        OffsetDateTime time = on.atTime(12, 0).atOffset(ZoneOffset.UTC).plusNanos(sequence * 1000);
        return KafkaTopics.cloudEvent(topic, code, UUID.randomUUID(), type, data, time);
    }
}
