package nl.permitholders.benchmarks;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * The replay's floors: a bare KafkaConsumer reading every record of the topics supervision rebuilds from; the same
 * reading with every record decoded, writing nothing; and the same reading with every record stored once in PostgreSQL
 * by COPY.
 */
final class ReplayFloor {

    /** The topics a projection rebuild reads (supervision.consumed-topics). */
    static final List<String> TOPICS = List.of("quota.events", "placement.events", "housing-stock.events");

    private static final ObjectMapper JSON = new ObjectMapper();

    record Outcome(long records, double perSecond) {
    }

    private ReplayFloor() {
    }

    /** Reads every record and does nothing with it. */
    static Outcome readAll(String bootstrapServers) {
        long start = System.nanoTime();
        long records = read(bootstrapServers, batch -> {
        });
        return new Outcome(records, records / ((System.nanoTime() - start) / 1e9));
    }

    /**
     * Reads every record and decodes it as any consumer that looks into the events must: its CloudEvent attributes (the
     * id as a UUID, the time as a timestamp) and its JSON data, parsed into a tree. Nothing is written. The decoding runs
     * on a thread of its own while the next batch is polled (at most two batches waiting), so that it has both cores if
     * they are free: a rebuild, which also writes what it decodes, cannot be faster than this.
     */
    static Outcome readAndDecode(String bootstrapServers) {
        ExecutorService decoder = Executors.newSingleThreadExecutor(r -> {
            Thread thread = new Thread(r, "replay-floor-decoder");
            thread.setDaemon(true);
            return thread;
        });
        Semaphore waiting = new Semaphore(2);
        AtomicReference<RuntimeException> failure = new AtomicReference<>();
        try {
            long start = System.nanoTime();
            long records = read(bootstrapServers, batch -> {
                waiting.acquireUninterruptibly();
                decoder.execute(() -> {
                    try {
                        batch.forEach(ReplayFloor::decode);
                    } catch (RuntimeException e) {
                        failure.compareAndSet(null, e);
                    } finally {
                        waiting.release();
                    }
                });
            });
            waiting.acquireUninterruptibly(2);
            if (failure.get() != null) {
                throw new IllegalStateException("the replay's decoding floor failed", failure.get());
            }
            return new Outcome(records, records / ((System.nanoTime() - start) / 1e9));
        } finally {
            decoder.shutdownNow();
        }
    }

    /**
     * Decodes one record, its headers in one pass as the services' consumers read them; one that is not a readable
     * CloudEvent is skipped, as a rebuild skips it.
     */
    private static void decode(ConsumerRecord<String, String> record) {
        String id = null;
        String time = null;
        for (Header header : record.headers()) {
            switch (header.key()) {
                case "ce_id" -> id = text(header);
                case "ce_time" -> time = text(header);
                case "ce_type", "ce_subject", "ce_source" -> text(header);
                default -> {
                    // not read by consumers
                }
            }
        }
        if (id == null || time == null || record.value() == null) {
            return;
        }
        try {
            UUID.fromString(id);
            OffsetDateTime.parse(time);
            JSON.readTree(record.value());
        } catch (JsonProcessingException | RuntimeException e) {
            // skipped, as the rebuild skips it
        }
    }

    /**
     * Reads every record and stores it as it is (id, type, subject, data) in a table without keys, by one COPY, then
     * indexes it by id: the least PostgreSQL and Kafka need to read the history and write it down once. A rebuild
     * writes more (an inbox row and a decoded ledger row per event), so this floor is the engines' part of its time.
     */
    static Outcome readAndCopy(String bootstrapServers, Connection connection) throws SQLException {
        connection.setAutoCommit(true);
        try (Statement statement = connection.createStatement()) {
            statement.execute("DROP TABLE IF EXISTS replay_floor");
            statement.execute("CREATE TABLE replay_floor (event_id UUID, type TEXT, subject TEXT, data TEXT)");
        }
        long start = System.nanoTime();
        CopyIn copy = connection.unwrap(PGConnection.class).getCopyAPI()
                .copyIn("COPY replay_floor (event_id, type, subject, data) FROM STDIN");
        long records;
        try {
            records = read(bootstrapServers, batch -> {
                StringBuilder rows = new StringBuilder(batch.count() * 256);
                for (ConsumerRecord<String, String> record : batch) {
                    rows.append(copyText(header(record, "ce_id"))).append('\t').append(copyText(header(record, "ce_type"))).append('\t')
                            .append(copyText(header(record, "ce_subject"))).append('\t').append(copyText(record.value())).append('\n');
                }
                byte[] bytes = rows.toString().getBytes(StandardCharsets.UTF_8);
                try {
                    copy.writeToCopy(bytes, 0, bytes.length);
                } catch (SQLException e) {
                    throw new IllegalStateException(e);
                }
            });
            copy.endCopy();
        } finally {
            if (copy.isActive()) {
                copy.cancelCopy();
            }
        }
        try (Statement statement = connection.createStatement()) {
            statement.execute("CREATE INDEX replay_floor_event_id ON replay_floor (event_id)");
        }
        return new Outcome(records, records / ((System.nanoTime() - start) / 1e9));
    }

    private static long read(String bootstrapServers, Consumer<ConsumerRecords<String, String>> handle) {
        Properties config = new Properties();
        config.put("bootstrap.servers", bootstrapServers);
        config.put("max.poll.records", "2000");
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(config, new StringDeserializer(), new StringDeserializer())) {
            List<TopicPartition> partitions = new ArrayList<>();
            for (String topic : TOPICS) {
                for (PartitionInfo info : consumer.partitionsFor(topic, Duration.ofSeconds(30))) {
                    partitions.add(new TopicPartition(topic, info.partition()));
                }
            }
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            long records = 0;
            while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
                ConsumerRecords<String, String> batch = consumer.poll(Duration.ofMillis(500));
                records += batch.count();
                handle.accept(batch);
            }
            return records;
        }
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : text(header);
    }

    private static String text(Header header) {
        return header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    /** A value in COPY's text format: backslash, tab and line breaks escaped; null as \N. */
    private static String copyText(String value) {
        if (value == null) {
            return "\\N";
        }
        StringBuilder escaped = new StringBuilder(value.length() + 8);
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\' -> escaped.append("\\\\");
                case '\t' -> escaped.append("\\t");
                case '\n' -> escaped.append("\\n");
                case '\r' -> escaped.append("\\r");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }
}
