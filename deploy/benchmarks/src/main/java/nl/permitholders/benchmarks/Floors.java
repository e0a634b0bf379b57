package nl.permitholders.benchmarks;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import nl.permitholders.infrastructure.LocalPostgres;
import nl.permitholders.infrastructure.SystemStack;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * The floors: what the system's own PostgreSQL and Kafka do for the same work without the services in between,
 * measured by the same JVM on the same machine in the same run. Written in plain JDBC and Kafka clients (not pgbench
 * or kafka-e2e-latency), so floor and figure share one client runtime and need nothing installed.
 */
final class Floors {

    static final String FLOOR_DATABASE = "benchmark_floor";

    private final SystemStack stack;

    Floors(SystemStack stack) {
        this.stack = stack;
        stack.postgres().createDatabaseIfMissing(FLOOR_DATABASE);
        try (Connection c = connect(FLOOR_DATABASE); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE IF NOT EXISTS floor_commit (id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY, payload TEXT NOT NULL)");
            // The placement and outbox rows a placement writes (placement-service V1 and platform V0_1), without the
            // service: the write path's floor.
            s.execute("CREATE TABLE IF NOT EXISTS placement (id UUID PRIMARY KEY, coupling_id UUID NOT NULL, "
                    + "municipality_code TEXT NOT NULL, persons INT NOT NULL, housed_on DATE NOT NULL, recorded_at TIMESTAMPTZ NOT NULL)");
            s.execute("CREATE TABLE IF NOT EXISTS outbox_event (id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY, "
                    + "event_id UUID NOT NULL UNIQUE, type TEXT NOT NULL, source TEXT NOT NULL, subject TEXT NOT NULL, "
                    + "partition_key TEXT NOT NULL, payload TEXT NOT NULL, occurred_at TIMESTAMPTZ NOT NULL, published_at TIMESTAMPTZ)");
            s.execute("CREATE INDEX IF NOT EXISTS outbox_event_unpublished ON outbox_event (id) WHERE published_at IS NULL");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    Connection connect(String database) throws SQLException {
        Properties properties = new Properties();
        properties.setProperty("user", LocalPostgres.USER);
        return DriverManager.getConnection(stack.postgres().jdbcUrl(database), properties);
    }

    /** Kafka's own end-to-end latency and one PostgreSQL commit, {@code records} of each back to back. */
    long[][] endToEndBackToBack(int records) {
        long[] kafka = new long[records];
        long[] commit = new long[records];
        try (EndToEnd floor = endToEnd()) {
            for (int i = 0; i < records; i++) {
                kafka[i] = floor.kafka();
            }
            for (int i = 0; i < records; i++) {
                commit[i] = floor.commit();
            }
        }
        return new long[][] {kafka, commit};
    }

    /** The propagation's floor, one sample at a time: see {@link EndToEnd}. */
    EndToEnd endToEnd() {
        return new EndToEnd();
    }

    /**
     * The floor of event propagation, sampled one at a time so that it can be measured beside the system under the
     * same conditions: Kafka's own end-to-end latency (a record produced with acks=all until a consumer polling the
     * partition has it) and one small INSERT committed on its own, as the services commit a write or a consumed event.
     */
    final class EndToEnd implements AutoCloseable {

        private static final String TOPIC = "benchmark.end-to-end";
        private static final String PAYLOAD = "{\"persons\":1,\"housedOn\":\"2026-02-01\",\"municipalityCode\":\"GM9000\"}";
        private final KafkaProducer<String, String> producer;
        private final KafkaConsumer<String, String> consumer;
        private final Connection connection;
        private final PreparedStatement insert;
        private int commits;

        EndToEnd() {
            Map<String, Object> common = Map.of("bootstrap.servers", stack.kafka().bootstrapServers());
            try (Admin admin = Admin.create(common)) {
                if (!admin.listTopics().names().get().contains(TOPIC)) {
                    admin.createTopics(List.of(new NewTopic(TOPIC, 1, (short) 1))).all().get();
                }
            } catch (InterruptedException | ExecutionException e) {
                throw new IllegalStateException(e);
            }
            Properties producerConfig = new Properties();
            producerConfig.putAll(common);
            producerConfig.put("acks", "all");
            producerConfig.put("linger.ms", "0");
            producerConfig.put("enable.idempotence", "true");
            Properties consumerConfig = new Properties();
            consumerConfig.putAll(common);
            consumerConfig.put("fetch.min.bytes", "1");
            consumerConfig.put("fetch.max.wait.ms", "500");
            producer = new KafkaProducer<>(producerConfig, new StringSerializer(), new StringSerializer());
            consumer = new KafkaConsumer<>(consumerConfig, new StringDeserializer(), new StringDeserializer());
            TopicPartition partition = new TopicPartition(TOPIC, 0);
            consumer.assign(List.of(partition));
            consumer.seekToEnd(List.of(partition));
            consumer.position(partition);
            try {
                connection = connect(FLOOR_DATABASE);
                connection.setAutoCommit(true);
                insert = connection.prepareStatement("INSERT INTO floor_commit (payload) VALUES (?)");
            } catch (SQLException e) {
                close();
                throw new IllegalStateException(e);
            }
        }

        /** One record from the producer's send until the consumer has it, in nanoseconds. */
        long kafka() {
            long start = System.nanoTime();
            producer.send(new ProducerRecord<>(TOPIC, "GM9000", PAYLOAD));
            ConsumerRecords<String, String> received;
            do {
                received = consumer.poll(Duration.ofMillis(500));
            } while (received.isEmpty());
            return System.nanoTime() - start;
        }

        /** One INSERT committed on its own, in nanoseconds. */
        long commit() {
            try {
                long start = System.nanoTime();
                insert.setString(1, "commit " + commits++);
                insert.executeUpdate();
                return System.nanoTime() - start;
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        }

        @Override
        public void close() {
            producer.close();
            consumer.close();
            try {
                if (connection != null) {
                    connection.close();
                }
            } catch (SQLException e) {
                // the floor's own connection; nothing to keep
            }
        }
    }

    /** Plain INSERTs of a placement row and its outbox row in one transaction each, on {@code connections} connections. */
    double placementInsertsPerSecond(int placements, int connections) {
        AtomicLong next = new AtomicLong();
        long start = System.nanoTime();
        runOnConnections(FLOOR_DATABASE, connections, c -> {
            c.setAutoCommit(false);
            try (PreparedStatement placement = c.prepareStatement("INSERT INTO placement VALUES (?, ?, ?, 1, DATE '2026-02-01', now())");
                 PreparedStatement outbox = c.prepareStatement("INSERT INTO outbox_event (event_id, type, source, subject, "
                         + "partition_key, payload, occurred_at) VALUES (?, 'nl.permitholders.placement.placement-recorded.v1', "
                         + "'urn:nld:permitholders:placement-service', ?, ?, ?, now())")) {
                while (next.getAndIncrement() < placements) {
                    UUID id = UUID.randomUUID();
                    placement.setObject(1, id);
                    placement.setObject(2, UUID.randomUUID());
                    placement.setString(3, "GM9000");
                    placement.executeUpdate();
                    outbox.setObject(1, UUID.randomUUID());
                    outbox.setString(2, "GM9000");
                    outbox.setString(3, "GM9000");
                    outbox.setString(4, "{\"placementId\":\"" + id + "\",\"persons\":1,\"housedOn\":\"2026-02-01\"}");
                    outbox.executeUpdate();
                    c.commit();
                }
            }
            return null;
        });
        return placements / ((System.nanoTime() - start) / 1e9);
    }

    /** Runs {@code work} on each of {@code connections} connections to {@code database} at once; the results. */
    <T> List<T> runOnConnections(String database, int connections, SqlWork<T> work) {
        ExecutorService threads = Executors.newFixedThreadPool(connections);
        try {
            List<Future<T>> futures = new ArrayList<>();
            for (int i = 0; i < connections; i++) {
                futures.add(threads.submit(() -> {
                    try (Connection c = connect(database)) {
                        return work.run(c);
                    }
                }));
            }
            List<T> results = new ArrayList<>();
            for (Future<T> future : futures) {
                results.add(future.get());
            }
            return results;
        } catch (InterruptedException | ExecutionException e) {
            throw new IllegalStateException(e);
        } finally {
            threads.shutdownNow();
        }
    }

    /** The rows of every query, read to the last column, as the service reads them. */
    static int readAll(PreparedStatement query) throws SQLException {
        int values = 0;
        try (ResultSet rows = query.executeQuery()) {
            int columns = rows.getMetaData().getColumnCount();
            while (rows.next()) {
                for (int i = 1; i <= columns; i++) {
                    if (rows.getObject(i) != null) {
                        values++;
                    }
                }
            }
        }
        return values;
    }

    static Object[] array(Collection<String> codes) {
        return codes.toArray();
    }

    @FunctionalInterface
    interface SqlWork<T> {
        T run(Connection connection) throws Exception;
    }
}
