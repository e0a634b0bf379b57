package nl.permitholders.platform.outbox;

import io.opentelemetry.api.trace.Span;
import io.smallrye.common.annotation.Identifier;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import nl.permitholders.platform.api.EventTooLargeException;
import nl.permitholders.platform.tracing.EventTracing;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.InvalidRecordException;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.apache.kafka.common.record.AbstractRecords;
import org.apache.kafka.common.record.CompressionType;
import org.apache.kafka.common.record.RecordBatch;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * The service's Kafka producer for its outbox: publishes events as CloudEvents in binary mode (attributes in
 * {@code ce_} headers, JSON data, key = the event's partition key) to the service's topic.
 * <p>
 * Events are handed to the producer on one thread of its own, in the order they are given, so that events of one
 * municipality reach their partition in that order, and so that a producer waiting for the broker's metadata (up to
 * {@code max.block.ms} while Kafka is away) never blocks the caller's event loop.
 */
@ApplicationScoped
public class OutboxPublisher {

    private static final Logger LOG = Logger.getLogger(OutboxPublisher.class);
    /** Settings of the producer that carry the outbox's delivery guarantees; {@code outbox.producer.*} cannot change them. */
    private static final Map<String, String> GUARANTEES = Map.of(
            ProducerConfig.ACKS_CONFIG, "all",
            ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true",
            ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName(),
            ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
    /** Defaults that {@code outbox.producer.*} may change (docs/configuration.md). */
    private static final Map<String, String> DEFAULTS = Map.of(
            // Send each event at once: nothing is gained by waiting for more (Kafka 4's default linger.ms is 5).
            ProducerConfig.LINGER_MS_CONFIG, "0",
            ProducerConfig.MAX_BLOCK_MS_CONFIG, "10000",
            ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, "10000",
            ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, "30000");
    private static final String PRODUCER_PREFIX = "outbox.producer.";

    @Inject
    @Identifier("default-kafka-broker")
    Map<String, Object> broker;

    @Inject
    Config config;

    @Inject
    EventTracing tracing;

    /** None in a service that writes no events (webhook-service): its outbox stays empty and nothing is published. */
    @ConfigProperty(name = "outbox.topic")
    Optional<String> outboxTopic;

    @ConfigProperty(name = "quarkus.application.name", defaultValue = "service")
    String applicationName;

    private String topic() {
        return outboxTopic.orElseThrow(() -> new IllegalStateException("an event in the outbox of a service without outbox.topic"));
    }

    private KafkaProducer<String, String> producer;
    private int maxRequestSize;
    private CompressionType compression;
    private final ExecutorService thread = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "outbox-publisher");
        t.setDaemon(true);
        return t;
    });

    @PostConstruct
    void create() {
        Properties settings = settings();
        producer = new KafkaProducer<>(settings);
        ProducerConfig effective = new ProducerConfig(settings);
        maxRequestSize = effective.getInt(ProducerConfig.MAX_REQUEST_SIZE_CONFIG);
        compression = CompressionType.forName(effective.getString(ProducerConfig.COMPRESSION_TYPE_CONFIG));
    }

    /**
     * Refuses an event the producer could never send: its record, estimated as the producer estimates it before it
     * sends, is larger than {@code max.request.size} (1 MiB unless {@code outbox.producer.max.request.size} says
     * otherwise).
     */
    void requireSendable(OutboxEvent event) {
        ProducerRecord<String, String> record = record(event, Span.getInvalid());
        // The trace headers are added under the producer span when sent; the stored ones have the same length.
        List<Header> headers = new ArrayList<>(List.of(record.headers().toArray()));
        if (event.trace() != null && event.trace().traceparent() != null) {
            headers.add(header("traceparent", event.trace().traceparent()));
            if (event.trace().tracestate() != null) {
                headers.add(header("tracestate", event.trace().tracestate()));
            }
        }
        int size = AbstractRecords.estimateSizeInBytesUpperBound(RecordBatch.CURRENT_MAGIC_VALUE, compression,
                utf8(record.key()), utf8(record.value()), headers.toArray(Header[]::new));
        if (size > maxRequestSize) {
            throw new EventTooLargeException(event.type(), size, maxRequestSize);
        }
    }

    /**
     * Whether the broker or the producer refused the record for good: sending it again can never succeed (too large,
     * an invalid record), unlike an unreachable broker or a missing authorisation, which affect every record alike.
     */
    static boolean refusedForGood(Throwable failure) {
        Throwable cause = failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
        return cause instanceof RecordTooLargeException || cause instanceof InvalidRecordException;
    }

    private static byte[] utf8(String value) {
        return value == null ? null : value.getBytes(StandardCharsets.UTF_8);
    }

    /** Every {@code kafka.*} setting of the service, then the outbox's defaults, its {@code outbox.producer.*} ones and the guarantees. */
    Properties settings() {
        Properties settings = new Properties();
        broker.forEach((name, value) -> {
            if (value != null) {
                settings.put(name, value.toString());
            }
        });
        settings.putAll(DEFAULTS);
        for (String name : config.getPropertyNames()) {
            if (name.startsWith(PRODUCER_PREFIX)) {
                config.getOptionalValue(name, String.class).ifPresent(value -> settings.put(name.substring(PRODUCER_PREFIX.length()), value));
            }
        }
        settings.putAll(GUARANTEES);
        settings.put(ProducerConfig.CLIENT_ID_CONFIG, applicationName + "-outbox");
        return settings;
    }

    /**
     * Hands the events to the producer, in this order, after any handed over before.
     *
     * @return per event, in the same order, a future that completes when the broker has acknowledged it, or fails
     */
    public List<CompletableFuture<Void>> publish(List<OutboxEvent> events) {
        List<CompletableFuture<Void>> acknowledged = new ArrayList<>(events.size());
        events.forEach(e -> acknowledged.add(new CompletableFuture<>()));
        try {
            thread.execute(() -> {
                for (int i = 0; i < events.size(); i++) {
                    CompletableFuture<Void> ack = acknowledged.get(i);
                    OutboxEvent event = events.get(i);
                    Span span = tracing.publishing(topic(), event.eventId().toString(), event.trace());
                    try {
                        producer.send(record(event, span), (metadata, failure) -> {
                            EventTracing.end(span, failure);
                            if (failure == null) {
                                ack.complete(null);
                            } else {
                                ack.completeExceptionally(failure);
                            }
                        });
                    } catch (RuntimeException e) {
                        EventTracing.end(span, e);
                        ack.completeExceptionally(e);
                    }
                }
            });
        } catch (RejectedExecutionException e) {
            acknowledged.forEach(ack -> ack.completeExceptionally(new IllegalStateException("the outbox publisher has stopped")));
        }
        return acknowledged;
    }

    /**
     * The event as a CloudEvent in Kafka's binary mode (the attributes SmallRye Reactive Messaging writes, in its format),
     * with the {@code traceparent} of the span it is sent under.
     */
    ProducerRecord<String, String> record(OutboxEvent event, Span span) {
        List<Header> headers = new ArrayList<>(9);
        headers.add(header("ce_specversion", "1.0"));
        headers.add(header("ce_id", event.eventId().toString()));
        headers.add(header("ce_type", event.type()));
        headers.add(header("ce_source", event.source()));
        headers.add(header("content-type", "application/json"));
        headers.add(header("ce_subject", event.subject()));
        headers.add(header("ce_time", DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(event.occurredAt())));
        EventTracing.addHeaders(span, headers);
        return new ProducerRecord<>(topic(), null, null, event.partitionKey(), event.payload(), headers);
    }

    private static Header header(String name, String value) {
        return new RecordHeader(name, value.getBytes(StandardCharsets.UTF_8));
    }

    /** Lets what was handed over reach the broker, for at most {@code patience}, then closes the producer. */
    void close(Duration patience) {
        long deadline = System.nanoTime() + patience.toNanos();
        thread.shutdown();
        try {
            if (!thread.awaitTermination(patience.toMillis(), TimeUnit.MILLISECONDS)) {
                LOG.warnf("The outbox publisher was still handing events to Kafka %s after shutdown began", patience);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        producer.close(Duration.ofNanos(Math.max(0, deadline - System.nanoTime())));
    }
}
