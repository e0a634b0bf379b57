package nl.permitholders.platform.events;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;

/** A CloudEvent read from a Kafka record in binary mode: attributes from the {@code ce_} headers, data as JSON. */
public record IncomingEvent(UUID id, String type, String source, String subject, OffsetDateTime time, String data) {

    public static IncomingEvent from(ConsumerRecord<String, String> record) {
        String id = header(record, "ce_id");
        String type = header(record, "ce_type");
        if (id == null || type == null) {
            throw new UnreadableEventException("record at offset " + record.offset() + " is not a CloudEvent (no ce_id/ce_type)");
        }
        if (record.value() == null) {
            throw new UnreadableEventException("event " + id + " has no data");
        }
        String time = header(record, "ce_time");
        try {
            return new IncomingEvent(UUID.fromString(id), type, header(record, "ce_source"), header(record, "ce_subject"),
                    time == null ? null : OffsetDateTime.parse(time), record.value());
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

    /** Fails as poison when any of the values the consumer needs is missing. */
    public void require(Object... values) {
        for (Object value : values) {
            if (value == null) {
                throw new UnreadableEventException("event " + id + " (" + type + ") lacks required data");
            }
        }
    }

    /** A consumer that knows no such type: the record goes to the dead-letter topic. */
    public UnreadableEventException unknownType() {
        return new UnreadableEventException("event " + id + " has an unknown type " + type);
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
