package nl.permitholders.platform.tracing;

import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.propagation.TextMapGetter;
import io.opentelemetry.context.propagation.TextMapPropagator;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.permitholders.platform.events.IncomingEvent;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeader;

/**
 * Carries the W3C trace context of a write to every service that applies its events: the outbox stores the context
 * current when an event is appended ({@link #current}), the publisher sends it as the record's {@code traceparent}
 * (and {@code tracestate}) header under a producer span ({@link #publishing}), and each consumer applies the event
 * under a span whose parent is that context ({@link #applying}). So one REST call can be followed through the outbox
 * into every figure it changed. The context propagates whether or not spans are sampled and exported.
 */
@ApplicationScoped
public class EventTracing {

    private static final String TRACEPARENT = "traceparent";
    private static final String TRACESTATE = "tracestate";
    private static final AttributeKey<String> EVENT_ID = AttributeKey.stringKey("messaging.message.id");
    private static final AttributeKey<String> EVENT_TYPE = AttributeKey.stringKey("cloudevents.event_type");
    private static final AttributeKey<String> EVENT_SUBJECT = AttributeKey.stringKey("cloudevents.event_subject");
    private static final AttributeKey<String> SYSTEM = AttributeKey.stringKey("messaging.system");
    private static final AttributeKey<String> DESTINATION = AttributeKey.stringKey("messaging.destination.name");

    private static final TextMapPropagator W3C = W3CTraceContextPropagator.getInstance();

    /** The context stored with an outbox row: its {@code traceparent} and {@code tracestate}, either null. */
    public record Stored(String traceparent, String tracestate) {

        static final Stored NONE = new Stored(null, null);
    }

    private static final TextMapGetter<Stored> STORED = new TextMapGetter<>() {
        @Override
        public Iterable<String> keys(Stored carrier) {
            return List.of(TRACEPARENT, TRACESTATE);
        }

        @Override
        public String get(Stored carrier, String key) {
            return carrier == null ? null : TRACEPARENT.equals(key) ? carrier.traceparent() : TRACESTATE.equals(key) ? carrier.tracestate() : null;
        }
    };

    private static final TextMapGetter<Headers> KAFKA_HEADERS = new TextMapGetter<>() {
        @Override
        public Iterable<String> keys(Headers carrier) {
            List<String> keys = new ArrayList<>();
            carrier.forEach(header -> keys.add(header.key()));
            return keys;
        }

        @Override
        public String get(Headers carrier, String key) {
            Header header = carrier == null ? null : carrier.lastHeader(key);
            return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
        }
    };

    @Inject
    Tracer tracer;

    /** The trace context of the running request (or consumed event), to be stored with the events it appends. */
    public static Stored current() {
        Map<String, String> carrier = new HashMap<>(2);
        W3C.inject(Context.current(), carrier, Map::put);
        String traceparent = carrier.get(TRACEPARENT);
        return traceparent == null ? Stored.NONE : new Stored(traceparent, carrier.get(TRACESTATE));
    }

    /**
     * A producer span for sending an event, child of the context stored with it; the invalid span for an event stored
     * without one, so that nothing is sent that the write did not carry.
     */
    public Span publishing(String topic, String eventId, Stored stored) {
        if (stored.traceparent() == null) {
            return Span.getInvalid();
        }
        return tracer.spanBuilder(topic + " publish")
                .setSpanKind(SpanKind.PRODUCER)
                .setParent(W3C.extract(Context.root(), stored, STORED))
                .setAttribute(SYSTEM, "kafka")
                .setAttribute(DESTINATION, topic)
                .setAttribute(EVENT_ID, eventId)
                .startSpan();
    }

    /** The {@code traceparent} (and {@code tracestate}) headers of a record sent under {@code span}; none for the invalid span. */
    public static void addHeaders(Span span, List<Header> headers) {
        if (span.getSpanContext().isValid()) {
            W3C.inject(Context.root().with(span), headers,
                    (carrier, key, value) -> carrier.add(new RecordHeader(key, value.getBytes(StandardCharsets.UTF_8))));
        }
    }

    /**
     * A consumer span for applying one event, child of the context its record carries (the producer span of the
     * service that published it); a root span when the record carries none.
     */
    public Span applying(ConsumerRecord<String, String> record, IncomingEvent event) {
        return tracer.spanBuilder("apply " + event.type())
                .setSpanKind(SpanKind.CONSUMER)
                .setParent(W3C.extract(Context.root(), record.headers(), KAFKA_HEADERS))
                .setAttribute(SYSTEM, "kafka")
                .setAttribute(DESTINATION, record.topic())
                .setAttribute(EVENT_ID, event.id().toString())
                .setAttribute(EVENT_TYPE, event.type())
                .setAttribute(EVENT_SUBJECT, event.subject() == null ? "" : event.subject())
                .startSpan();
    }

    /** Ends a span, marked as failed when there was a failure. */
    public static void end(Span span, Throwable failure) {
        if (failure != null) {
            span.recordException(failure);
            span.setStatus(StatusCode.ERROR, failure.getMessage() == null ? failure.getClass().getSimpleName() : failure.getMessage());
        }
        span.end();
    }
}
