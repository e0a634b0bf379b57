package nl.permitholders.webhooks;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.permitholders.infrastructure.EventSchemas;
import nl.permitholders.infrastructure.KafkaTopics;
import org.eclipse.microprofile.config.ConfigProvider;

/** The services' events, written to the real broker after checking them against their schemas in docs/events. */
public final class TestEvents {

    public static final String QUOTA = "nl.permitholders.quota.";
    public static final String PLACEMENT = "nl.permitholders.placement.";
    public static final String HOUSING_STOCK = "nl.permitholders.housingstock.";
    private static final int FIRST_MUNICIPALITY = 2001 + (int) (System.nanoTime() % 1000);

    public final KafkaTopics kafka = new KafkaTopics(ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class));

    /** A municipality code no other test uses in this JVM. */
    public static String newMunicipality() {
        // A counter the whole JVM shares: a test profile restarts Quarkus and loads the test classes again, each time
        // with static fields of their own.
        synchronized (System.getProperties()) {
            String counter = "nl.permitholders.webhooks.test.next-municipality";
            int next = Integer.getInteger(counter, FIRST_MUNICIPALITY);
            System.setProperty(counter, Integer.toString(next + 1));
            return String.format("GM%04d", next);
        }
    }

    public UUID send(String topic, String key, String type, String data) {
        EventSchemas.assertConforms(type, data);
        UUID id = UUID.randomUUID();
        kafka.sendCloudEvent(topic, key, id, type, data);
        return id;
    }

    public UUID quota(String municipality, String period, int persons, int version) {
        return send("quota.events", municipality, QUOTA + "quota-set.v1", """
                {"municipalityCode":"%s","period":"%s","persons":%d,"version":%d,"basis":"IMPORTED"}"""
                .formatted(municipality, period, persons, version));
    }

    /** R3: {@code merged} merge into {@code continuing} (new, or existing and absorbing them) on {@code effective}. */
    public void merger(String continuing, List<String> merged, LocalDate effective) {
        send("quota.events", continuing, QUOTA + "municipalities-merged.v1", """
                {"mergerId":"%s","municipalityCode":"%s","mergedMunicipalityCodes":[%s],"effectiveDate":"%s","effectivePeriod":"%s"}"""
                .formatted(UUID.randomUUID(), continuing, merged.stream().map(c -> "\"" + c + "\"").collect(Collectors.joining(",")),
                        effective, nl.permitholders.platform.period.Period.containing(effective)));
    }

    /** @return the coupling's id */
    public UUID coupling(String municipality, int persons, LocalDate on) {
        UUID coupling = UUID.randomUUID();
        send("placement.events", municipality, PLACEMENT + "coupling-registered.v1", """
                {"couplingId":"%s","municipalityCode":"%s","adults":%d,"minors":0,"persons":%d,"householdType":"%s","permitDate":"%s","couplingDate":"%s"}"""
                .formatted(coupling, municipality, persons, persons, persons == 1 ? "SINGLE" : "FAMILY", on.minusWeeks(2), on));
        return coupling;
    }
}
