package nl.permitholders.platform.api;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.datatype.jsr310.deser.LocalDateDeserializer;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.time.LocalDate;
import nl.permitholders.platform.time.DateRange;

/**
 * What every service's JSON mapper refuses, in request bodies and in the events its consumers read alike: a date
 * outside {@link DateRange}; text with a NUL character, which PostgreSQL cannot store; text with an unpaired surrogate
 * (half of a UTF-16 pair, escaped in the JSON), which is no Unicode and which the database driver would store as '?';
 * and a number for an enum, which Jackson would otherwise read as the position of a constant ({@code "householdType":
 * 0} as SINGLE); a number or boolean for text, which Jackson would otherwise store as its digits ({@code "title":
 * 12} as "12"), a number for a boolean (0 as false), and empty or blank text for a number, date, id or enum, which it would otherwise read as absent; so
 * that a caller who sent the wrong type learns it. A request is refused with a 400 naming the field ({@link ProblemMappers}); an event becomes
 * unreadable, so it goes to the dead-letter topic.
 */
@Singleton
public class StrictJsonValues implements ObjectMapperCustomizer {

    public static final String NUL_REASON = "must not contain the NUL character (U+0000)";
    public static final String SURROGATE_REASON = "must not contain an unpaired surrogate (not Unicode text)";

    /** Last, after Quarkus has registered the modules it finds (JavaTimeModule), so that these deserializers count. */
    @Override
    public int priority() {
        return MINIMUM_PRIORITY;
    }

    @Override
    public void customize(ObjectMapper mapper) {
        SimpleModule rules = new SimpleModule("json-value-rules");
        rules.addDeserializer(LocalDate.class, new Dates());
        rules.addDeserializer(String.class, new Texts());
        mapper.registerModule(rules);
        mapper.enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS);
        mapper.coercionConfigFor(LogicalType.Textual)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
        mapper.coercionConfigFor(LogicalType.Boolean)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail);
        mapper.coercionConfigDefaults()
                .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail)
                .setAcceptBlankAsEmpty(false);
    }

    /** The date, or a refusal when it lies outside {@link DateRange}; for every deserializer of dates. */
    public static LocalDate withinRange(LocalDate date, JsonParser parser) throws RefusedValueException {
        if (date != null && !DateRange.contains(date)) {
            throw new RefusedValueException(parser, "date " + date + " " + DateRange.REASON, date, LocalDate.class,
                    DateRange.REASON);
        }
        return date;
    }

    private static final class Dates extends StdScalarDeserializer<LocalDate> {

        Dates() {
            super(LocalDate.class);
        }

        @Override
        public LocalDate deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            return withinRange(LocalDateDeserializer.INSTANCE.deserialize(parser, context), parser);
        }

        @Override
        public LogicalType logicalType() {
            return LogicalType.DateTime;
        }
    }

    private static final class Texts extends StdScalarDeserializer<String> {

        Texts() {
            super(String.class);
        }

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            String text = StringDeserializer.instance.deserialize(parser, context);
            if (text != null && text.indexOf('\u0000') >= 0) {
                throw new RefusedValueException(parser, "text " + NUL_REASON, "(text with U+0000)", String.class, NUL_REASON);
            }
            if (text != null && hasUnpairedSurrogate(text)) {
                throw new RefusedValueException(parser, "text " + SURROGATE_REASON, "(text with an unpaired surrogate)",
                        String.class, SURROGATE_REASON);
            }
            return text;
        }

        @Override
        public LogicalType logicalType() {
            return LogicalType.Textual;
        }
    }

    private static boolean hasUnpairedSurrogate(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return true;
            }
        }
        return false;
    }
}
