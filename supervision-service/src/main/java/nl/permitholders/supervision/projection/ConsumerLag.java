package nl.permitholders.supervision.projection;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.quarkus.scheduler.Scheduled;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ListOffsetsResult.ListOffsetsResultInfo;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Consumer lag per topic and partition, as {@code supervision_consumer_lag_records{topic,partition}}: the records on the
 * partition that the projection's consumer group has not committed yet (end offset minus committed offset). Measured
 * with the admin client every {@code supervision.lag.interval}, so it is what any Kafka tool would report for the group.
 */
@ApplicationScoped
public class ConsumerLag {

    private static final Logger LOG = Logger.getLogger(ConsumerLag.class);

    @Inject
    MeterRegistry registry;

    @Inject
    KafkaClientConfig kafka;

    @ConfigProperty(name = "supervision.consumer-group")
    String group;

    @ConfigProperty(name = "supervision.consumed-topics")
    List<String> topics;

    private final Map<TopicPartition, AtomicLong> lag = new ConcurrentHashMap<>();
    private volatile Admin admin;

    @Scheduled(every = "${supervision.lag.interval:10s}", delayed = "${supervision.lag.delay:5s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void measure() {
        try {
            measureNow().forEach((partition, records) -> gauge(partition).set(records));
        } catch (Exception e) {
            // Kafka unreachable: the gauges keep their last value; the health check reports the broker.
            LOG.debugf("Consumer lag not measured: %s", e.getMessage());
        }
    }

    /** The lag of every partition of the consumed topics now. */
    private Map<TopicPartition, Long> measureNow() throws Exception {
        Admin client = admin();
        Map<String, TopicDescription> described = client.describeTopics(topics).allTopicNames().get(5, TimeUnit.SECONDS);
        List<TopicPartition> partitions = described.values().stream()
                .flatMap(d -> d.partitions().stream().map(p -> new TopicPartition(d.name(), p.partition()))).toList();
        Map<TopicPartition, OffsetAndMetadata> committed = client.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata()
                .get(5, TimeUnit.SECONDS);
        Map<TopicPartition, ListOffsetsResultInfo> ends = client.listOffsets(offsets(partitions, OffsetSpec.latest())).all()
                .get(5, TimeUnit.SECONDS);
        Map<TopicPartition, ListOffsetsResultInfo> starts = client.listOffsets(offsets(partitions, OffsetSpec.earliest())).all()
                .get(5, TimeUnit.SECONDS);
        return partitions.stream().collect(Collectors.toMap(p -> p, p -> {
            OffsetAndMetadata done = committed.get(p);
            long from = done != null ? done.offset() : starts.get(p).offset();
            return Math.max(0, ends.get(p).offset() - from);
        }));
    }

    private static Map<TopicPartition, OffsetSpec> offsets(Collection<TopicPartition> partitions, OffsetSpec spec) {
        return partitions.stream().collect(Collectors.toMap(p -> p, p -> spec));
    }

    private AtomicLong gauge(TopicPartition partition) {
        return lag.computeIfAbsent(partition, p -> {
            AtomicLong value = new AtomicLong();
            Gauge.builder("supervision.consumer.lag", value, AtomicLong::get)
                    .tags(Tags.of("topic", p.topic(), "partition", Integer.toString(p.partition())))
                    .description("records on the partition not yet consumed (committed) by the supervision projection")
                    .baseUnit("records").register(registry);
            return value;
        });
    }

    private synchronized Admin admin() {
        if (admin == null) {
            Properties config = kafka.forClient("supervision-lag");
            config.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, "5000");
            config.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, "5000");
            admin = Admin.create(config);
        }
        return admin;
    }

    @PreDestroy
    synchronized void close() {
        if (admin != null) {
            admin.close();
        }
    }
}
