package nl.permitholders.faulttests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.permitholders.infrastructure.MunicipalityEvents;
import nl.permitholders.infrastructure.KafkaTopics;
import nl.permitholders.infrastructure.SystemStack;
import nl.permitholders.infrastructure.SystemStack.Service;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/**
 * Scenario 6: on each of the three event topics, a record that is not JSON, one of a type outside the system's naming
 * (nobody will ever know it; a well-named type not known yet is kept aside instead, docs/operations.md) and one whose
 * data violates its schema. Each lands on supervision's dead-letter topic with its reason; the consumer carries on
 * with the valid events behind them; {@code events_dead_lettered_total} counts them for the alert.
 */
@Order(6)
@FaultStack
class PoisonRecordsIT {

    private final SystemStack stack;
    private final Writes writes;
    private final Supervision supervision;

    PoisonRecordsIT(SystemStack stack) {
        this.stack = stack;
        this.writes = new Writes(stack);
        this.supervision = new Supervision(stack);
    }

    @Test
    void poisonRecordsOnEveryTopicGoToTheDeadLetterTopicWithTheirReasonAndTheConsumerCarriesOn() throws Exception {
        ScenarioReport.run("6. poison records on every topic", () -> {
            writes.province();
            KafkaTopics topics = stack.topics();
            String municipality = "GM9401";
            double deadLetteredBefore = deadLettered(stack);
            OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
            String[][] poison = {
                    {"quota.events", "nl.permitholders.quota.quota-set.v1", "{\"municipalityCode\":\"GM9401\",\"period\":"},
                    {"quota.events", "com.example.quota.quota-doubled.v1", "{\"municipalityCode\":\"GM9401\"}"},
                    {"quota.events", "nl.permitholders.quota.quota-set.v1",
                            "{\"municipalityCode\":\"GM9401\",\"period\":\"2025-H7\",\"persons\":\"many\",\"version\":1}"},
                    {"placement.events", "nl.permitholders.placement.placement-recorded.v1", "not json at all"},
                    {"placement.events", "com.example.placement.placement-teleported.v1", "{\"municipalityCode\":\"GM9401\"}"},
                    {"placement.events", "nl.permitholders.placement.placement-recorded.v1",
                            "{\"placementId\":\"x\",\"municipalityCode\":\"GM9401\",\"persons\":-4,\"housedOn\":\"yesterday\"}"},
                    {"housing-stock.events", "nl.permitholders.housingstock.allocation-recorded.v1", "[1, 2,"},
                    {"housing-stock.events", "com.example.housingstock.unit-levitated.v1", "{\"municipalityCode\":\"GM9401\"}"},
                    {"housing-stock.events", "nl.permitholders.housingstock.allocation-recorded.v1",
                            "{\"allocationId\":\"1\",\"municipalityCode\":\"GM9401\",\"allocatedOn\":\"2025-13-45\",\"persons\":\"four\"}"},
            };
            List<ProducerRecord<String, String>> records = new ArrayList<>();
            List<String> ids = new ArrayList<>();
            for (String[] p : poison) {
                UUID id = UUID.randomUUID();
                ids.add(id.toString());
                records.add(KafkaTopics.cloudEvent(p[0], municipality, id, p[1], p[2], now));
            }
            // Behind the poison, on the same partitions: the municipality's valid history.
            MunicipalityEvents valid = new MunicipalityEvents(municipality, 6, 300, 30, 4, 5);
            records.addAll(valid.inOrder());
            topics.sendAll(records);

            await("the valid events behind the poison are applied").atMost(Duration.ofMinutes(2)).pollInterval(Polling.INTERVAL)
                    .untilAsserted(() -> assertThat(supervision.figures(municipality)).containsEntry("housed", valid.housed)
                            .containsEntry("coupledUnhousedPersons", valid.coupledUnhoused).containsEntry("allocatedToPermitHolders", valid.allocated));
            Map<String, ConsumerRecord<String, String>> deadLetters = new java.util.HashMap<>();
            await("every poison record on the dead-letter topic").atMost(Duration.ofMinutes(1)).pollInterval(Polling.INTERVAL)
                    .untilAsserted(() -> {
                        deadLetters.clear();
                        deadLetters.putAll(topics.readAll("supervision.dead-letter", municipality).stream()
                                .collect(Collectors.toMap(r -> String.valueOf(KafkaTopics.header(r, "ce_id")), Function.identity(), (a, b) -> a)));
                        assertThat(deadLetters.keySet()).containsAll(ids);
                    });
            for (int i = 0; i < poison.length; i++) {
                ConsumerRecord<String, String> letter = deadLetters.get(ids.get(i));
                assertThat(KafkaTopics.header(letter, "dead-letter-topic")).isEqualTo(poison[i][0]);
                assertThat(KafkaTopics.header(letter, "dead-letter-reason")).as("reason for %s", poison[i][2]).isNotBlank();
                assertThat(letter.value()).isEqualTo(poison[i][2]);
            }
            await("the alert metric counts them").atMost(Duration.ofSeconds(30))
                    .until(() -> deadLettered(stack) - deadLetteredBefore >= poison.length);
            return new ScenarioReport.Counts(poison.length + " poison records + " + valid.size() + " valid events",
                    poison.length + " dead-lettered with reasons (events_dead_lettered_total +" + (long) (deadLettered(stack) - deadLetteredBefore)
                            + "); housed " + valid.housed + " as written");
        });
    }

    private static double deadLettered(SystemStack stack) {
        return Supervision.metric(stack.process(Service.SUPERVISION), "events_dead_lettered_total");
    }
}
