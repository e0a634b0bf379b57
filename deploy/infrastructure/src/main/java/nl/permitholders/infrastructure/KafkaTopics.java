package nl.permitholders.infrastructure;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/** Plain Kafka clients for tests: read a whole topic, or write a CloudEvent in binary mode. */
public final class KafkaTopics {

    private final String bootstrapServers;

    public KafkaTopics(String bootstrapServers) {
        this.bootstrapServers = bootstrapServers;
    }

    /** Every record on the topic from the beginning up to its current end (empty if it does not exist yet). */
    public List<ConsumerRecord<String, String>> readAll(String topic) {
        Properties config = new Properties();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        config.put(ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, "false");
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(config)) {
            List<PartitionInfo> partitions = consumer.partitionsFor(topic, Duration.ofSeconds(10));
            if (partitions == null || partitions.isEmpty()) {
                return List.of();
            }
            List<TopicPartition> assigned = partitions.stream().map(p -> new TopicPartition(topic, p.partition())).toList();
            consumer.assign(assigned);
            consumer.seekToBeginning(assigned);
            Map<TopicPartition, Long> end = consumer.endOffsets(assigned);
            List<ConsumerRecord<String, String>> records = new ArrayList<>();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (!reachedEnd(consumer, end) && System.nanoTime() < deadline) {
                consumer.poll(Duration.ofMillis(200)).forEach(records::add);
            }
            return records;
        }
    }

    /** The records on the topic whose key is {@code key}. */
    public List<ConsumerRecord<String, String>> readAll(String topic, String key) {
        return readAll(topic).stream().filter(r -> key.equals(r.key())).toList();
    }

    /** Writes a CloudEvent in binary mode ({@code ce_} headers) and waits for the broker's acknowledgement. */
    public void sendCloudEvent(String topic, String key, UUID id, String type, String data) {
        ProducerRecord<String, String> record = new ProducerRecord<>(topic, key, data);
        header(record, "ce_specversion", "1.0");
        header(record, "ce_id", id.toString());
        header(record, "ce_type", type);
        header(record, "ce_source", "urn:nld:permitholders:systeem:test");
        header(record, "ce_subject", key);
        header(record, "ce_time", java.time.OffsetDateTime.now(java.time.ZoneOffset.UTC).toString());
        header(record, "content-type", "application/json");
        send(record);
    }

    /** A CloudEvent in binary mode ({@code ce_} headers) as the services' outbox relays write it, not yet sent. */
    public static ProducerRecord<String, String> cloudEvent(String topic, String key, UUID id, String type, String data,
                                                            java.time.OffsetDateTime time) {
        ProducerRecord<String, String> record = new ProducerRecord<>(topic, key, data);
        header(record, "ce_specversion", "1.0");
        header(record, "ce_id", id.toString());
        header(record, "ce_type", type);
        header(record, "ce_source", "urn:nld:permitholders:systeem:test");
        header(record, "ce_subject", key);
        header(record, "ce_time", time.toString());
        header(record, "content-type", "application/json");
        return record;
    }

    /** Writes many records with one idempotent producer, in order per key, and waits until the broker has them all. */
    public void sendAll(List<ProducerRecord<String, String>> records) {
        Properties config = new Properties();
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
        config.put(ProducerConfig.LINGER_MS_CONFIG, "20");
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(config)) {
            List<java.util.concurrent.Future<?>> sent = new ArrayList<>(records.size());
            for (ProducerRecord<String, String> record : records) {
                sent.add(producer.send(record));
            }
            for (java.util.concurrent.Future<?> ack : sent) {
                ack.get(60, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("could not write " + records.size() + " records", e);
        }
    }

    /** How many records of {@code topics} the consumer group has committed, summed over their partitions. */
    public long committedRecords(String group, List<String> topics) {
        try (Admin admin = admin()) {
            return admin.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata().get(10, TimeUnit.SECONDS).entrySet().stream()
                    .filter(e -> topics.contains(e.getKey().topic()) && e.getValue() != null)
                    .mapToLong(e -> e.getValue().offset()).sum();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("could not read the offsets of group " + group, e);
        }
    }

    /** An open view of every consumer group's lag, for a test that asks it many times; close it when done. */
    public ConsumerLag consumerLag() {
        return new ConsumerLag(admin());
    }

    /** Every consumer group's lag, read through one admin client kept open between questions. */
    public static final class ConsumerLag implements AutoCloseable {

        private final Admin admin;

        private ConsumerLag(Admin admin) {
            this.admin = admin;
        }

        /**
         * How many records every consumer group has yet to process: per partition it has committed on, the end offset
         * minus its committed one; per partition assigned to it that it has not committed on yet (a consumer commits
         * only what it has processed, at its {@code auto.commit.interval.ms}), every record in it. A group that is
         * still joining counts as one record to process. Zero means every service has processed, and committed,
         * everything published so far.
         */
        public long unprocessedRecords() {
            try {
                List<String> groups = admin.listConsumerGroups().all().get(10, TimeUnit.SECONDS).stream()
                        .map(org.apache.kafka.clients.admin.ConsumerGroupListing::groupId).toList();
                if (groups.isEmpty()) {
                    return 0;
                }
                long joining = 0;
                Map<TopicPartition, Long> committed = new java.util.HashMap<>();
                java.util.Set<TopicPartition> uncommitted = new java.util.HashSet<>();
                var descriptions = admin.describeConsumerGroups(groups).all().get(10, TimeUnit.SECONDS);
                for (String group : groups) {
                    var description = descriptions.get(group);
                    if (description.groupState() == org.apache.kafka.common.GroupState.PREPARING_REBALANCE
                            || description.groupState() == org.apache.kafka.common.GroupState.COMPLETING_REBALANCE
                            || description.groupState() == org.apache.kafka.common.GroupState.RECONCILING) {
                        joining++;
                    }
                    Map<TopicPartition, org.apache.kafka.clients.consumer.OffsetAndMetadata> offsets = admin
                            .listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata().get(10, TimeUnit.SECONDS);
                    offsets.forEach((partition, offset) -> {
                        if (offset != null) {
                            committed.merge(partition, offset.offset(), Math::min);
                        }
                    });
                    description.members().forEach(member -> member.assignment().topicPartitions().forEach(partition -> {
                        if (offsets.get(partition) == null) {
                            uncommitted.add(partition);
                        }
                    }));
                }
                java.util.Set<TopicPartition> partitions = new java.util.HashSet<>(committed.keySet());
                partitions.addAll(uncommitted);
                if (partitions.isEmpty()) {
                    return joining;
                }
                Map<TopicPartition, org.apache.kafka.clients.admin.OffsetSpec> latest = new java.util.HashMap<>();
                Map<TopicPartition, org.apache.kafka.clients.admin.OffsetSpec> earliest = new java.util.HashMap<>();
                partitions.forEach(p -> latest.put(p, org.apache.kafka.clients.admin.OffsetSpec.latest()));
                uncommitted.forEach(p -> earliest.put(p, org.apache.kafka.clients.admin.OffsetSpec.earliest()));
                var ends = admin.listOffsets(latest).all().get(10, TimeUnit.SECONDS);
                var beginnings = earliest.isEmpty() ? Map.<TopicPartition, org.apache.kafka.clients.admin.ListOffsetsResult.ListOffsetsResultInfo>of()
                        : admin.listOffsets(earliest).all().get(10, TimeUnit.SECONDS);
                long behind = committed.entrySet().stream()
                        .mapToLong(e -> Math.max(0, ends.get(e.getKey()).offset() - e.getValue())).sum();
                long unread = uncommitted.stream()
                        .mapToLong(p -> Math.max(0, ends.get(p).offset() - beginnings.get(p).offset())).sum();
                return joining + behind + unread;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            } catch (ExecutionException | TimeoutException e) {
                throw new IllegalStateException("could not read the consumer groups' offsets", e);
            }
        }

        @Override
        public void close() {
            admin.close();
        }
    }

    /** How many records {@code topics} hold, from the beginning of every partition to its end. */
    public long endOffsets(List<String> topics) {
        try (Admin admin = admin()) {
            Map<TopicPartition, org.apache.kafka.clients.admin.OffsetSpec> latest = new java.util.HashMap<>();
            admin.describeTopics(topics).allTopicNames().get(10, TimeUnit.SECONDS).values().forEach(topic ->
                    topic.partitions().forEach(p -> latest.put(new TopicPartition(topic.name(), p.partition()),
                            org.apache.kafka.clients.admin.OffsetSpec.latest())));
            return admin.listOffsets(latest).all().get(10, TimeUnit.SECONDS).values().stream().mapToLong(o -> o.offset()).sum();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("could not read the end offsets of " + topics, e);
        }
    }

    /**
     * Sets the group's committed offsets on every partition of {@code topics} back to the beginning, so that every
     * record is delivered again. The group must have no active members (stop its consumers first).
     */
    public void resetToEarliest(String group, List<String> topics) {
        try (Admin admin = admin()) {
            Map<TopicPartition, org.apache.kafka.clients.consumer.OffsetAndMetadata> beginning = new java.util.HashMap<>();
            admin.describeTopics(topics).allTopicNames().get(10, TimeUnit.SECONDS).values().forEach(topic ->
                    topic.partitions().forEach(p -> beginning.put(new TopicPartition(topic.name(), p.partition()),
                            new org.apache.kafka.clients.consumer.OffsetAndMetadata(0))));
            admin.alterConsumerGroupOffsets(group, beginning).all().get(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("could not reset the offsets of group " + group, e);
        }
    }

    private Admin admin() {
        Properties config = new Properties();
        config.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        return Admin.create(config);
    }

    /** Writes a raw record, e.g. a poison message. */
    public void send(ProducerRecord<String, String> record) {
        Properties config = new Properties();
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(config)) {
            producer.send(record).get(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("could not write to " + record.topic(), e);
        }
    }

    public static String header(ConsumerRecord<String, String> record, String name) {
        var header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    private static void header(ProducerRecord<String, String> record, String name, String value) {
        record.headers().add(name, value.getBytes(StandardCharsets.UTF_8));
    }

    private static boolean reachedEnd(KafkaConsumer<String, String> consumer, Map<TopicPartition, Long> end) {
        return end.entrySet().stream().allMatch(e -> consumer.position(e.getKey()) >= e.getValue());
    }
}
