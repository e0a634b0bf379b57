package nl.permitholders.placement;

import static nl.permitholders.placement.Callers.asCoa;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;
import nl.permitholders.infrastructure.EventSchemas;
import nl.permitholders.infrastructure.KafkaTopics;
import org.eclipse.microprofile.config.ConfigProvider;

/** Units as housing-stock-service announces them: CloudEvents on housing-stock.events, checked against docs/events. */
public final class Units {

    public static final String TOPIC = "housing-stock.events";
    public static final String REGISTERED = "nl.permitholders.housingstock.unit-registered.v1";
    public static final String CORRECTED = "nl.permitholders.housingstock.unit-corrected.v1";
    public static final String RETIRED = "nl.permitholders.housingstock.unit-retired.v1";

    private Units() {
    }

    public static KafkaTopics kafka() {
        return new KafkaTopics(ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class));
    }

    /** Announces a unit and waits until placement-service knows it. */
    public static UUID known(String municipality, String type, int capacity) {
        UUID unit = UUID.randomUUID();
        send(REGISTERED, municipality, unitData(unit, municipality, type, capacity, null));
        awaitKnown(unit);
        return unit;
    }

    public static String unitData(UUID unit, String municipality, String type, int capacity, LocalDate temporaryUntil) {
        return """
                {"unitId":"%s","externalId":"EXT-%s","ownerId":"corporation-1","municipalityCode":"%s","type":"%s","capacity":%d%s}"""
                .formatted(unit, unit, municipality, type, capacity,
                        temporaryUntil == null ? "" : ",\"temporaryUntil\":\"" + temporaryUntil + "\"");
    }

    public static void retire(UUID unit, String municipality, LocalDate retiredOn) {
        send(RETIRED, municipality, """
                {"unitId":"%s","municipalityCode":"%s","retiredOn":"%s"}""".formatted(unit, municipality, retiredOn));
    }

    public static UUID send(String type, String municipality, String data) {
        EventSchemas.assertConforms(type, data);
        UUID id = UUID.randomUUID();
        kafka().sendCloudEvent(TOPIC, municipality, id, type, data);
        return id;
    }

    /** Polls without asserting, so that the attempts before the event arrives leave no failure logs. */
    public static void awaitKnown(UUID unit) {
        await().atMost(Duration.ofSeconds(30)).until(() -> asCoa().get("/placements/v1/units/{id}", unit).statusCode() == 200);
    }

    public static void retireAndAwait(UUID unit, String municipality, LocalDate retiredOn) {
        retire(unit, municipality, retiredOn);
        await().atMost(Duration.ofSeconds(30)).until(() -> retiredOn.toString().equals(
                asCoa().get("/placements/v1/units/{id}", unit).then().extract().path("retiredOn")));
    }
}
