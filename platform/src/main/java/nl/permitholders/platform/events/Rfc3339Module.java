package nl.permitholders.platform.events;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.datatype.jsr310.deser.LocalDateDeserializer;
import java.io.IOException;
import java.time.DateTimeException;
import java.time.LocalDate;
import nl.permitholders.platform.api.StrictJsonValues;

/**
 * For a mapper that reads events: dates ({@code "2025-03-01"}) read by {@link Rfc3339#date}, with the outcome of
 * Jackson's own deserializer, which still reads any other form, and refused outside the range as
 * {@link StrictJsonValues} refuses them. Not for the REST APIs, whose messages about a bad
 * date stay Jackson's.
 */
public final class Rfc3339Module extends SimpleModule {

    public Rfc3339Module() {
        super("rfc3339-event-dates");
        addDeserializer(LocalDate.class, new Dates());
    }

    private static final class Dates extends StdScalarDeserializer<LocalDate> {

        Dates() {
            super(LocalDate.class);
        }

        @Override
        public LocalDate deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            if (parser.hasToken(JsonToken.VALUE_STRING)) {
                String text = parser.getText().trim();
                LocalDate date;
                try {
                    date = text.isEmpty() ? LocalDateDeserializer.INSTANCE.deserialize(parser, context) : Rfc3339.date(text);
                } catch (DateTimeException e) {
                    date = (LocalDate) context.handleWeirdStringValue(LocalDate.class, text, "%s", e.getMessage());
                }
                return StrictJsonValues.withinRange(date, parser);
            }
            return StrictJsonValues.withinRange(LocalDateDeserializer.INSTANCE.deserialize(parser, context), parser);
        }
    }
}
