package nl.permitholders.platform.events;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;

/** A CloudEvent read from a Kafka record in binary mode: attributes from the {@code ce_} headers, data as JSON. */
public record IncomingEvent(UUID id, String type, String source, String subject, OffsetDateTime time, String data) {

    public static IncomingEvent from(ConsumerRecord<String, String> record) {
        // One pass over the headers, reading only the attributes used; of a header given twice, the last counts.
        String id = null;
        String type = null;
        String source = null;
        String subject = null;
        String time = null;
        for (Header header : record.headers()) {
            switch (header.key()) {
                case "ce_id" -> id = text(header);
                case "ce_type" -> type = text(header);
                case "ce_source" -> source = text(header);
                case "ce_subject" -> subject = text(header);
                case "ce_time" -> time = text(header);
                default -> {
                    // not read by consumers
                }
            }
        }
        if (id == null || type == null) {
            throw new UnreadableEventException("record at offset " + record.offset() + " is not a CloudEvent (no ce_id/ce_type)");
        }
        if (record.value() == null) {
            throw new UnreadableEventException("event " + id + " has no data");
        }
        try {
            return new IncomingEvent(UUID.fromString(id), type, source, subject, time == null ? null : Rfc3339.offsetDateTime(time),
                    record.value());
        } catch (RuntimeException e) {
            throw new UnreadableEventException("event " + id + " has malformed attributes: " + e.getMessage());
        }
    }

    /** The data read as {@code type}; unreadable or lacking any of the {@code required} values, it is poison. */
    public <T> T data(ObjectMapper json, Class<T> type) {
        try {
            return json.readValue(data, type);
        } catch (JsonProcessingException e) {
            throw new UnreadableEventException("event " + id + " (" + this.type + ") has unreadable data: " + e.getOriginalMessage(), e);
        }
    }

    /** The data read by {@code reader} (one made for the type, and kept); unreadable, it is poison. */
    public <T> T data(ObjectReader reader) {
        try {
            return reader.readValue(data);
        } catch (JsonProcessingException e) {
            throw new UnreadableEventException("event " + id + " (" + this.type + ") has unreadable data: " + e.getOriginalMessage(), e);
        }
    }

    /** Fails as poison when any of the values the consumer needs is missing. */
    public void require(Object... values) {
        for (Object value : values) {
            if (value == null) {
                throw new UnreadableEventException("event " + id + " (" + type + ") lacks required data");
            }
        }
    }

    /** A type of no service of this system: the record goes to the dead-letter topic. */
    public UnreadableEventException unknownType() {
        return new UnreadableEventException("event " + id + " has an unknown type " + type);
    }

    /** A type or version from a newer producer than this consumer knows: kept aside until it is known ({@link EventTypes}). */
    public EventNotKnownYetException notKnownYet() {
        return new EventNotKnownYetException("event " + id + " has a type this version does not know yet: " + type);
    }

    private static String text(Header header) {
        return header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
