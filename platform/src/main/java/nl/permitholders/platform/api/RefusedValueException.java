package nl.permitholders.platform.api;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;

/** A JSON value of the right type that no field accepts (see {@link StrictJsonValues}); its reason is the 400's. */
public class RefusedValueException extends InvalidFormatException {

    private final String reason;

    RefusedValueException(JsonParser parser, String message, Object value, Class<?> targetType, String reason) {
        super(parser, message, value, targetType);
        this.reason = reason;
    }

    public String reason() {
        return reason;
    }
}
