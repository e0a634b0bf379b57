package nl.permitholders.webhooks;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.datatype.jsr310.deser.InstantDeserializer;
import java.io.IOException;
import java.time.OffsetDateTime;

/**
 * A date-time as its document writes it: an ISO 8601 string with its offset. Jackson would also take a number as
 * seconds since 1970, so that 12 replays from 1970; a number is refused instead, naming the field.
 */
public final class IsoDateTime extends JsonDeserializer<OffsetDateTime> {

    @Override
    public OffsetDateTime deserialize(JsonParser parser, DeserializationContext context) throws IOException {
        if (parser.currentToken() != JsonToken.VALUE_STRING) {
            return (OffsetDateTime) context.handleUnexpectedToken(OffsetDateTime.class, parser);
        }
        return InstantDeserializer.OFFSET_DATE_TIME.deserialize(parser, context);
    }
}
